// Find (Ctrl+F, issue 13): what is found, in which order, case-insensitively.
#include <doctest/doctest.h>

#include "core/find.hpp"

using namespace dagdeel;

namespace {

Document sample() {
    Document doc;
    doc.people = {{"p1", "Anna de Vries", "Gemeente Groningen", "", "", ""}};
    doc.rooms = {{"r1", "Zaal Één", 40, ""}, {"r2", "Bovenzaal", 20, ""}};
    Day day;
    day.id = "d1";
    Item welcome;
    welcome.id = "i1";
    welcome.title = "Welkom en kennismaking";
    welcome.description = "Met koffie en thee";
    Item round;
    round.id = "i2";
    round.kind = ItemKind::round;
    round.title = "Workshopronde";
    Session a;
    a.id = "s1";
    a.title = "Wijkgericht werken";
    a.room_id = "r2";
    a.people = {{"p1", Role::leader}};
    Session b;
    b.id = "s2";
    b.title = "Samen beslissen";
    b.description = "Over burgerberaden en KOFFIE";
    round.sessions = {a, b};
    day.items = {welcome, round};
    doc.days = {day};
    return doc;
}

}  // namespace

TEST_CASE("find: titles, case-insensitive, in programme order") {
    const auto hits = find_in_document(sample(), "WELKOM");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].item_id == "i1");
    CHECK(hits[0].field == FindField::title);
}

TEST_CASE("find: descriptions of items and sessions, sessions carry their round") {
    const auto hits = find_in_document(sample(), "koffie");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].item_id == "i1");
    CHECK(hits[0].field == FindField::description);
    CHECK(hits[1].item_id == "i2");
    CHECK(hits[1].session_id == "s2");
}

TEST_CASE("find: people by name or organisation, rooms by name") {
    auto hits = find_in_document(sample(), "groningen");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].session_id == "s1");
    CHECK(hits[0].field == FindField::person);
    CHECK(hits[0].text == "Anna de Vries");
    hits = find_in_document(sample(), "bovenzaal");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].field == FindField::room);
}

TEST_CASE("find: Latin-1 capitals fold (Één matches één); nothing for an empty query") {
    CHECK(fold_case("ÉÉN Zaal") == "één zaal");
    Document doc = sample();
    doc.days[0].items[0].room_id = "r1";
    CHECK(find_in_document(doc, "zaal één").size() == 1);
    CHECK(find_in_document(doc, "").empty());
    CHECK(find_in_document(doc, "   ").empty());
    CHECK(find_in_document(doc, "bestaat niet").empty());
}

TEST_CASE("people_matching: a find-or-add field lists the people it can mean, exact ones first") {
    Document doc;
    doc.people = {{"p1", "Eveline Even", "Movisie", "", "", ""},
                  {"p2", "", "de gemeente Groningen", "", "", ""},
                  {"p3", "", "Movisie", "", "", ""}};
    auto ids = [&](std::string_view q) {
        std::vector<std::string> out;
        for (const Person* p : people_matching(doc, q)) out.push_back(p->id);
        return out;
    };
    CHECK(ids("") == std::vector<std::string>{"p1", "p2", "p3"});  // an empty field lists everyone
    CHECK(ids("movisie") == std::vector<std::string>{"p3", "p1"});  // the organisation itself before one of its people
    CHECK(ids("GRONINGEN") == std::vector<std::string>{"p2"});
    CHECK(ids("eve") == std::vector<std::string>{"p1"});
    CHECK(ids("de 7Zebras").empty());  // nobody: the field offers to add it
}
