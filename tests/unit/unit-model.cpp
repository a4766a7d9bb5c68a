// Model basics: enum names round-trip, lookups by id.
#include <doctest/doctest.h>

#include "core/model.hpp"

using namespace dagdeel;

TEST_CASE("item kinds round-trip through their file names") {
    for (ItemKind k : {ItemKind::walk_in, ItemKind::welcome, ItemKind::talk, ItemKind::presentation,
                       ItemKind::workshop, ItemKind::discussion, ItemKind::break_, ItemKind::lunch,
                       ItemKind::closing, ItemKind::drinks, ItemKind::round, ItemKind::other}) {
        auto back = item_kind_from_string(to_string(k));
        REQUIRE(back.has_value());
        CHECK(*back == k);
    }
    CHECK(std::string(to_string(ItemKind::break_)) == "break");
    CHECK_FALSE(item_kind_from_string("pauze").has_value());
}

TEST_CASE("lookups find people and rooms by id") {
    Document d;
    d.people.push_back({"p1", "Eveline Even", "Movisie", "e.even@movisie.nl", "06 55440539", ""});
    d.rooms.push_back({"r1", "Zaal 1", 40, ""});
    REQUIRE(find_person(d, "p1") != nullptr);
    CHECK(find_person(d, "p1")->organisation == "Movisie");
    CHECK(find_room(d, "r1")->capacity == 40);
    CHECK(find_person(d, "nobody") == nullptr);
}

TEST_CASE("kinds as words people read, and back (issue 11: calendars say Inloop, not walk_in)") {
    CHECK(std::string(kind_word(ItemKind::walk_in, "nl")) == "Inloop");
    CHECK(std::string(kind_word(ItemKind::walk_in, "en")) == "Walk-in");
    CHECK(std::string(kind_word(ItemKind::closing, "nl")) == "Afsluiting");
    CHECK(std::string(kind_word(ItemKind::break_, "en")) == "Break");
    for (ItemKind k : {ItemKind::walk_in, ItemKind::welcome, ItemKind::talk, ItemKind::presentation, ItemKind::workshop,
                       ItemKind::discussion, ItemKind::break_, ItemKind::lunch, ItemKind::closing, ItemKind::drinks,
                       ItemKind::round, ItemKind::other}) {
        CAPTURE(to_string(k));
        CHECK(item_kind_from_word(kind_word(k, "nl")) == k);
        CHECK(item_kind_from_word(kind_word(k, "en")) == k);
        CHECK(item_kind_from_word(to_string(k)) == k);  // older exports wrote the code
    }
    CHECK(item_kind_from_word("INLOOP") == ItemKind::walk_in);
    CHECK_FALSE(item_kind_from_word("Meeting").has_value());
}
