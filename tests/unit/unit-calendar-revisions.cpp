// SEQUENCE follows the calendar (issue 10, bug 2): a step bumps the revision
// of exactly the items and sessions whose exported VEVENT changed, once per
// step; undo never sends a lower SEQUENCE for other content (RFC 5545
// 3.8.7.4: "incremented ... each time the Organizer makes a significant
// revision").
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "builders.hpp"
#include "edit/workspace.hpp"
#include "io/formats.hpp"
#include "io/ics/ics_event_prints.hpp"

using namespace dagdeel;

namespace {

// UID -> SEQUENCE of every VEVENT in an ics-items export.
std::map<std::string, int> sequences(const Document& d) {
    const std::string ics = export_as(d, "ics-items").text;
    std::map<std::string, int> out;
    const std::regex event("UID:([^\\r]+)\\r\\n(?:[^\\r]*\\r\\n)*?SEQUENCE:([0-9]+)");
    for (auto it = std::sregex_iterator(ics.begin(), ics.end(), event); it != std::sregex_iterator(); ++it)
        out[(*it)[1]] = std::stoi((*it)[2]);
    return out;
}

std::string uid(const Document& d, const std::string& item, const std::string& session = {}) {
    return d.id + "-" + item + (session.empty() ? "" : "-" + session) + "@dagdeel";
}

Item& item(Document& d, const std::string& id) {
    for (Day& day : d.days)
        for (Item& it : day.items)
            if (it.id == id) return it;
    FAIL("no item " << id);
    return d.days[0].items[0];
}

Draft seed_draft() { return Draft(test::load_seed("seed-000-buitenstebinnen"), calendar_item_prints); }

}  // namespace

TEST_CASE("revisions: a duration change bumps that item and the items reflow moved, no others") {
    Draft draft = seed_draft();
    const std::map<std::string, int> before = sequences(draft.doc());
    for (const auto& [id, seq] : before) CHECK(seq == 0);

    Document d = draft.doc();
    item(d, "i-presentatie").duration += 15;  // moves the break and the workshop round after it
    REQUIRE(draft.commit(d, {"Duur", "Duration"}));
    const Document& now = draft.doc();
    const std::map<std::string, int> after = sequences(now);
    CHECK(after.at(uid(now, "i-presentatie")) >= 1);
    CHECK(after.at(uid(now, "i-pauze")) >= 1);
    CHECK(after.at(uid(now, "i-workshops", "s-democreatiespel")) >= 1);
    CHECK(after.at(uid(now, "i-ontvangst")) == 0);  // before the change, pinned: untouched
    CHECK(after.at(uid(now, "i-welkom")) == 0);
    CHECK(after.at(uid(now, "i-afsluiting")) == 0);  // pinned at its own time
    // LAST-MODIFIED follows the bump.
    CHECK(item(const_cast<Document&>(now), "i-presentatie").modified.size() == 20);
    CHECK(export_as(now, "ics-items").text.find("LAST-MODIFIED:") != std::string::npos);
}

TEST_CASE("revisions: typing a title letter by letter is one step and one bump") {
    Draft draft = seed_draft();
    const std::string key = merge_key("item", "i-pauze", "title");
    std::string title = draft.doc().days[0].items[3].title;
    for (char c : std::string(" kort")) {
        Document d = draft.doc();
        title += c;
        item(d, "i-pauze").title = title;
        draft.commit(d, {"Titel", "Title"}, key);
    }
    CHECK(draft.history().size() == 1);
    Document d = draft.doc();
    CHECK(item(d, "i-pauze").revision == 1);
    CHECK(item(d, "i-presentatie").revision == 0);
}

TEST_CASE("revisions: undo never lowers a SEQUENCE for changed content; a no-op undo keeps it") {
    Draft draft = seed_draft();
    Document d = draft.doc();
    item(d, "i-pauze").title = "Koffie";
    draft.commit(d, {"Titel", "Title"});
    d = draft.doc();
    CHECK(item(d, "i-pauze").revision == 1);

    REQUIRE(draft.undo());  // the old title is back, but a calendar may have seen "Koffie" as 1
    d = draft.doc();
    CHECK(item(d, "i-pauze").title != "Koffie");
    CHECK(item(d, "i-pauze").revision == 2);
    REQUIRE(draft.redo());
    d = draft.doc();
    CHECK(item(d, "i-pauze").title == "Koffie");
    CHECK(item(d, "i-pauze").revision == 3);
    CHECK(item(d, "i-presentatie").revision == 0);

    // A step that changes nothing a calendar shows (the event's notes) bumps nothing.
    d.event.notes = "alleen voor ons";
    draft.commit(d, {"Notities", "Notes"});
    d = draft.doc();
    CHECK(item(d, "i-pauze").revision == 3);
    CHECK(item(d, "i-presentatie").revision == 0);
}

TEST_CASE("revisions: a change outside the days that reaches every entry (the venue) bumps them all once") {
    Draft draft = seed_draft();
    Document d = draft.doc();
    d.event.venue.name = "Stadhuis";
    draft.commit(d, {"Locatie", "Venue"});
    for (const auto& [uid, seq] : sequences(draft.doc())) {
        const auto& event_uid = uid;  // clang 14 cannot capture a structured binding (CAPTURE is a lambda)
        CAPTURE(event_uid);
        CHECK(seq == 1);
    }
}

TEST_CASE("revisions: a new item starts at 0 and an undated day has no calendar to bump") {
    Draft draft = seed_draft();
    Document d = draft.doc();
    Item extra;
    extra.id = "i-nieuw";
    extra.title = "Nieuw";
    extra.duration = 10;
    d.days[0].items.push_back(extra);
    draft.commit(d, {"Nieuw", "New"});
    d = draft.doc();
    CHECK(item(d, "i-nieuw").revision == 0);

    d.days[0].date = Date{};
    d.days[0].items[0].title = "Binnenkomst";
    draft.commit(d, {"Titel", "Title"});
    CHECK(draft.doc().days[0].items[0].revision == 0);
}

TEST_CASE("revisions survive a save: written to JSON and read back") {
    Draft draft = seed_draft();
    Document d = draft.doc();
    item(d, "i-pauze").duration = 20;
    draft.commit(d, {"Duur", "Duration"});
    Opened back = open_document(write_json(draft.doc()));
    REQUIRE(back.ok());
    CHECK(item(*back.document, "i-pauze").revision == 1);
    CHECK(item(*back.document, "i-pauze").modified == item(const_cast<Document&>(draft.doc()), "i-pauze").modified);
    CHECK_FALSE(open_document("{\"format\":\"dagdeel\",\"version\":1,\"id\":\"x\",\"event\":{\"title\":\"t\"},"
                              "\"days\":[{\"id\":\"d\",\"start\":\"09:00\",\"items\":[{\"id\":\"i\",\"kind\":\"talk\","
                              "\"title\":\"a\",\"duration\":5,\"modified\":\"gisteren\"}]}]}")
                    .ok());
}

// [SECTION] Stamped later, a day at a time (Workspace::defer_calendar, the app)

namespace {

// seed 000 over three dated days, every id unique.
Document three_days() {
    Document d = test::load_seed("seed-000-buitenstebinnen");
    const Day first = d.days.at(0);
    d.days.clear();
    for (int n = 0; n < 3; ++n) {
        Day day = first;
        day.id = first.id + "-" + std::to_string(n);
        day.date.day += n;
        for (Item& it : day.items) {
            it.id += "-" + std::to_string(n);
            for (Session& s : it.sessions) s.id += "-" + std::to_string(n);
        }
        d.days.push_back(day);
    }
    return d;
}

// Every item's and session's revision, by key.
std::map<std::string, int> revisions(const Document& d) {
    std::map<std::string, int> out;
    for (const Day& day : d.days)
        for (const Item& it : day.items) {
            out[it.id] = it.revision;
            for (const Session& s : it.sessions) out[it.id + "/" + s.id] = s.revision;
        }
    return out;
}

// The same edits on a draft that stamps at once and on one that defers,
// advancing the deferred one by `slices` days (0: not at all) after each.
void same_edits(Draft& now, Draft& later, std::size_t slices) {
    auto both = [&](auto edit) {
        for (Draft* d : {&now, &later}) {
            edit(*d);
            if (d == &later)
                for (std::size_t i = 0; i < slices; ++i) later.advance_calendar(0);
        }
    };
    const std::string title_key = merge_key("event", "", "title");
    for (char c : std::string(" (najaar)"))  // typing in the event title: one step over every day
        both([&](Draft& d) {
            Document x = d.doc();
            x.event.venue.name += c;
            d.commit(x, {"Locatie", "Venue"}, title_key);
        });
    both([&](Draft& d) {  // a new step on one day
        Document x = d.doc();
        x.days[1].items[2].duration += 5;
        d.commit(x, {"Duur", "Duration"});
    });
    for (char c : std::string("ab"))  // typing a title on the last day
        both([&](Draft& d) {
            Document x = d.doc();
            x.days[2].items[1].title += c;
            d.commit(x, {"Titel", "Title"}, merge_key("item", x.days[2].items[1].id, "title"));
        });
    both([](Draft& d) { d.undo(); });
    both([](Draft& d) { d.undo(); });
    both([](Draft& d) { d.redo(); });
    both([&](Draft& d) {  // a change outside the days after the redo
        Document x = d.doc();
        x.event.venue.address = "Markt 1";
        d.commit(x, {"Adres", "Address"});
    });
}

}  // namespace

TEST_CASE("revisions stamped later, in slices, equal those stamped at once") {
    for (std::size_t slices : {0u, 1u, 2u, 5u}) {
        CAPTURE(slices);
        Draft now(three_days(), calendar_item_prints);
        Draft later(three_days(), calendar_item_prints, true);
        CHECK(later.calendar_pending());  // the baseline prints wait too
        same_edits(now, later, slices);
        const std::map<std::string, int> expected = revisions(now.doc());
        CHECK(std::any_of(expected.begin(), expected.end(), [](auto& kv) { return kv.second > 0; }));
        CHECK(revisions(later.settled()) == expected);
        CHECK_FALSE(later.calendar_pending());
        CHECK(sequences(later.doc()) == sequences(now.doc()));
    }
}

TEST_CASE("revisions stamped later: a keystroke queues the days and stamps none; advancing does") {
    Draft later(three_days(), calendar_item_prints, true);
    while (!later.advance_calendar(0)) {
    }
    Document x = later.doc();
    x.event.venue.name = "Stadhuis";  // reaches every entry of every day
    later.commit(x, {"Locatie", "Venue"});
    CHECK(later.calendar_pending());
    for (const auto& [key, revision] : revisions(later.doc())) CHECK(revision == 0);
    int slices = 0;
    while (!later.advance_calendar(0)) ++slices;
    CHECK(slices == 2);  // one day per slice with no time to spare: three slices in all
    for (const auto& [key, revision] : revisions(later.doc())) CHECK(revision == 1);
}

TEST_CASE("revisions stamped later: an export or a save reads them stamped") {
    Draft later(three_days(), calendar_item_prints, true);
    Document x = later.doc();
    x.days[0].items[0].title = "Binnenkomst";
    later.commit(x, {"Titel", "Title"});
    const std::string json = write_json(later.settled());
    Opened back = open_document(json);
    REQUIRE(back.ok());
    CHECK(back.document->days[0].items[0].revision == 1);
}

namespace {

// Three days of 24 items each (the seed's six, four times, ids kept
// apart): more than one slice per day (CalendarRevisions::kItemsPerSlice).
Document three_big_days() {
    Document d = three_days();
    for (Day& day : d.days) {
        const std::vector<Item> six = day.items;
        for (int copy = 1; copy < 4; ++copy)
            for (Item it : six) {
                it.id += "-c" + std::to_string(copy);
                for (Session& s : it.sessions) s.id += "-c" + std::to_string(copy);
                day.items.push_back(it);
            }
    }
    return d;
}

}  // namespace

TEST_CASE("calendar prints of a day's items a few at a time equal the whole day's") {
    const Document d = three_big_days();
    REQUIRE_FALSE(d.event.registration.notes.empty());  // the first entry carries the registration line
    for (const Day& day : d.days) {
        const CalendarPrints whole = calendar_event_prints(d, day);
        REQUIRE(whole.size() > day.items.size());  // the rounds' sessions too
        for (std::size_t chunk : {1u, 3u, 5u, 8u, 100u}) {
            CAPTURE(chunk);
            CalendarPrints pieced;
            for (std::size_t first = 0; first < day.items.size(); first += chunk) {
                const CalendarPrints part = calendar_item_prints(d, day, first, chunk);
                for (const auto& [key, print] : part) CHECK(pieced.emplace(key, print).second);  // each key once
            }
            CHECK(pieced == whole);
        }
        // A day that is not one of the document's is copied, with the same prints.
        const Day copy = day;
        CHECK(calendar_item_prints(d, copy, 0, copy.items.size()) == whole);
    }
    // Changing the registration changes the first entry's print only.
    Document changed = d;
    changed.event.registration.notes += " Vol is vol.";
    const CalendarPrints before = calendar_item_prints(d, d.days[0], 0, 2);
    const CalendarPrints after = calendar_item_prints(changed, changed.days[0], 0, 2);
    CHECK(before.at(d.days[0].items[0].id) != after.at(d.days[0].items[0].id));
    CHECK(calendar_item_prints(d, d.days[0], 2, 4) == calendar_item_prints(changed, changed.days[0], 2, 4));
}

TEST_CASE("revisions stamped later: a big day is stamped a few items per slice, equal to stamping at once") {
    Draft later(three_big_days(), calendar_item_prints, true);
    int slices = 0;
    while (!later.advance_calendar(0)) ++slices;
    CHECK(slices == 3 * 3 - 1);  // 24 items a day, 8 a slice, with no time to spare: nine slices in all
    for (std::size_t between : {1u, 2u, 3u, 7u}) {
        CAPTURE(between);
        Draft now(three_big_days(), calendar_item_prints);
        Draft deferred(three_big_days(), calendar_item_prints, true);
        same_edits(now, deferred, between);
        CHECK(revisions(deferred.settled()) == revisions(now.doc()));
        CHECK(sequences(deferred.doc()) == sequences(now.doc()));
    }
}
