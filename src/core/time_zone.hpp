// IANA time zones for planning: local civil time <-> UTC, offsets, and the
// yearly DST transitions (written as a VTIMEZONE by io/ics/ics_vtimezone_writer).
//
// Each zone is its *current* POSIX TZ rule ("CET-1CEST,M3.5.0,M10.5.0/3"),
// taken at build time from the footer of the system's TZif files (see
// cmake/zones.cmake). Historical rules before that footer are NOT modelled:
// events are planned in the present and future, and applying today's rule to
// a date in, say, 1995 may give a wrong offset. Zones whose TZif files list
// irregular future transitions ahead of the footer (Africa/Casablanca's
// Ramadan changes) are likewise approximated by the footer alone.
//
// Offsets here are seconds EAST of UTC (Amsterdam in winter = +3600), the ISO
// 8601 / iCalendar sign. POSIX TZ strings use the opposite sign ("CET-1" means
// UTC+1); parse_posix_tz flips it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

// Seconds since 1970-01-01T00:00:00Z, leap seconds ignored (POSIX time).
using UtcSeconds = long long;

// When a DST change happens within a year: one of the three POSIX forms.
struct TransitionRule {
    enum class Kind {
        month_week_day,  // Mm.w.d: weekday d (0 = Sunday) of week w (1..4, 5 = last) of month m
        julian_no_leap,  // Jn: day n (1..365) of the year, 29 February never counted
        zero_based_day,  // n: day n (0..365) of the year, 29 February counted
    };
    Kind kind = Kind::month_week_day;
    int month = 0, week = 0, weekday = 0;  // month_week_day
    int day = 0;                           // julian_no_leap, zero_based_day
    // Seconds after local midnight of that day, on the clock in force before
    // the change. RFC 8536 allows -167h..167h: "M3.5.0/-1" is 23:00 the
    // evening before, "M10.5.4/24" midnight at the end of the Thursday.
    int time = 2 * 3600;
    friend bool operator==(const TransitionRule&, const TransitionRule&) = default;
};

// A parsed POSIX TZ rule.
struct ZoneRule {
    std::string std_abbreviation;  // "CET"; "+03" for the quoted form "<+03>"
    int std_offset = 0;            // seconds east of UTC
    bool has_dst = false;
    std::string dst_abbreviation;  // "CEST"
    int dst_offset = 0;            // seconds east of UTC (POSIX default: std + 1 h)
    TransitionRule dst_start;      // std -> dst
    TransitionRule dst_end;        // dst -> std
    friend bool operator==(const ZoneRule&, const ZoneRule&) = default;
};

// "CET-1CEST,M3.5.0,M10.5.0/3", "UTC0", "<+0545>-5:45", "IST-1GMT0,M10.5.0,M3.5.0/1"
// (negative DST: Europe/Dublin). Rejects anything malformed with nullopt.
std::optional<ZoneRule> parse_posix_tz(std::string_view text);

struct TimeZone {
    std::string name;        // "Europe/Amsterdam"
    std::string posix_rule;  // as embedded
    ZoneRule rule;
    friend bool operator==(const TimeZone&, const TimeZone&) = default;
};

// Looks the name up in the embedded table: exact first, then ignoring ASCII
// case ("europe/amsterdam"); the result carries the table's spelling.
std::optional<TimeZone> find_time_zone(std::string_view iana_name);
// A zone from a rule of one's own (tests, zones missing from the table).
std::optional<TimeZone> time_zone_from_posix(std::string_view name, std::string_view posix_rule);

enum class ZoneNames {
    all,         // every embedded name, including backward links ("US/Eastern", "GB")
    for_picker,  // the names in tzdata's zone.tab plus "UTC": what a UI should offer
};
// Sorted by name; the views point into static storage.
std::vector<std::string_view> time_zone_names(ZoneNames which = ZoneNames::all);

// [SECTION] local <-> UTC

// How a local time was mapped to an instant.
enum class LocalMapping {
    unique,     // the local time occurs exactly once
    gap,        // skipped by a spring-forward change: shifted forward by the gap
    ambiguous,  // occurs twice (fall back): the earlier instant (still DST) was taken
};

struct ResolvedLocal {
    UtcSeconds utc = 0;
    int utc_offset = 0;  // offset in force at `utc`
    LocalMapping mapping = LocalMapping::unique;
};

// Local civil date + minutes since midnight (>= 1440 runs into the next day)
// -> UTC. Policy, as RFC 5545 section 3.3.5 prescribes for DATE-TIME with a
// TZID (and JavaScript Temporal's "compatible" disambiguation):
//  - a time in the spring-forward gap is read with the offset before the gap,
//    i.e. moved forward by the gap's length: 2026-03-29 02:30 Amsterdam is
//    03:30 CEST;
//  - a time that occurs twice in the autumn fall-back means the earlier
//    instant: 2026-10-25 02:30 Amsterdam is 02:30 CEST (00:30 UTC).
// nullopt only for an invalid date.
std::optional<ResolvedLocal> resolve_local(const TimeZone& zone, const Date& date, Minutes minutes);
std::optional<UtcSeconds> to_utc(const TimeZone& zone, const Date& date, Minutes minutes);

struct ZonedTime {
    Date date;
    Minutes minutes = 0;  // 0..1439
    int seconds = 0;      // 0..59, the part of the instant below a minute
    int utc_offset = 0;   // seconds east of UTC
    bool is_dst = false;
    std::string abbreviation;
};
ZonedTime to_local(const TimeZone& zone, UtcSeconds utc);
int utc_offset_at(const TimeZone& zone, UtcSeconds utc);

// [SECTION] transitions

struct Transition {
    UtcSeconds at = 0;
    int offset_before = 0, offset_after = 0;
    bool to_dst = false;
    // Wall-clock moment of the change on the clock in force before it
    // (2026-03-29 02:00 for Amsterdam's spring change; 24:00 rolls over to the
    // next day's 00:00).
    Date local_date;
    int local_seconds = 0;  // 0..86399
};
// The (zero or two) changes the rule makes for `year`, ordered by instant.
std::vector<Transition> transitions_in_year(const TimeZone& zone, int year);

namespace detail {
// The table cmake/zones.cmake generates in the build tree.
struct ZoneTableEntry {
    const char* name;
    unsigned short rule;  // index into zone_rules
    bool in_picker;       // listed in zone.tab
};
extern const char* const zone_rules[];
extern const std::size_t zone_rule_count;
extern const ZoneTableEntry zone_table[];
extern const std::size_t zone_table_size;
}  // namespace detail

}  // namespace dagdeel
