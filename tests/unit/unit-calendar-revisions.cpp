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

Draft seed_draft() { return Draft(test::load_seed("seed-000-buitenstebinnen"), calendar_event_prints); }

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
        Draft now(three_days(), calendar_event_prints);
        Draft later(three_days(), calendar_event_prints, true);
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
    Draft later(three_days(), calendar_event_prints, true);
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
    Draft later(three_days(), calendar_event_prints, true);
    Document x = later.doc();
    x.days[0].items[0].title = "Binnenkomst";
    later.commit(x, {"Titel", "Title"});
    const std::string json = write_json(later.settled());
    Opened back = open_document(json);
    REQUIRE(back.ok());
    CHECK(back.document->days[0].items[0].revision == 1);
}
