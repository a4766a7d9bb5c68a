// The c3voc schedule.json (the JSON twin of schedule.xml), valid against the
// c3voc schema.json (draft-06). Content and identities as in
// frab_schedule.hpp. Field notes:
//  * persons are frab persons {"id", "public_name", "guid"} (the schema's
//    oneOf allows a frab or a pretalx person, not both);
//  * "url" is required for every event: the event's http(s) page when the
//    plan has one, else "urn:uuid:<guid>" (a valid URI naming no host).
#pragma once

#include "io/frab/frab_schedule.hpp"

namespace dagdeel {

// text is empty when problems hold an error (no dated day).
FrabExport write_frab_json(const Document& doc);

}  // namespace dagdeel
