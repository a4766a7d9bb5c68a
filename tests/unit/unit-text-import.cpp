// Reading announcements back into a plan (src/io/text_import/): the five seed
// announcements round-trip (paste the seed's text, write the announcement as
// text: the programme, "Praktisch" and contact blocks read as the hand-made
// plan's announcement does), real fragments in Dutch and English with messy
// layouts, HTML and Markdown, and hostile text within the bounds.
#include <doctest/doctest.h>

#include "io/open_document.hpp"

#include <chrono>
#include <fstream>
#include <sstream>

#include "core/reflow.hpp"
#include "io/announcement/announcement.hpp"
#include "io/formats.hpp"
#include "io/json/json_document.hpp"
#include "io/text_import/text_import.hpp"
#include "io/text_import/text_import_internal.hpp"

#include "builders.hpp"

using namespace dagdeel;
using dagdeel::test::read_file;

TEST_SUITE_BEGIN("text-import");

namespace {

std::string seed_text(int n) {
    return read_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/announcements/seed-00" + std::to_string(n) + ".txt");
}

std::string golden_txt(int n) {
    return read_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/golden/seed-00" + std::to_string(n) + ".nl.txt");
}

Document imported(const std::string& text) {
    ReadResult r = read_announcement_text(text);
    for (const Problem& p : r.problems)
        if (p.is_error) MESSAGE(format_problem(p));
    REQUIRE(r.ok());
    return *r.document;
}

std::string as_text(const Document& d) { return write_announcement(d, AnnouncementFormat::text); }

// The lines under `heading` up to the next blank line ("" when absent).
std::string block(const std::string& text, const std::string& heading) {
    const std::size_t at = text.find("\n" + heading + "\n\n");
    if (at == std::string::npos) return "";
    const std::size_t from = at + heading.size() + 3;
    const std::size_t end = text.find("\n\n", from);
    return text.substr(from, end == std::string::npos ? std::string::npos : end - from);
}

std::string without_line(std::string block, const std::string& line) {
    const std::size_t at = block.find(line);
    if (at != std::string::npos) block.erase(at, line.size() + (at + line.size() < block.size() ? 1 : 0));
    return block;
}

const Item& item(const Document& d, std::size_t i) { return d.days.at(0).items.at(i); }

const Person& person(const Document& d, const std::string& id) {
    const Person* p = find_person(d, id);
    REQUIRE(p != nullptr);
    return *p;
}

}  // namespace

// [SECTION] The five seeds ------------------------------------------------------------------

TEST_CASE("seed 000: programme with a workshop round, Praktisch and contact read as the seed") {
    const Document d = imported(seed_text(0));
    const std::string out = as_text(d), gold = golden_txt(0);
    CHECK(d.event.title == "Bijeenkomst over veranderend lokaal samenspel");
    CHECK(d.event.subtitle == "Met lancering magazine BuitensteBinnen");
    CHECK(block(out, "Programma") == block(gold, "Programma"));
    CHECK(block(out, "Praktisch") == block(gold, "Praktisch"));
    CHECK(block(out, "Neem contact op met:") == block(gold, "Neem contact op met:"));
    // the model behind those lines
    CHECK(d.days.at(0).date == Date{2018, 6, 19});
    CHECK(d.days[0].start == 13 * 60 + 30);
    CHECK(d.days[0].end == 17 * 60 + 30);
    CHECK(d.event.registration.deadline == Date{2018, 6, 5});
    CHECK(d.event.registration.method == RegistrationMethod::email);
    CHECK(d.event.venue.name == "Mammoni");
    CHECK(d.event.venue.address == "Mariaplaats 14");
    CHECK(d.event.venue.city == "Utrecht");
    CHECK(d.event.price.free);
    CHECK(d.event.organisers == std::vector<std::string>{"Movisie"});
    const Item& round = item(d, 4);
    CHECK(round.kind == ItemKind::round);
    REQUIRE(round.sessions.size() == 3);
    CHECK(round.sessions[2].status == Status::tentative);
    CHECK(person(d, round.sessions[1].people.at(1).person_id).organisation == "7Zebras");
    CHECK(round.sessions[1].people[0].role == Role::leader);
    CHECK(item(d, 0).kind == ItemKind::walk_in);
    CHECK(item(d, 3).kind == ItemKind::break_);
    CHECK(item(d, 5).start == 16 * 60 + 30);
    CHECK(d.event.notes.empty());
}

TEST_CASE("seed 001: ranges, speakers from 'X over Y' and 'door', doors, series, audience") {
    const Document d = imported(seed_text(1));
    const std::string out = as_text(d), gold = golden_txt(1);
    CHECK(block(out, "Programma") == block(gold, "Programma"));
    CHECK(block(out, "Praktisch") == block(gold, "Praktisch"));
    CHECK(block(out, "Voor wie?") == block(gold, "Voor wie?"));
    CHECK(d.days.at(0).doors_open == 19 * 60);
    CHECK(d.days[0].label == "Tweede bijeenkomst");
    CHECK(d.event.registration.method == RegistrationMethod::link);
    CHECK(d.event.series.part == 2);
    CHECK(d.event.series.of == 2);
    REQUIRE(d.event.series.parts.size() == 1);
    CHECK(d.event.series.parts[0].date == Date{2017, 12, 13});
    CHECK(d.event.organisers ==
          std::vector<std::string>{"VNG afdeling Utrecht", "Movisie", "Zorgbelang Gelderland/Utrecht"});
    const Item& welcome = item(d, 1);
    CHECK(welcome.kind == ItemKind::welcome);
    CHECK(welcome.people.at(0).role == Role::host);
    CHECK(person(d, welcome.people[0].person_id).name == "Saskia van Grinsven");
    CHECK(person(d, welcome.people[0].person_id).organisation == "Movisie");
    CHECK(person(d, item(d, 3).people.at(0).person_id).name == "Frans van Eck");
    CHECK(item(d, 6).kind == ItemKind::discussion);
    CHECK(d.event.notes.empty());
}

TEST_CASE("seed 002: a web page layout (label above value), goals, licence, link") {
    const Document d = imported(seed_text(2));
    const std::string out = as_text(d), gold = golden_txt(2);
    CHECK(block(out, "Praktisch") == block(gold, "Praktisch"));
    CHECK(block(out, "Meer informatie?") == block(gold, "Meer informatie?"));
    CHECK(block(out, "Wat je kunt verwachten") == block(gold, "Wat je kunt verwachten"));
    CHECK(d.event.learning_goals.size() == 5);
    CHECK(d.event.venue.name == "Maitland Theater");
    CHECK(d.event.venue.city == "Driebergen");
    CHECK(d.days.at(0).start == 9 * 60 + 30);
    CHECK(d.days[0].end == 17 * 60);
    CHECK(d.days[0].items.empty());  // the page prints no programme: none is invented
    CHECK(d.event.licence.find("Creative Commons") != std::string::npos);
}

TEST_CASE("seed 003: value above its label, questions, fragments kept in the notes") {
    const Document d = imported(seed_text(3));
    const std::string out = as_text(d), gold = golden_txt(3);
    // "Organisatie: VNG Academie" is in the hand-made plan only: the text names
    // the academy in a sentence about trainers, not as the organiser.
    CHECK(block(out, "Praktisch") == without_line(block(gold, "Praktisch"), "Organisatie: VNG Academie"));
    CHECK(block(out, "Vragen die aan de orde komen") == block(gold, "Vragen die aan de orde komen"));
    CHECK(d.event.max_participants == 20);
    CHECK(d.event.price.text == "Op aanvraag");
    CHECK(d.event.notes.find("Incompany") != std::string::npos);
    CHECK(d.event.notes.find("Ook interessant voor u") != std::string::npos);
    CHECK(d.event.notes.find("Aantal dagen: 1") != std::string::npos);
}

TEST_CASE("seed 004: navigation line, questions, contact by phone") {
    const Document d = imported(seed_text(4));
    const std::string out = as_text(d), gold = golden_txt(4);
    CHECK(d.event.title == "Co-creëren met de samenleving, wanneer zinvol?");
    CHECK(block(out, "Praktisch") == without_line(block(gold, "Praktisch"), "Organisatie: AntwoordvoorOverheden.nl"));
    CHECK(block(out, "Neem contact op met:") == block(gold, "Neem contact op met:"));
    CHECK(d.event.registration.method == RegistrationMethod::phone);
    CHECK(d.event.key_questions.size() == 3);
    CHECK(d.event.notes.find("Selecteer een pagina") != std::string::npos);
}

TEST_CASE("every seed: the preview lists every line, reflow changes nothing, JSON round-trips") {
    for (int n = 0; n < 5; ++n) {
        CAPTURE(n);
        const AnnouncementImport imp = import_announcement_text(seed_text(n));
        REQUIRE(imp.result.ok());
        CHECK(imp.recognised > 5);
        for (const ImportedLine& l : imp.lines) CHECK(l.number > 0);
        Document d = *imp.result.document;
        Document flowed = d;
        reflow(flowed);
        CHECK(flowed == d);
        ReadResult again = read_json(write_json(d));
        REQUIRE(again.ok());
        CHECK(*again.document == d);
        CHECK(detect_import_format(seed_text(n)) == ImportFormat::announcement);
    }
}

// [SECTION] Fragments --------------------------------------------------------------------------

TEST_CASE("times as organisers write them") {
    using text_import::leading_time;
    struct C { const char* text; int start, end; const char* rest; };
    const C cases[] = {{"13.30 uur Ontvangst", 810, -1, "Ontvangst"},
                       {"13:30 - 14:00 Lezing", 810, 840, "Lezing"},
                       {"13.30u Welkom", 810, -1, "Welkom"},
                       {"14.00-14.15 Pauze", 840, 855, "Pauze"},
                       {"van 9.30 tot 12.00 uur: Ochtend", 570, 720, "Ochtend"},
                       {"19.00 \xE2\x80\x93 19.30 uur:\tInloop", 1140, 1170, "Inloop"},
                       {"1:30 pm Welcome", 810, -1, "Welcome"},
                       {"9u Koffie", 540, -1, "Koffie"},
                       {"09:00\tRegistration", 540, -1, "Registration"}};
    for (const C& c : cases) {
        CAPTURE(c.text);
        auto t = leading_time(c.text);
        REQUIRE(t);
        CHECK(t->start == c.start);
        CHECK(t->end.value_or(-1) == c.end);
        CHECK(std::string(c.text).substr(t->finish) == c.rest);
    }
    CHECK_FALSE(leading_time("2018 was een goed jaar"));
    CHECK_FALSE(leading_time("19.06.2018 Datum"));
    CHECK_FALSE(leading_time("20 deelnemers"));
}

TEST_CASE("dates in Dutch and English") {
    using text_import::find_dates;
    auto one = [](const char* s) {
        auto d = find_dates(s);
        REQUIRE(d.size() >= 1);
        return d[0].date;
    };
    CHECK(one("dinsdag 13 februari 2018") == Date{2018, 2, 13});
    CHECK(one("June 19, 2018") == Date{2018, 6, 19});
    CHECK(one("Tuesday 3rd March 2026") == Date{2026, 3, 3});
    CHECK(one("19-06-2018") == Date{2018, 6, 19});
    CHECK(one("op 2018-06-19") == Date{2018, 6, 19});
    CHECK(one("vóór dinsdag 5 juni") == Date{0, 6, 5});
    const auto two = find_dates("3 en 4 maart 2026");
    REQUIRE(two.size() == 2);
    CHECK(two[1].date == Date{2026, 3, 4});
    CHECK(find_dates("31 februari 2026").empty());
}

TEST_CASE("people, organisations, prices and phones") {
    using namespace text_import;
    CHECK(split_person("Saskia van Grinsven van Movisie").name == "Saskia van Grinsven");
    CHECK(split_person("Saskia van Grinsven van Movisie").organisation == "Movisie");
    CHECK(split_person("Frans van Eck").name == "Frans van Eck");
    CHECK(split_person("de gemeente Groningen").organisation == "gemeente Groningen");
    CHECK(split_person("Chris Sigaloff (Kennisland)").organisation == "Kennisland");
    CHECK(split_people("Movisie en de 7Zebras").size() == 2);
    CHECK(find_amount_cents("\xE2\x82\xAC 95,- excl. btw") == 9500);
    CHECK(find_amount_cents("EUR 1.250,50") == 125050);
    CHECK(find_amount_cents("95 euro") == 9500);
    CHECK(find_phone("bel 06 28 24 24 06.") == "06 28 24 24 06");
    CHECK(find_phone("+31 (0)30 789 2000") == "+31 (0)30 789 2000");
    CHECK(find_phone("19.00 - 19.30 uur").empty());
    CHECK(find_email("via Eveline Even, e.even@movisie.nl.") == "e.even@movisie.nl");
    CHECK(find_max_participants("Maximaal 25 deelnemers") == 25);
}

TEST_CASE("a messy Dutch announcement: tabs, two workshop rounds, lunch, a day chair, o.v.b.") {
    const std::string text =
        "Regiodag Samen Wijkgericht Werken\n"
        "\n"
        "Datum:\tdonderdag 12 maart 2026\n"
        "Tijd:\tvan 9.30 tot 16.00 uur\n"
        "Plaats:\tStadhuis, Stadhuisplein 1, 5611 EM Eindhoven\n"
        "Kosten:\t\xE2\x82\xAC 95,- excl. btw (incl. lunch)\n"
        "Max. 60 deelnemers\n"
        "Dagvoorzitter: Anouk de Vries\n"
        "\n"
        "Op deze regiodag delen gemeenten en bewoners hun ervaringen met wijkgericht werken. Je gaat naar huis met ideeen.\n"
        "\n"
        "Programma\n"
        "09.30 - 10.00\tInloop met koffie\n"
        "10.00 - 10.15\tWelkom door dagvoorzitter Anouk de Vries\n"
        "10.15 - 11.00\tKeynote: De wijk als vertrekpunt \xE2\x80\x93 Peter Jansen (Universiteit Utrecht)\n"
        "11.00 - 12.15\tWorkshopronde 1\n"
        "  - Workshop A: Bewonersbudgetten (geleid door Marieke Smit)\n"
        "  - Workshop B: Data in de wijk (o.v.b.) \xE2\x80\x93 Tom Bakker\n"
        "12.15 - 13.00\tLunch\n"
        "13.00 - 14.15\tWorkshopronde 2\n"
        "  - Workshop C: Samen plannen (geleid door gemeente Tilburg)\n"
        "  - Workshop D: Jongeren aan zet\n"
        "14.15 - 15.30\tPanelgesprek\n"
        "15.30 - 16.00\tAfsluiting en borrel\n"
        "\n"
        "Aanmelden kan tot 1 maart via https://example.org/aanmelden\n"
        "Vragen? Neem contact op met Lotte Visser, l.visser@example.org, 040 123 45 67.\n";
    const Document d = imported(text);
    CHECK(d.event.title == "Regiodag Samen Wijkgericht Werken");
    REQUIRE(d.days.size() == 1);
    const Day& day = d.days[0];
    CHECK(day.date == Date{2026, 3, 12});
    CHECK(day.start == 9 * 60 + 30);
    CHECK(day.end == 16 * 60);
    CHECK(d.event.venue.postal_code == "5611 EM");
    CHECK(d.event.venue.city == "Eindhoven");
    CHECK(d.event.venue.address == "Stadhuisplein 1");
    CHECK(d.event.price.amount_cents == 9500);
    CHECK(d.event.max_participants == 60);
    CHECK(d.event.registration.deadline == Date{2026, 3, 1});
    CHECK(d.event.registration.url == "https://example.org/aanmelden");
    REQUIRE(day.items.size() == 8);
    CHECK(day.items[0].kind == ItemKind::walk_in);
    CHECK(day.items[1].kind == ItemKind::welcome);
    CHECK(day.items[2].title == "Keynote: De wijk als vertrekpunt");
    CHECK(person(d, day.items[2].people.at(0).person_id).organisation == "Universiteit Utrecht");
    CHECK(day.items[3].kind == ItemKind::round);
    REQUIRE(day.items[3].sessions.size() == 2);
    CHECK(day.items[3].sessions[1].status == Status::tentative);
    CHECK(person(d, day.items[3].sessions[1].people.at(0).person_id).name == "Tom Bakker");
    CHECK(day.items[4].kind == ItemKind::lunch);
    CHECK(day.items[5].sessions.size() == 2);
    CHECK(day.items[6].kind == ItemKind::discussion);
    CHECK(day.items[7].kind == ItemKind::drinks);
    CHECK(day.items[7].end() == 16 * 60);
    // the day chair moderates the welcome
    bool chair = false;
    for (const PersonRef& r : day.items[1].people)
        chair |= r.role == Role::moderator && person(d, r.person_id).name == "Anouk de Vries";
    CHECK(chair);
    REQUIRE(d.event.contact_ids.size() >= 1);
    CHECK(person(d, d.event.contact_ids.back()).email == "l.visser@example.org");
}

TEST_CASE("an English announcement in Markdown with bullets and start times only") {
    const std::string text =
        "# Open Data Afternoon\n"
        "\n"
        "**When:** Thursday 4 June 2026, 13:00-17:00\n"
        "**Where:** Public Library, Oude Gracht 1, Utrecht\n"
        "**Admission:** free\n"
        "\n"
        "Join us for an afternoon about open data in local government. We will share tools and stories.\n"
        "\n"
        "## Programme\n"
        "\n"
        "- 13:00 Registration and coffee\n"
        "- 13:30 Welcome\n"
        "- Talk: Publishing council data by Jane Doe\n"
        "- Break\n"
        "- 15:00 Choose one of three sessions:\n"
        "  - Open budgets (led by Sam Lee)\n"
        "  - Maps for everyone (tbc)\n"
        "  - Data ethics\n"
        "- 16:30 Drinks\n"
        "\n"
        "## Registration\n"
        "\n"
        "Register before 1 June via [our form](https://example.org/form).\n";
    const AnnouncementImport imp = import_announcement_text(text);
    REQUIRE(imp.result.ok());
    const Document& d = *imp.result.document;
    CHECK(imp.source_kind == "markdown");
    CHECK(d.event.language == "en");
    CHECK(d.event.title == "Open Data Afternoon");
    const Day& day = d.days.at(0);
    CHECK(day.date == Date{2026, 6, 4});
    REQUIRE(day.items.size() == 6);
    CHECK(day.items[0].kind == ItemKind::walk_in);
    CHECK(day.items[2].kind == ItemKind::talk);
    CHECK(person(d, day.items[2].people.at(0).person_id).name == "Jane Doe");
    CHECK(day.items[3].kind == ItemKind::break_);
    CHECK(day.items[4].kind == ItemKind::round);
    CHECK(day.items[4].start == 15 * 60);
    REQUIRE(day.items[4].sessions.size() == 3);
    CHECK(day.items[4].sessions[1].status == Status::tentative);
    CHECK(day.items[5].kind == ItemKind::drinks);
    CHECK(day.items[5].end() == 17 * 60);
    CHECK(d.event.price.free);
    CHECK(d.event.registration.url == "https://example.org/form");
    CHECK(d.event.registration.deadline == Date{2026, 6, 1});
}

TEST_CASE("HTML: tags and scripts stripped, entities decoded, links kept as text") {
    const std::string html =
        "<!DOCTYPE html><html><head><title>x</title><script>alert('x')</script><style>p{}</style></head><body>"
        "<h1>Inspiratieavond &amp; netwerk</h1><p><strong>Datum:</strong> 9 oktober 2026</p>"
        "<p>Tijd: 19.30&ndash;22.00 uur</p><p>Een avond vol verhalen over caf&eacute;s in de wijk. Kom ook!</p>"
        "<h2>Programma</h2><ul><li>19.30 uur Welkom</li><li>20.00 uur Lezing door Ria Post</li>"
        "<li>21.30 uur Borrel</li></ul><p><a href=\"javascript:alert(1)\">klik</a> "
        "<a href=\"https://example.org/aanmelden\">Aanmelden</a></p><img src=x onerror=alert(1)></body></html>";
    const AnnouncementImport imp = import_announcement_text(html);
    REQUIRE(imp.result.ok());
    const Document& d = *imp.result.document;
    CHECK(imp.source_kind == "html");
    CHECK(d.event.title == "Inspiratieavond & netwerk");
    CHECK(d.days.at(0).items.size() == 3);
    CHECK(d.days[0].items[1].title == "Lezing");
    CHECK(d.event.registration.url == "https://example.org/aanmelden");
    const std::string all = write_json(d);
    CHECK(all.find("alert") == std::string::npos);
    CHECK(all.find("javascript") == std::string::npos);
    CHECK(all.find("<") == std::string::npos);
}

TEST_CASE("our own Markdown and text output read back to the same programme") {
    const Document d0 = imported(seed_text(0));
    for (AnnouncementFormat f : {AnnouncementFormat::markdown, AnnouncementFormat::text, AnnouncementFormat::html}) {
        const Document d1 = imported(write_announcement(d0, f));
        CHECK(block(as_text(d1), "Programma") == block(as_text(d0), "Programma"));
        CHECK(block(as_text(d1), "Praktisch") == block(as_text(d0), "Praktisch"));
    }
}

// [SECTION] Hostile text ----------------------------------------------------------------------

TEST_CASE("hostile text ends with a clear message within bounds") {
    using clock = std::chrono::steady_clock;
    SUBCASE("megabytes in one line") {
        const std::string text = "Titel\n\n" + std::string(3 * 1024 * 1024, 'a') + "\n";
        const auto t0 = clock::now();
        const AnnouncementImport imp = import_announcement_text(text);
        CHECK(clock::now() - t0 < std::chrono::seconds(2));
        bool warned = false;
        for (const Problem& p : imp.result.problems) warned |= p.message.find("skipped") != std::string::npos;
        CHECK(warned);
    }
    SUBCASE("one line of megabytes without a title") {
        const AnnouncementImport imp = import_announcement_text(std::string(5 * 1024 * 1024, 'x'));
        CHECK_FALSE(imp.result.ok());
        CHECK_FALSE(imp.result.problems.empty());
    }
    SUBCASE("binary") {
        std::string bin = "PK\x03\x04";
        bin += std::string(1000, '\0');
        const ReadResult r = read_announcement_text(bin);
        CHECK_FALSE(r.ok());
        CHECK(r.problems.at(0).message.find("not text") != std::string::npos);
        CHECK_FALSE(looks_like_announcement_text(bin));
    }
    SUBCASE("deeply nested HTML") {
        std::string html = "<html><body><h1>Diep</h1>";
        for (int i = 0; i < 200000; ++i) html += "<div>";
        html += "<p>13.30 uur Welkom</p>";
        for (int i = 0; i < 200000; ++i) html += "</div>";
        const auto t0 = clock::now();
        const ReadResult r = read_announcement_text(html);
        CHECK(clock::now() - t0 < std::chrono::seconds(3));
        REQUIRE(r.ok());
        CHECK(r.document->days.at(0).items.size() == 1);
    }
    SUBCASE("larger than 20 MB") {
        const ReadResult r = read_announcement_text(std::string(kJsonMaxFileBytes + 1, 'a'));
        CHECK_FALSE(r.ok());
        CHECK(r.problems.at(0).message.find("20 MB") != std::string::npos);
    }
    SUBCASE("Windows-1252 bytes") {
        const Document d = imported("Caf\xE9 avond\n\n13.30 uur Welkom \x96 met koffie\n");
        CHECK(d.event.title == "Caf\xC3\xA9 avond");
    }
}

// [SECTION] The one door ------------------------------------------------------------------

TEST_CASE("open_document: announcements open, other text is named in words") {
    CHECK(open_document(seed_text(1)).ok());
    const Opened junk = open_document("hello world");
    REQUIRE_FALSE(junk.ok());
    CHECK(junk.problems.at(0).message.rfind("Dit is geen plan, agenda, programma of aankondiging: het begint met "
                                            "\xE2\x80\x9Chello world\xE2\x80\x9D", 0) == 0);
    CHECK(open_document("").problems.at(0).message.find("leeg") != std::string::npos);
    // JSON keeps its own messages
    const Opened json = open_document("{\"format\": \"dagdeel\"");
    REQUIRE_FALSE(json.ok());
    CHECK(json.problems.at(0).message.find("Dit is geen") == std::string::npos);
}

TEST_SUITE_END();
