// Validation: every rule fires on a document crafted to break it and stays
// silent on a clean one (seed 001, and a day with a round as in seed 000).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "builders.hpp"

#include "core/reflow.hpp"
#include "core/validation.hpp"

using namespace dagdeel;

namespace {

using test::hm;

using test::make_item;

Session session(std::string id, std::string title, std::string room, int capacity) {
    Session s;
    s.id = std::move(id);
    s.title = std::move(title);
    s.room_id = std::move(room);
    s.capacity = capacity;
    return s;
}

// Seed 001 on 13 February 2018, with a second day in the style of seed 000
// (welcome, a break, a round of three workshops, closing drinks).
Document clean_doc() {
    Document doc;
    doc.id = "doc-1";
    doc.event.title = "Inspiratiebijeenkomst Lokaal samenspel in verandering";
    doc.event.expected_participants = 60;
    doc.event.registration.deadline = {2018, 2, 6};
    doc.people = {{"p-1", "Saskia van Grinsven", "Movisie", "", "", ""},
                  {"p-2", "Monique de Beer", "", "", "", ""},
                  {"p-3", "Frans van Eck", "", "", "", ""},
                  {"p-4", "Imke Bardoel", "", "", "", ""},
                  {"p-5", "", "Gemeente Groningen", "", "", ""}};
    doc.rooms = {{"r-1", "Kazemattenzaal", 80, ""}, {"r-2", "Zaal 2", 25, ""}, {"r-3", "Zaal 3", 25, ""}};

    Day d1;
    d1.id = "d-1";
    d1.date = {2018, 2, 13};
    d1.start = hm(19, 30);
    d1.doors_open = hm(19, 0);
    d1.end = hm(22, 30);
    d1.items = {make_item("i-1", ItemKind::walk_in, "Inloop", 30),
                make_item("i-2", ItemKind::welcome, "Welkomstwoord", 5),
                make_item("i-3", ItemKind::talk, "Het initiatief Fort Vreeswijk", 30),
                make_item("i-4", ItemKind::talk, "Participatie in Amersfoort", 30),
                make_item("i-5", ItemKind::break_, "Pauze", 25),
                make_item("i-6", ItemKind::talk, "Nederland Zorgt Voor Elkaar", 15),
                make_item("i-7", ItemKind::discussion, "Tafelgesprekken", 45),
                make_item("i-8", ItemKind::drinks, "Afsluiting en drankje", 30)};
    d1.items[0].pinned = true;
    d1.items[0].start = hm(19, 0);
    d1.items[1].people = {{"p-1", Role::host}};
    d1.items[2].people = {{"p-2", Role::speaker}};
    d1.items[3].people = {{"p-3", Role::speaker}};
    d1.items[4].all_rooms = true;
    d1.items[5].people = {{"p-4", Role::speaker}};
    d1.items[6].people = {{"p-1", Role::moderator}};
    d1.items[6].room_id = "r-1";

    Day d2;
    d2.id = "d-2";
    d2.date = {2018, 2, 14};
    d2.start = hm(13, 30);
    d2.end = hm(17, 30);
    Item round = make_item("i-12", ItemKind::round, "Workshops", 75);
    round.people = {{"p-1", Role::host}};
    round.sessions = {session("s-1", "De co\u00f6peratieve wijkraad", "r-1", 30),
                      session("s-2", "DemoCreatiespel", "r-2", 20),
                      session("s-3", "De rol van de gemeenteraad", "r-3", 20)};
    round.sessions[0].people = {{"p-5", Role::leader}};
    round.sessions[1].people = {{"p-1", Role::leader}};  // the host also leads one: fine
    Item pause = make_item("i-11", ItemKind::break_, "Pauze", 15);
    pause.all_rooms = true;
    d2.items = {make_item("i-9", ItemKind::walk_in, "Ontvangst en inloop", 30),
                make_item("i-10", ItemKind::welcome, "Welkom en kennismaking", 60), pause, round,
                make_item("i-13", ItemKind::drinks, "Korte afsluiting en borrel", 60)};
    doc.days = {d1, d2};
    reflow(doc);
    return doc;
}

bool has(const std::vector<Finding>& fs, const std::string& code, const std::string& item_id = {},
         const std::string& session_id = {}) {
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) {
        return f.code == code && (item_id.empty() || f.item_id == item_id) &&
               (session_id.empty() || f.session_id == session_id);
    });
}

long count(const std::vector<Finding>& fs, const std::string& code) {
    return std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
}

const Finding* first(const std::vector<Finding>& fs, const std::string& code) {
    auto it = std::find_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
    return it == fs.end() ? nullptr : &*it;
}

std::string codes(const std::vector<Finding>& fs) {
    std::string out;
    for (const Finding& f : fs) out += f.code + "(" + f.item_id + ") ";
    return out;
}

}  // namespace

TEST_CASE("a clean document has no findings") {
    const Document doc = clean_doc();
    const auto fs = validate(doc);
    INFO(codes(fs));
    CHECK(fs.empty());
    CHECK_FALSE(has_errors(fs));
}

TEST_CASE("seed 001 as announced (ends 22.00, drinks until 22.30): only an info") {
    Document doc = clean_doc();
    doc.days[0].end = hm(22, 0);
    const auto fs = validate(doc);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == "after_day_end");
    CHECK(fs[0].severity == Severity::info);
    CHECK(fs[0].item_id == "i-8");
}

TEST_CASE("severity names and has_errors") {
    CHECK(std::string(to_string(Severity::error)) == "error");
    CHECK(std::string(to_string(Severity::warning)) == "warning");
    CHECK(std::string(to_string(Severity::info)) == "info");
    std::vector<Finding> fs(1);
    fs[0].severity = Severity::warning;
    CHECK_FALSE(has_errors(fs));
    fs[0].severity = Severity::error;
    CHECK(has_errors(fs));
    CHECK_FALSE(has_errors({}));
}

TEST_CASE("room overlaps") {
    Document doc = clean_doc();

    SUBCASE("two items in one room") {
        Item extra = make_item("i-20", ItemKind::talk, "Extra", 30);
        extra.room_id = "r-1";
        extra.pinned = true;
        extra.start = hm(21, 30);  // during Tafelgesprekken in r-1
        doc.days[0].items.push_back(extra);
        const auto fs = validate(doc);
        REQUIRE(has(fs, "room_overlap", "i-20"));
        const Finding* f = first(fs, "room_overlap");
        CHECK(f->severity == Severity::error);
        CHECK(f->day_id == "d-1");
        CHECK(f->message_nl.find("Kazemattenzaal") != std::string::npos);
        CHECK(f->message_en.find("overlap in Kazemattenzaal (21:30\u201322:00)") != std::string::npos);
    }

    SUBCASE("two sessions of a round in one room") {
        doc.days[1].items[3].sessions[2].room_id = "r-2";
        const auto fs = validate(doc);
        CHECK(has(fs, "room_overlap", "i-12"));
        CHECK(count(fs, "room_overlap") == 1);
    }

    SUBCASE("a session against an ordinary item in its room") {
        Item talk = make_item("i-20", ItemKind::talk, "Parallel", 20);
        talk.room_id = "r-3";
        talk.pinned = true;
        talk.start = hm(15, 0);
        doc.days[1].items.push_back(talk);
        CHECK(has(validate(doc), "room_overlap", "i-20"));
    }

    SUBCASE("an all-rooms item overlaps anything that day") {
        Item talk = make_item("i-20", ItemKind::talk, "Tijdens de pauze", 10);
        talk.room_id = "r-3";
        talk.pinned = true;
        talk.start = hm(20, 40);  // pauze 20.35-21.00 holds every room
        doc.days[0].items.push_back(talk);
        const auto fs = validate(doc);
        REQUIRE(has(fs, "room_overlap", "i-20"));
        CHECK(first(fs, "room_overlap")->message_en.find("spans all rooms") != std::string::npos);
    }

    SUBCASE("cancelled items and zero-length items occupy nothing") {
        Item talk = make_item("i-20", ItemKind::talk, "Vervallen", 30);
        talk.room_id = "r-1";
        talk.pinned = true;
        talk.start = hm(21, 30);
        talk.status = Status::cancelled;
        doc.days[0].items.push_back(talk);
        Item moment = make_item("i-21", ItemKind::other, "Foto", 0);
        moment.room_id = "r-1";
        moment.pinned = true;
        moment.start = hm(21, 40);
        doc.days[0].items.push_back(moment);
        CHECK_FALSE(has(validate(doc), "room_overlap"));
    }
}

TEST_CASE("one person in two places at once") {
    Document doc = clean_doc();

    SUBCASE("in two items") {
        Item talk = make_item("i-20", ItemKind::talk, "Elders", 30);
        talk.room_id = "r-2";
        talk.pinned = true;
        talk.start = hm(21, 30);
        talk.people = {{"p-1", Role::speaker}};  // also moderating Tafelgesprekken
        doc.days[0].items.push_back(talk);
        const auto fs = validate(doc);
        REQUIRE(has(fs, "person_overlap", "i-20"));
        CHECK(first(fs, "person_overlap")->message_nl.find("Saskia van Grinsven staat tegelijk") == 0);
    }

    SUBCASE("in two sessions of one round") {
        doc.days[1].items[3].sessions[2].people = {{"p-5", Role::leader}};
        const auto fs = validate(doc);
        CHECK(has(fs, "person_overlap", "i-12", "s-3"));
        // An organisation without a person's name is named by the organisation.
        CHECK(first(fs, "person_overlap")->message_en.find("Gemeente Groningen is in two places") == 0);
    }

    SUBCASE("listed twice on one item is one place") {
        doc.days[0].items[2].people.push_back({"p-2", Role::moderator});
        CHECK_FALSE(has(validate(doc), "person_overlap"));
    }
}

TEST_CASE("times outside the day") {
    Document doc = clean_doc();

    SUBCASE("before the doors open") {
        doc.days[0].items[0].start = hm(18, 45);
        CHECK(has(validate(doc), "before_day_start", "i-1"));
    }
    SUBCASE("after the day's end") {
        doc.days[0].items[6].duration = 75;  // discussion runs on
        reflow(doc);
        const auto fs = validate(doc);
        CHECK(has(fs, "after_day_end", "i-8"));
        CHECK(first(fs, "after_day_end")->severity == Severity::info);  // drinks
        doc.days[0].items[7].kind = ItemKind::closing;
        CHECK(first(validate(doc), "after_day_end")->severity == Severity::warning);
    }
    SUBCASE("past midnight") {
        doc.days[0].items[7].duration = 150;  // 22.00 until 00.30
        const auto fs = validate(doc);
        REQUIRE(has(fs, "past_midnight", "i-8"));
        CHECK(first(fs, "past_midnight")->message_en.find("24:30") != std::string::npos);
    }
}

TEST_CASE("a pinned item overlapped by the flow") {
    Document doc = clean_doc();
    doc.days[0].items[4].pinned = true;  // Pauze stays at 20.35
    doc.days[0].items[3].duration = 40;
    reflow(doc);
    const auto fs = validate(doc);
    REQUIRE(has(fs, "pinned_overlap", "i-5"));
    CHECK(first(fs, "pinned_overlap")->message_en == "The programme runs 10 min into the pinned item \u201cPauze\u201d.");

    doc.days[0].items[3].duration = 20;
    reflow(doc);
    const auto gap = validate(doc);
    CHECK_FALSE(has(gap, "pinned_overlap"));
    REQUIRE(has(gap, "pinned_gap", "i-5"));
    CHECK(first(gap, "pinned_gap")->severity == Severity::info);
}

TEST_CASE("no break in too long a stretch") {
    Document doc = clean_doc();
    doc.days[1].items.erase(doc.days[1].items.begin() + 2);  // no pause before the round
    reflow(doc);
    auto fs = validate(doc);
    CHECK_FALSE(has(fs, "no_break"));  // 60 + 75 = 135 min: within 150

    doc.days[1].items[1].duration = 90;  // 90 + 75 = 165 min
    reflow(doc);
    fs = validate(doc);
    REQUIRE(has(fs, "no_break", "i-12"));
    CHECK(count(fs, "no_break") == 1);
    CHECK(first(fs, "no_break")->message_nl == "Geen pauze van 14:00 tot 16:45 (165 min, meer dan 150 min).");

    doc.settings.max_stretch_without_break = 180;
    CHECK_FALSE(has(validate(doc), "no_break"));
    doc.settings.max_stretch_without_break = 0;  // off
    CHECK_FALSE(has(validate(doc), "no_break"));
}

TEST_CASE("an unplanned gap counts as a break") {
    Document doc = clean_doc();
    doc.days[1].items.erase(doc.days[1].items.begin() + 2);
    doc.days[1].items[1].duration = 90;
    reflow(doc);
    doc.days[1].items[2].pinned = true;
    doc.days[1].items[2].start += 20;  // 20 min with nothing planned
    reflow(doc);
    CHECK_FALSE(has(validate(doc), "no_break"));
}

TEST_CASE("registration deadline after the first day") {
    Document doc = clean_doc();
    doc.event.registration.deadline = {2018, 2, 13};  // the day itself: still fine
    CHECK_FALSE(has(validate(doc), "deadline_after_event"));
    doc.event.registration.deadline = {2018, 2, 20};
    const auto fs = validate(doc);
    REQUIRE(has(fs, "deadline_after_event"));
    CHECK(first(fs, "deadline_after_event")->field == "registration.deadline");
    // Dates in messages as people write them, not ISO.
    CHECK(first(fs, "deadline_after_event")->message_nl ==
          "De aanmelddeadline (20 februari 2018) valt na de eerste dag (13 februari 2018).");
    CHECK(first(fs, "deadline_after_event")->message_en.find("20 February 2018") != std::string::npos);
}

TEST_CASE("capacity") {
    Document doc = clean_doc();

    SUBCASE("a round seats fewer than expected") {
        doc.event.expected_participants = 80;  // sessions seat 30 + 20 + 20
        const auto fs = validate(doc);
        REQUIRE(has(fs, "round_capacity", "i-12"));
        CHECK(first(fs, "round_capacity")->message_en.find("seat 70 together for 80") != std::string::npos);
    }
    SUBCASE("a cancelled session seats nobody") {
        doc.days[1].items[3].sessions[0].status = Status::cancelled;
        CHECK(has(validate(doc), "round_capacity", "i-12"));
    }
    SUBCASE("unknown capacity: no claim about the total") {
        doc.event.expected_participants = 80;
        doc.days[1].items[3].sessions[2].capacity = 0;
        doc.rooms[2].capacity = 0;
        CHECK_FALSE(has(validate(doc), "round_capacity"));
    }
    SUBCASE("a session's room is smaller than the session") {
        doc.days[1].items[3].sessions[1].capacity = 30;  // Zaal 2 seats 25
        CHECK(has(validate(doc), "room_too_small", "i-12", "s-2"));
    }
    SUBCASE("a plenary item's room is smaller than the audience") {
        doc.days[0].items[6].room_id = "r-2";
        CHECK(has(validate(doc), "room_too_small", "i-7"));
        // With a parallel track nobody knows who goes where: no claim.
        Item parallel = make_item("i-20", ItemKind::talk, "Tweede spoor", 30);
        parallel.room_id = "r-3";
        parallel.pinned = true;
        parallel.start = hm(21, 20);
        doc.days[0].items.push_back(parallel);
        CHECK_FALSE(has(validate(doc), "room_too_small", "i-7"));
    }
}

TEST_CASE("required fields") {
    Document doc = clean_doc();
    doc.event.title.clear();
    doc.days[1].date = {};
    doc.days[0].items[2].title.clear();
    doc.days[1].items[3].sessions[0].title.clear();
    const auto fs = validate(doc);
    CHECK(count(fs, "missing_title") == 3);
    CHECK(has(fs, "missing_title", "i-3"));
    CHECK(has(fs, "missing_title", "i-12", "s-1"));
    CHECK(has(fs, "missing_date"));
    CHECK(first(fs, "missing_date")->day_id == "d-2");
    CHECK(first(fs, "missing_title")->severity == Severity::error);  // the event's
    CHECK(has_errors(fs));
}

TEST_CASE("dangling references") {
    Document doc = clean_doc();
    doc.days[0].items[2].people.push_back({"p-99", Role::speaker});
    doc.days[0].items[6].room_id = "r-99";
    doc.days[1].items[3].sessions[2].room_id = "r-98";
    doc.days[1].items[3].sessions[2].design_id = "w-1";
    doc.event.contact_ids = {"p-1", "p-97"};
    doc.event.registration.contact_person_id = "p-96";
    const auto fs = validate(doc);
    CHECK(has(fs, "unknown_person", "i-3"));
    CHECK(has(fs, "unknown_room", "i-7"));
    CHECK(has(fs, "unknown_room", "i-12", "s-3"));
    CHECK(has(fs, "unknown_design", "i-12", "s-3"));
    CHECK(count(fs, "unknown_person") == 3);
    CHECK(has_errors(fs));
}

TEST_CASE("duplicate and missing ids") {
    Document doc = clean_doc();
    doc.days[1].items[1].id = "i-3";               // an item id used twice
    doc.days[1].items[3].sessions[1].id = "i-4";   // a session with an item's id
    doc.rooms.push_back({"r-1", "Nog een zaal", 10, ""});
    doc.people.push_back({"", "Zonder id", "", "", "", ""});
    const auto fs = validate(doc);
    CHECK(count(fs, "duplicate_id") == 3);
    CHECK(has(fs, "duplicate_id", "i-12", "i-4"));
    CHECK(has(fs, "missing_id"));
    CHECK(has_errors(fs));
}

TEST_CASE("validation is linear-ish: many parallel rooms, no pairwise blow-up") {
    // 40 rooms x 50 back-to-back items, all pinned: no conflicts expected.
    Document doc = clean_doc();
    Day& day = doc.days[1];
    day.items.clear();
    for (int r = 0; r < 40; ++r) {
        doc.rooms.push_back({"rr-" + std::to_string(r), "Zaal " + std::to_string(r), 100, ""});
        for (int k = 0; k < 50; ++k) {
            Item item = make_item("x-" + std::to_string(r) + "-" + std::to_string(k), ItemKind::talk, "T", 10);
            item.room_id = "rr-" + std::to_string(r);
            item.pinned = true;
            item.start = hm(8, 0) + k * 10;
            day.items.push_back(item);
        }
    }
    day.start = hm(8, 0);
    day.end = hm(18, 0);
    doc.settings.max_stretch_without_break = 0;
    const auto fs = validate(doc);
    CHECK_FALSE(has(fs, "room_overlap"));
    CHECK_FALSE(has(fs, "person_overlap"));
}

// ---------------------------------------------------------------------------
// Issue 11: findings an organiser can trust (new findings, less noise)
// ---------------------------------------------------------------------------

TEST_CASE("a day that ends before it starts") {
    Document doc = clean_doc();
    doc.days[1].end = hm(12, 0);  // starts 13.30
    const auto fs = validate(doc);
    REQUIRE(has(fs, "day_ends_before_start"));
    CHECK(count(fs, "day_ends_before_start") == 1);
    CHECK(first(fs, "day_ends_before_start")->day_id == "d-2");
    CHECK(first(fs, "day_ends_before_start")->message_nl ==
          "De dag van 14 februari 2018 eindigt (12:00) voordat hij begint (13:30).");
    doc.days[1].end = 0;  // not filled in: no finding
    CHECK_FALSE(has(validate(doc), "day_ends_before_start"));
}

TEST_CASE("a programme that runs past the day's end") {
    Document doc = clean_doc();
    doc.days[1].items[1].duration = 120;  // welcome runs on: the drinks end at 18.30, day ends 17.30
    reflow(doc);
    const auto fs = validate(doc);
    CHECK(has(fs, "after_day_end", "i-13"));
    CHECK(first(fs, "after_day_end")->message_nl.find("na het einde van de dag (17:30)") != std::string::npos);
}

TEST_CASE("a dated day with an empty programme") {
    Document doc = clean_doc();
    Day empty;
    empty.id = "d-3";
    empty.date = {2018, 6, 5};
    empty.start = hm(13, 30);
    empty.end = hm(17, 0);
    doc.days.push_back(empty);
    auto fs = validate(doc);
    REQUIRE(has(fs, "empty_programme"));
    CHECK(first(fs, "empty_programme")->message_nl == "Op 5 juni 2018 staat nog niets op het programma.");
    CHECK(first(fs, "empty_programme")->message_en == "Nothing is on the programme for 5 June 2018 yet.");
    doc.days.back().date = {};  // an undated day is reported as missing_date, not twice
    fs = validate(doc);
    CHECK_FALSE(has(fs, "empty_programme"));
    CHECK(has(fs, "missing_date"));
}

TEST_CASE("a round with no sessions or only one") {
    Document doc = clean_doc();
    Item& round = doc.days[1].items[3];
    round.sessions.resize(1);
    auto fs = validate(doc);
    REQUIRE(has(fs, "round_single_session", "i-12"));
    CHECK(first(fs, "round_single_session")->message_nl ==
          "De ronde \u201cWorkshops\u201d heeft maar \u00e9\u00e9n sessie: er valt niets te kiezen.");
    round.sessions.clear();
    fs = validate(doc);
    CHECK(has(fs, "round_without_sessions", "i-12"));
    CHECK_FALSE(has(fs, "round_single_session"));
    round.sessions = {session("s-1", "A", "r-1", 0), session("s-2", "B", "r-2", 0)};
    round.sessions[1].status = Status::cancelled;  // one left to choose: still one
    CHECK(has(validate(doc), "round_single_session", "i-12"));
}

TEST_CASE("e-mail addresses, links and phone numbers that cannot be right") {
    Document doc = clean_doc();
    SUBCASE("the seed's typo") {
        doc.event.registration.email = "e.even@movisie";
        const auto fs = validate(doc);
        REQUIRE(has(fs, "implausible_contact"));
        CHECK(first(fs, "implausible_contact")->field == "registration.email");
        CHECK(first(fs, "implausible_contact")->message_nl == "Het e-mailadres \u201ce.even@movisie\u201d kan niet kloppen.");
    }
    SUBCASE("real ones pass") {
        doc.event.registration.email = "e.even@movisie.nl";
        doc.event.registration.url = "https://www.movisie.nl/agenda/lokaal-samenspel";
        doc.event.url = "www.movisie.nl";
        doc.event.venue.online_url = "https://us02web.zoom.us/j/123?pwd=x";
        doc.people[0].email = "s.vangrinsven@movisie.nl";
        doc.people[0].phone = "030 789 2000";
        doc.people[1].phone = "+31 (0)30 789 20 00";
        doc.people[2].phone = "06-12345678";
        doc.people[3].phone = "0800-1234";
        doc.people[4].phone = "14 050";
        const auto fs = validate(doc);
        INFO(codes(fs));
        CHECK_FALSE(has(fs, "implausible_contact"));
    }
    SUBCASE("wrong ones are each reported") {
        for (const char* e : {"e.even@movisie", "e.even.movisie.nl", "e.even@@movisie.nl", "@movisie.nl",
                              "e even@movisie.nl", "e.even@movisie..nl", "e.even@movisie.n", "e.even@.nl"}) {
            CAPTURE(e);
            doc.event.registration.email = e;
            CHECK(has(validate(doc), "implausible_contact"));
        }
        doc.event.registration.email.clear();
        for (const char* u : {"htps://movisie.nl", "https://movisie", "movisie", "https://movisie .nl", "https://"}) {
            CAPTURE(u);
            doc.event.registration.url = u;
            CHECK(has(validate(doc), "implausible_contact"));
        }
        doc.event.registration.url.clear();
        for (const char* p : {"030 789", "12345678901", "030-789-2000x", "bel maar", "+31"}) {
            CAPTURE(p);
            doc.people[0].phone = p;
            const auto fs = validate(doc);
            REQUIRE(has(fs, "implausible_contact"));
            CHECK(first(fs, "implausible_contact")->field == "person.phone");
            CHECK(first(fs, "implausible_contact")->message_nl.find("Saskia van Grinsven") != std::string::npos);
        }
    }
}

TEST_CASE("parallel tracks in different rooms are not one sequence") {
    // A congress day as imported from schedule.xml: every talk pinned in its room.
    Document doc = clean_doc();
    doc.rooms.push_back({"r-4", "Saal 1", 0, ""});
    doc.rooms.push_back({"r-5", "Saal 2", 0, ""});
    Day& day = doc.days[1];
    day.items.clear();
    auto talk = [](std::string id, std::string room, Minutes start, Minutes duration) {
        Item i = make_item(std::move(id), ItemKind::talk, "Talk " + room, duration);
        i.room_id = std::move(room);
        i.pinned = true;
        i.start = start;
        return i;
    };
    day.items = {talk("t-1", "r-4", hm(14, 0), 60), talk("t-2", "r-5", hm(14, 0), 40),
                 talk("t-3", "r-5", hm(14, 45), 40), talk("t-4", "r-4", hm(15, 0), 60)};
    reflow(doc);
    auto fs = validate(doc);
    INFO(codes(fs));
    CHECK_FALSE(has(fs, "pinned_overlap"));  // before: t-3 "runs 15 min into" (t-1 in another room)

    // Within one room an overlap of the flow is still reported.
    day.items[2].start = hm(14, 30);  // t-2 in the same room runs until 14.40
    fs = validate(doc);
    REQUIRE(has(fs, "pinned_overlap", "t-3"));
    CHECK(first(fs, "pinned_overlap")->message_en == "The programme runs 10 min into the pinned item \u201cTalk r-5\u201d.");
    CHECK(count(fs, "pinned_overlap") == 1);

    // A plenary (all rooms) is overlapped by anything still running.
    Item plenary = make_item("t-5", ItemKind::closing, "Closing", 30);
    plenary.all_rooms = true;
    plenary.pinned = true;
    plenary.start = hm(15, 30);
    day.items.push_back(plenary);
    fs = validate(doc);
    CHECK(has(fs, "pinned_overlap", "t-5"));  // t-4 runs until 16.00
}

TEST_CASE("a round in side rooms still runs into a pinned item in the main room") {
    Document doc = clean_doc();
    Item& closing = doc.days[1].items[4];
    closing.pinned = true;
    closing.start = hm(16, 0);  // the round (15.15-16.30) runs on
    const auto fs = validate(doc);
    REQUIRE(has(fs, "pinned_overlap", "i-13"));
    CHECK(first(fs, "pinned_overlap")->message_nl.find("30 min") != std::string::npos);
}

TEST_CASE("a day that ends after midnight by design is normal") {
    Document doc = clean_doc();
    doc.days[0].end = hm(25, 0);        // a party until 01.00
    doc.days[0].items[7].duration = 150;  // drinks 22.00 until 00.30
    auto fs = validate(doc);
    INFO(codes(fs));
    CHECK_FALSE(has(fs, "past_midnight"));
    CHECK_FALSE(has(fs, "after_day_end"));
    doc.days[0].items[7].duration = 200;  // until 01.20: past the day's own end
    fs = validate(doc);
    CHECK(has(fs, "after_day_end", "i-8"));
    CHECK_FALSE(has(fs, "past_midnight"));
}

TEST_CASE("the break rule is silent on a day with parallel tracks") {
    Document doc = clean_doc();
    Day& day = doc.days[1];
    day.items.clear();
    for (int k = 0; k < 6; ++k) {  // 10.00-16.00 without a pause, in one room
        Item talk = make_item("a-" + std::to_string(k), ItemKind::talk, "Talk", 60);
        talk.room_id = "r-1";
        day.items.push_back(talk);
    }
    day.start = hm(10, 0);
    day.end = hm(16, 0);
    reflow(doc);
    CHECK(has(validate(doc), "no_break"));  // one track: everyone sits through six hours

    // The same talks in a second room at the same time: a congress, people choose.
    for (int k = 0; k < 6; ++k) {
        Item talk = make_item("b-" + std::to_string(k), ItemKind::talk, "Talk", 60);
        talk.room_id = "r-2";
        talk.pinned = true;
        talk.start = hm(10 + k, 0);
        day.items.push_back(talk);
    }
    reflow(doc);
    const auto fs = validate(doc);
    INFO(codes(fs));
    CHECK_FALSE(has(fs, "no_break"));
    CHECK_FALSE(has(fs, "pinned_overlap"));
}
