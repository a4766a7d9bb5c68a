// iCalendar export and import (src/io/ics_writer.hpp, src/io/ics_reader.hpp).
// Subcases are named after the RFC 5545 sections they check; the samples
// written by other programs are read from ../shared/samples/ics when present.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>
#include <string>

#include "core/civil_time.hpp"
#include "core/time_zone.hpp"
#include "io/ics/ics_internal.hpp"
#include "io/ics/ics_reader.hpp"
#include "io/ics/ics_writer.hpp"
#include "io/json/json_document.hpp"
#include "builders.hpp"

using namespace dagdeel;
using dagdeel::test::read_file;
using dagdeel::test::item_titled;

namespace {

Document fixture(const std::string& name) {
    ReadResult r = read_json_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/" + name + ".json");
    REQUIRE(r.document.has_value());
    return *r.document;
}

constexpr UtcSeconds kStamp = 1767225600;  // 2026-01-01T00:00:00Z

std::string export_ics(const Document& d, IcsMode mode) {
    IcsOptions o;
    o.mode = mode;
    o.dtstamp = kStamp;
    return write_ics(d, o).text;
}

UtcSeconds utc(int y, int mo, int d, int h, int mi) { return days_from_civil({y, mo, d}) * 86400 + h * 3600 + mi * 60; }

// The unfolded lines of an .ics text (checks CRLF on the way).
std::vector<std::string> unfolded(const std::string& ics) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < ics.size()) {
        std::size_t end = ics.find("\r\n", pos);
        REQUIRE(end != std::string::npos);
        std::string line = ics.substr(pos, end - pos);
        if (!line.empty() && line[0] == ' ') out.back() += line.substr(1);
        else out.push_back(line);
        pos = end + 2;
    }
    return out;
}

int count(const std::string& hay, const std::string& needle) {
    int n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

std::string problems_text(const ReadResult& r) {
    std::string s;
    for (const Problem& p : r.problems) s += (p.is_error ? "error " : "warning ") + format_problem(p) + "\n";
    return s;
}

}  // namespace

TEST_SUITE_BEGIN("ics");

TEST_CASE("ics writer: RFC 5545 shape") {
    const Document dst = fixture("ics-dst-2026-amsterdam");
    const std::string ics = export_ics(dst, IcsMode::per_item);

    SUBCASE("3.1 content lines: CRLF line ends only") {
        for (std::size_t i = 0; i < ics.size(); ++i)
            if (ics[i] == '\n') REQUIRE((i > 0 && ics[i - 1] == '\r'));
        CHECK(ics.substr(ics.size() - 2) == "\r\n");
    }
    SUBCASE("3.1 content lines: folding at 75 octets") {
        std::size_t pos = 0, longest = 0;
        int folded = 0;
        while (pos < ics.size()) {
            std::size_t end = ics.find("\r\n", pos);
            longest = std::max(longest, end - pos);
            if (ics[pos] == ' ') ++folded;
            pos = end + 2;
        }
        CHECK(longest <= 75);
        CHECK(folded > 5);
        const std::string line(200, 'x');
        const std::string f = ics_fold_line(line);
        CHECK(f.substr(0, 77) == std::string(75, 'x') + "\r\n");
        CHECK(f.substr(77, 77) == " " + std::string(74, 'x') + "\r\n");
    }
    SUBCASE("3.1 content lines: folding never splits a UTF-8 sequence") {
        for (int shift = 0; shift < 4; ++shift) {
            std::string line = "DESCRIPTION:" + std::string(shift, 'a');
            for (int i = 0; i < 40; ++i) line += "\xF0\x9F\x98\x80\xE2\x82\xAC\xC3\xBC";  // 😀€ü
            const std::string f = ics_fold_line(line);
            std::size_t pos = 0;
            while (pos < f.size()) {
                const std::size_t end = f.find("\r\n", pos);
                CHECK(end - pos <= 75);
                const std::size_t first = pos + (pos > 0 ? 1 : 0);  // after the fold space
                CHECK((static_cast<unsigned char>(f[first]) & 0xC0) != 0x80);
                pos = end + 2;
            }
            std::string back;
            for (const std::string& l : unfolded(f)) back += l;
            CHECK(back == line);
        }
    }
    SUBCASE("3.3.11 text: backslash, semicolon, comma, newline escaped") {
        CHECK(ics_escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
        const auto lines = unfolded(ics);
        CHECK(std::find(lines.begin(), lines.end(), "SUMMARY:Opening\\, welkom\\; en koffie") != lines.end());
        CHECK(std::find(lines.begin(), lines.end(), "SUMMARY:Werkplaats A\\; data\\, kaart & taal") != lines.end());
    }
    SUBCASE("3.4 / 3.7 calendar properties: VERSION, PRODID, CALSCALE, METHOD:PUBLISH") {
        CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dagdeel//", 0) == 0);
        CHECK(count(ics, "\r\nCALSCALE:GREGORIAN\r\n") == 1);
        CHECK(count(ics, "\r\nMETHOD:PUBLISH\r\n") == 1);
        CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    }
    SUBCASE("3.6.5 VTIMEZONE: yearly RRULE parts, IANA TZID, no RDATE") {
        CHECK(count(ics, "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n") == 1);
        CHECK(count(ics, "BEGIN:DAYLIGHT") == 1);
        CHECK(count(ics, "BEGIN:STANDARD") == 1);
        CHECK(count(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU") == 1);
        CHECK(count(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU") == 1);
        CHECK(count(ics, "DTSTART:20250330T020000") == 1);  // the year before the first day
        CHECK(count(ics, "RDATE") == 0);
        CHECK(count(ics, "TZID=CET") == 0);
        CHECK(count(ics, "DTSTART;TZID=Europe/Amsterdam:") == 7);  // i-laat starts in the repeated hour
        CHECK(count(ics, "DTEND;TZID=Europe/Amsterdam:") == 7);    // i-nacht ends in it
    }
    SUBCASE("3.8.4.7 UID stable; 3.8.7.2 DTSTAMP given; 3.8.7.4 SEQUENCE from revision") {
        CHECK(count(ics, "UID:ics-dst-2026-i-opening@dagdeel\r\n") == 1);
        CHECK(count(ics, "UID:ics-dst-2026-i-ronde-s-b@dagdeel\r\n") == 1);
        CHECK(count(ics, "DTSTAMP:20260101T000000Z\r\n") == 8);
        CHECK(count(ics, "UID:ics-dst-2026-i-opening@dagdeel\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:2\r\n") == 1);
        CHECK(count(ics, "UID:ics-dst-2026-i-ronde-s-b@dagdeel\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:1\r\n") == 1);
        Document changed = dst;
        changed.days[1].items[0].title = "Opening";
        changed.days[1].items[0].revision = 3;
        const std::string again = export_ics(changed, IcsMode::per_item);
        CHECK(count(again, "UID:ics-dst-2026-i-opening@dagdeel\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:3\r\n") == 1);
        CHECK(export_ics(dst, IcsMode::per_item) == ics);  // deterministic
    }
    SUBCASE("3.8.1.11 STATUS, 3.8.1.2 CATEGORIES, 3.8.1.7 LOCATION, 3.8.4.3 ORGANIZER") {
        const auto lines = unfolded(ics);
        auto has = [&](const std::string& l) { return std::find(lines.begin(), lines.end(), l) != lines.end(); };
        CHECK(count(ics, "STATUS:TENTATIVE") == 2);  // i-laat, s-b
        CHECK(count(ics, "STATUS:CANCELLED") == 1);  // i-lunch
        // Words of the plan's language (issue 11), never internal codes; a
        // session has none of its own.
        CHECK(has("CATEGORIES:Inloop"));
        CHECK(count(ics, "CATEGORIES:walk_in") == 0);
        CHECK(count(ics, "CATEGORIES:session") == 0);
        Document english = dst;
        english.event.language = "en";
        CHECK(count(export_ics(english, IcsMode::per_item), "CATEGORIES:Walk-in\r\n") > 0);
        CHECK(has("LOCATION:Grote zaal\\, Zaal Één\\, Kerkstraat 1\\, 1234 AB Utrecht"));
        CHECK(has("ORGANIZER;CN=\"Anna de Vries (Dagdeel, afdeling Test)\":mailto:anna@dagdeel.invalid"));
        CHECK(count(ics, "URL:") == 0);
        Document with_url = dst;
        with_url.event.url = "https://dagdeel.invalid/programma";
        CHECK(count(export_ics(with_url, IcsMode::per_item), "\r\nURL:https://dagdeel.invalid/programma\r\n") == 8);
    }
    SUBCASE("3.8.1.5 DESCRIPTION: description, people with organisations, registration") {
        const auto lines = unfolded(ics);
        bool found = false;
        for (const std::string& l : lines)
            if (l.rfind("DESCRIPTION:Lang verhaal\\nmet een nieuwe regel\\, een komma\\; en een backslash \\\\ erin.", 0) == 0) {
                found = true;
                CHECK(l.find("Spreker: Bob Jansen (Stichting \"Klok\")") != std::string::npos);
            }
        CHECK(found);
        // The registration line once per file, with its date in the plan's language.
        CHECK(count(ics, "Aanmelden:") == 1);
        CHECK(count(ics, "vóór 1 maart 2026") == 1);
        CHECK(count(ics, "2026-03-01") == 0);
    }
}

TEST_CASE("ics writer: 3.3.5 DATE-TIME across DST changes and midnight") {
    const Document dst = fixture("ics-dst-2026-amsterdam");
    IcsOptions o;
    o.mode = IcsMode::per_item;
    std::map<std::string, IcsPlannedEvent> by_uid;
    for (const IcsPlannedEvent& e : plan_ics_events(dst, o)) by_uid[e.uid] = e;
    auto check = [&](const std::string& id, UtcSeconds start, UtcSeconds end) {
        CAPTURE(id);
        const auto it = by_uid.find("ics-dst-2026-" + id + "@dagdeel");
        REQUIRE(it != by_uid.end());
        CHECK(it->second.start == start);
        CHECK(it->second.end == end);
    };
    check("i-voorjaar", utc(2026, 3, 29, 0, 0), utc(2026, 3, 29, 2, 0));   // 01:00 CET .. 04:00 CEST
    check("i-opening", utc(2026, 10, 24, 18, 0), utc(2026, 10, 24, 19, 0));
    check("i-nacht", utc(2026, 10, 24, 19, 0), utc(2026, 10, 25, 0, 30));  // to 02:30, the first one
    check("i-laat", utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 2, 30));   // 02:30 CEST .. 03:30 CET
    check("i-ontvangst", utc(2026, 10, 25, 8, 0), utc(2026, 10, 25, 8, 30));
    check("i-ronde-s-a", utc(2026, 10, 25, 8, 30), utc(2026, 10, 25, 10, 0));
    check("i-lunch", utc(2026, 10, 25, 10, 0), utc(2026, 10, 25, 11, 0));

    const std::string ics = export_ics(dst, IcsMode::per_item);
    // The repeated hour is written in UTC: parsers disagree on local 02:30 that day.
    CHECK(count(ics, "DTSTART;TZID=Europe/Amsterdam:20261024T210000\r\nDTEND:20261025T003000Z\r\n") == 1);
    CHECK(count(ics, "DTSTART:20261025T003000Z\r\nDTEND;TZID=Europe/Amsterdam:20261025T033000\r\n") == 1);
    // A time in the spring gap is written as the instant's real wall-clock time.
    Document gap = dst;
    gap.days[0].items[0].start = 150;  // 02:30 on 2026-03-29 does not exist
    gap.days[0].items[0].duration = 60;
    const std::string g = export_ics(gap, IcsMode::per_item);
    CHECK(count(g, "DTSTART;TZID=Europe/Amsterdam:20260329T033000\r\n") == 1);

    SUBCASE("seed 001: 2018-02-13 19:00 Europe/Amsterdam is 18:00Z") {
        const Document seed = fixture("seed-001-lokaal-samenspel");
        const auto events = plan_ics_events(seed, o);
        REQUIRE(!events.empty());
        CHECK(events.front().uid == "seed-001-lokaal-samenspel-i-inloop@dagdeel");
        CHECK(events.front().start == utc(2018, 2, 13, 18, 0));
        CHECK(count(export_ics(seed, IcsMode::per_item), "DTSTART;TZID=Europe/Amsterdam:20180213T190000\r\n") == 1);
    }
}

TEST_CASE("ics writer: the three modes") {
    const Document dst = fixture("ics-dst-2026-amsterdam");
    const std::string whole = export_ics(dst, IcsMode::whole_event);
    const std::string items = export_ics(dst, IcsMode::per_item);
    const std::string personal = export_ics(dst, IcsMode::personal);
    CHECK(count(whole, "BEGIN:VEVENT") == 3);     // one per day
    CHECK(count(items, "BEGIN:VEVENT") == 8);     // 6 items, the round as its 2 sessions
    CHECK(count(personal, "BEGIN:VEVENT") == 7);  // 6 items, one session
    CHECK(count(personal, "UID:ics-dst-2026-i-ronde-s-a@dagdeel") == 1);
    CHECK(count(personal, "UID:ics-dst-2026-i-ronde-s-b@dagdeel") == 0);
    // The whole day spans the doors and the items past midnight.
    CHECK(count(whole, "DTSTART;TZID=Europe/Amsterdam:20261024T194500\r\nDTEND;TZID=Europe/Amsterdam:20261025T033000") == 1);
    CHECK(count(unfolded(whole).back().empty() ? "" : whole, "Programma") >= 3);

    IcsOptions o;
    o.mode = IcsMode::personal;
    o.dtstamp = kStamp;
    o.choices["i-ronde"] = "s-b";
    const std::string chosen = write_ics(dst, o).text;
    CHECK(count(chosen, "UID:ics-dst-2026-i-ronde-s-b@dagdeel") == 1);
    CHECK(count(chosen, "UID:ics-dst-2026-i-ronde-s-a@dagdeel") == 0);
    // Same UID in per-item and personal mode: re-importing updates, never duplicates.
    CHECK(count(items, "UID:ics-dst-2026-i-ronde-s-b@dagdeel") == 1);

    SUBCASE("days without a date are skipped with a warning") {
        const Document seed3 = fixture("seed-003-overheidsparticipatie");
        IcsOptions po;
        const IcsWriteResult r = write_ics(seed3, po);
        CHECK(!r.problems.empty());
        CHECK(!r.problems.front().is_error);
        CHECK(count(r.text, "BEGIN:VCALENDAR") == 1);
    }
}

TEST_CASE("ics writer: golden file, byte for byte") {
    const std::string path = std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/ics-dst-2026-amsterdam.items.ics";
    const std::string golden = read_file(path);
    const std::string made = export_ics(fixture("ics-dst-2026-amsterdam"), IcsMode::per_item);
    INFO("regenerate with: SOURCE_DATE_EPOCH=1767225600 planner-cli convert "
         "tests/fixtures/ics-dst-2026-amsterdam.json --to ics-items -o " << path);
    CHECK(made == golden);
}

TEST_CASE("ics reader: content lines and values") {
    SUBCASE("3.1 content lines: unfolding, CRLF/LF, BOM, blank lines") {
        const std::string text =
            "\xEF\xBB\xBF" "BEGIN:VCALENDAR\nVERSION:2.0\r\n\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260315T090000Z\r\n"
            "DURATION:PT1H\r\nSUMMARY:Een lange ti\r\n tel met é\r\n\tén\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        ReadResult r = read_ics(text);
        INFO(problems_text(r));
        REQUIRE(r.document);
        REQUIRE(r.document->days.size() == 1);
        CHECK(r.document->days[0].items[0].title == "Een lange titel met één");
        CHECK(r.document->days[0].items[0].start == 10 * 60);  // 09:00Z is 10:00 in Amsterdam
        CHECK(r.document->days[0].items[0].duration == 60);
        CHECK(r.problems.size() == 1);  // the blank line
        CHECK(r.problems[0].line == 3);
    }
    SUBCASE("3.3.11 text: unescaping; 3.8.1.2 CATEGORIES with escaped commas") {
        const std::string text =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE-TIME:20260315T090000\r\n"
            "SUMMARY:a\\, b\\; c\\\\d\\ne\r\nCATEGORIES:Meeting\\, John,Work\\, Sarah,workshop\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        ReadResult r = read_ics(text);
        REQUIRE(r.document);
        const Item& it = r.document->days.at(0).items.at(0);
        CHECK(it.title == "a, b; c\\d\ne");
        CHECK(it.kind == ItemKind::workshop);
        CHECK(it.description == "Categories: Meeting, John; Work, Sarah");
        CHECK(it.start == 9 * 60);  // floating: read in the calendar zone
    }
    SUBCASE("3.3.4 DATE, 3.3.6 DURATION, all-day events") {
        const std::string text =
            "BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Europe/Amsterdam\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260301\r\n"
            "DTEND;VALUE=DATE:20260303\r\nSUMMARY:Twee dagen\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
            "DTSTART;TZID=Europe/Amsterdam:20260304T230000\r\nDURATION:PT2H30M\r\nSUMMARY:Laat\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n";
        ReadResult r = read_ics(text);
        INFO(problems_text(r));
        REQUIRE(r.document);
        REQUIRE(r.document->days.size() == 3);
        CHECK(r.document->days[0].items[0].duration == 1440);
        CHECK(r.document->days[1].date == Date{2026, 3, 2});
        const Item& late = r.document->days[2].items[0];
        CHECK(late.start == 23 * 60);
        CHECK(late.duration == 150);  // one item past midnight, not two
        CHECK(late.pinned);
    }
    SUBCASE("3.3.10 RRULE: WEEKLY BYDAY, COUNT, UNTIL, INTERVAL, EXDATE; bounded") {
        const std::string head = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r\r\nSUMMARY:S\r\nDTSTART;TZID=Europe/Amsterdam:20260302T100000\r\n"
                                 "DURATION:PT1H\r\n";
        auto days = [&](const std::string& rule) {
            ReadResult r = read_ics(head + rule + "END:VEVENT\r\nEND:VCALENDAR\r\n");
            REQUIRE(r.document);
            std::vector<std::string> out;
            for (const Day& d : r.document->days) out.push_back(format_iso_date(d.date));
            return out;
        };
        CHECK(days("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4\r\n") ==
              std::vector<std::string>{"2026-03-02", "2026-03-04", "2026-03-09", "2026-03-11"});
        CHECK(days("RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20260308T090000Z\r\n") ==
              std::vector<std::string>{"2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08"});
        CHECK(days("RRULE:FREQ=MONTHLY;BYDAY=-1SU;COUNT=3\r\n") ==
              std::vector<std::string>{"2026-03-02", "2026-03-29", "2026-04-26"});
        CHECK(days("RRULE:FREQ=YEARLY;COUNT=3\r\nEXDATE;TZID=Europe/Amsterdam:20270302T100000\r\n") ==
              std::vector<std::string>{"2026-03-02", "2028-03-02"});
        // The instants keep the wall-clock time across the DST change.
        ReadResult r = read_ics(head + "RRULE:FREQ=WEEKLY;COUNT=5\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        REQUIRE(r.document);
        for (const Day& d : r.document->days) CHECK(d.items[0].start == 600);
        // Unbounded: cut off with a warning.
        ReadResult forever = read_ics(head + "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        REQUIRE(forever.document);
        CHECK(forever.document->days.size() == static_cast<std::size_t>(kIcsMaxInstances));
        CHECK(problems_text(forever).find("cut off") != std::string::npos);
        // Unsupported parts: only the first occurrence, with a warning.
        ReadResult setpos = read_ics(head + "RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        REQUIRE(setpos.document);
        CHECK(setpos.document->days.size() == 1);
        CHECK(problems_text(setpos).find("BYSETPOS") != std::string::npos);
    }
    SUBCASE("3.8.4.4 RECURRENCE-ID replaces one occurrence") {
        const std::string text =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Wekelijks\r\nDTSTART:20260302T090000Z\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:x\r\nRECURRENCE-ID:20260309T090000Z\r\n"
            "SUMMARY:Verschoven\r\nDTSTART:20260310T140000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        ReadResult r = read_ics(text);
        REQUIRE(r.document);
        REQUIRE(r.document->days.size() == 3);
        CHECK(r.document->days[1].date == Date{2026, 3, 10});
        CHECK(r.document->days[1].items[0].title == "Verschoven");
    }
    SUBCASE("3.6.5 VTIMEZONE with an unknown TZID: its own rules") {
        const std::string text =
            "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Custom Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16011028T030000\r\n"
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nTZOFFSETFROM:+0100\r\n"
            "TZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nSUMMARY:Zomer\r\n"
            "DTSTART;TZID=Custom Standard Time:20260701T100000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Winter\r\n"
            "DTSTART;TZID=Custom Standard Time:20260105T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        ReadResult r = read_ics(text);
        INFO(problems_text(r));
        REQUIRE(r.document);
        CHECK(r.document->event.time_zone == "Europe/Amsterdam");
        CHECK(item_titled(*r.document, "Zomer")->start == 600);
        CHECK(item_titled(*r.document, "Winter")->start == 600);
    }
    SUBCASE("malformed input: problems with line numbers, never a crash") {
        ReadResult none = read_ics("hello");
        CHECK(!none.document);
        REQUIRE(!none.problems.empty());
        CHECK(none.problems[0].is_error);
        const std::string text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nno colon here\r\nDTSTART:2026031\r\nSUMMARY:x\r\n"
                                 "END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20260301T100000Z\r\nDTEND;TZID=\"unterminated:1\r\n"
                                 "END:VEVENT\r\nEND:VTODO\r\n";
        ReadResult r = read_ics(text);
        INFO(problems_text(r));
        REQUIRE(r.document);  // one good event
        CHECK(r.document->days.size() == 1);
        std::vector<int> lines;
        for (const Problem& p : r.problems) lines.push_back(p.line);
        CHECK(std::find(lines.begin(), lines.end(), 3) != lines.end());
        CHECK(std::find(lines.begin(), lines.end(), 4) != lines.end());
        CHECK(std::find(lines.begin(), lines.end(), 9) != lines.end());
        CHECK(std::find(lines.begin(), lines.end(), 11) != lines.end());
        // Truncations of a real export never crash.
        const std::string good = export_ics(fixture("ics-dst-2026-amsterdam"), IcsMode::per_item);
        for (std::size_t n = 0; n < good.size(); n += 97) (void)read_ics(good.substr(0, n));
        CHECK(!read_ics(std::string(kIcsMaxFileBytes + 1, 'x')).document);
    }
}

TEST_CASE("ics round trip: export then import keeps titles and times") {
    for (const std::string name : {"ics-dst-2026-amsterdam", "seed-000-buitenstebinnen", "seed-001-lokaal-samenspel",
                                   "seed-002-wakkere-stad", "seed-004-co-creeren"}) {
        CAPTURE(name);
        const Document d = fixture(name);
        ReadResult r = read_ics(export_ics(d, IcsMode::per_item));
        INFO(problems_text(r));
        REQUIRE(r.document);
        CHECK(r.document->event.time_zone == d.event.time_zone);
        for (const Day& day : d.days) {
            if (!day.date.is_set()) continue;
            for (const Item& it : day.items) {
                if (it.kind == ItemKind::round && !it.sessions.empty()) continue;
                CAPTURE(it.title);
                // Same title, civil start (past midnight: on the next date), length and status.
                const Date date = it.start >= 1440 ? add_days(day.date, 1) : day.date;
                bool found = false;
                for (const Day& bd : r.document->days)
                    for (const Item& bi : bd.items)
                        found = found || (bd.date == date && bi.title == it.title && bi.start == it.start % 1440 &&
                                          bi.duration == it.duration && bi.status == it.status);
                CHECK(found);
            }
        }
        // Rounds come back as rounds with the same sessions.
        for (const Day& day : d.days)
            for (const Item& it : day.items)
                if (it.kind == ItemKind::round && it.sessions.size() > 1 && day.date.is_set()) {
                    bool found = false;
                    for (const Day& bd : r.document->days)
                        for (const Item& bi : bd.items)
                            if (bi.kind == ItemKind::round && bi.start == it.start && bd.date == day.date) {
                                found = true;
                                CHECK(bi.sessions.size() == it.sessions.size());
                            }
                    CHECK(found);
                }
        // And the import is a valid Dagdeel document.
        CHECK(read_json(write_json(*r.document)).document.has_value());
    }
}

TEST_CASE("ics reader: every sample file written by other programs imports") {
    const std::filesystem::path dir = std::filesystem::path(DAGDEEL_SHARED_DIR) / "samples" / "ics";
    if (!std::filesystem::is_directory(dir)) {
        MESSAGE("skipped: no samples at " << dir.string());
        return;
    }
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".ics") continue;
        ++files;
        CAPTURE(entry.path().filename().string());
        ReadResult r = read_ics_file(entry.path().string());
        INFO(problems_text(r));
        REQUIRE(r.document.has_value());
        CHECK(read_json(write_json(*r.document)).document.has_value());
        const std::string name = entry.path().filename().string();
        const Document& d = *r.document;
        if (name == "timezoned.ics") {  // Europe/Vienna, 10:00 Monday .. 18:00 Friday
            CHECK(d.event.time_zone == "Europe/Vienna");
            REQUIRE(d.days.size() == 5);
            CHECK(d.days[0].items[0].start == 600);
            CHECK(d.days[4].items[0].end() == 18 * 60);
        } else if (name == "issue_127_categories_with_commas.ics") {
            CHECK(d.days.at(0).items.at(0).description == "Categories: Meeting, John; Work, Sarah; Project");
        } else if (name == "timezone_from_file.ics") {  // 13:42 at -07:41 is 21:23Z, 22:23 in Amsterdam
            CHECK(d.days.at(0).items.at(0).start == 22 * 60 + 23);
            CHECK(d.days.at(0).items.at(0).duration == 60);
        } else if (name == "google_birthday.ics") {  // all-day, RDATE with a stray Z, overrides
            CHECK(d.event.time_zone == "America/Los_Angeles");
            CHECK(d.days.size() == 3);
            for (const Day& day : d.days) CHECK(day.items.size() == 2);
        } else if (name == "multiple_rrules.ics") {  // Mondays and Sundays until 2012-07-30
            CHECK(d.days.size() == 36);
            CHECK(d.days[0].items[0].start == 11 * 60);
        } else if (name == "x_location.ics") {  // unbounded weekly Mo-Fr: cut off
            CHECK(d.days.size() == static_cast<std::size_t>(kIcsMaxInstances));
            CHECK(d.rooms.at(0).name == "Roadstar 16\n12764 Happyville\nDenmark");
        } else if (name == "bom_calendar.ics" || name == "blank_line_mid.ics") {
            CHECK(d.days.empty());
        }
    }
    MESSAGE(files << " sample files imported");
    CHECK(files >= 8);
}

TEST_CASE("ics reader: one event covers a date once, however its instances overlap (fuzz_ics)") {
    // A daily rule on an all-day event that lasts a year: 400 instances of
    // 365 days each once gave 100,000 copies of the event (the item bound)
    // from a 1.4 KB file, and a fuzzer timeout. Now each date has it once.
    const std::string ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:y@t\r\n"
        "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20270101\r\n"
        "RRULE:FREQ=DAILY;COUNT=400\r\nSUMMARY:Year\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ReadResult r = read_ics(ics);
    REQUIRE(r.ok());
    // 400 starts (cut at kIcsMaxInstances) plus the 364 further days the last one covers.
    const std::size_t starts = std::min(400, kIcsMaxInstances);
    CHECK(r.document->days.size() == starts + 364);
    bool once = true;
    for (const Day& day : r.document->days) once = once && day.items.size() == 1;
    CHECK(once);

    SUBCASE("timed: a week-long meeting repeated daily has each day once") {
        std::string timed = ics;
        timed.replace(timed.find("DTSTART;VALUE=DATE:20260101"), 27, "DTSTART:20260105T090000Z");
        timed.replace(timed.find("DTEND;VALUE=DATE:20270101"), 25, "DTEND:20260112T090000Z");
        timed.replace(timed.find("COUNT=400"), 9, "COUNT=3");
        const ReadResult t = read_ics(timed, IcsReadOptions{"UTC"});
        REQUIRE(t.ok());
        // 5 Jan 09:00 .. 14 Jan 09:00: the first and last days are partial,
        // the days between whole, and none of them twice.
        REQUIRE(t.document->days.size() == 10);
        std::size_t items = 0;
        for (const Day& day : t.document->days) items += day.items.size();
        CHECK(items == 3 + 3 + 8);  // three 09:00 starts, three 00:00-09:00 ends, 6..13 Jan whole
    }
}

TEST_CASE("ics reader: every fuzz regression input is answered (tests/hostile/regressions/fuzz_ics)") {
    const std::filesystem::path dir = std::filesystem::path(DAGDEEL_SOURCE_DIR) / "tests/hostile/regressions/fuzz_ics";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        ++files;
        CAPTURE(entry.path().filename().string());
        const ReadResult r = read_ics(read_file(entry.path().string()));
        if (r.ok()) CHECK(read_json(write_json(*r.document)).ok());
        else CHECK_FALSE(r.problems.empty());
    }
    CHECK(files >= 3);
}

TEST_SUITE_END();
