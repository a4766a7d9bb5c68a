// Importing c3voc schedule.json (src/io/frab/frab_json_reader.hpp): the two
// real samples in ../shared/samples/schedules (read in place), times in the
// conference zone, rooms, persons (placeholder ids never merge different
// names), tracks and links, detection by content, and the bounds.
#include <doctest/doctest.h>

#include "io/open_document.hpp"

#include <fstream>
#include <sstream>

#include "io/formats.hpp"
#include "io/frab/frab_json_reader.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("frab-json");

namespace {

std::string schedule_sample(const char* name) {
    std::ifstream in(std::string(DAGDEEL_SOURCE_DIR) + "/../shared/samples/schedules/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const char* const kSmall = R"({"schedule": {"version": "1", "conference": {
  "acronym": "t", "title": "Test", "start": "2026-03-29", "end": "2026-03-29", "daysCount": 1,
  "time_zone_name": "Europe/Amsterdam", "rooms": [{"name": "Zaal 1"}],
  "days": [{"index": 1, "date": "2026-03-28", "day_start": "2026-03-28T09:00:00+01:00", "day_end": "2026-03-29T03:00:00+02:00",
    "rooms": {"Zaal 1": [
      {"id": 1, "guid": "a", "date": "2026-03-28T10:00:00+01:00", "start": "10:00", "duration": "00:45", "room": "Zaal 1",
       "slug": "t-1", "title": "Opening talk", "subtitle": "", "track": "Main", "type": "lecture", "language": "nl",
       "abstract": "Hallo", "description": "", "persons": [{"id": 0, "public_name": "Kreatur"}],
       "links": [{"url": "https://example.org/slides", "title": "Slides"}]},
      {"id": 2, "guid": "b", "date": "2026-03-29T01:30:00+01:00", "start": "01:30", "duration": "01:00", "room": "Zaal 1",
       "slug": "t-2", "title": "Night workshop", "type": "workshop", "persons": [{"id": 0, "public_name": "Alibi"},
       {"id": 0, "public_name": "Kreatur"}]}
    ]}}]}}})";

}  // namespace

TEST_CASE("a small schedule: zone, after midnight, rooms, persons, track and links") {
    CHECK(looks_like_frab_json(kSmall));
    const ReadResult r = read_frab_json(kSmall);
    REQUIRE(r.ok());
    const Document& d = *r.document;
    CHECK(d.event.title == "Test");
    CHECK(d.event.time_zone == "Europe/Amsterdam");
    REQUIRE(d.days.size() == 1);
    REQUIRE(d.days[0].items.size() == 2);
    const Item& talk = d.days[0].items[0];
    CHECK(talk.start == 10 * 60);
    CHECK(talk.duration == 45);
    CHECK(talk.kind == ItemKind::talk);
    CHECK(talk.pinned);
    CHECK(talk.description.find("track: Main") != std::string::npos);
    CHECK(talk.description.find("Slides: https://example.org/slides") != std::string::npos);
    REQUIRE(d.rooms.size() == 1);
    CHECK(talk.room_id == d.rooms[0].id);
    // 01:30 the next morning stays on the conference day (minutes past 24:00)
    CHECK(d.days[0].items[1].start == 24 * 60 + 90);
    CHECK(d.days[0].items[1].kind == ItemKind::workshop);
    // id 0 is a placeholder: Kreatur and Alibi stay two people; Kreatur is one
    CHECK(d.people.size() == 2);
}

TEST_CASE("the pretalx and frab samples import with zones, rooms and persons") {
    const std::string pretalx = schedule_sample("pretalx-democon.json"), camp = schedule_sample("frab-camp2019.json");
    if (pretalx.empty() || camp.empty()) {
        MESSAGE("shared samples absent: skipped");
        return;
    }
    CHECK(detect_import_format(pretalx) == ImportFormat::frab_json);
    const Opened a = open_document(pretalx);
    REQUIRE(a.ok());
    CHECK(a.document->event.title == "DemoCon");
    CHECK(a.document->days.size() == 3);
    CHECK(a.document->rooms.size() == 2);
    // "2020-12-14T09:00:00+01:00" in the conference zone UTC is 08:00
    CHECK(a.document->days[0].items.at(0).start == 8 * 60);
    const Opened b = open_document(camp);
    REQUIRE(b.ok());
    CHECK(b.document->event.time_zone == "Europe/Berlin");
    CHECK(b.document->days.size() == 5);
    CHECK(b.document->days[0].items.at(0).title == "Opening Ceremony");
    CHECK(b.document->days[0].items[0].start == 11 * 60);
    CHECK(b.document->people.size() > 50);
}

TEST_CASE("bounds and broken schedules") {
    std::string deep = "{\"schedule\": ";
    for (int i = 0; i < 100000; ++i) deep += "[";
    CHECK_FALSE(read_frab_json(deep).ok());
    CHECK_FALSE(read_frab_json("{\"schedule\": 3}").ok());
    const ReadResult unknown_zone = read_frab_json(
        R"({"schedule": {"conference": {"title": "X", "time_zone_name": "Mars/Olympus", "days": []}}})");
    REQUIRE(unknown_zone.ok());
    CHECK_FALSE(unknown_zone.problems.empty());
    CHECK_FALSE(looks_like_frab_json("{\"format\": \"dagdeel\", \"schedule\": 1}"));
}

TEST_SUITE_END();
