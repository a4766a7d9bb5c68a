// The role a person gets when added in the inspector (issue 11: people under
// a session's Begeleiding are leaders), and what that role prints: the
// announcement says "(geleid door …)" and the .ics does not call them
// "Spreker".
#include <doctest/doctest.h>

#include "builders.hpp"

#include "core/default_role.hpp"
#include "io/announcement/announcement.hpp"
#include "io/ics/ics_writer.hpp"

using namespace dagdeel;

TEST_SUITE("default_role") {

TEST_CASE("default_role: sessions and workshops are led, rounds hosted, the rest spoken") {
    for (ItemKind k : {ItemKind::round, ItemKind::workshop, ItemKind::talk, ItemKind::other})
        CHECK(default_role(k, true) == Role::leader);
    CHECK(default_role(ItemKind::workshop, false) == Role::leader);
    CHECK(default_role(ItemKind::round, false) == Role::host);
    CHECK(default_role(ItemKind::talk, false) == Role::speaker);
    CHECK(default_role(ItemKind::welcome, false) == Role::speaker);
}

TEST_CASE("default_role: a person added to a session prints as its leader") {
    // Seed 000 with the session's byline taken out of its description and
    // the organisation added as a person, the way the inspector adds one.
    Document d = test::load_seed("seed-000-buitenstebinnen");
    Item* round = nullptr;
    for (Item& i : d.days[0].items)
        if (i.kind == ItemKind::round) round = &i;
    REQUIRE(round);
    Session& s = round->sessions[0];
    s.description.clear();
    s.people.clear();
    d.people.push_back({"p-groningen", "", "de gemeente Groningen", "", "", ""});
    s.people.push_back({"p-groningen", default_role(round->kind, true)});

    AnnouncementOptions o;
    const std::string text = write_announcement(d, AnnouncementFormat::text, o);
    CHECK(text.find(s.title + " (geleid door de gemeente Groningen)") != std::string::npos);

    IcsOptions io;
    io.dtstamp = 1767225600;
    std::string ics = write_ics(d, io).text;
    for (std::size_t at; (at = ics.find("\r\n ")) != std::string::npos;) ics.erase(at, 3);  // unfold
    CHECK(ics.find("Spreker:") == std::string::npos);
    CHECK(ics.find("Begeleiding: de gemeente Groningen") != std::string::npos);
}

}  // TEST_SUITE
