// Row texts (edit/row_texts.hpp): the programme and the timeline show texts
// kept per draft revision; every edit, undo and redo must show up in them.
#include <doctest/doctest.h>

#include "builders.hpp"
#include "edit/workspace.hpp"

using namespace dagdeel;
using dagdeel::test::hm;

namespace {

// One day, two rooms, two people; an item in room A with Ann, and a round
// with one session in room B with Bob.
Document small_plan() {
    Document doc;
    Room a; a.id = "room-a"; a.name = "Zaal A";
    Room b; b.id = "room-b"; b.name = "Zaal B";
    doc.rooms = {a, b};
    Person ann; ann.id = "p-ann"; ann.name = "Ann de Vries";
    Person bob; bob.id = "p-bob"; bob.organisation = "Movisie";  // no name: the organisation
    doc.people = {ann, bob};
    Day day;
    day.id = "d1";
    day.start = hm(9, 0);
    day.end = hm(17, 0);
    Item talk = test::make_item("i-talk", ItemKind::talk, "Opening", 30);
    talk.start = hm(9, 0);
    talk.pinned = true;
    talk.room_id = "room-a";
    talk.people = {{"p-ann", Role::speaker}};
    Item round = test::make_item("i-round", ItemKind::round, "Ronde 1", 60);
    Session s;
    s.id = "s1";
    s.title = "Sessie een";
    s.room_id = "room-b";
    s.people = {{"p-bob", Role::speaker}};
    round.sessions = {s};
    day.items = {talk, round};
    doc.days = {day};
    return doc;
}

Item& talk_of(Document& d) { return d.days[0].items[0]; }

}  // namespace

TEST_CASE("row texts: times, people, room and the spoken name of an item and a session") {
    Draft draft(small_plan());
    const Item& talk = draft.doc().days[0].items[0];
    const RowText& t = draft.row_text(talk);
    CHECK(t.times == "09:00 \xe2\x80\x93 09:30");
    CHECK(t.people == "Ann de Vries");
    CHECK(t.room == "Zaal A");
    CHECK(t.spoken == "09:00 \xe2\x80\x93 09:30, Opening");
    const Item& round = draft.doc().days[0].items[1];
    const RowText& s = draft.row_text(round, round.sessions[0]);
    CHECK(s.people == "Movisie");
    CHECK(s.room == "Zaal B");
    CHECK(s.spoken == "Sessie een");
}

TEST_CASE("row texts: a changed item shows up in its cached text at once, and undo and redo too") {
    Draft draft(small_plan());
    CHECK(draft.row_text(draft.doc().days[0].items[0]).spoken == "09:00 \xe2\x80\x93 09:30, Opening");

    Document d = draft.doc();
    talk_of(d).title = "Welkom";
    talk_of(d).duration = 45;
    talk_of(d).room_id = "room-b";
    talk_of(d).people.push_back({"p-bob", Role::speaker});
    REQUIRE(draft.commit(d, {"Wijzigen", "Change"}));
    const RowText& changed = draft.row_text(draft.doc().days[0].items[0]);
    CHECK(changed.times == "09:00 \xe2\x80\x93 09:45");
    CHECK(changed.spoken == "09:00 \xe2\x80\x93 09:45, Welkom");
    CHECK(changed.room == "Zaal B");
    CHECK(changed.people == "Ann de Vries, Movisie");

    REQUIRE(draft.undo());
    CHECK(draft.row_text(draft.doc().days[0].items[0]).spoken == "09:00 \xe2\x80\x93 09:30, Opening");
    CHECK(draft.row_text(draft.doc().days[0].items[0]).room == "Zaal A");
    REQUIRE(draft.redo());
    CHECK(draft.row_text(draft.doc().days[0].items[0]).spoken == "09:00 \xe2\x80\x93 09:45, Welkom");
}

TEST_CASE("row texts: renaming a person or a room changes every row that names them") {
    Draft draft(small_plan());
    const Item& round0 = draft.doc().days[0].items[1];
    CHECK(draft.row_text(round0, round0.sessions[0]).people == "Movisie");
    CHECK(draft.row_text(draft.doc().days[0].items[0]).room == "Zaal A");

    Document d = draft.doc();
    d.people[1].name = "Bob Jansen";
    d.rooms[0].name = "Grote zaal";
    REQUIRE(draft.commit(d, {"Wijzigen", "Change"}));
    const Item& round = draft.doc().days[0].items[1];
    CHECK(draft.row_text(round, round.sessions[0]).people == "Bob Jansen");
    CHECK(draft.row_text(draft.doc().days[0].items[0]).room == "Grote zaal");

    // A room that is gone shows its id, a person who is gone is left out.
    d = draft.doc();
    d.rooms.erase(d.rooms.begin());
    d.people.erase(d.people.begin());
    REQUIRE(draft.commit(d, {"Verwijderen", "Delete"}));
    CHECK(draft.row_text(draft.doc().days[0].items[0]).room == "room-a");
    CHECK(draft.row_text(draft.doc().days[0].items[0]).people == "");
}

TEST_CASE("row texts: two drafts at the same revision keep their own texts") {
    Draft a(small_plan());
    Document other = small_plan();
    talk_of(other).title = "Anders";
    Draft b(other);
    REQUIRE(a.revision() == b.revision());
    CHECK(a.row_text(a.doc().days[0].items[0]).spoken == "09:00 \xe2\x80\x93 09:30, Opening");
    CHECK(b.row_text(b.doc().days[0].items[0]).spoken == "09:00 \xe2\x80\x93 09:30, Anders");
}
