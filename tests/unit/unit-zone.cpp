// Time zones: POSIX rule parsing (RFC 8536 3.3), the embedded tzdata table,
// local <-> UTC with the RFC 5545 3.3.5 gap/overlap policy, and a year's
// transitions (their VTIMEZONE text: unit-ics-vtimezone.cpp). Test names start with "zone:" so `-tc='zone*'` selects them.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/civil_time.hpp"
#include "core/time_zone.hpp"

using namespace dagdeel;

namespace {

constexpr int hour = 3600;

TimeZone zone(const char* name) {
    auto z = find_time_zone(name);
    REQUIRE_MESSAGE(z.has_value(), name);
    return *z;
}

// UTC seconds of a UTC civil time, for readable expectations.
UtcSeconds utc_at(Date d, int h, int m) { return days_from_civil(d) * 86400 + h * 3600 + m * 60; }

}  // namespace

TEST_SUITE("zone") {

TEST_CASE("zone: POSIX rules parse with the sign flipped to east-positive") {
    auto cet = parse_posix_tz("CET-1CEST,M3.5.0,M10.5.0/3");
    REQUIRE(cet);
    CHECK(cet->std_abbreviation == "CET");
    CHECK(cet->std_offset == 1 * hour);
    CHECK(cet->has_dst);
    CHECK(cet->dst_abbreviation == "CEST");
    CHECK(cet->dst_offset == 2 * hour);
    CHECK(cet->dst_start == TransitionRule{TransitionRule::Kind::month_week_day, 3, 5, 0, 0, 2 * hour});
    CHECK(cet->dst_end == TransitionRule{TransitionRule::Kind::month_week_day, 10, 5, 0, 0, 3 * hour});

    auto nepal = parse_posix_tz("<+0545>-5:45");
    REQUIRE(nepal);
    CHECK(nepal->std_abbreviation == "+0545");
    CHECK(nepal->std_offset == 5 * hour + 45 * 60);
    CHECK_FALSE(nepal->has_dst);

    auto nuuk = parse_posix_tz("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
    REQUIRE(nuuk);
    CHECK(nuuk->dst_start.time == -1 * hour);
    CHECK(nuuk->dst_offset == -1 * hour);

    auto gaza = parse_posix_tz("EET-2EEST,M3.4.4/50,M10.4.4/50");
    REQUIRE(gaza);
    CHECK(gaza->dst_start.time == 50 * hour);

    auto julian = parse_posix_tz("XXX3YYY,J60/1:30,300");
    REQUIRE(julian);
    CHECK(julian->dst_start.kind == TransitionRule::Kind::julian_no_leap);
    CHECK(julian->dst_start.day == 60);
    CHECK(julian->dst_start.time == hour + 30 * 60);
    CHECK(julian->dst_end.kind == TransitionRule::Kind::zero_based_day);

    for (const char* bad : {"", "C-1", "CET", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0",
                            "CET-1CEST,M3.6.0,M10.5.0", "CET-1CEST,M3.5.7,M10.5.0", "CET-25",
                            "CET-1CEST,J0,J365", "CET-1CEST,M3.5.0/168,M10.5.0", "<+03-3", "UTC0x"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_posix_tz(bad).has_value());
    }
}

TEST_CASE("zone: the embedded table is sorted, parseable and findable") {
    auto all = time_zone_names();
    CHECK(all.size() > 300);
    CHECK(std::is_sorted(all.begin(), all.end()));
    CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
    for (std::string_view name : all) {
        CAPTURE(name);
        auto z = find_time_zone(name);
        REQUIRE(z.has_value());  // every embedded rule parses
        CHECK(z->name == name);
    }
    auto picker = time_zone_names(ZoneNames::for_picker);
    CHECK(picker.size() < all.size());
    CHECK(std::binary_search(picker.begin(), picker.end(), "Europe/Amsterdam"));
    CHECK(std::binary_search(picker.begin(), picker.end(), "UTC"));
    CHECK_FALSE(std::binary_search(picker.begin(), picker.end(), "US/Eastern"));
    CHECK(std::binary_search(all.begin(), all.end(), "US/Eastern"));  // backward links resolve

    CHECK_FALSE(find_time_zone("Mars/Olympus_Mons").has_value());
    CHECK_FALSE(find_time_zone("").has_value());
    CHECK_FALSE(find_time_zone("posix/Europe/Amsterdam").has_value());
    CHECK(find_time_zone("europe/amsterdam")->name == "Europe/Amsterdam");
}

TEST_CASE("zone: Europe/Amsterdam offsets in winter and summer") {
    TimeZone ams = zone("Europe/Amsterdam");
    CHECK(ams.posix_rule == "CET-1CEST,M3.5.0,M10.5.0/3");
    CHECK(utc_offset_at(ams, utc_at({2018, 2, 13}, 12, 0)) == 1 * hour);
    CHECK(utc_offset_at(ams, utc_at({2026, 7, 1}, 12, 0)) == 2 * hour);
    // 2018-02-13 13:30 local (the seed afternoon) is 12:30 UTC.
    CHECK(to_utc(ams, {2018, 2, 13}, 13 * 60 + 30) == utc_at({2018, 2, 13}, 12, 30));
    ZonedTime summer = to_local(ams, utc_at({2026, 6, 15}, 8, 0));
    CHECK(summer.date == Date{2026, 6, 15});
    CHECK(summer.minutes == 10 * 60);
    CHECK(summer.is_dst);
    CHECK(summer.abbreviation == "CEST");
    // The changes themselves: 01:00 UTC on the last Sundays of March and October.
    CHECK(utc_offset_at(ams, utc_at({2026, 3, 29}, 0, 59)) == 1 * hour);
    CHECK(utc_offset_at(ams, utc_at({2026, 3, 29}, 1, 0)) == 2 * hour);
    CHECK(utc_offset_at(ams, utc_at({2026, 10, 25}, 0, 59)) == 2 * hour);
    CHECK(utc_offset_at(ams, utc_at({2026, 10, 25}, 1, 0)) == 1 * hour);
}

TEST_CASE("zone: 2026-03-29 02:30 Amsterdam lies in the gap and moves forward to 03:30 CEST") {
    TimeZone ams = zone("Europe/Amsterdam");
    auto r = resolve_local(ams, {2026, 3, 29}, 2 * 60 + 30);
    REQUIRE(r);
    CHECK(r->mapping == LocalMapping::gap);
    CHECK(r->utc == utc_at({2026, 3, 29}, 1, 30));
    CHECK(r->utc_offset == 2 * hour);
    ZonedTime back = to_local(ams, r->utc);
    CHECK(back.minutes == 3 * 60 + 30);
    // Either side of the gap is unique.
    CHECK(resolve_local(ams, {2026, 3, 29}, 1 * 60 + 59)->mapping == LocalMapping::unique);
    CHECK(resolve_local(ams, {2026, 3, 29}, 3 * 60)->mapping == LocalMapping::unique);
    CHECK(resolve_local(ams, {2026, 3, 29}, 2 * 60)->mapping == LocalMapping::gap);
}

TEST_CASE("zone: 2026-10-25 02:30 Amsterdam occurs twice and means the earlier, CEST one") {
    TimeZone ams = zone("Europe/Amsterdam");
    auto r = resolve_local(ams, {2026, 10, 25}, 2 * 60 + 30);
    REQUIRE(r);
    CHECK(r->mapping == LocalMapping::ambiguous);
    CHECK(r->utc == utc_at({2026, 10, 25}, 0, 30));
    CHECK(r->utc_offset == 2 * hour);
    CHECK(to_local(ams, r->utc).abbreviation == "CEST");
    CHECK(to_local(ams, r->utc + hour).minutes == 2 * 60 + 30);  // the second 02:30, CET
    CHECK(resolve_local(ams, {2026, 10, 25}, 3 * 60)->mapping == LocalMapping::unique);
    CHECK(resolve_local(ams, {2026, 10, 25}, 1 * 60 + 59)->mapping == LocalMapping::unique);
}

TEST_CASE("zone: America/New_York follows the RFC 5545 3.3.5 examples") {
    TimeZone ny = zone("America/New_York");
    CHECK(utc_offset_at(ny, utc_at({2026, 1, 15}, 12, 0)) == -5 * hour);
    CHECK(utc_offset_at(ny, utc_at({2026, 7, 15}, 12, 0)) == -4 * hour);
    // RFC 5545: 20071104T013000 is 1:30 EDT; 20070311T023000 is 3:30 EDT.
    auto overlap = resolve_local(ny, {2007, 11, 4}, 1 * 60 + 30);
    CHECK(overlap->mapping == LocalMapping::ambiguous);
    CHECK(overlap->utc == utc_at({2007, 11, 4}, 5, 30));
    auto gap = resolve_local(ny, {2007, 3, 11}, 2 * 60 + 30);
    CHECK(gap->mapping == LocalMapping::gap);
    CHECK(gap->utc == utc_at({2007, 3, 11}, 7, 30));
    CHECK(to_local(ny, gap->utc).minutes == 3 * 60 + 30);
}

TEST_CASE("zone: zones without DST — Asia/Kolkata, UTC, Asia/Kathmandu") {
    TimeZone kolkata = zone("Asia/Kolkata");
    CHECK_FALSE(kolkata.rule.has_dst);
    CHECK(utc_offset_at(kolkata, utc_at({2026, 7, 1}, 0, 0)) == 5 * hour + 30 * 60);
    CHECK(to_utc(kolkata, {2026, 1, 1}, 5 * 60 + 30) == utc_at({2026, 1, 1}, 0, 0));
    ZonedTime k = to_local(kolkata, utc_at({2025, 12, 31}, 20, 0));
    CHECK(k.date == Date{2026, 1, 1});
    CHECK(k.minutes == 1 * 60 + 30);
    CHECK(transitions_in_year(kolkata, 2026).empty());

    TimeZone utc = zone("UTC");
    CHECK(utc_offset_at(utc, 0) == 0);
    CHECK(to_utc(utc, {1970, 1, 2}, 0) == 86400);
    CHECK(to_local(utc, -1).date == Date{1969, 12, 31});
    CHECK(to_local(utc, -1).seconds == 59);

    CHECK(utc_offset_at(zone("Asia/Kathmandu"), 0) == 5 * hour + 45 * 60);
}

TEST_CASE("zone: southern hemisphere and negative DST") {
    TimeZone sydney = zone("Australia/Sydney");
    CHECK(utc_offset_at(sydney, utc_at({2026, 1, 15}, 0, 0)) == 11 * hour);
    CHECK(utc_offset_at(sydney, utc_at({2026, 7, 15}, 0, 0)) == 10 * hour);
    // Europe/Dublin: IST is "standard" and GMT the (negative) "daylight" time.
    auto dublin = time_zone_from_posix("Europe/Dublin", "IST-1GMT0,M10.5.0,M3.5.0/1");
    REQUIRE(dublin);
    CHECK(utc_offset_at(*dublin, utc_at({2026, 1, 15}, 0, 0)) == 0);
    CHECK(utc_offset_at(*dublin, utc_at({2026, 7, 15}, 0, 0)) == 1 * hour);
    CHECK(resolve_local(*dublin, {2026, 10, 25}, 1 * 60 + 30)->utc == utc_at({2026, 10, 25}, 0, 30));
}

TEST_CASE("zone: local -> UTC -> local round trip every 15 minutes of 2026") {
    for (const char* name : {"Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
                             "America/Nuuk", "Asia/Gaza", "UTC"}) {
        CAPTURE(name);
        TimeZone z = zone(name);
        int unique = 0, gap = 0, ambiguous = 0, mismatches = 0;
        for (Date d{2026, 1, 1}; d.year == 2026; d = add_days(d, 1)) {
            for (Minutes m = 0; m < 1440; m += 15) {
                auto r = resolve_local(z, d, m);
                REQUIRE(r);
                ZonedTime back = to_local(z, r->utc);
                if (r->mapping == LocalMapping::gap) {
                    ++gap;
                    mismatches += back.minutes == m;  // a gap time cannot come back unchanged
                } else {
                    ++(r->mapping == LocalMapping::unique ? unique : ambiguous);
                    mismatches += !(back.date == d && back.minutes == m && back.seconds == 0);
                }
                mismatches += back.utc_offset != r->utc_offset;
            }
        }
        CHECK(mismatches == 0);
        if (z.rule.has_dst) {
            CHECK(gap == 4);  // one hour, every 15 minutes
            CHECK(ambiguous == 4);
        } else {
            CHECK(gap + ambiguous == 0);
        }
        CHECK(unique + gap + ambiguous == 365 * 96);
    }
}

TEST_CASE("zone: transitions of a year") {
    auto ts = transitions_in_year(zone("Europe/Amsterdam"), 2026);
    REQUIRE(ts.size() == 2);
    CHECK(ts[0].to_dst);
    CHECK(ts[0].at == utc_at({2026, 3, 29}, 1, 0));
    CHECK(ts[0].local_date == Date{2026, 3, 29});
    CHECK(ts[0].local_seconds == 2 * hour);
    CHECK(ts[0].offset_before == 1 * hour);
    CHECK(ts[0].offset_after == 2 * hour);
    CHECK_FALSE(ts[1].to_dst);
    CHECK(ts[1].at == utc_at({2026, 10, 25}, 1, 0));
    CHECK(ts[1].local_seconds == 3 * hour);

    auto sydney = transitions_in_year(zone("Australia/Sydney"), 2026);
    REQUIRE(sydney.size() == 2);
    CHECK_FALSE(sydney[0].to_dst);  // April: back to standard time first
    CHECK(sydney[0].local_date == Date{2026, 4, 5});
    CHECK(sydney[1].local_date == Date{2026, 10, 4});

    // Jn never counts 29 February, n does: in leap 2024 J60 is 1 March and
    // day 300 (from zero) is 27 October.
    auto julian = *time_zone_from_posix("X", "XXX3YYY,J60/1:30,300");
    auto leap = transitions_in_year(julian, 2024);
    REQUIRE(leap.size() == 2);
    CHECK(leap[0].local_date == Date{2024, 3, 1});
    CHECK(leap[0].local_seconds == hour + 30 * 60);
    CHECK(leap[1].local_date == Date{2024, 10, 27});
    CHECK(transitions_in_year(julian, 2025)[1].local_date == Date{2025, 10, 28});
}

}  // TEST_SUITE
