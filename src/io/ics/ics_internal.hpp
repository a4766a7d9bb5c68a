// Pieces shared by ics_reader.cpp and ics_recurrence.cpp; not a public API.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/time_zone.hpp"

namespace dagdeel::ics_detail {

// A DATE or DATE-TIME value as written, before any zone is applied.
struct When {
    Date date;
    int seconds = 0;        // seconds of the day; 0 for a DATE
    bool date_only = false;
    bool utc = false;       // trailing Z
};
// "20180213", "20180213T190000", "20180213T180000Z"; a DATE with a stray Z
// ("20131210Z", Google) is read as the DATE. nullopt when malformed.
std::optional<When> parse_when(std::string_view value);

// The frame a DTSTART is written in: a date-only calendar, UTC, or a zone
// (floating times use the calendar zone).
struct Frame {
    bool date_only = false;
    bool utc = false;
    const TimeZone* zone = nullptr;  // when neither date_only nor utc
};
UtcSeconds frame_to_utc(const Frame& f, const Date& d, int seconds);
// The frame's local date and seconds for an instant.
void utc_to_frame(const Frame& f, UtcSeconds t, Date& d, int& seconds);

// RRULE expansion in a frame: the local dates on which instances start, the
// DTSTART date first. `until` is an instant (a DATE UNTIL means the end of
// that date in the frame). Returns false when the rule has parts we do not
// expand (then only DTSTART is given) with `message` saying which.
struct Expansion {
    std::vector<Date> dates;
    bool truncated = false;  // hit kIcsMaxInstances or kIcsMaxRecurrenceDays
    std::string message;     // for unsupported rules
};
Expansion expand_rrule(std::string_view rrule, const Frame& frame, const Date& start_date, int start_seconds,
                       int max_instances, int max_days);

}  // namespace dagdeel::ics_detail
