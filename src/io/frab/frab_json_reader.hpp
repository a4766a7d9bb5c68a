// Importing a c3voc schedule.json (what pretalx, frab and the c3voc tools
// export; schemas in ../shared/schemas/schema.json) into a NEW Document, the
// way read_frab_xml reads schedule.xml:
//  * conference title/acronym/url/time_zone_name -> the event;
//  * each day on its date; each event a pinned Item at its local start in the
//    conference zone (from "date" with its offset when the zone is known, else
//    the wall-clock "start"); events after midnight keep minutes >= 1440;
//  * rooms -> Rooms (the item's room_id), persons -> People (merged only when
//    id AND name agree, so placeholder ids never merge different people),
//    track, language, links and url -> the description, type -> the kind;
//  * bounds: kFrabMaxFileBytes, nesting kJsonMaxDepth (checked by the
//    non-recursive prescan before parsing), kFrabMaxEvents events.
// Never throws.
#pragma once

#include <string_view>

#include "io/json/json_document.hpp"

namespace dagdeel {

// True for JSON whose top-level object has a "schedule" key (checked in the
// first few KB).
bool looks_like_frab_json(std::string_view head);
ReadResult read_frab_json(std::string_view text);

}  // namespace dagdeel
