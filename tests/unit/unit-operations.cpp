// Operations: each edit does what the UI asks (the commit reflows it),
// leaves the document alone on an unknown id, and keeps ids unique.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "builders.hpp"

#include "core/operations.hpp"
#include "core/reflow.hpp"
#include "core/validation.hpp"

using namespace dagdeel;

namespace {

using test::hm;

// Operations leave reflow to the caller (Draft::commit, the one place edits
// are reflowed); these tests check the times a commit shows, so they reflow
// the result as the commit does.
EditResult flowed(EditResult r) {
    reflow(r.doc);
    return r;
}

Document evening() {
    Document doc;
    doc.id = "doc-1";
    doc.event.title = "Lokaal samenspel in verandering";
    Day day;
    day.id = "d-1";
    day.date = {2018, 2, 13};
    day.start = hm(19, 30);
    day.end = hm(22, 30);
    doc.days = {day, Day{"d-2", {2018, 2, 14}, hm(9, 0), hm(12, 0), {}, "", {}}};
    for (ItemKind k : {ItemKind::welcome, ItemKind::talk, ItemKind::break_, ItemKind::discussion})
        doc = flowed(insert_item(std::move(doc), "d-1", 99, k)).doc;
    return doc;
}

std::vector<std::string> ids(const Day& day) {
    std::vector<std::string> out;
    for (const Item& i : day.items) out.push_back(i.id);
    return out;
}

// Seed 003: "Workshop van Burgerparticipatie naar Overheidsparticipatie".
WorkshopDesign seed_003_design() {
    WorkshopDesign d;
    d.id = "w-1";
    d.title = "Van Burgerparticipatie naar Overheidsparticipatie";
    d.pitch = "Iedere gemeente wil graag veel en succesvolle maatschappelijke initiatieven.";
    d.format = WorkshopFormat::in_company;
    d.days = 1;
    d.max_participants = 20;
    d.trainer_ids = {"p-1"};
    return d;
}

}  // namespace

TEST_CASE("new ids: base-36 counter past every id with the prefix, unique across kinds") {
    Document doc;
    CHECK(new_id(doc, "i-") == "i-1");
    doc.days.push_back(Day{});
    doc.days[0].id = "d-1";
    doc.days[0].items.push_back(Item{});
    doc.days[0].items[0].id = "i-9";
    CHECK(new_id(doc, "i-") == "i-a");
    doc.days[0].items[0].id = "i-z";
    CHECK(new_id(doc, "i-") == "i-10");
    // Foreign ids with the prefix that are no counters are skipped, not parsed.
    doc.days[0].items[0].id = "i-Pauze";
    CHECK(new_id(doc, "i-") == "i-1");
    // A person that happens to hold the next id is not handed out again.
    doc.people.push_back({"i-1", "", "", "", "", ""});
    CHECK(new_id(doc, "i-") == "i-2");
    CHECK(new_id(doc, "d-") == "d-2");
}

TEST_CASE("insert: defaults per kind, position clamped, day reflowed") {
    Document doc = evening();
    const Day& day = doc.days[0];
    REQUIRE(day.items.size() == 4);
    CHECK(ids(day) == std::vector<std::string>{"i-1", "i-2", "i-3", "i-4"});
    CHECK(day.items[0].title == "Welkom");
    CHECK(day.items[2].title == "Pauze");
    CHECK(day.items[2].all_rooms);
    CHECK(day.items[2].start == hm(19, 30) + 10 + 30);

    auto r = flowed(insert_item(doc, "d-1", 1, ItemKind::walk_in));
    REQUIRE(r.ok);
    CHECK(r.id == "i-5");
    CHECK(r.doc.days[0].items[1].id == "i-5");
    CHECK(r.doc.days[0].items[2].start == hm(19, 30) + 10 + 30);

    doc.event.language = "en";
    CHECK(flowed(insert_item(doc, "d-1", 0, ItemKind::break_)).doc.days[0].items[0].title == "Break");

    auto bad = flowed(insert_item(doc, "nope", 0, ItemKind::talk));
    CHECK_FALSE(bad.ok);
    CHECK(bad.doc == doc);
}

TEST_CASE("delete and duplicate") {
    Document doc = evening();
    auto del = flowed(delete_item(doc, "i-2"));  // the talk
    REQUIRE(del.ok);
    CHECK(ids(del.doc.days[0]) == std::vector<std::string>{"i-1", "i-3", "i-4"});
    CHECK(del.doc.days[0].items[1].start == hm(19, 40));
    CHECK_FALSE(flowed(delete_item(doc, "i-99")).ok);

    doc = flowed(set_pinned(doc, "i-2", true)).doc;
    auto dup = flowed(duplicate_item(doc, "i-2"));
    REQUIRE(dup.ok);
    CHECK(dup.id == "i-5");
    const Item& copy = dup.doc.days[0].items[2];
    CHECK(copy.id == "i-5");
    CHECK(copy.title == "Lezing");
    CHECK_FALSE(copy.pinned);  // two pins on one start would overlap
    CHECK(copy.start == hm(20, 10));
}

TEST_CASE("duplicating a round gives its sessions new ids") {
    Document doc = evening();
    doc = flowed(insert_item(std::move(doc), "d-1", 2, ItemKind::round)).doc;
    doc = add_session(std::move(doc), "i-5").doc;
    doc = add_session(std::move(doc), "i-5").doc;
    auto dup = flowed(duplicate_item(doc, "i-5"));
    REQUIRE(dup.ok);
    const Item& copy = dup.doc.days[0].items[3];
    REQUIRE(copy.sessions.size() == 2);
    CHECK(copy.sessions[0].id == "s-3");
    CHECK(copy.sessions[1].id == "s-4");
    CHECK_FALSE(has_errors(validate(dup.doc)));
}

TEST_CASE("move within a day and to another day") {
    Document doc = evening();
    auto within = flowed(move_item(doc, "i-4", "d-1", 0));  // discussion first
    REQUIRE(within.ok);
    CHECK(ids(within.doc.days[0]) == std::vector<std::string>{"i-4", "i-1", "i-2", "i-3"});
    CHECK(within.doc.days[0].items[1].start == hm(19, 30) + 45);

    auto down = flowed(move_item(doc, "i-1", "d-1", 2));  // position is the index afterwards
    CHECK(ids(down.doc.days[0]) == std::vector<std::string>{"i-2", "i-3", "i-1", "i-4"});

    auto across = flowed(move_item(doc, "i-2", "d-2", 0));
    REQUIRE(across.ok);
    CHECK(ids(across.doc.days[0]) == std::vector<std::string>{"i-1", "i-3", "i-4"});
    REQUIRE(across.doc.days[1].items.size() == 1);
    CHECK(across.doc.days[1].items[0].start == hm(9, 0));
    CHECK(across.doc.days[0].items[1].start == hm(19, 40));

    CHECK_FALSE(flowed(move_item(doc, "i-2", "d-9", 0)).ok);
}

TEST_CASE("duration and pins") {
    Document doc = evening();
    doc = flowed(set_pinned(std::move(doc), "i-3", true, hm(20, 15))).doc;  // Pauze at 20.15
    CHECK(doc.days[0].items[2].start == hm(20, 15));
    CHECK(doc.days[0].items[3].start == hm(20, 30));

    auto longer = flowed(set_duration(doc, "i-2", 50));
    REQUIRE(longer.ok);
    CHECK(longer.doc.days[0].items[2].start == hm(20, 15));  // the pinned break holds
    const auto issues = flow_issues(longer.doc.days[0]);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].amount == 15);

    CHECK(flowed(set_duration(doc, "i-2", -5)).doc.days[0].items[1].duration == 0);

    auto unpinned = flowed(set_pinned(longer.doc, "i-3", false));
    CHECK(unpinned.doc.days[0].items[2].start == hm(20, 30));
    // Pinning without a start keeps where the item is now.
    auto pinned = flowed(set_pinned(unpinned.doc, "i-3", true));
    CHECK(pinned.doc.days[0].items[2].start == hm(20, 30));
}

TEST_CASE("placing a workshop design (seed 003) as an item and as a session") {
    Document doc = evening();
    doc.people.push_back({"p-1", "Workshopleider", "VNG Academie", "", "", ""});
    doc.designs.push_back(seed_003_design());

    SUBCASE("as an item: a whole-day design takes the day's span") {
        auto r = flowed(place_design(doc, "w-1", "d-2", 0));
        REQUIRE(r.ok);
        const Item& item = r.doc.days[1].items[0];
        CHECK(item.kind == ItemKind::workshop);
        CHECK(item.title == "Van Burgerparticipatie naar Overheidsparticipatie");
        CHECK(item.design_id == "w-1");
        CHECK(item.duration == hm(3, 0));  // 9.00-12.00
        REQUIRE(item.people.size() == 1);
        CHECK(item.people[0].role == Role::leader);
    }
    SUBCASE("a design's own duration wins") {
        doc.designs[0].duration = 90;
        CHECK(flowed(place_design(doc, "w-1", "d-1", 1)).doc.days[0].items[1].duration == 90);
    }
    SUBCASE("as a session in a round") {
        doc = flowed(insert_item(std::move(doc), "d-1", 2, ItemKind::round)).doc;
        auto r = place_design_in_round(doc, "w-1", "i-5");
        REQUIRE(r.ok);
        REQUIRE(r.doc.days[0].items[2].sessions.size() == 1);
        const Session& s = r.doc.days[0].items[2].sessions[0];
        CHECK(s.id == r.id);
        CHECK(s.capacity == 20);
        CHECK(s.design_id == "w-1");
        CHECK_FALSE(place_design_in_round(doc, "w-1", "i-1").ok);  // not a round
        CHECK_FALSE(place_design_in_round(doc, "w-9", "i-5").ok);
        auto gone = delete_session(r.doc, s.id);
        REQUIRE(gone.ok);
        CHECK(gone.doc.days[0].items[2].sessions.empty());
    }
}

TEST_CASE("the next part of a series (seed 001 is part 2 of a tweeluik)") {
    Document first = evening();
    first.event.intro = "Eerste bijeenkomst: werkwijze en cultuur.";
    first.event.registration.deadline = {2018, 2, 6};
    first.days[0].items[1].title = "Monique de Beer over Fort Vreeswijk";
    first.days[0].items[1].people = {{"p-1", Role::speaker}};
    first.people.push_back({"p-1", "Monique de Beer", "", "", "", ""});

    auto [current, next] = make_next_series_part(first);

    CHECK_FALSE(current.event.series.id.empty());
    CHECK(next.event.series.id == current.event.series.id);
    CHECK(current.event.series.part == 1);
    CHECK(next.event.series.part == 2);
    CHECK(current.event.series.of == 2);
    CHECK(next.event.series.of == 2);
    CHECK(next.id != current.id);

    // Linked both ways, never to itself.
    REQUIRE(current.event.series.parts.size() == 1);
    CHECK(current.event.series.parts[0].part == 2);
    CHECK(current.event.series.parts[0].document_id == next.id);
    REQUIRE(next.event.series.parts.size() == 1);
    CHECK(next.event.series.parts[0].part == 1);
    CHECK(next.event.series.parts[0].document_id == "doc-1");
    CHECK(next.event.series.parts[0].date == Date{2018, 2, 13});

    // Copied: the event frame, venue, people. Cleared: this evening's own.
    CHECK(next.event.title == first.event.title);
    CHECK(next.people == first.people);
    CHECK(next.event.intro.empty());
    CHECK_FALSE(next.event.registration.deadline.is_set());
    CHECK_FALSE(next.days[0].date.is_set());
    // Structure kept, content cleared.
    REQUIRE(next.days[0].items.size() == 4);
    CHECK(next.days[0].items[0].title == "Welkom");
    CHECK(next.days[0].items[1].title.empty());
    CHECK(next.days[0].items[1].people.empty());
    CHECK(next.days[0].items[1].status == Status::tentative);
    CHECK(next.days[0].items[1].duration == 30);
    CHECK(next.days[0].items[2].title == "Pauze");

    // A third part links to both earlier ones.
    auto [second, third] = make_next_series_part(next);
    CHECK(third.event.series.part == 3);
    CHECK(third.event.series.parts.size() == 2);
    CHECK(second.event.series.parts.size() == 2);
    CHECK(second.event.series.of == 3);
}
