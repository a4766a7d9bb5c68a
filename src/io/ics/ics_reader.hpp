// iCalendar (RFC 5545) import: a .ics file written by any program becomes a
// new Document whose days hold the calendar's events as programme items.
//
// Decisions:
//  * The document's zone ("the calendar zone") is X-WR-TIMEZONE when it names
//    a zone we know, else the first known TZID the file uses, else
//    IcsReadOptions::default_zone. Events are grouped by their local date in
//    that zone; floating times are read in it.
//  * TZID: our IANA table first (also "/mozilla.org/.../Europe/Berlin"-style
//    prefixes). A TZID we do not know is rebuilt from its VTIMEZONE: the
//    latest STANDARD/DAYLIGHT parts become a POSIX rule when their RRULEs are
//    "nth weekday of a month", else the standard offset is used throughout
//    (with a warning). A TZID with neither is read in the calendar zone.
//  * All-day events make one item per day (00:00, 24 h). A timed event that
//    ends on a later date is one item when it ends by 06:00 the next morning
//    (a late evening), else one item per day it touches.
//  * Recurrence: RRULE (FREQ DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT,
//    UNTIL, BYDAY, BYMONTHDAY, BYMONTH; several RRULEs are united), RDATE,
//    EXDATE and RECURRENCE-ID overrides. Expansion stops after
//    kIcsMaxInstances instances or kIcsMaxRecurrenceDays days (a warning
//    says so). Rules using other parts (BYSETPOS, BYWEEKNO, ...) keep only
//    their first occurrence, with a warning.
//  * Events at exactly the same time and length on a day become the sessions
//    of one round (parallel sessions); all imported items are pinned, so
//    reflow keeps their times.
//  * Unknown properties and components are ignored. Problems carry the line
//    number (of the first physical line of a folded line). A file that is
//    not iCalendar, is too large or has too many events is an error (no
//    document); everything else is a warning and the event or line is
//    skipped. Never throws; time and memory are bounded by the limits below.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "io/json/json_document.hpp"  // ReadResult, Problem

namespace dagdeel {

inline constexpr std::size_t kIcsMaxFileBytes = 20u * 1024u * 1024u;  // 20 MiB
inline constexpr std::size_t kIcsMaxLineBytes = 1024u * 1024u;        // one unfolded line
inline constexpr std::size_t kIcsMaxEvents = 100000;                  // VEVENTs in a file
inline constexpr std::size_t kIcsMaxItems = 100000;                   // items made in all
inline constexpr int kIcsMaxInstances = 500;                          // per recurring event
inline constexpr int kIcsMaxRecurrenceDays = 2 * 366;                 // from DTSTART
inline constexpr std::size_t kIcsMaxProblems = 200;                   // then one summary line

struct IcsReadOptions {
    std::string default_zone = "Europe/Amsterdam";
};

// True when the text (after a BOM and blank space) starts with BEGIN:VCALENDAR.
bool looks_like_ics(std::string_view text);

ReadResult read_ics(std::string_view text, const IcsReadOptions& options = {});
// Refuses files over kIcsMaxFileBytes before loading them.
ReadResult read_ics_file(const std::string& path, const IcsReadOptions& options = {});

}  // namespace dagdeel
