// Issue 15's remaining import rules, each with a real fragment:
//  - Outlook/Exchange Windows zone names (TZID:W. Europe Standard Time)
//    mapped to IANA zones through CLDR's windowsZones table;
//  - a file of bare BEGIN:VEVENT … END:VEVENT (no VCALENDAR) is iCalendar;
//  - schedule.xml/schedule.json persons: a placeholder or repeated id never
//    merges different names (36C3's 677 people with <person id="0">);
//  - CSV files as programme tables (Windows-1252, semicolons, quoted
//    newlines) through the one door, and what is NOT a table.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/time_zone.hpp"
#include "core/validation.hpp"
#include "core/windows_zones.hpp"
#include "io/formats.hpp"
#include "io/frab/frab_json_reader.hpp"
#include "io/frab/frab_xml_reader.hpp"
#include "io/ics/ics_reader.hpp"
#include "io/open_document.hpp"
#include "io/text_import/table_paste.hpp"

#include "builders.hpp"

using namespace dagdeel;
using dagdeel::test::item_titled;
using dagdeel::test::read_file;

TEST_SUITE_BEGIN("imports");

namespace {

std::string problems_text(const std::vector<Problem>& problems) {
    std::string s;
    for (const Problem& p : problems) s += format_problem(p) + "\n";
    return s;
}

// An invitation as Outlook 16 sends it (VTIMEZONE with the Windows name, the
// TZID quoted in DTSTART, a VALARM and Microsoft's X- properties).
const char* const kOutlookInvitation =
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "VERSION:2.0\r\n"
    "METHOD:REQUEST\r\n"
    "X-MS-OLK-FORCEINSPECTOROPEN:TRUE\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:W. Europe Standard Time\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:16011028T030000\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "END:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "DTSTART:16010325T020000\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "END:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "CLASS:PUBLIC\r\n"
    "CREATED:20260212T101502Z\r\n"
    "DESCRIPTION:Beste collega's\\,\\n\\nGraag tot dan.\\n\r\n"
    "DTEND;TZID=\"W. Europe Standard Time\":20260317T163000\r\n"
    "DTSTAMP:20260212T101502Z\r\n"
    "DTSTART;TZID=\"W. Europe Standard Time\":20260317T133000\r\n"
    "LAST-MODIFIED:20260212T101502Z\r\n"
    "LOCATION:Vergaderzaal De Linde\\, Stadhuis Utrecht\r\n"
    "PRIORITY:5\r\n"
    "SEQUENCE:0\r\n"
    "SUMMARY;LANGUAGE=nl:Inspiratiebijeenkomst wijkraden\r\n"
    "TRANSP:OPAQUE\r\n"
    "UID:040000008200E00074C5B7101A82E00800000000D0B3A4F1A29BDC01000000000000000010000000C6E1F1D87E0F2A4B9C2D5E\r\n"
    " 6F7A8B9C0D\r\n"
    "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n"
    "X-MICROSOFT-CDO-IMPORTANCE:1\r\n"
    "X-MICROSOFT-DISALLOW-COUNTER:FALSE\r\n"
    "X-MS-OLK-AUTOFILLLOCATION:FALSE\r\n"
    "X-MS-OLK-CONFTYPE:0\r\n"
    "BEGIN:VALARM\r\n"
    "TRIGGER:-PT15M\r\n"
    "ACTION:DISPLAY\r\n"
    "DESCRIPTION:Reminder\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

}  // namespace

// [SECTION] Windows zone names ------------------------------------------------------------------

TEST_CASE("Windows zone names: CLDR's table, the user's own zone first") {
    if (windows_zone_count() == 0) {
        MESSAGE("built without CLDR's windowsZones.xml (unicode-cldr-core): skipped");
        return;
    }
    CHECK(windows_zone_count() > 100);
    CHECK(iana_zone_for_windows("W. Europe Standard Time", "Europe/Amsterdam") == "Europe/Amsterdam");
    CHECK(iana_zone_for_windows("W. Europe Standard Time") == "Europe/Berlin");  // territory 001
    CHECK(iana_zone_for_windows("W. Europe Standard Time", "America/New_York") == "Europe/Berlin");
    CHECK(iana_zone_for_windows("Romance Standard Time", "Europe/Amsterdam") == "Europe/Paris");
    CHECK(iana_zone_for_windows("Romance Standard Time", "Europe/Brussels") == "Europe/Brussels");
    CHECK(iana_zone_for_windows("GMT Standard Time") == "Europe/London");
    CHECK(iana_zone_for_windows("Eastern Standard Time") == "America/New_York");
    CHECK(iana_zone_for_windows("w. europe standard time", "Europe/Amsterdam") == "Europe/Amsterdam");
    CHECK(iana_zone_for_windows("\"W. Europe Standard Time\"") == "Europe/Berlin");
    CHECK_FALSE(iana_zone_for_windows("Custom Standard Time").has_value());
    CHECK_FALSE(iana_zone_for_windows("").has_value());
    // Every mapped zone is one our tzdata table knows.
    for (const char* name : {"W. Europe Standard Time", "Romance Standard Time", "Pacific Standard Time",
                             "India Standard Time", "Tokyo Standard Time", "AUS Eastern Standard Time"})
        CHECK(find_time_zone(*iana_zone_for_windows(name)).has_value());
}

TEST_CASE("an Outlook invitation with TZID:W. Europe Standard Time reads in Europe/Amsterdam, no fallback warning") {
    if (windows_zone_count() == 0) return;
    CHECK(detect_import_format(kOutlookInvitation) == ImportFormat::ics);
    const ReadResult r = read_ics(kOutlookInvitation);
    INFO(problems_text(r.problems));
    REQUIRE(r.ok());
    const Document& d = *r.document;
    CHECK(d.event.time_zone == "Europe/Amsterdam");
    const Item* it = item_titled(d, "Inspiratiebijeenkomst wijkraden");
    REQUIRE(it != nullptr);
    REQUIRE(d.days.size() == 1);
    CHECK(d.days[0].date == Date{2026, 3, 17});
    CHECK(it->start == 13 * 60 + 30);
    CHECK(it->duration == 180);
    for (const Problem& p : r.problems) CHECK(p.message.find("not a known time zone") == std::string::npos);

    // Summer time: the DST rules are tzdata's, not the VTIMEZONE's guess.
    std::string summer = kOutlookInvitation;
    summer.replace(summer.find("20260317T133000"), 15, "20260701T093000");
    summer.replace(summer.find("20260317T163000"), 15, "20260701T103000");
    const ReadResult s = read_ics(summer);
    REQUIRE(s.ok());
    CHECK(s.document->days[0].items.at(0).start == 9 * 60 + 30);
}

TEST_CASE("an Exchange meeting in another Windows zone keeps its own local time") {
    if (windows_zone_count() == 0) return;
    const std::string text =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Eastern Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16011104T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
        "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010311T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"
        "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x1\r\n"
        "SUMMARY:Board call\r\nDTSTART;TZID=Eastern Standard Time:20260415T100000\r\n"
        "DTEND;TZID=Eastern Standard Time:20260415T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ReadResult r = read_ics(text);
    INFO(problems_text(r.problems));
    REQUIRE(r.ok());
    CHECK(r.document->event.time_zone == "America/New_York");
    CHECK(r.document->days[0].items.at(0).start == 10 * 60);
}

// [SECTION] Bare VEVENTs ------------------------------------------------------------------------

TEST_CASE("a file of bare VEVENTs without VCALENDAR is iCalendar") {
    const std::string text =
        "\r\nBEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTART;TZID=Europe/Amsterdam:20260612T133000\r\n"
        "DTEND;TZID=Europe/Amsterdam:20260612T140000\r\nSUMMARY:Ontvangst en inloop\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b@example.org\r\nDTSTART;TZID=Europe/Amsterdam:20260612T140000\r\n"
        "DTEND;TZID=Europe/Amsterdam:20260612T144500\r\nSUMMARY:Lezing over wijkraden\r\nLOCATION:Zaal 1\r\n"
        "END:VEVENT\r\n";
    CHECK(detect_import_format(text) == ImportFormat::ics);
    const Opened o = open_document(text);
    INFO(problems_text(o.problems));
    REQUIRE(o.ok());
    CHECK(o.format == ImportFormat::ics);
    REQUIRE(o.document->days.size() == 1);
    REQUIRE(o.document->days[0].items.size() == 2);
    CHECK(o.document->days[0].items[1].title == "Lezing over wijkraden");
    CHECK(o.document->days[0].items[1].start == 14 * 60);
    // Said, not silent: a warning on the line of the first BEGIN:VEVENT.
    bool told = false;
    for (const Problem& p : o.problems) told |= !p.is_error && p.line == 2 && p.message.find("VCALENDAR") != std::string::npos;
    CHECK(told);
    // Not the JSON parser's "invalid literal" any more, nor a refusal.
    for (const Problem& p : o.problems) CHECK(p.message.find("invalid literal") == std::string::npos);
    // A truncated bare event is still told by line.
    const Opened cut = open_document("BEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:20260612T133000\r\n");
    bool never_closed = false;
    for (const Problem& p : cut.problems) never_closed |= p.line == 1 && p.message.find("never closed") != std::string::npos;
    CHECK(never_closed);
}

// [SECTION] Persons in schedule.xml and schedule.json -------------------------------------------

TEST_CASE("schedule.xml: a placeholder person id never merges different names (36C3)") {
    // As in 36C3's schedule.xml: self-organised sessions give every person id="0".
    const std::string xml = R"(<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <version>Leaving Orbit</version>
  <conference><acronym>36c3</acronym><title>36th Chaos Communication Congress</title>
    <start>2019-12-27</start><end>2019-12-30</end><days>1</days><timeslot_duration>00:10</timeslot_duration>
    <time_zone_name>Europe/Berlin</time_zone_name></conference>
  <day index="1" date="2019-12-27" start="2019-12-27T10:00:00+01:00" end="2019-12-28T03:00:00+01:00">
    <room name="Ada">
      <event guid="11111111-1111-5111-8111-111111111111" id="10001">
        <date>2019-12-27T11:00:00+01:00</date><start>11:00</start><duration>01:00</duration><room>Ada</room>
        <slug>36c3-10001-sos</slug><title>Lötworkshop</title><language>de</language><type>Workshop</type>
        <persons><person id="0">Kreatur</person></persons>
      </event>
    </room>
    <room name="Borg">
      <event guid="22222222-2222-5222-8222-222222222222" id="10002">
        <date>2019-12-27T11:00:00+01:00</date><start>11:00</start><duration>01:00</duration><room>Borg</room>
        <slug>36c3-10002-sos</slug><title>DJ set</title><language>en</language><type>Other</type>
        <persons><person id="0">Alibi</person><person id="0">Dj-spock</person></persons>
      </event>
      <event guid="33333333-3333-5333-8333-333333333333" id="10003">
        <date>2019-12-27T13:00:00+01:00</date><start>13:00</start><duration>01:00</duration><room>Borg</room>
        <slug>36c3-10003-talk</slug><title>Talk</title><language>en</language><type>Talk</type>
        <persons><person id="4711">Jane Doe</person></persons>
      </event>
      <event guid="44444444-4444-5444-8444-444444444444" id="10004">
        <date>2019-12-27T15:00:00+01:00</date><start>15:00</start><duration>01:00</duration><room>Borg</room>
        <slug>36c3-10004-talk</slug><title>Talk two</title><language>en</language><type>Talk</type>
        <persons><person id="4711">Jane Doe</person><person id="0">Kreatur</person></persons>
      </event>
    </room>
  </day>
</schedule>
)";
    const ReadResult r = read_frab_xml(xml);
    INFO(problems_text(r.problems));
    REQUIRE(r.ok());
    const Document& d = *r.document;
    std::vector<std::string> names;
    for (const Person& p : d.people) names.push_back(p.name);
    std::sort(names.begin(), names.end());
    // Kreatur (twice, id 0) is one; Alibi and Dj-spock are not Kreatur; Jane Doe (id 4711 twice) is one.
    CHECK(names == std::vector<std::string>{"Alibi", "Dj-spock", "Jane Doe", "Kreatur"});
    const Item* workshop = item_titled(d, "Lötworkshop");
    const Item* dj = item_titled(d, "DJ set");
    REQUIRE((workshop && dj));
    CHECK(workshop->people.at(0).person_id != dj->people.at(0).person_id);
    // Two rooms at 11:00 with "id 0" in both: nobody is in two places at once.
    for (const Finding& f : validate(d)) CHECK(f.code != "person_overlap");
    // Same id and same name is still one person.
    CHECK(item_titled(d, "Talk")->people.at(0).person_id == item_titled(d, "Talk two")->people.at(0).person_id);
}

TEST_CASE("schedule.json: the same rule; the 39C3 sample keeps only its real overlaps") {
    const std::string json = R"({"schedule": {"version": "1", "conference": {"acronym": "36c3", "title": "36C3",
      "start": "2019-12-27", "end": "2019-12-27", "daysCount": 1, "time_zone_name": "Europe/Berlin",
      "rooms": [{"name": "Ada"}, {"name": "Borg"}],
      "days": [{"index": 1, "date": "2019-12-27", "day_start": "2019-12-27T10:00:00+01:00", "day_end": "2019-12-28T03:00:00+01:00",
        "rooms": {"Ada": [{"id": 1, "guid": "a", "date": "2019-12-27T11:00:00+01:00", "start": "11:00", "duration": "01:00",
            "room": "Ada", "slug": "a", "title": "Lötworkshop", "type": "workshop", "persons": [{"id": 0, "public_name": "Kreatur"}]}],
          "Borg": [{"id": 2, "guid": "b", "date": "2019-12-27T11:00:00+01:00", "start": "11:00", "duration": "01:00",
            "room": "Borg", "slug": "b", "title": "DJ set", "type": "other", "persons": [{"id": 0, "public_name": "Alibi"}]}]}}]}}})";
    const ReadResult r = read_frab_json(json);
    INFO(problems_text(r.problems));
    REQUIRE(r.ok());
    CHECK(r.document->people.size() == 2);
    for (const Finding& f : validate(*r.document)) CHECK(f.code != "person_overlap");

    const std::string sample =
        read_file(std::string(DAGDEEL_SOURCE_DIR) + "/../shared/samples/schedules/schedule-39c3-20251206.xml");
    if (sample.empty()) return;
    const ReadResult c = read_frab_xml(sample);
    REQUIRE(c.ok());
    int overlaps = 0;
    for (const Finding& f : validate(*c.document)) overlaps += f.code == "person_overlap";
    MESSAGE("39c3: " << c.document->people.size() << " people, " << overlaps << " in two places at once");
    // 39C3 gives every person a guid of their own; the 6 that remain are real
    // (elzbeth hosts the four-day "Elektrobausteine" while in other sessions,
    // one guid and one name each): no placeholder merges.
    CHECK(overlaps == 6);
    CHECK(c.document->people.size() == 263);
}

// [SECTION] CSV files as programme tables -------------------------------------------------------

TEST_CASE("a programme saved by Dutch Excel as CSV: semicolons, Windows-1252, a quoted cell over two lines") {
    const std::string bytes =
        "Tijd;Eind;Onderdeel;Spreker;Zaal;Omschrijving\r\n"
        "13:30;14:00;Ontvangst en inloop;;Foyer;\r\n"
        "14:00;14:45;\"Lezing: \x93Samen de wijk in\x94\";Jos\xE9 M\xFCller;Zaal 1;\"Over wijkraden.\r\nMet vragen uit de zaal.\"\r\n"
        "14:45;15:00;Pauze;;;\r\n"
        ";;;;;\r\n"
        "15:00;;;Niemand;;zonder titel\r\n";
    const PastedTable t = read_table_file(bytes);
    REQUIRE(t.error.empty());
    CHECK(t.encoding == TextEncoding::windows1252);
    CHECK(t.separator == ';');
    REQUIRE(t.rows.size() == 4);
    CHECK(t.lines == std::vector<int>{2, 3, 5, 7});
    const auto cols = guess_columns(t);
    CHECK(cols == std::vector<TableColumn>{TableColumn::start, TableColumn::end, TableColumn::title, TableColumn::speaker,
                                           TableColumn::room, TableColumn::description});
    const auto items = items_from_table(t, cols);
    REQUIRE(items.size() == 3);
    CHECK(items[1].item.title == "Lezing: \xE2\x80\x9CSamen de wijk in\xE2\x80\x9D");
    CHECK(items[1].speaker == "Jos\xC3\xA9 M\xC3\xBC" "ller");
    CHECK(items[1].item.description == "Over wijkraden.\nMet vragen uit de zaal.");
    CHECK(items[2].item.kind == ItemKind::break_);
    CHECK(lines_without_title(t, cols) == std::vector<int>{7});  // said in the dialog, never dropped silently

    // Through the one door (planner-cli convert, planner.open with a name): a new document.
    const Opened o = open_document(bytes, {{}, false, "programma.csv"});
    INFO(problems_text(o.problems));
    REQUIRE(o.ok());
    CHECK(o.format == ImportFormat::csv);
    const Document& d = *o.document;
    REQUIRE(d.days.size() == 1);
    REQUIRE(d.days[0].items.size() == 3);
    CHECK(d.days[0].start == 13 * 60 + 30);
    CHECK(d.days[0].items[1].start == 14 * 60);
    REQUIRE(d.people.size() == 1);
    CHECK(d.people[0].name == "Jos\xC3\xA9 M\xC3\xBCller");
    CHECK(d.rooms.size() == 2);
    bool told = false;
    for (const Problem& p : o.problems) told |= p.line == 7 && !p.is_error;
    CHECK(told);
}

TEST_CASE("tables are told from announcements; a .csv name decides for a single column") {
    // Rows that split evenly on semicolons or tabs are a table without a name.
    CHECK(detect_import_format("Tijd;Onderdeel\n13:30;Inloop\n14:00;Welkom\n") == ImportFormat::csv);
    CHECK(detect_import_format("Tijd\tOnderdeel\n13:30\tInloop\n") == ImportFormat::csv);
    // The five seed announcements stay announcements.
    for (int n = 0; n < 5; ++n) {
        const std::string seed = read_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/announcements/seed-00" +
                                           std::to_string(n) + ".txt");
        REQUIRE_FALSE(seed.empty());
        CHECK(detect_import_format(seed) == ImportFormat::announcement);
        CHECK_FALSE(looks_like_csv_table(seed));
    }
    // Prose with commas is not a table; a one-column list is one when the file says .csv.
    CHECK_FALSE(looks_like_csv_table("Welkom, allemaal. We beginnen om 10 uur, met koffie.\nDaarna, om 11 uur, de lezing.\n"));
    CHECK(detect_import_format("Onderdeel\nInloop\nWelkom\n", "lijst.CSV") == ImportFormat::csv);
    // JSON and iCalendar in a .csv-named file are still what they are.
    CHECK(detect_import_format("{\"a\": 1}", "x.csv") == ImportFormat::json);
    // A CSV without a title column is refused in words, with its line.
    const Opened none = open_document("Begin;Eind\n13:30;14:00\n", {{}, false, "tijden.csv"});
    REQUIRE_FALSE(none.ok());
    CHECK(none.problems.back().message.find("titel") != std::string::npos);
    const Opened open_quote = open_document("Tijd;Titel\n13:30;\"Inloop\n14:00;Welkom\n", {{}, false, "p.csv"});
    REQUIRE_FALSE(open_quote.ok());
    CHECK(open_quote.problems.at(0).line == 2);
}

TEST_SUITE_END();
