// Print pages (src/io/print/print.hpp): what each page shows for the seeds
// and for a plan with rooms, the door programme's grid (lanes, spanning
// items, a round side by side), room signs, briefings, the empty plan, and
// safety: hostile text in every field never leaves a tag or a script.
#include <doctest/doctest.h>

#include "io/formats.hpp"
#include "io/json/json_document.hpp"
#include "io/print/print.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("print");

namespace {

const char* const kSeeds[] = {"seed-000-buitenstebinnen", "seed-001-lokaal-samenspel", "seed-002-wakkere-stad",
                              "seed-003-overheidsparticipatie", "seed-004-co-creeren"};
constexpr auto NL = AnnouncementLanguage::nl;
constexpr auto EN = AnnouncementLanguage::en;

Document load_seed(const std::string& name) {
    ReadResult r = read_json_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/" + name + ".json");
    REQUIRE(r.ok());
    return *r.document;
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
    return n;
}

// A conference day: two rooms, a plenary opening, a round with a session
// per room, a talk in one room only.
Document two_rooms() {
    Document d;
    d.event.title = "Dag van de participatie";
    d.event.venue = {"Stadhuis", "Markt 1", "3511 AA", "Utrecht", "", "Ingang aan de achterkant"};
    d.people = {{"p-ann", "Ann de Vries", "Movisie", "ann@example.org", "06 1234", ""},
                {"p-bob", "Bob Jansen", "", "", "", ""},
                {"p-cor", "Cor Smit", "", "cor@example.org", "06 5678", ""}};
    d.event.contact_ids = {"p-cor"};
    d.rooms = {{"r-a", "Zaal Amstel", 80, ""}, {"r-b", "Zaal Vecht", 30, ""}};
    Day day;
    day.id = "d1";
    day.date = {2026, 3, 12};
    day.start = 9 * 60;
    day.end = 13 * 60;
    day.doors_open = 8 * 60 + 30;
    Item opening;
    opening.id = "i1";
    opening.kind = ItemKind::welcome;
    opening.title = "Opening";
    opening.start = 9 * 60;
    opening.duration = 30;
    opening.all_rooms = true;
    Item round;
    round.id = "i2";
    round.kind = ItemKind::round;
    round.title = "Workshopronde";
    round.start = 9 * 60 + 30;
    round.duration = 60;
    round.sessions = {{"s1", "Samen plannen", "", "r-a", {{"p-ann", Role::leader}, {"p-bob", Role::leader}}, 0, 0, false, 0, Status::confirmed, "", 0},
                      {"s2", "Burgerberaad", "", "r-b", {{"p-bob", Role::leader}}, 0, 0, false, 0, Status::tentative, "", 0}};
    Item talk;
    talk.id = "i3";
    talk.kind = ItemKind::talk;
    talk.title = "Lezing over inspraak";
    talk.start = 10 * 60 + 30;
    talk.duration = 45;
    talk.room_id = "r-b";
    talk.people = {{"p-ann", Role::speaker}};
    day.items = {opening, round, talk};
    d.days.push_back(day);
    return d;
}

}  // namespace

TEST_CASE("print: names round-trip and every page is a format of the one export door") {
    for (PrintPage p : all_print_pages()) {
        REQUIRE(print_page_from_string(to_string(p)).has_value());
        CHECK(*print_page_from_string(to_string(p)) == p);
        const ExportResult r = export_as(two_rooms(), to_string(p), WriteOptions{"en"});
        CHECK(r.ok);
        CHECK(r.mime_type == "text/html");
        CHECK(contains(r.text, "<html lang=\"en\">"));
    }
    CHECK_FALSE(print_page_from_string("print-everything").has_value());
}

TEST_CASE("print: every page of every seed, in both languages, is a whole page without script") {
    for (const char* name : kSeeds) {
        const Document d = load_seed(name);
        for (AnnouncementLanguage l : {NL, EN})
            for (PrintPage p : all_print_pages()) {
                CAPTURE(name);
                CAPTURE(to_string(p));
                const std::string html = write_print_page(d, p, l);
                CHECK(contains(html, l == NL ? "<html lang=\"nl\">" : "<html lang=\"en\">"));
                CHECK(contains(html, "default-src 'none'"));
                CHECK(contains(html, "@page"));
                CHECK_FALSE(contains(html, "<script"));
                CHECK_FALSE(contains(html, "http://"));  // no external resource (seed links are https or absent)
                CHECK(count(html, "<h1") >= 1);
                CHECK(count(html, "<table") == count(html, "</table>"));
            }
    }
}

TEST_CASE("print: the announcement page is the announcement outline (seed 000)") {
    const Document d = load_seed("seed-000-buitenstebinnen");
    const std::string html = write_print_page(d, PrintPage::announcement, NL);
    CHECK(contains(html, "size: A4 portrait"));
    CHECK(contains(html, "<h1>Bijeenkomst over veranderend lokaal samenspel</h1>"));
    CHECK(contains(html, "<span class=\"time\">13.30 uur</span>"));
    CHECK(contains(html, "DemoCreatiespel"));
    CHECK(contains(html, "<ul class=\"programme\">"));
    // The same article markup as the HTML export.
    const std::string exported = write_announcement(d, AnnouncementFormat::html);
    const auto article = [](const std::string& s) { return s.substr(s.find("<article>"), s.find("</article>") - s.find("<article>")); };
    CHECK(article(html) == article(exported));
}

TEST_CASE("print: the door programme puts rooms across and a round side by side") {
    const Document d = two_rooms();
    const std::string html = write_print_page(d, PrintPage::programme, NL);
    CHECK(contains(html, "size: A4 landscape"));
    CHECK(contains(html, "<th scope=\"col\">Zaal Amstel</th><th scope=\"col\">Zaal Vecht</th>"));
    // The opening spans both rooms; the round's sessions share one row.
    CHECK(contains(html, "<tr><th scope=\"row\" class=\"time\">9.00–9.30</th><td colspan=\"2\" class=\"wide\">"
                         "<span class=\"title\">Opening</span></td></tr>"));
    CHECK(contains(html, "<tr><th scope=\"row\" class=\"time\">9.30–10.30</th><td><span class=\"title\">Samen plannen"
                         "</span><span class=\"who\">Ann de Vries (Movisie) en Bob Jansen</span></td><td><span "
                         "class=\"title\">(o.v.) Burgerberaad</span>"));
    // The talk sits in its own room's column, the other left empty.
    CHECK(contains(html, "10.30–11.15</th><td></td><td><span class=\"title\">Lezing over inspraak</span>"));
    CHECK(count(html, "class=\"sheet door\"") == 1);
    CHECK(contains(html, "font-size: 32pt"));  // three short rows: the largest type

    const std::string en = write_print_page(d, PrintPage::programme, EN);
    CHECK(contains(en, "9:30–10:30"));
    CHECK(contains(en, "Ann de Vries (Movisie) and Bob Jansen"));
}

TEST_CASE("print: door programme of the seeds: a round without rooms gets numbered lanes, one sheet per day") {
    const Document d = load_seed("seed-000-buitenstebinnen");
    const std::string html = write_print_page(d, PrintPage::programme, NL);
    CHECK(contains(html, "<th scope=\"col\">Keuze 1</th><th scope=\"col\">Keuze 2</th><th scope=\"col\">Keuze 3</th>"));
    CHECK(contains(html, "<td colspan=\"3\" class=\"wide\"><span class=\"title\">Ontvangst en inloop</span>"));
    CHECK(contains(html, "<span class=\"title\">DemoCreatiespel</span><span class=\"who\">Movisie en 7Zebras</span>"));
    CHECK(contains(html, "(o.v.) De rol van de gemeenteraad"));
    CHECK(count(html, "class=\"sheet door\"") == 1);
    // A long day still chooses type that fits one sheet, and never tiny.
    const std::string long_day = write_print_page(load_seed("seed-002-wakkere-stad"), PrintPage::programme, NL);
    CHECK(count(long_day, "<tr><th scope=\"row\"") == 10);
    CHECK_FALSE(contains(long_day, "font-size: 10pt"));
    // Without items: one sheet that says so.
    CHECK(contains(write_print_page(load_seed("seed-004-co-creeren"), PrintPage::programme, EN),
                   "The programme is still empty"));
}

TEST_CASE("print: room signs: one per room with its own items; plenary items on the main room's sign") {
    const Document d = two_rooms();
    const std::string html = write_print_page(d, PrintPage::rooms, NL);
    CHECK(count(html, "class=\"sheet sign\"") == 3);
    CHECK(contains(html, "<h1>Plenaire zaal</h1>"));
    CHECK(contains(html, "<h1>Zaal Amstel</h1>"));
    CHECK(contains(html, "<h1>Zaal Vecht</h1>"));
    const std::string vecht = html.substr(html.find("<h1>Zaal Vecht</h1>"));
    CHECK(contains(vecht, "9.30 – 10.30"));
    CHECK(contains(vecht, "(o.v.) Burgerberaad"));
    CHECK(contains(vecht, "10.30 – 11.15"));
    CHECK_FALSE(contains(vecht, "Samen plannen"));
    CHECK(contains(html, "Dag van de participatie – donderdag 12 maart 2026"));
    // Seed 000 has no rooms: the plenary sign and one per workshop.
    const std::string seed = write_print_page(load_seed("seed-000-buitenstebinnen"), PrintPage::rooms, EN);
    CHECK(count(seed, "class=\"sheet sign\"") == 4);
    CHECK(contains(seed, "<h1>Main room</h1>"));
    CHECK(contains(seed, "<h1>DemoCreatiespel</h1>"));
}

TEST_CASE("print: briefings: per person their items, rooms, co-leaders, venue and the contact's phone") {
    const Document d = two_rooms();
    const std::string html = write_print_page(d, PrintPage::people, NL);
    CHECK(count(html, "class=\"sheet brief\"") == 2);  // Cor is the contact, without a part
    const std::string ann = html.substr(html.find("<h1>Ann de Vries (Movisie)</h1>"));
    CHECK(contains(ann, "9.30 – 10.30 uur"));
    CHECK(contains(ann, "<td>Samen plannen (Workshopronde)</td><td>Zaal Amstel</td><td>leiding</td><td>Bob Jansen</td>"));
    CHECK(contains(ann, "<td>Lezing over inspraak</td><td>Zaal Vecht</td><td>spreker</td><td>–</td>"));
    CHECK(contains(ann, "Stadhuis, Markt 1, 3511 AA Utrecht"));
    CHECK(contains(ann, "Ingang aan de achterkant"));
    CHECK(contains(ann, "8.30 uur"));
    CHECK(contains(ann, "Cor Smit, tel. 06 5678, cor@example.org"));
    const std::string en = write_print_page(d, PrintPage::people, EN);
    CHECK(contains(en, "Contact on the day"));
    CHECK(contains(en, "<td>leader</td><td>Ann de Vries (Movisie)</td>"));  // Bob's sheet: with Ann
    // Seed 000: the three workshop leaders, with the contact Eveline Even.
    const std::string seed = write_print_page(load_seed("seed-000-buitenstebinnen"), PrintPage::people, NL);
    CHECK(count(seed, "class=\"sheet brief\"") == 4);  // groningen, movisie, 7zebras, griffie
    CHECK(contains(seed, "Eveline Even (Movisie), tel. 06 55440539"));
    CHECK(contains(seed, "<td>Movisie</td>"));  // 7Zebras' co-leader
}

TEST_CASE("print: an empty plan gives pages that say so") {
    Document d;
    for (AnnouncementLanguage l : {NL, EN})
        for (PrintPage p : all_print_pages()) {
            const std::string html = write_print_page(d, p, l);
            CHECK(contains(html, "</html>"));
        }
    CHECK(contains(write_print_page(d, PrintPage::people, NL), "Nog niemand heeft een rol"));
    CHECK(contains(write_print_page(d, PrintPage::rooms, EN), "No room signs yet"));
}

TEST_CASE("print: hostile text in every field stays text") {
    const std::string x = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    Document d = two_rooms();
    d.event.title = d.event.subtitle = d.event.intro = x;
    d.event.venue.name = d.event.venue.directions = x;
    for (Person& p : d.people) p.name = p.organisation = p.phone = p.email = x;
    for (Room& r : d.rooms) r.name = x;
    for (Day& day : d.days) {
        day.label = x;
        for (Item& i : day.items) {
            i.title = x;
            for (Session& s : i.sessions) s.title = x;
        }
    }
    for (AnnouncementLanguage l : {NL, EN})
        for (PrintPage p : all_print_pages()) {
            const std::string html = write_print_page(d, p, l);
            CAPTURE(to_string(p));
            CHECK_FALSE(contains(html, "<script"));
            CHECK_FALSE(contains(html, "<img"));
            CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
}

TEST_SUITE_END();
