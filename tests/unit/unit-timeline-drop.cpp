// What a drop on the timeline does (src/core/timeline_drop.hpp): the rules of
// issue 11, on the seed afternoon (seed 000).
#include <doctest/doctest.h>

#include "builders.hpp"

#include "core/timeline_drop.hpp"
#include "core/operations.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("timeline-drop");

namespace {
using test::contains;
const Item& item_named(const Document& d, const char* id) { return *item_by_id(d, id); }
}  // namespace

TEST_CASE("dragging one session up or down moves its whole round, and says so") {
    const Document seed = test::load_seed("seed-000-buitenstebinnen");
    const Item& round = item_named(seed, "i-workshops");
    REQUIRE(round.sessions.size() == 3);
    const DropPlan plan = plan_drop(seed, {"i-workshops", round.sessions[1].id, 15 * 60 + 15, std::nullopt});
    REQUIRE(plan.changes);
    CHECK(plan.whole_round);
    CHECK(item_named(plan.doc, "i-workshops").start == 15 * 60 + 15);
    CHECK(item_named(plan.doc, "i-workshops").pinned);
    for (const Session& s : item_named(plan.doc, "i-workshops").sessions)  // rooms unchanged
        CHECK(s.room_id == round.sessions[&s - &item_named(plan.doc, "i-workshops").sessions[0]].room_id);
    CHECK(contains(plan.summary_nl, "Hele ronde naar 15:15"));
    CHECK(contains(plan.summary_en, "Whole round to 15:15"));
    // The closing is pinned at 16:30: the round now runs 25 minutes into it.
    CHECK(contains(plan.summary_nl, "loopt 25 min door in Korte afsluiting en borrel (vast om 16:30)"));
}

TEST_CASE("an unpinned item after the drop moves along, past the day's end") {
    Document seed = test::load_seed("seed-000-buitenstebinnen");
    for (Day& d : seed.days)
        for (Item& it : d.items)
            if (it.id == "i-afsluiting") it.pinned = false;
    const DropPlan plan = plan_drop(seed, {"i-workshops", "", 15 * 60 + 5, std::nullopt});
    REQUIRE(plan.changes);
    CHECK(item_named(plan.doc, "i-afsluiting").start == 16 * 60 + 45);
    CHECK(contains(plan.summary_nl, "Hele ronde naar 15:05 (vast); Korte afsluiting en borrel schuift naar 16:45, na het einde van de dag"));
    CHECK(contains(plan.summary_en, "Korte afsluiting en borrel moves to 16:45, past the end of the day"));
}

TEST_CASE("dragging a session sideways changes only its room") {
    Document seed = test::load_seed("seed-000-buitenstebinnen");
    seed.rooms = {{"r-1", "Zaal 1", 0, ""}, {"r-2", "Zaal 2", 0, ""}, {"r-3", "Zaal 3", 0, ""}};
    for (Day& d : seed.days)
        for (Item& it : d.items)
            for (std::size_t i = 0; i < it.sessions.size(); ++i) it.sessions[i].room_id = seed.rooms[i].id;
    const Item& round = item_named(seed, "i-workshops");
    const Session& s = round.sessions[0];
    const std::string other = "r-3";
    const DropPlan plan = plan_drop(seed, {"i-workshops", s.id, round.start, other});
    REQUIRE(plan.changes);
    CHECK_FALSE(plan.whole_round);
    CHECK(item_named(plan.doc, "i-workshops").start == round.start);
    CHECK(item_named(plan.doc, "i-workshops").pinned == round.pinned);
    CHECK(item_named(plan.doc, "i-workshops").sessions[0].room_id == other);
    CHECK(item_named(plan.doc, "i-workshops").sessions[1].room_id == round.sessions[1].room_id);
    CHECK(plan.summary_nl == s.title + " naar Zaal 3");
    CHECK(plan.summary_en == s.title + " to Zaal 3");
}

TEST_CASE("a drop where the block already is changes nothing") {
    const Document seed = test::load_seed("seed-000-buitenstebinnen");
    const Item& pause = item_named(seed, "i-pauze");
    const DropPlan plan = plan_drop(seed, {"i-pauze", "", pause.start, std::nullopt});
    CHECK_FALSE(plan.changes);
    CHECK(plan.summary_nl.empty());
    CHECK_FALSE(plan_drop(seed, {"no-such-item", "", 600, std::nullopt}).changes);
}

TEST_CASE("with Shift a session starts later than its round, and only when asked") {
    const Document seed = test::load_seed("seed-000-buitenstebinnen");
    const Item& round = item_named(seed, "i-workshops");
    DropRequest request{"i-workshops", round.sessions[1].id, round.start + 15, std::nullopt};
    request.session_only = true;
    const DropPlan plan = plan_drop(seed, request);
    REQUIRE(plan.changes);
    CHECK_FALSE(plan.whole_round);
    CHECK(item_named(plan.doc, "i-workshops").start == round.start);
    CHECK(item_named(plan.doc, "i-workshops").sessions[1].delay == 15);
    CHECK(item_named(plan.doc, "i-workshops").sessions[0].delay == 0);
    CHECK(plan.summary_nl == "DemoCreatiespel begint 15 min na de ronde (15:05)");
    // Never past the round's end; back to the round's start undoes it.
    request.to_start = round.start + 500;
    CHECK(item_named(plan_drop(seed, request).doc, "i-workshops").sessions[1].delay == round.duration - 5);
    Document later = plan.doc;
    request.to_start = round.start;
    const DropPlan back = plan_drop(later, request);
    CHECK(item_named(back.doc, "i-workshops").sessions[1].delay == 0);
    CHECK(back.summary_nl == "DemoCreatiespel begint met de ronde (14:50)");
}
