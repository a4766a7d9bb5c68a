// A zone's rule as the STANDARD and DAYLIGHT parts of an iCalendar
// VTIMEZONE (RFC 5545 3.6.5): the text the .ics writer puts in it. The zone
// rules and their transitions themselves live in core/time_zone.hpp.
#pragma once

#include <string>
#include <vector>

#include "core/time_zone.hpp"

namespace dagdeel {

// One STANDARD or DAYLIGHT sub-component of a VTIMEZONE (RFC 5545 3.6.5).
struct VTimezonePart {
    bool daylight = false;       // DAYLIGHT (true) or STANDARD
    std::string tzname;          // TZNAME: "CEST", "+0545"
    int offset_from = 0;         // TZOFFSETFROM, seconds east (format_ical_utc_offset)
    int offset_to = 0;           // TZOFFSETTO
    std::string dtstart;         // DTSTART, local on the offset_from clock: "20260329T020000"
    // RRULE value without "RRULE:", e.g. "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" or
    // for shifted days "FREQ=YEARLY;BYMONTH=3;BYDAY=SA;BYMONTHDAY=24,25,...".
    // Empty for a zone without DST (a single STANDARD part), and for a rule
    // iCalendar cannot express: then write transitions_in_year() as RDATEs.
    std::string rrule;
};
// The parts for a VTIMEZONE whose first DTSTART lies in `first_year`:
// DAYLIGHT and STANDARD for a zone with DST, one STANDARD otherwise.
std::vector<VTimezonePart> vtimezone_parts(const TimeZone& zone, int first_year);
// "+0100", "-0930", "+0530"; seconds only when non-zero ("+013045").
std::string format_ical_utc_offset(int seconds_east);

}  // namespace dagdeel
