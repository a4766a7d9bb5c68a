// Participants and registrations (issue 16): the model's counts and findings,
// JSON round trip and privacy (export and share links leave participants
// out), CSV import with Dutch and English headers, broken rows with their
// line, the assignment on a document.
#include <doctest/doctest.h>

#include "assign/assignment.hpp"
#include "builders.hpp"
#include "core/participants.hpp"
#include "io/csv/csv_writer.hpp"
#include "io/formats.hpp"
#include "io/json/json_document.hpp"
#include "io/registrations/registration_outputs.hpp"
#include "io/registrations/registrations_csv.hpp"

using namespace dagdeel;

namespace {

// An afternoon with two rounds of three workshops; "Verhalen vertellen" runs twice.
Document workshop_day() {
    Document d = test::sample("reg", "Inspiratiemiddag");
    d.event.max_participants = 4;
    d.event.registration.deadline = {2026, 6, 5};
    d.rooms.push_back({"zaal-1", "Zaal 1", 2, ""});
    auto round = [](std::string id, std::vector<std::string> titles) {
        Item it;
        it.id = id;
        it.kind = ItemKind::round;
        it.title = "Workshopronde";
        it.duration = 60;
        for (std::size_t i = 0; i < titles.size(); ++i) {
            Session s;
            s.id = id + "-s" + std::to_string(i + 1);
            s.title = titles[i];
            s.capacity = 2;
            it.sessions.push_back(s);
        }
        return it;
    };
    d.days[0].items.push_back(round("r1", {"Verhalen vertellen", "Buurtbudget", "Samen koken"}));
    d.days[0].items.push_back(round("r2", {"Verhalen vertellen", "Wijkwandeling", "Data in de wijk"}));
    d.days[0].items[0].sessions[2].capacity = 0;
    d.days[0].items[0].sessions[2].room_id = "zaal-1";
    return d;
}

}  // namespace

TEST_CASE("capacity: the session's own, else its room's") {
    const Document d = workshop_day();
    CHECK(session_capacity(d, d.days[0].items[0].sessions[0]) == 2);
    CHECK(session_capacity(d, d.days[0].items[0].sessions[2]) == 2);  // from Zaal 1
}

TEST_CASE("CSV import: Microsoft Forms in Dutch (semicolons, BOM, a quoted newline, rounds)") {
    const Document d = workshop_day();
    const std::string csv =
        "\xEF\xBB\xBFID;Begintijd;Tijd van voltooien;Naam;E-mailadres;Organisatie;Ronde 1 keuze 1;Ronde 1 keuze 2;"
        "Ronde 2 keuze 1;Opmerkingen\r\n"
        "1;1-5-2026 10:32:05;1-5-2026 10:35:00;Anna de Vries;anna@example.nl;Gemeente Zwolle;Verhalen vertellen;"
        "Buurtbudget;Wijkwandeling;\"Vegetarisch\r\nrolstoel\"\r\n"
        "2;2-5-2026 09:00:00;2-5-2026 09:01:00;Bram Jansen;bram@example.nl;;Samen;Onbekende workshop;Data;\r\n"
        "3;3-5-2026 09:00:00;;;;Movisie;;;;\r\n";
    const RegistrationImport im = read_registrations_csv(d, csv);
    REQUIRE(im.ok);
    CHECK(im.header_recognised);
    REQUIRE(im.participants.size() == 2);
    const Participant& anna = im.participants[0];
    CHECK(anna.name == "Anna de Vries");
    CHECK(anna.email == "anna@example.nl");
    CHECK(anna.organisation == "Gemeente Zwolle");
    CHECK(anna.registered == "2026-05-01T10:32:05");
    CHECK(anna.notes == "Vegetarisch\nrolstoel");
    REQUIRE(anna.choices.size() == 2);
    CHECK(anna.choices[0].round_id == "r1");
    CHECK(anna.choices[0].session_ids == std::vector<std::string>{"r1-s1", "r1-s2"});
    CHECK(anna.choices[1].session_ids == std::vector<std::string>{"r2-s2"});
    // Prefixes name sessions; an unknown one is listed with its line.
    const Participant& bram = im.participants[1];
    CHECK(bram.choices[0].session_ids == std::vector<std::string>{"r1-s3"});
    CHECK(bram.choices[1].session_ids == std::vector<std::string>{"r2-s3"});
    bool unknown = false, no_name = false;
    for (const auto& p : im.problems) {
        if (p.line == 4 && !p.is_error && p.en.find("Onbekende workshop") != std::string::npos) unknown = true;
        if (p.line == 5 && p.is_error && p.en.find("no name") != std::string::npos) no_name = true;
    }
    CHECK(unknown);
    CHECK(no_name);
}

TEST_CASE("CSV import: Forms' \"anonymous\" is no e-mail address; a name over two lines is one line") {
    const Document d = workshop_day();
    const std::string csv =
        "ID;E-mail;Naam;Organisatie;Opmerkingen\r\n"
        "1;anonymous;\"Carla\r\nSmit\";LSA;\"glutenvrij\r\nrolstoel\"\r\n"
        "2;anonymous;Bram Jansen;;\r\n"
        "3;geen idee;Anna de Vries;;\r\n";
    const RegistrationImport im = read_registrations_csv(d, csv);
    REQUIRE(im.ok);
    REQUIRE(im.participants.size() == 3);
    CHECK(im.participants[0].name == "Carla Smit");
    CHECK(im.participants[0].email.empty());
    CHECK(im.participants[0].notes == "glutenvrij\nrolstoel");  // notes keep their lines
    CHECK(im.participants[1].email.empty());
    CHECK(im.participants[2].email.empty());
    int said = 0;
    for (const auto& p : im.problems) said += p.en.find("not an e-mail address") != std::string::npos;
    CHECK(said == 1);  // "geen idee" is named; Forms' "anonymous" is not worth a warning per row
    // Three people without an address are not "the same address" (findings).
    Document with = d;
    with.participants = im.participants;
    for (const auto& f : participant_findings(with, "en")) CHECK(f.message.find("same e-mail") == std::string::npos);
}

TEST_CASE("CSV import: Google Forms in English (commas, choice N for every round, first + last name)") {
    const Document d = workshop_day();
    const std::string csv =
        "Timestamp,First name,Last name,Email address,Organisation,Choice 1,Choice 2,Status\n"
        "5/2/2026 3:04:05 PM,Carla,Smit,carla@example.org,Movisie,Verhalen vertellen,Wijkwandeling,waiting list\n";
    const RegistrationImport im = read_registrations_csv(d, csv);
    REQUIRE(im.participants.size() == 1);
    const Participant& p = im.participants[0];
    CHECK(p.name == "Carla Smit");
    CHECK(p.registered == "2026-05-02T15:04:05");
    CHECK(p.status == ParticipantStatus::waiting);
    REQUIRE(p.choices.size() == 1);
    CHECK(p.choices[0].round_id.empty());  // two rounds: the choices hold for every round
    CHECK(p.choices[0].session_ids.size() == 2);
}

TEST_CASE("CSV import: an unknown layout asks for a mapping, which then reads it") {
    const Document d = workshop_day();
    const std::string csv = "Wie,Waar vandaan,Wat\nDirk,Utrecht,Buurtbudget\n";
    RegistrationImport im = read_registrations_csv(d, csv);
    REQUIRE(im.ok);
    CHECK_FALSE(im.header_recognised);
    CHECK(im.participants.empty());
    CHECK(im.preview.size() == 1);
    std::vector<RegistrationColumn> map = {{RegistrationField::name}, {RegistrationField::organisation},
                                           {RegistrationField::choice, 1, 1}};
    im = read_registrations_csv(d, csv, &map);
    REQUIRE(im.participants.size() == 1);
    CHECK(im.participants[0].choices[0].session_ids == std::vector<std::string>{"r1-s2"});
}

TEST_CASE("CSV import: a broken file says where") {
    const RegistrationImport im = read_registrations_csv(workshop_day(), "Naam,E-mail\n\"Anna,anna@x.nl\n");
    CHECK_FALSE(im.ok);
    REQUIRE_FALSE(im.problems.empty());
    CHECK(im.problems.back().line == 2);
}

TEST_CASE("JSON keeps participants; export and share leave them out unless included") {
    Document d = workshop_day();
    Participant p;
    p.name = "Anna";
    p.email = "anna@example.nl";
    p.registered = "2026-05-01T10:32";
    p.choices.push_back({"r1", {"r1-s1", "r1-s2"}});
    p.pins.push_back({"r2", "r2-s2"});
    d = add_participant(d, p);
    d.days[0].items[0].sessions[1].minimum = 3;
    d.days[0].items[0].sessions[1].cancel_if_under_minimum = true;
    const ReadResult back = read_json(write_json(d));
    REQUIRE(back.ok());
    CHECK(*back.document == d);
    const ExportResult plain = export_as(d, "json");
    CHECK(plain.text.find("anna@example.nl") == std::string::npos);
    WriteOptions with;
    with.include_participants = true;
    CHECK(export_as(d, "json", with).text.find("anna@example.nl") != std::string::npos);
    CHECK_FALSE(has_personal_data(erase_personal_data(d)));
    // A choice naming a session that is not there is an error with its path.
    std::string text = write_json(d);
    text.replace(text.find("\"r1-s2\"", text.find("\"participants\"")), 7, "\"nope\"");
    const ReadResult bad = read_json(text);
    CHECK_FALSE(bad.ok());
    CHECK(format_problem(bad.problems.back()).find("participants[0].choices[0].session_ids[1]") != std::string::npos);
}

TEST_CASE("counts, waiting list and findings") {
    Document d = workshop_day();
    auto add = [&](std::string name, std::string email, std::string when, ParticipantStatus st) {
        Participant p;
        p.name = name, p.email = email, p.registered = when, p.status = st;
        d = add_participant(d, p);
    };
    add("A", "a@x.nl", "2026-05-01", ParticipantStatus::registered);
    add("B", "A@x.nl", "2026-06-10", ParticipantStatus::registered);  // after the deadline, same e-mail
    add("C", "c@x.nl", "2026-05-03", ParticipantStatus::waiting);
    add("D", "d@x.nl", "2026-05-02", ParticipantStatus::waiting);
    const auto wl = waiting_list(d);
    REQUIRE(wl.size() == 2);
    CHECK(d.participants[wl[0]].name == "D");
    const ParticipantCounts c = count_participants(d);
    CHECK(c.registered == 2);
    CHECK(c.waiting == 2);
    const auto f = participant_findings(d, "nl");
    bool late = false, dup = false;
    for (const auto& x : f) {
        if (x.message.find("na de sluitingsdatum") != std::string::npos) late = true;
        if (x.message.find("hetzelfde e-mailadres") != std::string::npos) dup = true;
    }
    CHECK(late);
    CHECK(dup);
}

TEST_CASE("assignment on a document: ranks, pins kept, same answer twice") {
    Document d = workshop_day();
    for (int i = 0; i < 4; ++i) {
        Participant p;
        p.name = "P" + std::to_string(i);
        p.registered = "2026-05-0" + std::to_string(i + 1);
        p.choices.push_back({"r1", {"r1-s1", "r1-s2"}});
        p.choices.push_back({"r2", {"r2-s1", "r2-s2"}});
        d = add_participant(d, p);
    }
    d = pin_participant(d, d.participants[3].id, "r1", "r1-s1");
    const AssignmentOutcome a = assign_participants(d);
    REQUIRE(a.ok);
    CHECK(a.proven_optimal);
    const Participant& pinned = a.doc.participants[3];
    CHECK(placement_in(pinned, "r1")->session_id == "r1-s1");
    for (const auto& p : a.doc.participants) {
        // Never "Verhalen vertellen" twice.
        const Placement* one = placement_in(p, "r1");
        const Placement* two = placement_in(p, "r2");
        REQUIRE(one);
        REQUIRE(two);
        CHECK_FALSE((one->session_id == "r1-s1" && two->session_id == "r2-s1"));
    }
    const AssignmentOutcome again = assign_participants(a.doc);
    CHECK(again.doc == a.doc);
    CHECK(assignment_summary(a, "en").find("proven optimal") != std::string::npos);
}

TEST_CASE("CSV writer neutralises formulas (OWASP) in exported rows") {
    CHECK(csv::write_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv::write_cell("@SUM(1)") == "'@SUM(1)");
}

TEST_CASE("outputs: attendance list (print and CSV), badges, confirmation") {
    Document d = workshop_day();
    d.days[0].date = {2026, 6, 12};
    for (int i = 0; i < 9; ++i) {
        Participant p;
        p.name = i == 0 ? "=cmd|' /C calc'!A0" : "Deelnemer " + std::to_string(i);
        p.organisation = "Org <" + std::to_string(i) + ">";
        p.choices.push_back({"r1", {"r1-s3"}});
        d = add_participant(d, p);
    }
    d.days[0].items[0].sessions[2].capacity = 20;
    const AssignmentOutcome a = assign_participants(d);
    REQUIRE(a.ok);
    const std::string html = export_as(a.doc, "print-attendance").text;
    CHECK(html.find("Handtekening") != std::string::npos);
    CHECK(html.find("Samen koken") != std::string::npos);
    CHECK(html.find("Org &lt;1&gt;") != std::string::npos);  // escaped
    CHECK(html.find("<script") == std::string::npos);
    const std::string csv = export_as(a.doc, "attendance-csv").text;
    CHECK(csv.rfind("\xEF\xBB\xBFsessie;ronde;tijd;zaal;naam;organisatie;e-mail;handtekening\r\n", 0) == 0);
    CHECK(csv.find("'=cmd") != std::string::npos);  // OWASP: never a formula
    const std::string badges = export_as(a.doc, "print-badges").text;
    std::size_t sheets = 0, pos = 0;
    while ((pos = badges.find("class=\"sheet badges\"", pos)) != std::string::npos) ++sheets, ++pos;
    CHECK(sheets == 2);  // 9 people, 8 per sheet
    const Participant& p = a.doc.participants[1];
    const std::string nl = confirmation_text(a.doc, p, Language::nl);
    CHECK(nl.find("Ronde 1, 2026-06-12") != std::string::npos);
    CHECK(nl.find("Samen koken (zaal Zaal 1)") != std::string::npos);
    CHECK(confirmation_text(a.doc, p, Language::en).find("Your sessions") != std::string::npos);
    WriteOptions o;
    o.choices = personal_choices(a.doc, p);
    const std::string ics = export_as(a.doc, "ics-personal", o).text;
    CHECK(ics.find("SUMMARY:Samen koken") != std::string::npos);
}

TEST_CASE("CSV import: ISO times, English header words, an unknown choice") {
    Document d = workshop_day();
    const std::string csv = "Name;E-mail;Registered;Round 2 choice 1;Notes\n"
                            "Dirk;dirk@x.nl;2026-05-04T08:15;Data;vegan\n"
                            "Eva;eva@x.nl;2026-05-04 08:16:30;x;\n";
    const RegistrationImport im = read_registrations_csv(d, csv);
    REQUIRE(im.participants.size() == 2);
    CHECK(im.participants[0].registered == "2026-05-04T08:15");
    CHECK(im.participants[0].notes == "vegan");
    CHECK(im.participants[0].choices[0].round_id == "r2");
    CHECK(im.participants[1].registered == "2026-05-04T08:16:30");
    CHECK(im.participants[1].choices.empty());
    bool listed = false;
    for (const auto& p : im.problems) listed = listed || (p.line == 3 && p.en.find("\"x\" is not a session") != std::string::npos);
    CHECK(listed);
}
