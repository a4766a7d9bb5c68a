// Announcement text (src/io/announcement.hpp): golden files for every seed
// in Markdown, plain text and HTML (byte for byte), the phrases the seed
// announcements print, Dutch and English dates and times, and HTML safety:
// XSS payloads in every text field never survive unescaped.
#include <doctest/doctest.h>

#include "builders.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "io/announcement/announcement.hpp"
#include "io/json/json_document.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("announcement");

namespace {

using test::kSeeds;
using test::load_seed;
using test::read_file;

std::string golden(const std::string& name) {
    return read_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/golden/" + name);
}

AnnouncementOptions lang(AnnouncementLanguage l) {
    AnnouncementOptions o;
    o.language = l;
    return o;
}

using test::contains;

// Every tag in the page is one the writer emits, with only the writer's
// attributes, and every href is http(s) or mailto: text a payload produced
// can only appear escaped.
bool tags_are_ours(const std::string& html) {
    static const std::set<std::string> tags = {"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main",
                                               "article", "header", "section", "h1", "h2", "h3", "p", "ul", "li",
                                               "span", "a", "br", "address"};
    static const std::set<std::string> attributes = {"lang", "charset", "http-equiv", "content", "name", "class", "href"};
    std::size_t pos = 0;
    while ((pos = html.find('<', pos)) != std::string::npos) {
        std::size_t end = html.find('>', pos);
        if (end == std::string::npos) return false;
        std::string tag = html.substr(pos + 1, end - pos - 1);
        if (!tag.empty() && tag[0] == '/') tag.erase(0, 1);
        std::size_t n = 0;
        while (n < tag.size() && tag[n] != ' ') ++n;
        if (!tags.count(tag.substr(0, n))) return false;
        // attributes: name="value" pairs, values without quotes inside
        std::size_t p = n;
        while (p < tag.size()) {
            while (p < tag.size() && tag[p] == ' ') ++p;
            if (p >= tag.size()) break;
            const std::size_t eq = tag.find('=', p);
            if (eq == std::string::npos) return tag.substr(p) == "html" && tag.rfind("!DOCTYPE", 0) == 0;
            const std::string attr = tag.substr(p, eq - p);
            if (!attributes.count(attr) || eq + 1 >= tag.size() || tag[eq + 1] != '"') return false;
            const std::size_t close = tag.find('"', eq + 2);
            if (close == std::string::npos) return false;
            const std::string value = tag.substr(eq + 2, close - eq - 2);
            if (attr == "href" && !(value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0 ||
                                    value.rfind("mailto:", 0) == 0))
                return false;
            if (attr == "href" && value.find("javascript") != std::string::npos) return false;
            p = close + 1;
        }
        if (tag.rfind("style", 0) == 0) pos = html.find("</style>", end);  // CSS holds no '<'
        else pos = end + 1;
    }
    return true;
}

// In Markdown every '<' is escaped, except link destinations "](<...>)".
bool markdown_has_no_raw_html(const std::string& md) {
    for (std::size_t i = 0; i < md.size(); ++i) {
        if (md[i] != '<') continue;
        if (i > 0 && md[i - 1] == '\\') continue;
        if (i >= 2 && md.compare(i - 2, 2, "](") == 0 &&
            (md.compare(i + 1, 4, "http") == 0 || md.compare(i + 1, 7, "mailto:") == 0))
            continue;
        if (md.compare(i, 7, "<small>") == 0 || md.compare(i, 8, "</small>") == 0) continue;
        return false;
    }
    return true;
}

}  // namespace

TEST_CASE("announcement: golden files, byte for byte") {
    const AnnouncementOptions nl = lang(AnnouncementLanguage::nl), en = lang(AnnouncementLanguage::en);
    for (const char* seed : kSeeds) {
        const Document d = load_seed(seed);
        const std::string n = std::string(seed).substr(0, 8);
        CAPTURE(n);
        CHECK(write_announcement(d, AnnouncementFormat::markdown, nl) == golden(n + ".nl.md"));
        CHECK(write_announcement(d, AnnouncementFormat::text, nl) == golden(n + ".nl.txt"));
        CHECK(write_announcement(d, AnnouncementFormat::html, nl) == golden(n + ".nl.html"));
        CHECK(write_announcement(d, AnnouncementFormat::markdown, en) == golden(n + ".en.md"));
        if (!d.designs.empty()) {
            CHECK(write_design_announcement(d, d.designs[0], AnnouncementFormat::markdown, nl) ==
                  golden(n + ".design.nl.md"));
            CHECK(write_design_announcement(d, d.designs[0], AnnouncementFormat::html, nl) ==
                  golden(n + ".design.nl.html"));
        }
    }
}

TEST_CASE("announcement: seed 000 reads like its announcement") {
    const Document d = load_seed("seed-000-buitenstebinnen");
    for (AnnouncementFormat f : {AnnouncementFormat::text, AnnouncementFormat::markdown, AnnouncementFormat::html}) {
        const std::string t = write_announcement(d, f);
        CAPTURE(static_cast<int>(f));
        CHECK(contains(t, "13.30 uur Ontvangst en inloop") == (f != AnnouncementFormat::html));
        CHECK(contains(t, "Inhoudelijk deel met keuze uit 3 workshops"));
        CHECK(contains(t, "(o.v.) De rol van de gemeenteraad"));
        CHECK(contains(t, "Aanmelden vóór dinsdag 5 juni"));
        CHECK(contains(t, "Praktisch"));
        CHECK(contains(t, "Meer informatie?"));
    }
    const std::string t = write_announcement(d, AnnouncementFormat::text);
    CHECK(contains(t, "De coöperatieve wijkraad (geleid door de gemeente Groningen)"));
    CHECK(contains(t, "Datum: dinsdag 19 juni 2018\nTijd: 13.30-17.30 uur\nLocatie: Mammoni, Mariaplaats 14, Utrecht\n"
                      "Toegang gratis\n"));
    CHECK(contains(t, "Aanmelden vóór dinsdag 5 juni via Eveline Even, e.even@movisie.nl.\n"));
    CHECK(contains(t, "16.30 uur Korte afsluiting en borrel"));
    // HTML keeps the time in its own span.
    CHECK(contains(write_announcement(d, AnnouncementFormat::html),
                   "<span class=\"time\">13.30 uur</span> <span class=\"what\">Ontvangst en inloop</span>"));
}

TEST_CASE("announcement: an item can keep its time out (issue 11: the seed lists Pauze without one)") {
    Document d = load_seed("seed-000-buitenstebinnen");
    const std::string t = write_announcement(d, AnnouncementFormat::text);
    // The seed's programme: only the times it states.
    CHECK(contains(t, "13.30 uur Ontvangst en inloop\n14.00 uur Welkom en kennismaking\n"
                      "Presentatie magazine BuitensteBinnen\nPauze\nInhoudelijk deel met keuze uit 3 workshops:\n"));
    CHECK_FALSE(contains(t, "14.15"));
    CHECK_FALSE(contains(t, "14.35"));
    CHECK_FALSE(contains(t, "14.50"));
    for (Day& day : d.days)
        for (Item& it : day.items) it.time_hidden = false;
    CHECK(contains(write_announcement(d, AnnouncementFormat::text), "14.35 uur Pauze"));
}

TEST_CASE("announcement: a session that starts later than its round says from when (issue 11)") {
    Document d = load_seed("seed-000-buitenstebinnen");
    for (Day& day : d.days)
        for (Item& it : day.items)
            if (it.id == "i-workshops") {
                it.time_hidden = false;
                it.sessions[1].delay = 15;
            }
    const std::string t = write_announcement(d, AnnouncementFormat::text);
    CHECK(contains(t, "DemoCreatiespel (geleid door Movisie en de 7Zebras) (vanaf 15.05 uur)"));
    CHECK_FALSE(contains(t, "wijkraad (geleid door de gemeente Groningen) (vanaf"));
}

TEST_CASE("announcement: the registration line once, one spelling of an e-mail address (issue 11)") {
    const Document d = load_seed("seed-000-buitenstebinnen");
    for (AnnouncementLanguage l : {AnnouncementLanguage::nl, AnnouncementLanguage::en}) {
        const std::string t = write_announcement(d, AnnouncementFormat::text, lang(l));
        CAPTURE(t);
        // The notes restate the registration: printed once, as the line of the announcement's language.
        CHECK(contains(t, l == AnnouncementLanguage::nl ? "Aanmelden vóór" : "Register before"));
        CHECK_FALSE(contains(t, l == AnnouncementLanguage::nl ? "Register before" : "Aanmelden vóór"));
        // The contact's "E.Even@movisie.nl" is the registration's address written differently.
        CHECK_FALSE(contains(t, "E.Even@movisie.nl"));
        CHECK(contains(t, "Eveline Even (Movisie)\ne.even@movisie.nl\n06 55440539"));
    }
    Document other = d;
    other.event.registration.notes = "Let op: de zaal is beperkt toegankelijk.";
    const std::string t = write_announcement(other, AnnouncementFormat::text);
    CHECK(contains(t, "Aanmelden vóór dinsdag 5 juni via Eveline Even, e.even@movisie.nl.\nLet op: de zaal is beperkt toegankelijk."));
}

TEST_CASE("announcement: a room's name is printed as named, a bare number or letter gets the word") {
    Document d = load_seed("seed-000-buitenstebinnen");
    Item* round = nullptr;
    for (Item& i : d.days[0].items)
        if (i.kind == ItemKind::round) round = &i;
    REQUIRE(round);
    REQUIRE(round->sessions.size() >= 3);
    d.rooms = {{"r-a", "Zaal 1", 0, ""}, {"r-b", "3", 0, ""}, {"r-c", "B", 0, ""}};
    for (std::size_t k = 0; k < 3; ++k) round->sessions[k].room_id = d.rooms[k].id;
    const std::string nl = write_announcement(d, AnnouncementFormat::text, lang(AnnouncementLanguage::nl));
    const std::string en = write_announcement(d, AnnouncementFormat::text, lang(AnnouncementLanguage::en));
    CHECK_FALSE(contains(nl, "Zaal Zaal"));
    CHECK_FALSE(contains(en, "Room Zaal"));
    CHECK(contains(nl, "\u2013 Zaal 1\n"));
    CHECK(contains(en, "\u2013 Zaal 1\n"));
    CHECK(contains(nl, "\u2013 Zaal 3\n"));
    CHECK(contains(en, "\u2013 Room 3\n"));
    CHECK(contains(nl, "\u2013 Zaal B\n"));
    d.rooms[0].name = "Kazemattenzaal";
    CHECK(contains(write_announcement(d, AnnouncementFormat::text, lang(AnnouncementLanguage::nl)),
                   "\u2013 Kazemattenzaal\n"));
}

TEST_CASE("announcement: seed 001 prints ranges, doors and the series") {
    const Document d = load_seed("seed-001-lokaal-samenspel");
    const std::string t = write_announcement(d, AnnouncementFormat::text);
    CHECK(contains(t, "19.35 – 20.05 uur"));
    CHECK(contains(t, "19.30 – 19.35 uur Welkomstwoord"));
    CHECK(contains(t, "Tijd: 19.30-22.00 uur (inloop vanaf 19.00 uur)"));
    CHECK(contains(t, "Voor wie?"));
    CHECK(contains(t, "In de eerste bijeenkomst van dit tweeluik op 13 december 2017"));
    const std::string en = write_announcement(d, AnnouncementFormat::text, lang(AnnouncementLanguage::en));
    CHECK(contains(en, "19:35 – 20:05 Het initiatief Fort Vreeswijk"));
    CHECK(contains(en, "Date: Tuesday 13 February 2018"));
    CHECK(contains(en, "Time: 19:30-22:00 (doors open 19:00)"));
    CHECK(contains(en, "In the first meeting of this two-part series on 13 December 2017"));
    // Explicit start times override the automatic choice.
    AnnouncementOptions start;
    start.times = ProgrammeTimes::start;
    CHECK(contains(write_announcement(d, AnnouncementFormat::text, start), "19.35 uur Het initiatief Fort Vreeswijk"));
}

TEST_CASE("announcement: seed 002 learning goals, licence and links") {
    const Document d = load_seed("seed-002-wakkere-stad");
    const std::string t = write_announcement(d, AnnouncementFormat::text);
    CHECK(contains(t, "Wat je kunt verwachten\n\n  • Hoe ga je als lokale overheid"));
    CHECK(contains(t, "Creative Commons Naamsvermelding-licentie (CC BY)"));
    const std::string h = write_announcement(d, AnnouncementFormat::html);
    CHECK(contains(h, "<a href=\"https://www.kl.nl/events/werken-aan-de-wakkere-stad/\" class=\"external\">"));
}

TEST_CASE("announcement: workshop designs (seeds 003, 004)") {
    const Document d3 = load_seed("seed-003-overheidsparticipatie");
    const std::string t = write_design_announcement(d3, d3.designs[0], AnnouncementFormat::text);
    CHECK(contains(t, "Vorm: Incompany\nDoelgroep: Raadsleden, Sociaal domein\nMax. deelnemers: 20\nAantal dagen: 1\n"));
    CHECK(contains(t, "Investering: Op aanvraag"));
    CHECK(contains(t, "In de workshop komen vragen aan de orde als:\n\n  • Hoe zorg je ervoor"));
    CHECK(contains(t, "Trainers"));
    const Document d4 = load_seed("seed-004-co-creeren");
    const std::string t4 = write_design_announcement(d4, d4.designs[0], AnnouncementFormat::text);
    CHECK(contains(t4, "Interesse in deze workshop? Mail Gertjan Verstoep of bel 06 28 24 24 06."));
    CHECK(contains(t4, "  • Gertjan Verstoep"));
}

TEST_CASE("announcement: dates and times in Dutch and English") {
    const Date d{2018, 2, 13};
    CHECK(format_long_date(d, AnnouncementLanguage::nl) == "dinsdag 13 februari 2018");
    CHECK(format_long_date(d, AnnouncementLanguage::en) == "Tuesday 13 February 2018");
    CHECK(format_long_date(d, AnnouncementLanguage::nl, false) == "13 februari 2018");
    CHECK(format_long_date(Date{2018, 6, 5}, AnnouncementLanguage::nl, true, false) == "dinsdag 5 juni");
    CHECK(format_long_date(Date{}, AnnouncementLanguage::nl).empty());
    CHECK(format_announcement_time(13 * 60 + 30, AnnouncementLanguage::nl) == "13.30 uur");
    CHECK(format_announcement_time(9 * 60 + 5, AnnouncementLanguage::nl) == "9.05 uur");
    CHECK(format_announcement_time(13 * 60 + 30, AnnouncementLanguage::en) == "13:30");
    CHECK(format_announcement_range(19 * 60 + 30, 19 * 60 + 35, AnnouncementLanguage::nl) == "19.30 – 19.35 uur");
    CHECK(format_announcement_range(19 * 60 + 30, 19 * 60 + 35, AnnouncementLanguage::en) == "19:30 – 19:35");
}

TEST_CASE("announcement: link and escaping helpers") {
    CHECK(html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    CHECK(is_safe_link("https://example.invalid/a?b=c"));
    CHECK(is_safe_link("HTTP://example.invalid/"));
    CHECK(is_safe_link("mailto:a@b.invalid"));
    CHECK_FALSE(is_safe_link("javascript:alert(1)"));
    CHECK_FALSE(is_safe_link(" javascript:alert(1)"));
    CHECK_FALSE(is_safe_link("JaVaScRiPt:alert(1)"));
    CHECK_FALSE(is_safe_link("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(is_safe_link("https://x.invalid/\"onmouseover=\"alert(1)"));
    CHECK_FALSE(is_safe_link("vbscript:x"));
    CHECK_FALSE(is_safe_link("//evil.invalid/"));
    CHECK_FALSE(is_safe_link("https://"));
    CHECK(sanitize_utf8("a\x01" "b\xff" "c") == "ab\xEF\xBF\xBD" "c");
}

// Every text field of a document set to one payload; the HTML must hold no
// tag or attribute the payload could have produced.
TEST_CASE("announcement: XSS payloads never survive in HTML") {
    const std::string payloads[] = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                                    "javascript:alert(1)", "'><svg onload=alert(1)>"};
    for (const std::string& x : payloads) {
        CAPTURE(x);
        Document d = load_seed("seed-000-buitenstebinnen");
        Event& e = d.event;
        for (std::string* s : {&e.title, &e.subtitle, &e.intro, &e.description, &e.audience, &e.url, &e.licence,
                               &e.venue.name, &e.venue.address, &e.venue.postal_code, &e.venue.city,
                               &e.venue.online_url, &e.venue.directions, &e.price.text, &e.registration.email,
                               &e.registration.url, &e.registration.notes, &e.series.title})
            *s = x;
        e.price.free = false;
        e.organisers = {x, x};
        e.key_questions = {x};
        e.learning_goals = {x};
        e.series.part = 2;
        e.series.of = 2;
        e.series.parts = {SeriesPart{1, x, Date{2017, 12, 13}, x, x}};
        for (Day& day : d.days) {
            day.label = x;
            for (Item& i : day.items) {
                i.title = x;
                i.description = x;
                for (Session& s : i.sessions) {
                    s.title = x;
                    s.description = x + "\n\n" + x;  // long form: shown as a note
                }
            }
        }
        for (Person& p : d.people) p.name = p.organisation = p.email = p.phone = p.bio = x;
        Room r{"r-x", x, 0, x};
        d.rooms.push_back(r);
        d.days[0].items[4].sessions[0].room_id = "r-x";
        WorkshopDesign w;
        w.id = "w-x";
        w.title = w.pitch = w.description = w.trainer_profile = w.contact = w.price.text = x;
        w.target_groups = w.learning_questions = {x};
        w.trainer_ids = {"p-eveline-even"};
        d.designs.push_back(w);
        for (AnnouncementLanguage l : {AnnouncementLanguage::nl, AnnouncementLanguage::en}) {
            for (const std::string& html :
                 {write_announcement(d, AnnouncementFormat::html, lang(l)),
                  write_design_announcement(d, d.designs.back(), AnnouncementFormat::html, lang(l))}) {
                CHECK(tags_are_ours(html));
                CHECK(contains(html, "default-src 'none'"));
                // The payload is shown, escaped.
                if (x[0] == '<') CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
            }
            // Markdown: no raw tag, no javascript link.
            const std::string md = write_announcement(d, AnnouncementFormat::markdown, lang(l));
            CHECK(markdown_has_no_raw_html(md));
            CHECK_FALSE(contains(md, "](javascript"));
            CHECK_FALSE(contains(md, "](<javascript"));
        }
    }
}

TEST_CASE("announcement: an empty document still renders") {
    Document d;
    for (AnnouncementFormat f : {AnnouncementFormat::markdown, AnnouncementFormat::text, AnnouncementFormat::html})
        CHECK_NOTHROW(write_announcement(d, f));
    CHECK(contains(write_announcement(d, AnnouncementFormat::html), "<html lang=\"nl\">"));
    d.event.language = "en-GB";
    CHECK(announcement_language_for(d) == AnnouncementLanguage::en);
}

TEST_SUITE_END();
