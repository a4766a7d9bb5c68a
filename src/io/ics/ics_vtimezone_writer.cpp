// VTIMEZONE parts from a zone's POSIX rule (see ics_vtimezone_writer.hpp):
// each yearly transition as DTSTART + RRULE, including the rules whose
// change time moves the day ("M3.5.0/-1", "M10.5.4/24").
#include "io/ics/ics_vtimezone_writer.hpp"

#include <cstdio>

#include "core/civil_time.hpp"

namespace dagdeel {

namespace {

constexpr long long seconds_per_day = 86400;

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

const char* const ical_weekdays[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

// Day-of-year numbers counted from the end (-1 = 31 December) are the same in
// leap and common years for dates from 1 March on; from the start they are
// the same for dates up to 28 February. Returns "" when the window straddles
// the leap day or the year's end.
std::string byyearday(int month, int first_day, int count) {
    constexpr int ref = 2001;  // a common year; only differences matter
    long long start = days_from_civil({ref, month, 1}) + first_day - 1;
    long long mar1 = days_from_civil({ref, 3, 1}), next_jan1 = days_from_civil({ref + 1, 1, 1});
    long long jan1 = days_from_civil({ref, 1, 1});
    std::string out;
    for (int i = 0; i < count; ++i) {
        long long d = start + i;
        long long n;
        if (start >= mar1 && start + count - 1 < next_jan1) n = d - next_jan1;  // -1 = 31 Dec
        else if (start >= jan1 && start + count - 1 < mar1) n = d - jan1 + 1;   // 1 = 1 Jan
        else return {};
        out += (i ? "," : "") + std::to_string(n);
    }
    return out;
}

std::string rrule_for(const TransitionRule& r) {
    const long long shift = floor_div(r.time, seconds_per_day);  // "/24", "/-1" move the day
    const int k = static_cast<int>(shift);
    constexpr int common_year = 2001;
    switch (r.kind) {
    case TransitionRule::Kind::zero_based_day:
        // Counted with 29 February, so a fixed BYYEARDAY; a shifted one is not.
        return k == 0 ? "FREQ=YEARLY;BYYEARDAY=" + std::to_string(r.day + 1) : std::string();
    case TransitionRule::Kind::julian_no_leap: {
        Date d = civil_from_days(days_from_civil({common_year, 1, 1}) + r.day - 1);
        int day = d.day + k;
        if (day < 1 || day > days_in_month(common_year, d.month) || (d.month == 2 && day > 28)) return {};
        return "FREQ=YEARLY;BYMONTH=" + std::to_string(d.month) + ";BYMONTHDAY=" + std::to_string(day);
    }
    case TransitionRule::Kind::month_week_day:
        break;
    }
    std::string month = std::to_string(r.month);
    if (k == 0) {
        std::string nth = r.week == 5 ? "-1" : std::to_string(r.week);
        return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=" + nth + ical_weekdays[r.weekday];
    }
    // The change falls k days after the named weekday: a weekday within a
    // shifted window of seven days ("the Friday after the last Thursday").
    if (r.month == 2 && r.week == 5) return {};  // the window moves with the leap day
    int length = days_in_month(common_year, r.month);
    int first = r.week == 5 ? length - 6 : 7 * r.week - 6;
    first += k;
    std::string wd = ical_weekdays[((r.weekday + k) % 7 + 7) % 7];
    if (first >= 1 && first + 6 <= length && !(r.month == 2 && first + 6 > 28)) {
        std::string days;
        for (int i = 0; i < 7; ++i) days += (i ? "," : "") + std::to_string(first + i);
        return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + days + ";BYDAY=" + wd;
    }
    std::string days = byyearday(r.month, first, 7);  // the window crosses into another month
    if (days.empty()) return {};
    return "FREQ=YEARLY;BYYEARDAY=" + days + ";BYDAY=" + wd;
}

std::string format_ical_local(const Date& d, long long seconds_of_day) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02lld%02lld%02lld", d.year, d.month, d.day,
                  seconds_of_day / 3600, seconds_of_day / 60 % 60, seconds_of_day % 60);
    return buf;
}

}  // namespace

std::vector<VTimezonePart> vtimezone_parts(const TimeZone& zone, int first_year) {
    const ZoneRule& z = zone.rule;
    std::vector<VTimezonePart> parts;
    if (!z.has_dst) {
        VTimezonePart p;
        p.tzname = z.std_abbreviation;
        p.offset_from = p.offset_to = z.std_offset;
        p.dtstart = format_ical_local({first_year, 1, 1}, 0);
        parts.push_back(std::move(p));
        return parts;
    }
    for (const Transition& t : transitions_in_year(zone, first_year)) {
        VTimezonePart p;
        p.daylight = t.to_dst;
        p.tzname = t.to_dst ? z.dst_abbreviation : z.std_abbreviation;
        p.offset_from = t.offset_before;
        p.offset_to = t.offset_after;
        p.dtstart = format_ical_local(t.local_date, t.local_seconds);
        p.rrule = rrule_for(t.to_dst ? z.dst_start : z.dst_end);
        parts.push_back(std::move(p));
    }
    return parts;
}

std::string format_ical_utc_offset(int seconds_east) {
    char sign = seconds_east < 0 ? '-' : '+';
    int a = seconds_east < 0 ? -seconds_east : seconds_east;
    char buf[16];
    if (a % 60 != 0) std::snprintf(buf, sizeof buf, "%c%02d%02d%02d", sign, a / 3600, a / 60 % 60, a % 60);
    else std::snprintf(buf, sizeof buf, "%c%02d%02d", sign, a / 3600, a / 60 % 60);
    return buf;
}

}  // namespace dagdeel
