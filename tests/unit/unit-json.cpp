// The Dagdeel JSON format (src/io/json_document.hpp): lossless round trips of
// every fixture, one precise message per kind of broken input, the bounds
// against hostile files, migration, and the seeds' printed times after reflow.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/civil_time.hpp"
#include "core/reflow.hpp"
#include "io/json/json_document.hpp"
#include "io/templates.hpp"
#include "builders.hpp"

using namespace dagdeel;
using dagdeel::test::read_file;
using json = nlohmann::json;

namespace {

const char* const kFixtures[] = {
    "seed-000-buitenstebinnen", "seed-001-lokaal-samenspel", "seed-002-wakkere-stad",
    "seed-003-overheidsparticipatie", "seed-004-co-creeren",
};

std::string seed_json_path(const std::string& name) {
    return std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/" + name + ".json";
}

json fixture_json(const std::string& name) { return json::parse(read_file(seed_json_path(name))); }

Document load(const std::string& name) {
    ReadResult r = read_json_file(seed_json_path(name));
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.document.has_value());
    return *r.document;
}

// The first error of reading `j`, formatted as the UI shows it.
std::string first_error(const json& j) {
    ReadResult r = read_json(j.dump(2));
    CHECK_FALSE(r.document.has_value());
    for (const auto& p : r.problems)
        if (p.is_error) return format_problem(p);
    return "(no error)";
}

bool has_problem(const ReadResult& r, const std::string& formatted) {
    for (const auto& p : r.problems)
        if (format_problem(p) == formatted) return true;
    return false;
}

std::string all_problems(const ReadResult& r) {
    std::string s;
    for (const auto& p : r.problems) s += format_problem(p) + "\n";
    return s;
}

// A document with a non-default value in every field of the model.
Document everything() {
    Document d;
    d.id = "doc-everything";
    Event& e = d.event;
    e.title = "Titel met \"aanhalingstekens\" en é ü ‘quotes’";
    e.subtitle = "Sub";
    e.intro = "Intro\nmet regel";
    e.description = "Tab\there, backslash \\ and a control \x01 char";
    e.organisers = {"Movisie", "VNG"};
    e.audience = "Raadsleden";
    e.language = "en";
    e.time_zone = "Europe/Brussels";
    e.venue = {"Zaal", "Straat 1", "1234 AB", "Utrecht", "https://example.invalid/live", "Tram 2"};
    e.price = {false, 9550, "EUR", "€ 95,50 incl. lunch"};
    e.max_participants = 80;
    e.expected_participants = 60;
    e.registration = {RegistrationMethod::other, {2024, 2, 29}, "a@b.c", "https://x.invalid", "p1", "vóór 1 maart"};
    e.contact_ids = {"p1"};
    e.key_questions = {"Waarom?", "Hoe?"};
    e.learning_goals = {"Weten"};
    e.url = "https://event.invalid";
    e.licence = "CC BY";
    e.notes = "intern";
    e.series = {"ser", "Reeks", 2, 3, {{1, "Eerste", {2023, 12, 13}, "doc-1", "samenvatting"}, {3, "Derde", {}, "", ""}}};
    d.people = {{"p1", "Eveline Even", "Movisie", "e@x", "06", "bio"}, {"p2", "", "Gemeente", "", "", ""}};
    d.rooms = {{"r1", "Zaal 1", 40, "beamer"}, {"r2", "Zaal 2", 0, ""}};
    WorkshopDesign w;
    w.id = "w1";
    w.title = "Workshop";
    w.pitch = "pitch";
    w.description = "desc";
    w.target_groups = {"Raadsleden", "Sociaal domein"};
    w.learning_questions = {"Vraag?"};
    w.format = WorkshopFormat::in_company;
    w.duration = 180;
    w.days = 1;
    w.max_participants = 20;
    w.price = {true, 0, "USD", "Op aanvraag"};
    w.trainer_profile = "ervaren";
    w.trainer_ids = {"p1"};
    w.contact = "bel";
    d.designs = {w};
    d.settings.max_stretch_without_break = 90;

    Day day;
    day.id = "d1";
    day.date = {2018, 6, 19};
    day.start = 13 * 60 + 30;
    day.end = 24 * 60 + 15;  // runs on past midnight
    day.doors_open = 13 * 60;
    day.label = "Dag 1";
    Item a;
    a.id = "i1";
    a.kind = ItemKind::round;
    a.title = "Ronde";
    a.description = "keuze";
    a.start = 14 * 60;
    a.duration = 90;
    a.pinned = true;
    a.time_hidden = true;  // listed without its time in the announcement
    a.room_id = "r1";
    a.all_rooms = true;
    a.people = {{"p1", Role::moderator}, {"p2", Role::other}};
    a.status = Status::tentative;
    a.design_id = "w1";
    Session s;
    s.id = "s1";
    s.title = "Sessie";
    s.description = "d";
    s.room_id = "r2";
    s.people = {{"p2", Role::leader}};
    s.capacity = 25;
    s.delay = 15;  // starts 15 minutes after its round
    s.status = Status::cancelled;
    s.design_id = "w1";
    a.sessions = {s};
    Item b;
    b.id = "i2";
    b.kind = ItemKind::break_;
    b.title = "Pauze";
    b.start = 24 * 60 + 5;  // "24:05"
    b.duration = 0;
    day.items = {a, b};
    Day undated;
    undated.id = "d2";
    d.days = {day, undated};
    return d;
}

}  // namespace

// ---------------------------------------------------------------------------
TEST_CASE("every fixture round-trips losslessly and is written canonically") {
    for (const char* name : kFixtures) {
        CAPTURE(name);
        const std::string text = read_file(seed_json_path(name));
        ReadResult r = read_json(text);
        INFO(all_problems(r));
        REQUIRE(r.document.has_value());
        CHECK(r.problems.empty());  // no warnings either
        const std::string written = write_json(*r.document);
        CHECK(written == text);  // the fixtures are stored in canonical form
        ReadResult again = read_json(written);
        REQUIRE(again.document.has_value());
        CHECK(*again.document == *r.document);
        CHECK(write_json(*again.document) == written);  // byte-identical second write
    }
}

TEST_CASE("a document using every field round-trips") {
    const Document d = everything();
    const std::string text = write_json(d);
    ReadResult r = read_json(text);
    INFO(all_problems(r));
    REQUIRE(r.document.has_value());
    CHECK(r.problems.empty());
    CHECK(*r.document == d);
    CHECK(write_json(*r.document) == text);
    CHECK(text.find("\"start\": \"24:05\"") != std::string::npos);
    CHECK(text.find("\"deadline\": \"2024-02-29\"") != std::string::npos);
    CHECK(text.find("\"doors_open\": \"13:00\"") != std::string::npos);
    CHECK(text.find("\"kind\": \"break\"") != std::string::npos);
    CHECK(text.find("\"time_hidden\": true") != std::string::npos);
    CHECK(text.find("\"delay\": 15") != std::string::npos);
    CHECK(text.find("é ü ‘quotes’") != std::string::npos);  // UTF-8 kept, not \u-escaped
}

TEST_CASE("the writer's layout: fixed key order, 2-space indent, final newline") {
    const std::string text = write_json(Document{});
    CHECK(text.rfind("{\n  \"format\": \"dagdeel\",\n  \"version\": 1,\n  \"id\": \"\",\n  \"event\": {", 0) == 0);
    CHECK(text.back() == '\n');
    const auto pos = [&](const char* key) { return text.find(std::string("\n  \"") + key + "\":"); };
    CHECK(pos("event") < pos("days"));
    CHECK(pos("days") < pos("people"));
    CHECK(pos("people") < pos("rooms"));
    CHECK(pos("rooms") < pos("designs"));
    CHECK(pos("designs") < pos("settings"));
    CHECK(text.find("\"date\"") == std::string::npos);  // no days
    CHECK(text.find("\"deadline\": null") != std::string::npos);  // unset date
}

// ---------------------------------------------------------------------------
TEST_CASE("precise messages for broken values") {
    const json base = fixture_json("seed-000-buitenstebinnen");

    SUBCASE("a time that is not a time") {
        json j = base;
        j["days"][0]["items"][3]["start"] = "25:61";
        CHECK(first_error(j) == "days[0].items[3].start: \"25:61\" is not a time (expected \"HH:MM\")");
        j["days"][0]["items"][3]["start"] = "48:00";
        CHECK(first_error(j) == "days[0].items[3].start: \"48:00\" is not a time (expected \"HH:MM\")");
        j["days"][0]["items"][3]["start"] = "13.30";
        CHECK(first_error(j) == "days[0].items[3].start: \"13.30\" is not a time (expected \"HH:MM\")");
    }
    SUBCASE("25:00 is an evening running on past midnight, not an error (civil_time.hpp)") {
        json j = base;
        j["days"][0]["items"][3]["start"] = "25:00";
        ReadResult r = read_json(j.dump());
        REQUIRE(r.document.has_value());
        CHECK(r.document->days[0].items[3].start == 25 * 60);
    }
    SUBCASE("an impossible date") {
        json j = base;
        j["days"][0]["date"] = "2018-02-30";
        CHECK(first_error(j) == "days[0].date: \"2018-02-30\" is not a valid calendar date");
        j["days"][0]["date"] = "19 juni 2018";
        CHECK(first_error(j) == "days[0].date: \"19 juni 2018\" is not a date (expected \"YYYY-MM-DD\")");
        j["days"][0]["date"] = 20180619;
        CHECK(first_error(j) == "days[0].date: expected a date \"YYYY-MM-DD\" or null, got a number 20180619");
    }
    SUBCASE("a negative duration") {
        json j = base;
        j["days"][0]["items"][1]["duration"] = -5;
        CHECK(first_error(j) == "days[0].items[1].duration: -5 must not be negative");
        j["days"][0]["items"][1]["duration"] = 1000000;
        CHECK(first_error(j) == "days[0].items[1].duration: 1000000 is out of range (0 to 10080)");
        j["days"][0]["items"][1]["duration"] = 15.5;
        CHECK(first_error(j) ==
              "days[0].items[1].duration: expected a whole number, got a number with a fraction 15.5");
        j["days"][0]["items"][1]["duration"] = "15";
        CHECK(first_error(j) == "days[0].items[1].duration: expected a whole number, got a string \"15\"");
    }
    SUBCASE("an unknown enum name") {
        json j = base;
        j["days"][0]["items"][3]["kind"] = "pauze";
        CHECK(first_error(j) ==
              "days[0].items[3].kind: \"pauze\" is not one of: walk_in, welcome, talk, presentation, "
              "workshop, discussion, break, lunch, closing, drinks, round, other");
        j = base;
        j["days"][0]["items"][4]["sessions"][2]["status"] = "o.v.";
        CHECK(first_error(j) ==
              "days[0].items[4].sessions[2].status: \"o.v.\" is not one of: confirmed, tentative, cancelled");
    }
    SUBCASE("wrong types") {
        json j = base;
        j["event"]["title"] = 5;
        CHECK(first_error(j) == "event.title: expected a string, got a number 5");
        j = base;
        j["days"] = json::object();
        CHECK(first_error(j) == "days: expected an array, got an object");
        j = base;
        j["days"][0]["items"][0] = "Inloop";
        CHECK(first_error(j) == "days[0].items[0]: expected an object, got a string");
        j = base;
        j["event"]["organisers"][0] = nullptr;
        CHECK(first_error(j) == "event.organisers[0]: expected a string, got null");
        j = base;
        j["days"][0]["items"][0]["pinned"] = "yes";
        CHECK(first_error(j) == "days[0].items[0].pinned: expected true or false, got a string \"yes\"");
    }
    SUBCASE("missing required keys") {
        json j = base;
        j["event"].erase("title");
        CHECK(first_error(j) == "event.title: required key missing");
        j = base;
        j["days"][0]["items"][2].erase("duration");
        CHECK(first_error(j) == "days[0].items[2].duration: required key missing");
        j = base;
        j["days"][0]["items"][0].erase("start");  // pinned at 13:30
        CHECK(first_error(j) == "days[0].items[0].start: required when \"pinned\" is true");
        j = base;
        j["people"][0]["id"] = "";
        CHECK(first_error(j) == "people[0].id: must not be empty");
    }
    SUBCASE("an unpinned item may leave out its start: reflow computes it") {
        json j = base;
        j["days"][0]["items"][2].erase("start");
        ReadResult r = read_json(j.dump());
        CHECK(r.document.has_value());
    }
}

TEST_CASE("duplicate ids and dangling references name both places") {
    const json base = fixture_json("seed-000-buitenstebinnen");
    SUBCASE("duplicate person id") {
        json j = base;
        j["people"][1]["id"] = "p-eveline-even";
        CHECK(first_error(j) == "people[1].id: duplicate person id \"p-eveline-even\" (first at people[0].id)");
    }
    SUBCASE("items and sessions share one id space") {
        json j = base;
        j["days"][0]["items"][4]["sessions"][1]["id"] = "i-pauze";
        CHECK(first_error(j) == "days[0].items[4].sessions[1].id: duplicate item or session id \"i-pauze\" "
                                "(first at days[0].items[3].id)");
    }
    SUBCASE("dangling person, room and design") {
        json j = base;
        j["days"][0]["items"][4]["sessions"][0]["people"][0]["person_id"] = "nobody";
        j["days"][0]["items"][1]["room_id"] = "zaal-9";
        j["days"][0]["items"][2]["design_id"] = "w-x";
        j["event"]["registration"]["contact_person_id"] = "ghost";
        ReadResult r = read_json(j.dump());
        CHECK_FALSE(r.document.has_value());
        INFO(all_problems(r));
        CHECK(has_problem(r, "days[0].items[4].sessions[0].people[0].person_id: no person with id \"nobody\""));
        CHECK(has_problem(r, "days[0].items[1].room_id: no room with id \"zaal-9\""));
        CHECK(has_problem(r, "days[0].items[2].design_id: no design with id \"w-x\""));
        CHECK(has_problem(r, "event.registration.contact_person_id: no person with id \"ghost\""));
    }
    SUBCASE("dangling trainer and contact ids") {
        json j = fixture_json("seed-004-co-creeren");
        j["designs"][0]["trainer_ids"][0] = "p-x";
        j["event"]["contact_ids"][0] = "p-y";
        ReadResult r = read_json(j.dump());
        CHECK(has_problem(r, "designs[0].trainer_ids[0]: no person with id \"p-x\""));
        CHECK(has_problem(r, "event.contact_ids[0]: no person with id \"p-y\""));
    }
}

TEST_CASE("unknown keys are warnings; the document still loads") {
    json j = fixture_json("seed-001-lokaal-samenspel");
    j["colour"] = "blue";
    j["days"][0]["items"][2]["speaker"] = "Monique";
    ReadResult r = read_json(j.dump());
    REQUIRE(r.document.has_value());
    REQUIRE(r.problems.size() == 2);
    CHECK_FALSE(r.problems[0].is_error);
    CHECK(has_problem(r, "colour: unknown key, ignored"));
    CHECK(has_problem(r, "days[0].items[2].speaker: unknown key, ignored"));
    CHECK(*r.document == load("seed-001-lokaal-samenspel"));
}

// ---------------------------------------------------------------------------
TEST_CASE("syntax errors carry line and column") {
    const std::string text = read_file(seed_json_path("seed-000-buitenstebinnen"));
    SUBCASE("truncated file") {
        ReadResult r = read_json(text.substr(0, text.size() / 2));
        CHECK_FALSE(r.document.has_value());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].line > 10);
        CHECK(r.problems[0].message.find("syntax error") != std::string::npos);
    }
    SUBCASE("a stray comma on line 3") {
        ReadResult r = read_json("{\n  \"format\": \"dagdeel\",\n  \"version\": 1,,\n}");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].line == 3);
        CHECK(r.problems[0].column == 16);
        CHECK(format_problem(r.problems[0]).rfind("line 3, column 16: syntax error", 0) == 0);
    }
    SUBCASE("empty input and other JSON") {
        CHECK_FALSE(read_json("").document.has_value());
        CHECK(format_problem(read_json("[1, 2]").problems.at(0)) ==
              "expected an object at the top, not a Dagdeel file");
        ReadResult r = read_json(R"({"format": "frab", "version": 1})");
        CHECK(format_problem(r.problems.at(0)) == "format: \"frab\" is not \"dagdeel\": not a Dagdeel file");
    }
    SUBCASE("duplicate keys, which nlohmann would silently collapse") {
        json j = fixture_json("seed-000-buitenstebinnen");
        std::string t = j.dump(2);
        const std::string needle = "\"label\": \"\",";
        t.replace(t.find(needle), needle.size(), needle + " \"label\": \"x\",");
        ReadResult r = read_json(t);
        CHECK_FALSE(r.document.has_value());
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems[0].path == "days[0].label");
        CHECK(r.problems[0].message == "duplicate key \"label\"");
        CHECK(r.problems[0].line > 1);
    }
}

TEST_CASE("bounds against hostile input") {
    SUBCASE("100,000 nested arrays are refused quickly, without parsing") {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        const auto t0 = std::chrono::steady_clock::now();
        ReadResult r = read_json(deep);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
        CHECK_FALSE(r.document.has_value());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].message == "nested deeper than 64 levels; refusing to read further");
        CHECK(r.problems[0].column == 65);
        CHECK(ms.count() < 500);
    }
    SUBCASE("brackets inside strings do not count") {
        json j = fixture_json("seed-000-buitenstebinnen");
        j["event"]["notes"] = std::string(1000, '[') + "\\\"{";
        CHECK(read_json(j.dump()).document.has_value());
    }
    SUBCASE("a file over 20 MiB is refused before parsing") {
        const std::string big(kJsonMaxFileBytes + 1, ' ');
        ReadResult r = read_json(big);
        CHECK(format_problem(r.problems.at(0)) == "file too large (20971521 bytes, at most 20971520)");
    }
    SUBCASE("one text over 1 MiB") {
        json j = fixture_json("seed-000-buitenstebinnen");
        j["event"]["description"] = std::string(kJsonMaxStringBytes + 1, 'x');
        CHECK(first_error(j) == "event.description: text too long (1048577 bytes, at most 1048576)");
    }
    SUBCASE("a list over 100,000 entries") {
        json j = fixture_json("seed-000-buitenstebinnen");
        j["event"]["key_questions"] = json::array();
        for (int i = 0; i <= 100000; ++i) j["event"]["key_questions"].push_back("?");
        CHECK(first_error(j) == "event.key_questions: too many entries (100001, at most 100000)");
    }
    SUBCASE("more than 100,000 items in all days together") {
        json j = fixture_json("seed-000-buitenstebinnen");
        json day = j["days"][0];
        day["items"] = json::array();
        for (int i = 0; i < 50001; ++i)
            day["items"].push_back({{"id", "i" + std::to_string(i)}, {"kind", "talk"}, {"title", "t"},
                                    {"duration", 1}});
        j["days"] = json::array({day, day});
        j["days"][1]["id"] = "other-day";
        ReadResult r = read_json(j.dump());
        CHECK_FALSE(r.document.has_value());
        CHECK(has_problem(r, "days[1].items[49999]: too many items and sessions in the document (at most 100000)"));
    }
}

// ---------------------------------------------------------------------------
TEST_CASE("versions: newer is refused clearly, older is migrated") {
    json j = fixture_json("seed-001-lokaal-samenspel");
    SUBCASE("newer") {
        j["version"] = 2;
        ReadResult r = read_json(j.dump());
        CHECK_FALSE(r.document.has_value());
        REQUIRE(r.problems.size() == 1);
        CHECK(format_problem(r.problems[0]) ==
              "version: made by a newer Dagdeel (file format version 2, this one reads up to 1); "
              "update Dagdeel to open it");
    }
    SUBCASE("missing or not a number") {
        j.erase("version");
        CHECK(first_error(j) == "version: required key missing");
        j["version"] = "1";
        CHECK(first_error(j) == "version: expected a whole number, got \"1\"");
    }
    SUBCASE("version 0 (pre-release layout) goes through the migration chain") {
        json old = j;
        old["version"] = 0;
        old["programme"] = old["days"];
        old.erase("days");
        old["event"]["tz"] = old["event"]["time_zone"];
        old["event"].erase("time_zone");
        ReadResult r = read_json(old.dump());
        INFO(all_problems(r));
        REQUIRE(r.document.has_value());
        CHECK(r.problems.empty());
        CHECK(*r.document == load("seed-001-lokaal-samenspel"));
    }
}

TEST_CASE("files: missing file, and writing then reading one") {
    ReadResult r = read_json_file("/nonexistent/dir/plan.json");
    CHECK_FALSE(r.document.has_value());
    CHECK(format_problem(r.problems.at(0)) == "cannot open /nonexistent/dir/plan.json");
    CHECK(write_json_file(Document{}, "/nonexistent/dir/plan.json").has_value());
}

// ---------------------------------------------------------------------------
// After reflow, the programmes come out with the times the announcements print.
namespace {
std::string starts_and_ends(const Day& day) {
    std::string s;
    for (const Item& it : day.items) s += format_hhmm(it.start) + "-" + format_hhmm(it.end()) + " ";
    return s;
}
void forget_unpinned_starts(Document& d) {
    for (Day& day : d.days)
        for (Item& it : day.items)
            if (!it.pinned) it.start = 0;
}
}  // namespace

TEST_CASE("seed 001 after reflow: the evening as printed") {
    Document d = load("seed-001-lokaal-samenspel");
    forget_unpinned_starts(d);
    reflow(d);
    CHECK(starts_and_ends(d.days.at(0)) ==
          "19:00-19:30 19:30-19:35 19:35-20:05 20:05-20:35 20:35-21:00 21:00-21:15 21:15-22:00 22:00-22:30 ");
    CHECK(d == load("seed-001-lokaal-samenspel"));  // the file already held the reflowed starts
}

TEST_CASE("seed 000 after reflow: 13:30 ontvangst, 14:00 welkom, 16:30 afsluiting") {
    Document d = load("seed-000-buitenstebinnen");
    forget_unpinned_starts(d);
    reflow(d);
    const Day& day = d.days.at(0);
    CHECK(day.items.front().title == "Ontvangst en inloop");
    CHECK(format_hhmm(day.items.front().start) == "13:30");
    CHECK(day.items[1].title == "Welkom en kennismaking");
    CHECK(format_hhmm(day.items[1].start) == "14:00");
    CHECK(day.items.back().title == "Korte afsluiting en borrel");
    CHECK(format_hhmm(day.items.back().start) == "16:30");
    CHECK(format_hhmm(day.items.back().end()) == "17:30");
    // The round of three ends exactly at the pinned closing: no gap, no overlap.
    CHECK(day.items[4].end() == day.items.back().start);
    CHECK(day.items[4].sessions.size() == 3);
    CHECK(day.items[4].sessions[2].status == Status::tentative);
    CHECK(d == load("seed-000-buitenstebinnen"));
}

TEST_CASE("seeds keep what the announcements say") {
    const Document s1 = load("seed-001-lokaal-samenspel");
    CHECK(s1.event.series.part == 2);
    CHECK(s1.event.series.of == 2);
    REQUIRE(s1.event.series.parts.size() == 1);
    CHECK(s1.event.series.parts[0].date == Date{2017, 12, 13});
    CHECK(s1.days[0].doors_open == 19 * 60);
    CHECK(s1.event.organisers.size() == 3);

    const Document s3 = load("seed-003-overheidsparticipatie");
    REQUIRE(s3.designs.size() == 1);
    CHECK(s3.designs[0].format == WorkshopFormat::in_company);
    CHECK(s3.designs[0].max_participants == 20);
    CHECK(s3.designs[0].days == 1);
    CHECK(s3.designs[0].price.text == "Op aanvraag");
    CHECK(s3.designs[0].target_groups == std::vector<std::string>{"Raadsleden", "Sociaal domein"});
    CHECK(s3.designs[0].learning_questions.size() == 6);

    const Document s0 = load("seed-000-buitenstebinnen");
    for (const char* id : {"p-gemeente-groningen", "p-movisie", "p-7zebras", "p-griffie-utrechtse-heuvelrug"}) {
        const Person* p = find_person(s0, id);
        REQUIRE(p != nullptr);
        CHECK(p->name.empty());  // organisations acting as a person
        CHECK_FALSE(p->organisation.empty());
    }
    CHECK(s0.event.registration.deadline == Date{2018, 6, 5});
    CHECK(s0.event.time_zone == "Europe/Amsterdam");
}

// ---------------------------------------------------------------------------
TEST_CASE("built-in templates load from the embedded fixtures") {
    const auto& list = list_templates();
    REQUIRE(list.size() == 4);
    for (const TemplateInfo& t : list) {
        CAPTURE(t.id);
        CHECK_FALSE(t.name_nl.empty());
        CHECK_FALSE(t.name_en.empty());
        CHECK_FALSE(t.description.empty());
        auto a = load_template(t.id);
        auto b = load_template(t.id);
        REQUIRE(a.has_value());
        REQUIRE(b.has_value());
        CHECK(a->id.rfind("doc-", 0) == 0);
        CHECK(a->id != b->id);  // fresh each time
        CHECK_FALSE(a->days.empty());
        for (const Day& day : a->days) CHECK_FALSE(day.date.is_set());
        CHECK(a->event.series == Series{});
    }
    auto evening = load_template("evening-inspiration", "doc-test");
    REQUIRE(evening.has_value());
    CHECK(evening->id == "doc-test");
    CHECK(evening->days[0].items.size() == 8);
    CHECK_FALSE(load_template("no-such-template").has_value());
}

// ---------------------------------------------------------------------------
// A poor man's fuzzer (runs under ASan/UBSan with DAGDEEL_SANITIZE): every
// truncation and many one-byte corruptions of a fixture either load or give
// an error — never a crash, a throw or a document with errors.
TEST_CASE("no corruption of a fixture crashes the reader") {
    const std::string text = read_file(seed_json_path("seed-000-buitenstebinnen"));
    int loaded = 0, refused = 0;
    auto probe = [&](const std::string& t) {
        ReadResult r = read_json(t);
        bool any_error = false;
        for (const auto& p : r.problems) any_error |= p.is_error;
        CHECK(r.document.has_value() != any_error);
        (r.document ? loaded : refused)++;
    };
    for (std::size_t n = 0; n < text.size(); n += 7) probe(text.substr(0, n));
    const char bytes[] = {'"', '[', '{', '}', ']', ':', ',', '0', '-', '\\', '\0', '\xff', 'x'};
    for (std::size_t i = 0; i < text.size(); i += 5) {
        std::string t = text;
        t[i] = bytes[i % sizeof bytes];
        probe(t);
    }
    CHECK(refused > 0);
    CHECK(loaded > 0);  // some corruptions land inside texts and stay valid
}
