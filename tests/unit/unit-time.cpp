// Civil time: the forms organisers type, the strict file forms, and calendar
// arithmetic. Test names start with "time:" so `-tc='time*'` selects them.
#include <doctest/doctest.h>

#include <climits>

#include "core/civil_time.hpp"

using namespace dagdeel;

TEST_SUITE("time") {

TEST_CASE("time: times of day in the forms people type") {
    struct Case {
        const char* text;
        Minutes expected;
    };
    for (auto [text, expected] : {
             Case{"13:30", 13 * 60 + 30}, Case{"13.30", 13 * 60 + 30}, Case{"1330", 13 * 60 + 30},
             Case{"13u30", 13 * 60 + 30}, Case{"13h30", 13 * 60 + 30}, Case{"9:30", 9 * 60 + 30},
             Case{"09:30", 9 * 60 + 30}, Case{"930", 9 * 60 + 30}, Case{"0930", 9 * 60 + 30},
             Case{"9u", 9 * 60}, Case{"9", 9 * 60}, Case{"13u", 13 * 60}, Case{"13 uur", 13 * 60},
             Case{"9.30 uur", 9 * 60 + 30}, Case{" 13.30 Uur ", 13 * 60 + 30}, Case{"0:00", 0},
             Case{"23:59", 23 * 60 + 59}, Case{"24:00", 1440}, Case{"9:30 am", 9 * 60 + 30},
             Case{"1 pm", 13 * 60}, Case{"12 am", 0}, Case{"12:15pm", 12 * 60 + 15},
         }) {
        const auto& input = text;  // clang 14 cannot capture a structured binding (CAPTURE is a lambda)
        CAPTURE(input);
        auto t = parse_time_of_day(text);
        REQUIRE(t.has_value());
        CHECK(*t == expected);
    }
}

TEST_CASE("time: garbage times are rejected") {
    for (const char* text : {"", "  ", "24:60", "99:99", "25:00", "24:01", "13:60", "abc", "-1:00",
                             "13:3", "13:300", "12345", "13,30", "13:30:00", "1 3", "13 pm", "0 am",
                             "9uu", "u30", ":30", "13u30u"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_time_of_day(text).has_value());
    }
}

TEST_CASE("time: durations in the forms people type") {
    struct Case {
        const char* text;
        Minutes expected;
    };
    for (auto [text, expected] : {
             Case{"45", 45}, Case{"0", 0}, Case{"1:15", 75}, Case{"1.15", 75}, Case{"1h15", 75},
             Case{"1h", 60}, Case{"90 min", 90}, Case{"90m", 90}, Case{"90min", 90},
             Case{"90 minuten", 90}, Case{"1,5 uur", 90}, Case{"1.5h", 90}, Case{"2 uur", 120},
             Case{"2u", 120}, Case{"1u30", 90}, Case{"1 uur 30 min", 90}, Case{"1h 15m", 75},
             Case{"1 uur en 15 minuten", 75}, Case{"2 hours", 120}, Case{"0,25 uur", 15},
             Case{"  45 MIN ", 45}, Case{"168 uur", 7 * 24 * 60},
         }) {
        const auto& input = text;  // see above: clang 14 and structured bindings
        CAPTURE(input);
        auto d = parse_duration(text);
        REQUIRE(d.has_value());
        CHECK(*d == expected);
    }
}

TEST_CASE("time: garbage and absurd durations are rejected") {
    for (const char* text : {"", "abc", "-5", "-1:00", "1:75", "1h75", "1,5", "1.5", "45 30",
                             "30 min 1 uur", "1h 2h", "10 min 5 min", "169 uur", "10081", "8 dagen",
                             "1:5", "uur", "h15", "1 uur en", "99999999999"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_duration(text).has_value());
    }
}

TEST_CASE("time: strict HH:MM for files allows after-midnight up to 47:59") {
    CHECK(parse_hhmm_strict("00:00") == 0);
    CHECK(parse_hhmm_strict("13:30") == 810);
    CHECK(parse_hhmm_strict("24:15") == 1455);
    CHECK(parse_hhmm_strict("47:59") == 47 * 60 + 59);
    for (const char* text : {"48:00", "13:60", "9:30", "13.30", "1330", "13:30 ", "ab:cd", ""}) {
        CAPTURE(text);
        CHECK_FALSE(parse_hhmm_strict(text).has_value());
    }
}

TEST_CASE("time: formatting times") {
    CHECK(format_hhmm(0) == "00:00");
    CHECK(format_hhmm(9 * 60 + 5) == "09:05");
    CHECK(format_hhmm(1455) == "24:15");
    CHECK(format_hhmm(-30) == "-00:30");
    CHECK(format_hdotmm(13 * 60 + 30) == "13.30");
    CHECK(format_hdotmm(9 * 60 + 30) == "9.30");
    CHECK(format_hdotmm(1440 + 30) == "0.30");
    for (Minutes m = 0; m < 48 * 60; m += 7) CHECK(parse_hhmm_strict(format_hhmm(m)) == m);
    for (Minutes m = 0; m < 1440; m += 7) CHECK(parse_time_of_day(format_hdotmm(m)) == m);
}

TEST_CASE("time: ISO dates are strict") {
    CHECK(parse_iso_date("2018-02-13") == Date{2018, 2, 13});
    CHECK(parse_iso_date("2024-02-29") == Date{2024, 2, 29});
    for (const char* text : {"2023-02-29", "1900-02-29", "2018-13-01", "2018-00-10", "2018-02-00",
                             "2018-2-13", "13-02-2018", "2018/02/13", "2018-02-13 ", "0000-01-01", ""}) {
        CAPTURE(text);
        CHECK_FALSE(parse_iso_date(text).has_value());
    }
    CHECK(format_iso_date({2018, 2, 13}) == "2018-02-13");
    CHECK(format_iso_date({}) == "");
    CHECK(is_valid_date({2000, 2, 29}));
    CHECK_FALSE(is_valid_date({2100, 2, 29}));
}

TEST_CASE("time: day counts, weekdays and adding days") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(days_from_civil({1969, 12, 31}) == -1);
    CHECK(days_from_civil({2000, 3, 1}) == 11017);
    CHECK(weekday({2018, 2, 13}) == 2);  // seed announcement: "dinsdag 13 februari 2018"
    CHECK(weekday({1970, 1, 1}) == 4);
    CHECK(weekday({1969, 12, 28}) == 0);
    CHECK(add_days({2018, 2, 13}, 16) == Date{2018, 3, 1});
    CHECK(add_days({2024, 2, 28}, 1) == Date{2024, 2, 29});
    CHECK(add_days({2024, 1, 1}, -1) == Date{2023, 12, 31});
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(2023, 13) == 0);
    // Every day of four centuries survives the round trip, weekdays advance by one.
    long long from = days_from_civil({1900, 1, 1}), to = days_from_civil({2300, 1, 1});
    int previous = weekday(civil_from_days(from - 1));
    bool all_ok = true;
    for (long long z = from; z < to; ++z) {
        Date d = civil_from_days(z);
        int w = weekday(d);
        all_ok = all_ok && is_valid_date(d) && days_from_civil(d) == z && w == (previous + 1) % 7;
        previous = w;
    }
    CHECK(all_ok);
}

TEST_CASE("time: minutes from a day's midnight are bounded, never overflow (issue 10, bug 3)") {
    const Date day{2026, 3, 12};
    CHECK(minutes_from_day(day, day, 540, 0, 2879) == 540);
    CHECK(minutes_from_day(day, Date{2026, 3, 13}, 90, 0, 2879) == 1440 + 90);  // the night after
    CHECK(minutes_from_day(day, Date{2026, 3, 11}, 1380, -1440, 2879) == -60);
    CHECK_FALSE(minutes_from_day(day, Date{2026, 3, 11}, 1380, 0, 2879));
    CHECK_FALSE(minutes_from_day(day, Date{2026, 3, 14}, 0, 0, 2879));
    CHECK(minutes_from_day(day, day, 2879, 0, 2879) == 2879);
    CHECK_FALSE(minutes_from_day(day, day, 2880, 0, 2879));
    // The fuzz finding: (days) * 1440 was -3,426,033,060 in an int.
    CHECK_FALSE(minutes_from_day(Date{8540, 3, 12}, day, 540, 0, 2879));
    CHECK_FALSE(minutes_from_day(Date{1, 1, 1}, Date{9999, 12, 31}, 0, INT_MIN, INT_MAX));
    CHECK_FALSE(minutes_from_day(day, day, 1LL << 40, INT_MIN, INT_MAX));
    CHECK_FALSE(minutes_from_day(day, day, -(1LL << 40), INT_MIN, INT_MAX));
    // Dates a century apart still count exactly when the bounds allow it.
    CHECK(minutes_from_day(Date{2000, 1, 1}, Date{2100, 1, 1}, 0, INT_MIN, INT_MAX) == 36525 * 1440);
}

}  // TEST_SUITE
