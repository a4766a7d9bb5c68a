// The VTIMEZONE text of a zone's rule (src/io/ics/ics_vtimezone_writer.hpp):
// STANDARD/DAYLIGHT parts with DTSTART, RRULE and UTC offsets (RFC 5545
// 3.6.5, 3.3.14), including POSIX rules whose change time moves the day.
#include <doctest/doctest.h>

#include <string>

#include "core/time_zone.hpp"
#include "io/ics/ics_vtimezone_writer.hpp"

using namespace dagdeel;

namespace {

constexpr int hour = 3600;

// The embedded zone; throws (a failed test) when the table lacks it.
TimeZone zone(const char* name) { return find_time_zone(name).value(); }

}  // namespace

TEST_SUITE("ics-vtimezone") {

TEST_CASE("ics vtimezone: Julian day rules (Jn, n) as BYMONTHDAY and BYYEARDAY") {
    // "J60" is 1 March in every year (29 February never counted); day 300
    // from zero is 27 October in a leap year, the 301st day.
    auto julian = *time_zone_from_posix("X", "XXX3YYY,J60/1:30,300");
    auto parts = vtimezone_parts(julian, 2024);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1");
    CHECK(parts[1].rrule == "FREQ=YEARLY;BYYEARDAY=301");
}

TEST_CASE("ics vtimezone: parts of Amsterdam, New York, Kolkata and day-moving rules (RFC 5545 3.6.5)") {
    auto ams = vtimezone_parts(zone("Europe/Amsterdam"), 2026);
    REQUIRE(ams.size() == 2);
    CHECK(ams[0].daylight);
    CHECK(ams[0].tzname == "CEST");
    CHECK(format_ical_utc_offset(ams[0].offset_from) == "+0100");
    CHECK(format_ical_utc_offset(ams[0].offset_to) == "+0200");
    CHECK(ams[0].dtstart == "20260329T020000");
    CHECK(ams[0].rrule == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    CHECK_FALSE(ams[1].daylight);
    CHECK(ams[1].tzname == "CET");
    CHECK(ams[1].dtstart == "20261025T030000");
    CHECK(ams[1].rrule == "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");

    auto ny = vtimezone_parts(zone("America/New_York"), 2026);
    REQUIRE(ny.size() == 2);
    CHECK(ny[0].rrule == "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    CHECK(ny[1].rrule == "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    CHECK(format_ical_utc_offset(ny[1].offset_to) == "-0500");

    auto kolkata = vtimezone_parts(zone("Asia/Kolkata"), 2026);
    REQUIRE(kolkata.size() == 1);
    CHECK_FALSE(kolkata[0].daylight);
    CHECK(kolkata[0].rrule.empty());
    CHECK(format_ical_utc_offset(kolkata[0].offset_to) == "+0530");
    CHECK(kolkata[0].offset_from == kolkata[0].offset_to);

    // Rules whose time moves the day: "M3.5.0/-1" is Saturday 23:00.
    auto nuuk = vtimezone_parts(*time_zone_from_posix("X", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0"), 2026);
    REQUIRE(nuuk.size() == 2);
    CHECK(nuuk[0].dtstart == "20260328T230000");
    CHECK(nuuk[0].rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=24,25,26,27,28,29,30;BYDAY=SA");
    // "M10.5.4/24": the Friday after the last Thursday, possibly 1 November.
    auto cairo = vtimezone_parts(*time_zone_from_posix("X", "EET-2EEST,M4.5.5/0,M10.5.4/24"), 2026);
    REQUIRE(cairo.size() == 2);
    CHECK(cairo[1].dtstart == "20261030T000000");
    CHECK(cairo[1].rrule == "FREQ=YEARLY;BYYEARDAY=-67,-66,-65,-64,-63,-62,-61;BYDAY=FR");

    CHECK(format_ical_utc_offset(-(9 * hour + 30 * 60)) == "-0930");
    CHECK(format_ical_utc_offset(hour + 30 * 60 + 45) == "+013045");
    CHECK(format_ical_utc_offset(0) == "+0000");
}

TEST_CASE("ics vtimezone: every DST rule in the table can be written as an RRULE") {
    // An empty RRULE would force the ics writer onto explicit RDATEs.
    int with_dst = 0;
    for (std::string_view name : time_zone_names()) {
        TimeZone z = *find_time_zone(name);
        if (!z.rule.has_dst) continue;
        ++with_dst;
        CAPTURE(name);
        for (const VTimezonePart& p : vtimezone_parts(z, 2026)) CHECK_FALSE(p.rrule.empty());
    }
    CHECK(with_dst > 50);
}

}  // TEST_SUITE
