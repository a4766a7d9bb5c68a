// What dropping a block dragged on the timeline does, decided in one place
// for the ghost, the status line and the commit, so the preview never says
// something else than the drop then does.
//
// The rules (issue 11; what an organiser expects from a programme):
//  * An item dragged up or down gets that start, pinned; the items after it
//    flow on, and the preview names each one that moves ("Korte afsluiting
//    schuift naar 16:45, na het einde van de dag").
//  * A session of a round shares its round's time slot: dragging it up or
//    down moves the whole round ("Hele ronde naar 15:15"), said in so many
//    words. Dragging it sideways into another room changes only its room.
//  * The round's title band moves the round.
//  * With Shift held (session_only), a session dragged down starts later
//    than its round (Session::delay) and the round stays: possible, but
//    only when asked for, and the preview says it.
#pragma once

#include <optional>
#include <string>

#include "core/model.hpp"

namespace dagdeel {

struct DropRequest {
    std::string item_id;
    std::string session_id;             // set when one session of a round was dragged
    Minutes to_start = 0;               // the ghost's start
    std::optional<std::string> to_room; // set when dropped in another room's column ("" = main room)
    bool session_only = false;          // a session's own start, not its round's
};

struct DropPlan {
    bool changes = false;     // false: dropping here changes nothing
    bool whole_round = false;  // a session's drag moves its round
    Document doc;             // the document after the drop, reflowed
    std::string summary_nl, summary_en;
};

DropPlan plan_drop(const Document& doc, const DropRequest& request);

}  // namespace dagdeel
