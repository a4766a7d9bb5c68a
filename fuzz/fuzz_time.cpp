// libFuzzer target: the civil-time parsers (core/civil_time.hpp) and the POSIX
// TZ rule parser (core/time_zone.hpp). The first byte picks the parser, the
// rest is its text. Each accepted value is formatted and parsed back:
//   parse_hhmm_strict(format_hhmm(m)) == m, parse_iso_date(format_iso_date(d)) == d,
//   civil_from_days(days_from_civil(d)) == d, parse_duration(to_string(m)) == m,
//   time_zone_from_posix(rule) maps a local time to UTC and back.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/civil_time.hpp"
#include "core/time_zone.hpp"

namespace {

using namespace dagdeel;

[[noreturn]] void fail(const char* what, std::string_view input, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz_time: %s\ninput: \"%.*s\"\n%s\n", what, static_cast<int>(input.size()),
                 input.data(), detail.c_str());
    std::abort();
}

void check_time_of_day(std::string_view s) {
    const auto m = parse_time_of_day(s);
    if (!m) return;
    if (*m < 0 || *m > 1440) fail("time of day out of 0..1440", s, std::to_string(*m));
    const std::string f = format_hhmm(*m);
    const auto back = parse_time_of_day(f);
    if (!back || *back != *m) fail("parse_time_of_day(format_hhmm(m)) != m", s, f);
}

void check_duration(std::string_view s) {
    const auto m = parse_duration(s);
    if (!m) return;
    if (*m < 0 || *m > 7 * 24 * 60) fail("duration out of 0..7 days", s, std::to_string(*m));
    const std::string f = std::to_string(*m);
    const auto back = parse_duration(f);
    if (!back || *back != *m) fail("parse_duration(to_string(m)) != m", s, f);
}

void check_hhmm_strict(std::string_view s) {
    const auto m = parse_hhmm_strict(s);
    if (!m) return;
    if (*m < 0 || *m >= 48 * 60) fail("strict HH:MM out of 00:00..47:59", s, std::to_string(*m));
    const std::string f = format_hhmm(*m);
    const auto back = parse_hhmm_strict(f);
    if (!back || *back != *m) fail("parse_hhmm_strict(format_hhmm(m)) != m", s, f);
    (void)format_hdotmm(*m);
}

void check_date(std::string_view s) {
    const auto d = parse_iso_date(s);
    if (!d) return;
    if (!is_valid_date(*d)) fail("parse_iso_date accepted an invalid date", s);
    const std::string f = format_iso_date(*d);
    const auto back = parse_iso_date(f);
    if (!back || !(*back == *d)) fail("parse_iso_date(format_iso_date(d)) != d", s, f);
    if (!(civil_from_days(days_from_civil(*d)) == *d)) fail("civil_from_days(days_from_civil(d)) != d", s, f);
    const int wd = weekday(*d);
    if (wd < 0 || wd > 6) fail("weekday out of 0..6", s, f);
    const Date next = add_days(*d, 1);
    if (days_from_civil(next) != days_from_civil(*d) + 1) fail("add_days(d, 1) is not the next day", s, f);
}

void check_posix_tz(std::string_view s) {
    const auto rule = parse_posix_tz(s);
    if (!rule) return;
    const auto zone = time_zone_from_posix("Fuzz/Zone", s);
    if (!zone) fail("parse_posix_tz accepts what time_zone_from_posix refuses", s);
    // A few local times across a year: resolving must not crash, and a
    // resolvable time maps back to the same wall clock.
    for (int month = 1; month <= 12; month += 3) {
        const Date d{2025, month, 15};
        for (Minutes m : {0, 90, 150, 720, 1439}) {
            const auto r = resolve_local(*zone, d, m);
            if (!r) fail("resolve_local refused a valid date", s);
            const ZonedTime back = to_local(*zone, r->utc);
            (void)utc_offset_at(*zone, r->utc);
            if (r->mapping != LocalMapping::gap && (!(back.date == d) || back.minutes != m))
                fail("to_local(resolve_local(d, m)) != (d, m)", s,
                     format_iso_date(d) + " " + format_hhmm(m) + " -> " + format_iso_date(back.date) + " " +
                         format_hhmm(back.minutes));
        }
    }
    for (int year : {1, 1970, 2025, 9999}) (void)transitions_in_year(*zone, year);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 5) {
        case 0: check_time_of_day(text); break;
        case 1: check_duration(text); break;
        case 2: check_hhmm_strict(text); break;
        case 3: check_date(text); break;
        case 4: check_posix_tz(text); break;
    }
    return 0;
}
