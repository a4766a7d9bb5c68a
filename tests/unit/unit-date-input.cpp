// Dates as people type them: the forms from issue 11, forms found in the
// seeds and real announcements, and forms that must be refused.
#include <doctest/doctest.h>

#include "core/date_input.hpp"

using namespace dagdeel;

TEST_SUITE("date_input") {

namespace {
const Date kToday{2018, 3, 1};
}

TEST_CASE("date_input: Dutch forms of 19 June 2018") {
    for (const char* text :
         {"19-06-2018", "19-6-2018", "19/6/2018", "19/06/2018", "19.6.2018", "19.06.2018", "2018-06-19",
          "19 juni 2018", "di 19 juni 2018", "di. 19 juni 2018", "dinsdag 19 juni 2018", "Dinsdag 19 Juni 2018",
          "19 jun", "19 juni", "19-6", "19/6", "19 jun 2018", "  19 juni 2018  ", "19-6-18", "di 19-6-2018",
          "dinsdag 19 juni", "19 JUNI 2018"}) {
        CAPTURE(text);
        const DateInput r = parse_date_input(text, kToday, DateLanguage::nl);
        CHECK(r.status == DateInput::Status::ok);
        CHECK(r.date == Date{2018, 6, 19});
    }
}

TEST_CASE("date_input: English forms of 19 June 2018") {
    for (const char* text : {"19 June 2018", "Tue 19 June 2018", "Tuesday 19 June 2018", "June 19, 2018",
                             "June 19 2018", "Jun 19", "Tue, June 19, 2018", "19/06/2018", "2018-06-19"}) {
        CAPTURE(text);
        const DateInput r = parse_date_input(text, kToday, DateLanguage::en);
        CHECK(r.status == DateInput::Status::ok);
        CHECK(r.date == Date{2018, 6, 19});
    }
}

TEST_CASE("date_input: every Dutch month name and abbreviation") {
    const char* names[][3] = {{"januari", "jan", "1"},   {"februari", "feb", "2"},  {"maart", "mrt", "3"},
                              {"april", "apr", "4"},     {"mei", "mei", "5"},       {"juni", "jun", "6"},
                              {"juli", "jul", "7"},      {"augustus", "aug", "8"},  {"september", "sept", "9"},
                              {"oktober", "okt", "10"},  {"november", "nov", "11"}, {"december", "dec", "12"}};
    for (auto& n : names) {
        for (int k = 0; k < 2; ++k) {
            const std::string text = std::string("5 ") + n[k] + " 2019";
            CAPTURE(text);
            const DateInput r = parse_date_input(text, kToday, DateLanguage::nl);
            CHECK(r.status == DateInput::Status::ok);
            CHECK(r.date == Date{2019, std::stoi(n[2]), 5});
        }
    }
}

TEST_CASE("date_input: without a year, the next such date from today") {
    CHECK(parse_date_input("19 jun", {2018, 3, 1}, DateLanguage::nl).date == Date{2018, 6, 19});
    CHECK(parse_date_input("19 jun", {2018, 6, 19}, DateLanguage::nl).date == Date{2018, 6, 19});  // today counts
    CHECK(parse_date_input("19 jun", {2018, 6, 20}, DateLanguage::nl).date == Date{2019, 6, 19});
    CHECK(parse_date_input("5-1", {2026, 11, 30}, DateLanguage::nl).date == Date{2027, 1, 5});
    CHECK(parse_date_input("29 feb", {2025, 3, 1}, DateLanguage::nl).date == Date{2028, 2, 29});
    CHECK(parse_date_input("31 juni", kToday, DateLanguage::nl).status == DateInput::Status::no_such_date);
}

TEST_CASE("date_input: a weekday that contradicts the date is reported, the date kept") {
    const DateInput r = parse_date_input("wo 19 juni 2018", kToday, DateLanguage::nl);
    CHECK(r.status == DateInput::Status::weekday_mismatch);
    CHECK(r.date == Date{2018, 6, 19});
    CHECK(r.typed_weekday == 3);
    CHECK(parse_date_input("Mon 19 June 2018", kToday, DateLanguage::en).status ==
          DateInput::Status::weekday_mismatch);
    CHECK(parse_date_input("do 21 juni 2018", kToday, DateLanguage::nl).status == DateInput::Status::ok);
}

TEST_CASE("date_input: dates not in the calendar") {
    for (const char* text : {"31-6-2018", "29-2-2018", "30 februari 2020", "0-6-2018", "19-13-2018", "2018-02-30",
                             "32 mei 2018"}) {
        CAPTURE(text);
        const DateInput r = parse_date_input(text, kToday, DateLanguage::nl);
        CHECK(r.status != DateInput::Status::ok);
        CHECK(r.status != DateInput::Status::weekday_mismatch);
    }
    CHECK(parse_date_input("29-2-2020", kToday, DateLanguage::nl).status == DateInput::Status::ok);
}

TEST_CASE("date_input: empty and unreadable text") {
    CHECK(parse_date_input("", kToday, DateLanguage::nl).status == DateInput::Status::empty);
    CHECK(parse_date_input("   ", kToday, DateLanguage::nl).status == DateInput::Status::empty);
    for (const char* text : {"morgen", "19", "juni", "2018", "19062018", "19 ju 2018", "xx 19 juni 2018",
                             "19 juni 2018 14:00", "19-6-2018-1", "19e juni 2018", "19 juni '18", "2018-6",
                             "19 juni 123", "19 junio 2018", "19 juni 2018 extra", "di 19", "19 \xc3\xa9 2018",
                             "<script>", "1234567890 juni"}) {
        CAPTURE(text);
        CHECK(parse_date_input(text, kToday, DateLanguage::nl).status == DateInput::Status::unreadable);
    }
}

TEST_CASE("date_input: written back in the user's language") {
    const Date d{2018, 6, 19};
    CHECK(format_date_words(d, DateLanguage::nl) == "19 juni 2018");
    CHECK(format_date_words(d, DateLanguage::en) == "19 June 2018");
    CHECK(format_date_words(d, DateLanguage::nl, true) == "dinsdag 19 juni 2018");
    CHECK(format_date_words(d, DateLanguage::nl, false, true) == "di 19 juni 2018");
    CHECK(format_date_words(d, DateLanguage::en, false, true) == "Tue 19 June 2018");
    CHECK(format_date_words({}, DateLanguage::nl).empty());
    CHECK(format_date_words({2018, 2, 30}, DateLanguage::nl).empty());
    // What is written can be read back.
    for (Date x : {Date{2018, 6, 19}, Date{2026, 1, 1}, Date{2024, 2, 29}, Date{1999, 12, 31}})
        for (DateLanguage lang : {DateLanguage::nl, DateLanguage::en}) {
            const std::string text = format_date_words(x, lang, false, true);
            CAPTURE(text);
            CHECK(parse_date_input(text, kToday, lang).date == x);
            CHECK(parse_date_input(text, kToday, lang).status == DateInput::Status::ok);
        }
    CHECK(std::string(accepted_date_forms(DateLanguage::nl)).find("19 juni 2018") != std::string::npos);
}

}  // TEST_SUITE
