// UI state of the file features (view_files.cpp): imports being read and
// parsed, their problem reports, the personal-agenda choices, share links.
// Plain data, part of UiState.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace dagdeel::ui {

struct ImportReport {
    std::string name;      // file name, or "Deellink"
    bool imported = false; // a new draft was made
    std::vector<std::string> errors, warnings;  // with their location
};

struct FilesState {
    // Reading: the file whose bytes are arriving (FileReader progress).
    std::string reading_name;
    double reading_loaded = 0, reading_total = 0;
    bool reading = false;
    // Read and waiting to be parsed: one per frame, after the note was drawn.
    struct Pending { std::string name, text; bool from_link = false; };
    std::vector<Pending> pending;
    bool pending_note_drawn = false;
    // Problems of the imports since the dialog was last closed.
    std::vector<ImportReport> reports;
    bool open_reports = false;  // open the dialog next frame

    // iCalendar personal agenda: round item id -> chosen session id.
    bool open_personal = false;
    std::map<std::string, std::string> personal_choices;
    // JSON export carries the participants only when the user ticks this
    // (personal data, issue 16); off again for every new session.
    bool include_participants = false;
    // A registrations CSV chosen in the Participants tab: name and raw bytes,
    // taken by view_participants.
    std::vector<std::pair<std::string, std::string>> registrations;

    // Share links.
    std::string offered_fragment;  // "#plan=..." found in the address, awaiting an answer
    bool open_offer = false;
    std::string share_link;        // made for the open draft
    bool open_share = false;
    std::string link_message;      // why a link could not be made or opened
    bool open_link_message = false;
};

}  // namespace dagdeel::ui
