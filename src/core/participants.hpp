// What the programme knows about its participants (issue 16): the rounds
// people choose in, a session's capacity, what counts as "the same workshop"
// across rounds, the waiting list, live counts and findings, and the edits
// (add, change, delete, pin, erase) as pure functions Document -> Document
// that a view commits through Draft::commit, so each one is undoable.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

// Round items (ItemKind::round with sessions) in programme order.
std::vector<const Item*> choice_rounds(const Document&);
const Item* find_round(const Document&, const std::string& round_id);
// The session with this id in any round, and its round; nullptr when absent.
const Session* find_session(const Document&, const std::string& session_id, const Item** round = nullptr);

// The session's own capacity, else its room's; 0 = no limit known.
int session_capacity(const Document&, const Session&);
// Sessions of one workshop share this key in every round: the design they
// were placed from, else the title without case or outer spaces.
std::string workshop_key(const Session&);

const Participant* find_participant(const Document&, const std::string& id);
// Registration order: by `registered` (earlier first; unknown last), then by
// position in the list. Indices into doc.participants.
std::vector<std::size_t> registration_order(const Document&);
std::vector<std::size_t> waiting_list(const Document&);  // status waiting, in that order

// The 1-based rank of `session_id` among the participant's choices for this
// round (a choice for every round ranks every session of its workshop);
// 0 when they did not choose it.
int choice_rank(const Document&, const Participant&, const Item& round, const std::string& session_id);
// The placement of this participant in this round: a pin wins over the
// assignment; nullptr when neither.
const Placement* placement_in(const Participant&, const std::string& round_id);

struct SessionCount {
    std::string round_id, session_id;
    int placed = 0;     // registered participants placed (pinned or assigned)
    int capacity = 0;   // session_capacity
    int first_choice = 0;  // registered participants who chose it first
};
struct ParticipantCounts {
    int registered = 0, waiting = 0, cancelled = 0;
    int maximum = 0;  // event.max_participants
    std::vector<SessionCount> sessions;
};
ParticipantCounts count_participants(const Document&);

// Findings about participants, in the user's language ("nl"/"en").
struct ParticipantFinding {
    std::string participant_id;  // empty for a session finding
    std::string session_id;
    std::string message;
};
std::vector<ParticipantFinding> participant_findings(const Document&, const std::string& language);

// --- edits (pure: they return the changed document) -----------------------------
std::string new_participant_id(const Document&);
Document add_participant(Document, Participant);  // id assigned when empty
Document update_participant(Document, const Participant&);
Document remove_participant(Document, const std::string& id);
// Pins a participant to a session (its round found from it); session_id
// empty unpins them in round_id.
Document pin_participant(Document, const std::string& participant_id, const std::string& round_id,
                         const std::string& session_id);
// AVG/GDPR: every participant and everything about them goes.
Document erase_personal_data(Document);
bool has_personal_data(const Document&);

}  // namespace dagdeel
