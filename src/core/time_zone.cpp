// Time zones from embedded POSIX TZ rules: parsing the rule, computing a
// year's transitions from it, and mapping between local civil time and UTC.
// Offsets are computed from the transitions of the year around an instant
// (three rule-years, since RFC 8536 times up to 167 h can push a change over
// a year boundary), which handles northern and southern hemisphere rules and
// negative DST (Europe/Dublin) alike without special cases.
//
// [SECTION] parsing POSIX TZ rules
// [SECTION] the zone table
// [SECTION] transitions and offsets
// [SECTION] local <-> UTC
#include "core/time_zone.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/civil_time.hpp"

namespace dagdeel {

namespace {

constexpr long long seconds_per_day = 86400;

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// -----------------------------------------------------------------------------
// [SECTION] parsing POSIX TZ rules
// -----------------------------------------------------------------------------

// A cursor over the rule text; every parse_ function leaves it after what it
// consumed or reports failure.
struct Scanner {
    std::string_view text;
    std::size_t pos = 0;
    bool at_end() const { return pos >= text.size(); }
    char peek() const { return at_end() ? '\0' : text[pos]; }
    bool take(char c) {
        if (peek() != c) return false;
        ++pos;
        return true;
    }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<int> parse_number(Scanner& s, int max_digits) {
    int value = 0, digits = 0;
    while (is_digit(s.peek()) && digits < max_digits) {
        value = value * 10 + (s.text[s.pos++] - '0');
        ++digits;
    }
    if (digits == 0 || is_digit(s.peek())) return std::nullopt;
    return value;
}

// "CET" (three or more letters) or "<+0545>" (quoted, letters/digits/sign).
std::optional<std::string> parse_abbreviation(Scanner& s) {
    std::size_t start = s.pos;
    if (s.take('<')) {
        while (!s.at_end() && s.peek() != '>') {
            char c = s.peek();
            if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-') return std::nullopt;
            ++s.pos;
        }
        if (!s.take('>') || s.pos - start < 3) return std::nullopt;
        return std::string(s.text.substr(start + 1, s.pos - start - 2));
    }
    while (is_alpha(s.peek())) ++s.pos;
    if (s.pos - start < 3) return std::nullopt;
    return std::string(s.text.substr(start, s.pos - start));
}

// [+-]hh[:mm[:ss]] in seconds, as written (POSIX sign: positive = west).
std::optional<int> parse_hms(Scanner& s, int max_hours) {
    int sign = 1;
    if (s.take('-')) sign = -1;
    else s.take('+');
    auto h = parse_number(s, 3);
    if (!h || *h > max_hours) return std::nullopt;
    int total = *h * 3600;
    if (s.take(':')) {
        auto m = parse_number(s, 2);
        if (!m || *m > 59) return std::nullopt;
        total += *m * 60;
        if (s.take(':')) {
            auto sec = parse_number(s, 2);
            if (!sec || *sec > 59) return std::nullopt;
            total += *sec;
        }
    }
    return sign * total;
}

// "M3.5.0", "J60", "59", each with an optional "/time".
std::optional<TransitionRule> parse_transition(Scanner& s) {
    TransitionRule r;
    if (s.take('M')) {
        auto m = parse_number(s, 2);
        if (!m || *m < 1 || *m > 12 || !s.take('.')) return std::nullopt;
        auto w = parse_number(s, 1);
        if (!w || *w < 1 || *w > 5 || !s.take('.')) return std::nullopt;
        auto d = parse_number(s, 1);
        if (!d || *d > 6) return std::nullopt;
        r.kind = TransitionRule::Kind::month_week_day;
        r.month = *m, r.week = *w, r.weekday = *d;
    } else if (s.take('J')) {
        auto n = parse_number(s, 3);
        if (!n || *n < 1 || *n > 365) return std::nullopt;
        r.kind = TransitionRule::Kind::julian_no_leap;
        r.day = *n;
    } else {
        auto n = parse_number(s, 3);
        if (!n || *n > 365) return std::nullopt;
        r.kind = TransitionRule::Kind::zero_based_day;
        r.day = *n;
    }
    if (s.take('/')) {
        auto t = parse_hms(s, 167);  // RFC 8536 3.3.1 extends POSIX's 0..24
        if (!t) return std::nullopt;
        r.time = *t;
    }
    return r;
}

// -----------------------------------------------------------------------------
// [SECTION] the zone table
// -----------------------------------------------------------------------------

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

const detail::ZoneTableEntry* table_begin() { return detail::zone_table; }
const detail::ZoneTableEntry* table_end() { return detail::zone_table + detail::zone_table_size; }

const detail::ZoneTableEntry* find_entry(std::string_view name) {
    auto it = std::lower_bound(table_begin(), table_end(), name,
                               [](const detail::ZoneTableEntry& e, std::string_view n) { return std::string_view(e.name) < n; });
    if (it != table_end() && std::string_view(it->name) == name) return it;
    // People type "europe/amsterdam"; a linear scan is fine for ~600 names.
    for (auto* e = table_begin(); e != table_end(); ++e)
        if (equal_ignoring_case(e->name, name)) return e;
    return nullptr;
}

// -----------------------------------------------------------------------------
// [SECTION] transitions and offsets
// -----------------------------------------------------------------------------

// The day (days since 1970-01-01) a rule names in `year`, before its time.
long long rule_day(const TransitionRule& r, int year) {
    long long jan1 = days_from_civil({year, 1, 1});
    switch (r.kind) {
    case TransitionRule::Kind::julian_no_leap:
        return jan1 + r.day - 1 + (is_leap_year(year) && r.day >= 60 ? 1 : 0);
    case TransitionRule::Kind::zero_based_day:
        return jan1 + r.day;
    case TransitionRule::Kind::month_week_day:
        break;
    }
    long long first = days_from_civil({year, r.month, 1});
    int first_weekday = weekday({year, r.month, 1});
    int offset = (r.weekday - first_weekday + 7) % 7 + 7 * (r.week - 1);
    while (offset >= days_in_month(year, r.month)) offset -= 7;  // week 5 = the last one
    return first + offset;
}

// A rule-year's change, unsorted: the start is on standard time, the end on
// daylight time (POSIX: "the time ... in current local time").
struct RawChange {
    UtcSeconds at;
    bool to_dst;
};

std::array<RawChange, 2> changes_of_year(const ZoneRule& z, int year) {
    UtcSeconds start = rule_day(z.dst_start, year) * seconds_per_day + z.dst_start.time - z.std_offset;
    UtcSeconds end = rule_day(z.dst_end, year) * seconds_per_day + z.dst_end.time - z.dst_offset;
    return {RawChange{start, true}, RawChange{end, false}};
}

struct State {
    int offset;
    bool dst;
};

// The sorted changes around one year. Every instant of a calendar (1,000
// events, each start and end, each resolved twice for gaps and overlaps)
// asks for the same few years, and computing them was an eighth of reading
// an .ics: the last answer is kept, keyed by the rule's numbers and the year.
struct YearChanges {
    int std_offset = 0, dst_offset = 0, year = 0;
    TransitionRule start, end;
    std::array<RawChange, 6> changes{};
    bool valid = false;

    bool matches(const ZoneRule& z, int y) const {
        return valid && year == y && std_offset == z.std_offset && dst_offset == z.dst_offset &&
               same(start, z.dst_start) && same(end, z.dst_end);
    }
    static bool same(const TransitionRule& a, const TransitionRule& b) {
        return a.kind == b.kind && a.month == b.month && a.week == b.week && a.weekday == b.weekday &&
               a.day == b.day && a.time == b.time;
    }
};

const std::array<RawChange, 6>& changes_around(const ZoneRule& z, int year) {
    thread_local YearChanges cache;
    if (cache.matches(z, year)) return cache.changes;
    std::array<RawChange, 6>& changes = cache.changes;
    for (int i = 0; i < 3; ++i) {
        auto pair = changes_of_year(z, year - 1 + i);
        changes[2 * i] = pair[0];
        changes[2 * i + 1] = pair[1];
    }
    // Ties (a DST-all-year rule ends one year the instant it restarts the
    // next): the end sorts first, so DST stays in force.
    std::sort(changes.begin(), changes.end(), [](const RawChange& a, const RawChange& b) {
        return a.at != b.at ? a.at < b.at : (!a.to_dst && b.to_dst);
    });
    cache.std_offset = z.std_offset;
    cache.dst_offset = z.dst_offset;
    cache.year = year;
    cache.start = z.dst_start;
    cache.end = z.dst_end;
    cache.valid = true;
    return changes;
}

State state_at(const ZoneRule& z, UtcSeconds utc) {
    if (!z.has_dst) return {z.std_offset, false};
    int year = civil_from_days(floor_div(utc + z.std_offset, seconds_per_day)).year;
    const std::array<RawChange, 6>& changes = changes_around(z, year);
    bool dst = !changes.front().to_dst;  // before the first change: the opposite
    for (const RawChange& c : changes) {
        if (c.at > utc) break;
        dst = c.to_dst;
    }
    return {dst ? z.dst_offset : z.std_offset, dst};
}

void split_local(long long local_seconds, Date& date, long long& seconds_of_day) {
    long long days = floor_div(local_seconds, seconds_per_day);
    date = civil_from_days(days);
    seconds_of_day = local_seconds - days * seconds_per_day;
}

}  // namespace

std::optional<ZoneRule> parse_posix_tz(std::string_view text) {
    Scanner s{text};
    ZoneRule z;
    auto std_name = parse_abbreviation(s);
    if (!std_name) return std::nullopt;
    auto std_offset = parse_hms(s, 24);
    if (!std_offset) return std::nullopt;
    z.std_abbreviation = *std_name;
    z.std_offset = -*std_offset;  // POSIX counts west
    if (s.at_end()) return z;

    auto dst_name = parse_abbreviation(s);
    if (!dst_name) return std::nullopt;
    z.has_dst = true;
    z.dst_abbreviation = *dst_name;
    z.dst_offset = z.std_offset + 3600;
    if (!s.at_end() && s.peek() != ',') {
        auto dst_offset = parse_hms(s, 24);
        if (!dst_offset) return std::nullopt;
        z.dst_offset = -*dst_offset;
    }
    if (s.at_end()) {
        // No dates: tzcode and glibc fall back to the US rules; so do we.
        z.dst_start = {TransitionRule::Kind::month_week_day, 3, 2, 0, 0, 2 * 3600};
        z.dst_end = {TransitionRule::Kind::month_week_day, 11, 1, 0, 0, 2 * 3600};
        return z;
    }
    if (!s.take(',')) return std::nullopt;
    auto start = parse_transition(s);
    if (!start || !s.take(',')) return std::nullopt;
    auto end = parse_transition(s);
    if (!end || !s.at_end()) return std::nullopt;
    z.dst_start = *start;
    z.dst_end = *end;
    return z;
}

std::optional<TimeZone> time_zone_from_posix(std::string_view name, std::string_view posix_rule) {
    auto rule = parse_posix_tz(posix_rule);
    if (!rule) return std::nullopt;
    return TimeZone{std::string(name), std::string(posix_rule), std::move(*rule)};
}

std::optional<TimeZone> find_time_zone(std::string_view iana_name) {
    const detail::ZoneTableEntry* e = find_entry(iana_name);
    if (!e || e->rule >= detail::zone_rule_count) return std::nullopt;
    return time_zone_from_posix(e->name, detail::zone_rules[e->rule]);
}

std::vector<std::string_view> time_zone_names(ZoneNames which) {
    std::vector<std::string_view> names;
    for (auto* e = table_begin(); e != table_end(); ++e)
        if (which == ZoneNames::all || e->in_picker) names.emplace_back(e->name);
    return names;
}

// -----------------------------------------------------------------------------
// [SECTION] local <-> UTC
// -----------------------------------------------------------------------------

int utc_offset_at(const TimeZone& zone, UtcSeconds utc) { return state_at(zone.rule, utc).offset; }

ZonedTime to_local(const TimeZone& zone, UtcSeconds utc) {
    State st = state_at(zone.rule, utc);
    ZonedTime out;
    long long seconds_of_day = 0;
    split_local(utc + st.offset, out.date, seconds_of_day);
    out.minutes = static_cast<Minutes>(seconds_of_day / 60);
    out.seconds = static_cast<int>(seconds_of_day % 60);
    out.utc_offset = st.offset;
    out.is_dst = st.dst;
    out.abbreviation = st.dst ? zone.rule.dst_abbreviation : zone.rule.std_abbreviation;
    return out;
}

std::optional<ResolvedLocal> resolve_local(const TimeZone& zone, const Date& date, Minutes minutes) {
    if (!is_valid_date(date)) return std::nullopt;
    const ZoneRule& z = zone.rule;
    long long local = days_from_civil(date) * seconds_per_day + static_cast<long long>(minutes) * 60;
    // The instant is local minus one of the zone's two offsets; a candidate
    // counts when that offset really is in force at it.
    UtcSeconds as_std = local - z.std_offset;
    UtcSeconds as_dst = local - (z.has_dst ? z.dst_offset : z.std_offset);
    bool std_fits = state_at(z, as_std).offset == z.std_offset;
    bool dst_fits = z.has_dst && state_at(z, as_dst).offset == z.dst_offset;
    if (std_fits && dst_fits && as_std != as_dst) {
        UtcSeconds earlier = std::min(as_std, as_dst);
        return ResolvedLocal{earlier, state_at(z, earlier).offset, LocalMapping::ambiguous};
    }
    if (std_fits || dst_fits) {
        UtcSeconds utc = std_fits ? as_std : as_dst;
        return ResolvedLocal{utc, std_fits ? z.std_offset : z.dst_offset, LocalMapping::unique};
    }
    // In a gap neither fits: read the time with the offset in force before the
    // gap, which is the one at the earlier candidate (RFC 5545 3.3.5).
    int before = state_at(z, std::min(as_std, as_dst)).offset;
    UtcSeconds utc = local - before;
    return ResolvedLocal{utc, state_at(z, utc).offset, LocalMapping::gap};
}

std::optional<UtcSeconds> to_utc(const TimeZone& zone, const Date& date, Minutes minutes) {
    auto r = resolve_local(zone, date, minutes);
    if (!r) return std::nullopt;
    return r->utc;
}

// -----------------------------------------------------------------------------
// transitions (public)
// -----------------------------------------------------------------------------

std::vector<Transition> transitions_in_year(const TimeZone& zone, int year) {
    const ZoneRule& z = zone.rule;
    std::vector<Transition> out;
    if (!z.has_dst) return out;
    for (const RawChange& c : changes_of_year(z, year)) {
        Transition t;
        t.at = c.at;
        t.to_dst = c.to_dst;
        t.offset_before = c.to_dst ? z.std_offset : z.dst_offset;
        t.offset_after = c.to_dst ? z.dst_offset : z.std_offset;
        long long seconds_of_day = 0;
        split_local(c.at + t.offset_before, t.local_date, seconds_of_day);
        t.local_seconds = static_cast<int>(seconds_of_day);
        out.push_back(t);
    }
    std::sort(out.begin(), out.end(), [](const Transition& a, const Transition& b) { return a.at < b.at; });
    return out;
}

}  // namespace dagdeel
