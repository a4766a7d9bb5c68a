// Participants of an event (issue 16): who registered, their ranked workshop
// choices per round, the sessions the organiser pinned them to and the
// sessions the assignment gave them. Personal data (AVG/GDPR): kept with the
// draft in the browser and in backups, left out of share links and of the
// JSON export unless the user includes them (io/json write options), and
// erased in one action (erase_personal_data in core/participants.hpp).
// Plain data, std only, included by model.hpp.
#pragma once

#include <string>
#include <vector>

namespace dagdeel {

enum class ParticipantStatus { registered, waiting, cancelled };

// A participant's ranked choices for one round: session ids, first choice
// first. round_id empty = "for every round": then a choice names a workshop
// through one of its sessions and ranks every session of that workshop (a
// carousel where the same workshops run in several rounds).
struct RoundChoices {
    std::string round_id;
    std::vector<std::string> session_ids;
    friend bool operator==(const RoundChoices&, const RoundChoices&) = default;
};

// A participant in one session of a round; session_id empty = in none.
struct Placement {
    std::string round_id;
    std::string session_id;
    friend bool operator==(const Placement&, const Placement&) = default;
};

struct Participant {
    std::string id;
    std::string name;
    std::string organisation;
    std::string email;
    std::string phone;
    ParticipantStatus status = ParticipantStatus::registered;
    // When they registered, ISO local "2026-05-01" or "2026-05-01T10:32[:05]";
    // orders the waiting list and breaks ties in the assignment.
    std::string registered;
    std::string notes;  // diet, access needs
    std::vector<RoundChoices> choices;
    std::vector<Placement> pins;      // set by hand; the assignment keeps them
    std::vector<Placement> assigned;  // the last assignment's result
    friend bool operator==(const Participant&, const Participant&) = default;
};

const char* to_string(ParticipantStatus);
bool participant_status_from_string(const std::string&, ParticipantStatus& out);

}  // namespace dagdeel
