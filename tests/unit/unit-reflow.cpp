// Reflow: the seed announcements' programmes come out at their printed
// times, and pinned items stay put while the flow around them moves.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "builders.hpp"

#include "core/reflow.hpp"
#include "io/json/json_document.hpp"

using namespace dagdeel;

namespace {

using test::hm;

using test::make_item;

// Seed 001, "Inspiratiebijeenkomst Lokaal samenspel in verandering",
// 13 februari 2018: the programme as durations, in order, starts unknown.
Day seed_001_day() {
    Day day;
    day.id = "d-1";
    day.date = {2018, 2, 13};
    day.start = hm(19, 0);
    day.end = hm(22, 30);
    day.items = {
        make_item("i-1", ItemKind::walk_in, "Inloop", 30),
        make_item("i-2", ItemKind::welcome, "Welkomstwoord door Saskia van Grinsven", 5),
        make_item("i-3", ItemKind::talk, "Monique de Beer over het initiatief Fort Vreeswijk", 30),
        make_item("i-4", ItemKind::talk, "Frans van Eck over inwoner- en cli\u00ebntenparticipatie", 30),
        make_item("i-5", ItemKind::break_, "Pauze", 25),
        make_item("i-6", ItemKind::talk, "Imke Bardoel over de landelijke verkenningstocht", 15),
        make_item("i-7", ItemKind::discussion, "Tafelgesprekken en plenaire discussie", 45),
        make_item("i-8", ItemKind::drinks, "Afsluiting en drankje", 30),
    };
    return day;
}

std::vector<Minutes> starts(const Day& day) {
    std::vector<Minutes> out;
    for (const Item& item : day.items) out.push_back(item.start);
    return out;
}

}  // namespace

TEST_CASE("seed 001: the programme reflows to its printed times") {
    const std::vector<Minutes> printed{hm(19, 0),  hm(19, 30), hm(19, 35), hm(20, 5),
                                       hm(20, 35), hm(21, 0),  hm(21, 15), hm(22, 0)};

    SUBCASE("flowing from the day's start at 19.00") {
        Day day = seed_001_day();
        CHECK(reflow_day(day).empty());
        CHECK(starts(day) == printed);
        CHECK(day.items[4].end() == hm(21, 0));  // Pauze 20.35-21.00
        CHECK(day.items.back().end() == hm(22, 30));
    }

    SUBCASE("as announced: 19.30-22.00, inloop vanaf 19.00 as a pinned first item") {
        Day day = seed_001_day();
        day.start = hm(19, 30);
        day.doors_open = hm(19, 0);
        day.items[0].pinned = true;
        day.items[0].start = hm(19, 0);
        CHECK(reflow_day(day).empty());
        CHECK(starts(day) == printed);
    }

    SUBCASE("reflowing twice changes nothing") {
        Day day = seed_001_day();
        reflow_day(day);
        const Day once = day;
        reflow_day(day);
        CHECK(day == once);
    }
}

TEST_CASE("a pinned break stays when an earlier item grows") {
    Day day = seed_001_day();
    day.items[4].pinned = true;
    day.items[4].start = hm(20, 35);
    REQUIRE(reflow_day(day).empty());

    day.items[3].duration = 40;  // Frans van Eck runs ten minutes longer
    const std::vector<FlowIssue> issues = reflow_day(day);

    CHECK(day.items[4].start == hm(20, 35));  // the break did not move
    REQUIRE(issues.size() == 1);
    CHECK(issues[0] == FlowIssue{FlowIssue::Type::overlap, "i-5", 10});
    // The flow resumes after the break, not after the overrun.
    CHECK(day.items[5].start == hm(21, 0));
    CHECK(day.items[7].start == hm(22, 0));
    CHECK(flow_issues(day) == issues);
}

TEST_CASE("a pinned item reached early leaves a gap, reported at the pin") {
    Day day = seed_001_day();
    day.items[4].pinned = true;
    day.items[4].start = hm(20, 35);
    day.items[2].duration = 20;  // first talk ten minutes shorter
    const std::vector<FlowIssue> issues = reflow_day(day);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0] == FlowIssue{FlowIssue::Type::gap, "i-5", 10});
    CHECK(day.items[3].start == hm(19, 55));
    CHECK(day.items[4].start == hm(20, 35));
}

TEST_CASE("an overrun longer than the pinned item: flow resumes after the overrun") {
    Day day;
    day.start = hm(9, 0);
    day.items = {make_item("a", ItemKind::talk, "A", 90), make_item("b", ItemKind::break_, "B", 15),
                 make_item("c", ItemKind::talk, "C", 30)};
    day.items[1].pinned = true;
    day.items[1].start = hm(10, 0);
    const auto issues = reflow_day(day);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].amount == 30);
    CHECK(day.items[2].start == hm(10, 30));  // not 10.15, which would clash with A
}

TEST_CASE("rounds and all-rooms items occupy the slot once") {
    Day day;
    day.start = hm(13, 30);
    Item round = make_item("r", ItemKind::round, "Workshops", 60);
    round.sessions = {{"s1", "De co\u00f6peratieve wijkraad", "", "", {}, 0, 0, false, 0, Status::confirmed, ""},
                      {"s2", "DemoCreatiespel", "", "", {}, 0, 0, false, 0, Status::confirmed, ""},
                      {"s3", "De rol van de gemeenteraad", "", "", {}, 0, 0, false, 0, Status::tentative, ""}};
    Item pause = make_item("p", ItemKind::break_, "Pauze", 15);
    pause.all_rooms = true;
    day.items = {make_item("w", ItemKind::welcome, "Welkom", 30), pause, round, make_item("c", ItemKind::closing, "Afsluiting", 15)};
    CHECK(reflow_day(day).empty());
    CHECK(starts(day) == std::vector<Minutes>{hm(13, 30), hm(14, 0), hm(14, 15), hm(15, 15)});
}

TEST_CASE("cancelled items keep their slot; negative durations count as zero") {
    Day day = seed_001_day();
    day.items[3].status = Status::cancelled;
    reflow_day(day);
    CHECK(day.items[4].start == hm(20, 35));  // announced times do not shift

    day.items[3].duration = -20;
    reflow_day(day);
    CHECK(day.items[4].start == hm(20, 5));
}

TEST_CASE("reflow(Document) reflows every day; an empty day is fine") {
    Document doc;
    doc.days = {seed_001_day(), Day{}};
    doc.days[0].start = hm(18, 0);
    reflow(doc);
    CHECK(doc.days[0].items[1].start == hm(18, 30));
    CHECK(doc.days[1].items.empty());
}

TEST_CASE("seed fixtures: reflow keeps every stored time (the files agree with the flow)") {
    for (const char* name : {"seed-000-buitenstebinnen.json", "seed-001-lokaal-samenspel.json",
                             "seed-002-wakkere-stad.json", "seed-003-overheidsparticipatie.json",
                             "seed-004-co-creeren.json"}) {
        CAPTURE(name);
        ReadResult r = read_json_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/" + name);
        REQUIRE(r.ok());
        Document doc = *r.document;
        for (Day& day : doc.days) CHECK(reflow_day(day).empty());
        CHECK(doc == *r.document);
    }
}
