// Workspace and Draft: edits are reflowed and undoable, findings follow the
// document, deleted drafts come back.
#include <doctest/doctest.h>

#include "edit/workspace.hpp"
#include "io/templates.hpp"

using namespace dagdeel;

TEST_CASE("a draft reflows every edit and undoes it step by step") {
    auto doc = load_template("evening-inspiration");
    REQUIRE(doc.has_value());
    Draft draft(*doc);
    REQUIRE(draft.doc().days.size() == 1);
    const auto& items = draft.doc().days[0].items;
    REQUIRE(items.size() >= 3);
    const Minutes second_start = items[1].start;

    Document d = draft.doc();
    d.days[0].items[0].duration += 10;
    const unsigned before = draft.revision();
    CHECK(draft.commit(d, {"Duur wijzigen", "Change duration"}));
    CHECK(draft.revision() > before);
    CHECK(draft.doc().days[0].items[1].start == second_start + 10);  // reflowed
    CHECK(draft.undo());
    CHECK(draft.doc().days[0].items[1].start == second_start);
    CHECK(draft.redo());
    CHECK(draft.doc().days[0].items[1].start == second_start + 10);
}

TEST_CASE("findings are recomputed when the document changes") {
    auto doc = load_template("evening-inspiration");
    REQUIRE(doc.has_value());
    Draft draft(*doc);
    const int errors = draft.error_count();
    Document d = draft.doc();
    d.event.title.clear();
    draft.commit(d, {"Titel", "Title"});
    CHECK(draft.error_count() == errors + 1);
}

TEST_CASE("a deleted draft can be restored at its place") {
    Workspace ws;
    Document a; a.id = "a"; a.event.title = "A";
    Document b; b.id = "b"; b.event.title = "B";
    ws.add(a);
    ws.add(b);
    ws.remove(0);
    REQUIRE(ws.drafts.size() == 1);
    CHECK(ws.active()->doc().id == "b");
    CHECK(ws.restore_last_deleted());
    REQUIRE(ws.drafts.size() == 2);
    CHECK(ws.drafts[0]->doc().id == "a");
    CHECK(ws.active()->doc().id == "a");
}
