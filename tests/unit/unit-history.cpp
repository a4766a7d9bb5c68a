// History: undo/redo, the redo tail, merging of typing bursts and groups,
// labels for the Edit menu, and commands that keep only the changed day.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "core/operations.hpp"
#include "edit/history.hpp"

using namespace dagdeel;
using std::chrono::milliseconds;

namespace {

Document two_days() {
    Document doc;
    doc.event.title = "Bijeenkomst";
    doc.days = {Day{"d-1", {2018, 6, 19}, 13 * 60 + 30, 17 * 60 + 30, {}, "", {}},
                Day{"d-2", {2018, 6, 20}, 9 * 60, 12 * 60, {}, "", {}}};
    doc = insert_item(std::move(doc), "d-1", 9, ItemKind::walk_in).doc;  // i-1
    doc = insert_item(std::move(doc), "d-1", 9, ItemKind::talk).doc;     // i-2
    doc = insert_item(std::move(doc), "d-1", 9, ItemKind::break_).doc;   // i-3
    return doc;
}

// Types `text` into item i-2's title one letter at a time, `gap` apart.
void type_title(History& h, const std::string& text, EditClock::time_point& t, milliseconds gap) {
    std::string typed;
    for (char c : text) {
        typed += c;
        Document d = h.document();
        d.days[0].items[1].title = typed;
        t += gap;
        h.commit(std::move(d), label_change("Titel", "title", "Lezing"), merge_key("item", "i-2", "title"), t);
    }
}

const std::string& title_of_i2(const History& h) { return h.document().days[0].items[1].title; }

}  // namespace

TEST_CASE("undo and redo walk the steps; a new change cuts the redo tail") {
    const Document start = two_days();
    History h(start);
    CHECK_FALSE(h.can_undo());
    CHECK_FALSE(h.can_redo());
    CHECK(h.undo_label() == nullptr);

    auto a = set_duration(h.document(), "i-2", 45);
    REQUIRE(h.commit(std::move(a.doc), label_set_duration("Lezing")));
    const Document after_a = h.document();
    auto b = delete_item(h.document(), "i-3");
    REQUIRE(h.commit(std::move(b.doc), label_delete("Pauze")));
    const Document after_b = h.document();
    CHECK(h.size() == 2);

    REQUIRE(h.undo());
    CHECK(h.document() == after_a);
    REQUIRE(h.undo_label() != nullptr);
    CHECK(h.undo_label()->nl == "Duur van Lezing wijzigen");
    CHECK(h.undo_label()->en == "Change duration of Lezing");
    CHECK(h.redo_label()->text("nl") == "Pauze verwijderen");
    REQUIRE(h.undo());
    CHECK(h.document() == start);
    CHECK_FALSE(h.undo());

    REQUIRE(h.redo());
    REQUIRE(h.redo());
    CHECK(h.document() == after_b);
    CHECK_FALSE(h.redo());

    h.undo();
    auto c = set_pinned(h.document(), "i-1", true);
    REQUIRE(h.commit(std::move(c.doc), label_pin("Inloop", true)));
    CHECK_FALSE(h.can_redo());  // "Pauze verwijderen" is gone
    CHECK(h.size() == 2);
    CHECK(h.undo_label()->en == "Pin Inloop");
}

TEST_CASE("a commit that changes nothing is no step") {
    History h(two_days());
    CHECK_FALSE(h.commit(h.document(), label_insert("x")));
    CHECK(h.size() == 0);
    CHECK_FALSE(h.is_modified());
}

TEST_CASE("a change to any part of the document is a step that undo takes back (participants were dropped)") {
    const std::vector<std::pair<const char*, void (*)(Document&)>> changes = {
        {"id", [](Document& d) { d.id = "other"; }},
        {"event", [](Document& d) { d.event.title = "Andere titel"; }},
        {"people", [](Document& d) { d.people.push_back(Person{"p-1", "Eveline Even"}); }},
        {"rooms", [](Document& d) { d.rooms.push_back(Room{"r-1", "Zaal 1"}); }},
        {"designs", [](Document& d) { d.designs.push_back(WorkshopDesign{"w-1", "Wereldcafé"}); }},
        {"settings", [](Document& d) { d.settings.max_stretch_without_break += 10; }},
        {"participants", [](Document& d) { d.participants.push_back(Participant{"pt-1", "Anna de Vries"}); }},
        {"days", [](Document& d) { d.days[1].start += 30; }},
    };
    for (const auto& named_change : changes) {  // no structured binding: clang 14 cannot CAPTURE one
        const std::string name = named_change.first;
        const auto change = named_change.second;
        CAPTURE(name);
        History h(two_days());
        Document d = h.document();
        change(d);
        REQUIRE(h.commit(d, label_insert("x")));
        CHECK(h.document() == d);
        REQUIRE(h.undo());
        CHECK(h.document() == two_days());
    }
}

TEST_CASE("a burst of typing in one field is one step") {
    History h(two_days());
    auto t = EditClock::time_point{} + std::chrono::hours(1);

    type_title(h, "Monique", t, milliseconds(150));
    CHECK(h.size() == 1);
    CHECK(title_of_i2(h) == "Monique");

    SUBCASE("undo restores the title from before the burst") {
        h.undo();
        CHECK(title_of_i2(h) == "Lezing");
        h.redo();
        CHECK(title_of_i2(h) == "Monique");
    }
    SUBCASE("a pause longer than the window starts a new step") {
        t += milliseconds(1500);
        type_title(h, "Monique de Beer", t, milliseconds(100));
        CHECK(h.size() == 2);
        h.undo();
        CHECK(title_of_i2(h) == "Monique");
    }
    SUBCASE("another field does not merge") {
        Document d = h.document();
        d.days[0].items[1].description = "x";
        t += milliseconds(100);
        h.commit(std::move(d), label_change("Beschrijving", "description", "Monique"),
                 merge_key("item", "i-2", "description"), t);
        CHECK(h.size() == 2);
    }
    SUBCASE("break_merge (the field lost focus) starts a new step") {
        h.break_merge();
        type_title(h, "Monique!", t, milliseconds(100));
        CHECK(h.size() == 2);
    }
    SUBCASE("never across an undo") {
        h.undo();
        type_title(h, "Frans", t, milliseconds(100));
        CHECK(h.size() == 1);
        h.undo();
        CHECK(title_of_i2(h) == "Lezing");
    }
    SUBCASE("typed and typed back: the step disappears") {
        type_title(h, "Lezing", t, milliseconds(100));
        CHECK(h.size() == 0);
        CHECK_FALSE(h.can_undo());
        CHECK(title_of_i2(h) == "Lezing");
    }
}

TEST_CASE("a group (a drag in the timeline) is one step with the group's label") {
    History h(two_days());
    const Document start = h.document();
    h.begin_group(label_move("Lezing"));
    for (int minutes : {35, 40, 50, 60}) {
        auto r = set_duration(h.document(), "i-2", minutes);
        h.commit(std::move(r.doc), label_set_duration("Lezing"));
    }
    // A change to the event (a snapshot command) inside the group joins too.
    Document d = h.document();
    d.event.subtitle = "Met lancering magazine";
    h.begin_group(label_insert("genest"));  // nested: the outer label stays
    h.commit(std::move(d), label_change("Ondertitel", "subtitle", "Bijeenkomst"));
    h.end_group();
    h.end_group();
    CHECK_FALSE(h.in_group());
    CHECK(h.size() == 1);
    CHECK(h.undo_label()->en == "Move Lezing");

    auto after = set_duration(h.document(), "i-1", 10);
    h.commit(std::move(after.doc), label_set_duration("Inloop"));
    CHECK(h.size() == 2);  // after the group: a new step

    h.undo();
    h.undo();
    CHECK(h.document() == start);
}

TEST_CASE("commands keep only the days that changed") {
    const Document doc = two_days();

    auto one = set_duration(doc, "i-2", 45);
    const Command c1 = make_command(doc, one.doc, label_set_duration("Lezing"));
    CHECK_FALSE(c1.is_snapshot());
    REQUIRE(c1.days.size() == 1);
    CHECK(c1.days[0].index == 0);

    auto moved = move_item(doc, "i-2", "d-2", 0);
    const Command c2 = make_command(doc, moved.doc, label_move("Lezing"));
    CHECK_FALSE(c2.is_snapshot());
    CHECK(c2.days.size() == 2);

    Document renamed = doc;
    renamed.event.title = "Andere titel";
    const Command c3 = make_command(doc, renamed, label_change("Titel", "title", "evenement"));
    CHECK_FALSE(c3.is_snapshot());  // the event text changed, no day: no day is copied
    CHECK(c3.days.empty());
    REQUIRE(c3.after.has_value());
    CHECK(c3.after->days.empty());
    CHECK(c3.after->event.title == "Andere titel");

    // Applying and reverting any of them gets back exactly.
    for (const Command* c : {&c1, &c2, &c3}) {
        Document d = doc;
        apply(d, *c);
        CHECK(d == (c == &c1 ? one.doc : c == &c2 ? moved.doc : renamed));
        revert(d, *c);
        CHECK(d == doc);
    }
}

TEST_CASE("typing in the event title of a big programme merges without copying its days") {
    const Document doc = two_days();
    History h(doc);
    const auto t0 = EditClock::now();
    const std::string key = merge_key("event", "", "title");
    Document a = doc;
    a.event.title += "x";
    h.commit(a, label_change("Titel", "title", "evenement"), key, t0);
    // A day changes in the same burst (e.g. the titles of the items follow):
    // the step keeps that day and the outside part together.
    auto moved = set_duration(h.document(), "i-2", 45);
    moved.doc.event.title += "y";
    h.commit(moved.doc, label_change("Titel", "title", "evenement"), key, t0 + std::chrono::milliseconds(100));
    Document c = h.document();
    c.event.title += "z";
    h.commit(c, label_change("Titel", "title", "evenement"), key, t0 + std::chrono::milliseconds(200));
    CHECK(h.size() == 1);
    CHECK(h.document().event.title == doc.event.title + "xyz");
    h.undo();
    CHECK(h.document() == doc);
    h.redo();
    CHECK(h.document() == c);

    // Typed and typed back within the burst: no step at all.
    History back(doc);
    Document t = doc;
    t.event.title += "q";
    back.commit(t, label_change("Titel", "title", "evenement"), key, t0);
    back.commit(doc, label_change("Titel", "title", "evenement"), key, t0 + std::chrono::milliseconds(50));
    CHECK(back.size() == 0);
    CHECK(back.document() == doc);

    // Adding a day still keeps whole documents, and undo takes it back exactly.
    Document more = doc;
    more.days.push_back(more.days.back());
    more.days.back().id = "d-3";
    const Command whole = make_command(doc, more, label_change("Dag", "day", "evenement"));
    CHECK(whole.is_snapshot());
    Document d = more;
    revert(d, whole);
    CHECK(d == doc);
}

TEST_CASE("push applies a ready-made command; reset starts over") {
    const Document doc = two_days();
    History h(doc);
    auto r = delete_item(doc, "i-1");
    h.push(make_command(doc, r.doc, label_delete("Inloop")));
    CHECK(h.document() == r.doc);
    h.undo();
    CHECK(h.document() == doc);
    h.reset(r.doc);
    CHECK(h.size() == 0);
    CHECK(h.document() == r.doc);
}

TEST_CASE("the unsaved-changes mark follows undo and redo") {
    History h(two_days());
    CHECK_FALSE(h.is_modified());
    h.commit(set_duration(h.document(), "i-2", 45).doc, label_set_duration("Lezing"));
    CHECK(h.is_modified());
    h.mark_saved();
    CHECK_FALSE(h.is_modified());
    h.undo();
    CHECK(h.is_modified());
    h.redo();
    CHECK_FALSE(h.is_modified());
    h.undo();
    h.commit(set_duration(h.document(), "i-2", 20).doc, label_set_duration("Lezing"));
    CHECK(h.is_modified());  // the saved state was in the cut redo tail
    h.undo();
    CHECK(h.is_modified());
}

TEST_CASE("unlimited undo over many steps") {
    History h(two_days());
    const Document start = h.document();
    for (int i = 1; i <= 500; ++i)
        h.commit(set_duration(h.document(), "i-2", i).doc, label_set_duration("Lezing"));
    CHECK(h.size() == 500);
    while (h.undo()) {
    }
    CHECK(h.document() == start);
}
