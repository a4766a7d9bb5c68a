// Conference formats (src/io/frab_*.hpp): SHA-1 and UUID v5 against known
// vectors, stable ids/guids/slugs, the XSD's patterns, the schedule.json
// shape, and the schedule.xml reader: the 39c3 sample (215 events, 14 rooms,
// 4 days), round trips, and hostile input (DTDs, entities, depth, size,
// truncations) answered with line numbers, never a crash.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "core/civil_time.hpp"
#include "core/time_zone.hpp"
#include "io/frab/frab_json_writer.hpp"
#include "io/frab/frab_xml_reader.hpp"
#include "io/frab/frab_xml_writer.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("frab");

namespace {

Document load_seed(const std::string& name) {
    ReadResult r = read_json_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/" + name + ".json");
    REQUIRE(r.ok());
    return *r.document;
}

std::string hex(const std::array<std::uint8_t, 20>& h) {
    static const char* d = "0123456789abcdef";
    std::string s;
    for (auto b : h) s += d[b >> 4], s += d[b & 15];
    return s;
}

bool has_error(const ReadResult& r) {
    for (const Problem& p : r.problems)
        if (p.is_error) return true;
    return false;
}

std::string first_error(const ReadResult& r) {
    for (const Problem& p : r.problems)
        if (p.is_error) return p.message;
    return "";
}

int first_error_line(const ReadResult& r) {
    for (const Problem& p : r.problems)
        if (p.is_error) return p.line;
    return 0;
}

const char* const kDated[] = {"seed-000-buitenstebinnen", "seed-001-lokaal-samenspel", "seed-002-wakkere-stad"};

}  // namespace

TEST_CASE("SHA-1 and UUID v5: FIPS 180 and RFC 4122 vectors") {
    CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    // uuid5(NAMESPACE_DNS, "python.org") as Python's uuid module computes it.
    const std::array<std::uint8_t, 16> dns = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                              0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    CHECK(uuid_v5(dns, "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(dagdeel_uuid("a/b") == dagdeel_uuid("a/b"));
    CHECK(dagdeel_uuid("a/b") != dagdeel_uuid("a/c"));
    CHECK(slugify("Co-creëren met de samenleving, wanneer zinvol?") == "co-creeren-met-de-samenleving-wanneer-zinvol");
    CHECK(slugify("De coöperatieve wijkraad") == "de-cooperatieve-wijkraad");
    CHECK(slugify("!!!") == "");
}

TEST_CASE("frab export: identities are stable, unique and match the schemas' patterns") {
    const std::regex uuid("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    const std::regex slug_xsd("[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}");
    const std::regex slug_json("^[a-z0-9_-]+[a-z0-9]$");
    const std::regex acronym_json("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$");
    for (const char* seed : kDated) {
        CAPTURE(seed);
        const Document d = load_seed(seed);
        FrabBuild a = build_frab_schedule(d), b = build_frab_schedule(d);
        REQUIRE(a.ok());
        CHECK(std::regex_match(a.schedule.acronym, acronym_json));
        std::set<long long> ids;
        std::set<std::string> guids, slugs;
        for (const FrabDay& day : a.schedule.days)
            for (const FrabRoom& r : day.rooms) {
                CHECK(std::regex_match(r.guid, uuid));
                for (const FrabEvent& e : r.events) {
                    CHECK(e.id > 0);
                    CHECK(ids.insert(e.id).second);
                    CHECK(guids.insert(e.guid).second);
                    CHECK(slugs.insert(e.slug).second);
                    CHECK(std::regex_match(e.guid, uuid));
                    CHECK(std::regex_match(e.slug, slug_xsd));
                    CHECK(std::regex_match(e.slug, slug_json));
                    CHECK(std::regex_match(e.duration, std::regex("[0-9]{2}:[0-9]{2}")));
                }
            }
        CHECK(write_frab_xml(d).text == write_frab_xml(d).text);
        CHECK(write_frab_json(d).text == write_frab_json(d).text);
        (void)b;
    }
}

TEST_CASE("frab export: seed 000 days, rooms, breaks and sessions") {
    const Document d = load_seed("seed-000-buitenstebinnen");
    const FrabExport x = write_frab_xml(d);
    REQUIRE(x.ok());
    CHECK(x.text.find("<day index=\"1\" date=\"2018-06-19\" start=\"2018-06-19T13:30:00+02:00\" "
                      "end=\"2018-06-19T17:30:00+02:00\">") != std::string::npos);
    CHECK(x.text.find("<type>break</type>") != std::string::npos);
    CHECK(x.text.find("<room>Sessie 3</room>") != std::string::npos);
    CHECK(x.text.find("<subtitle>onder voorbehoud</subtitle>") != std::string::npos);
    CHECK(x.text.find("<person id=") != std::string::npos);
    const auto j = nlohmann::json::parse(write_frab_json(d).text);
    const auto& conf = j["schedule"]["conference"];
    CHECK(conf["daysCount"] == 1);
    CHECK(conf["time_zone_name"] == "Europe/Amsterdam");
    CHECK(conf["days"][0]["rooms"]["Mammoni"][0]["start"] == "13:30");
    CHECK(conf["days"][0]["rooms"]["Mammoni"][0]["date"] == "2018-06-19T13:30:00+02:00");
    std::size_t events = 0;
    for (const auto& [room, list] : conf["days"][0]["rooms"].items()) events += list.size();
    CHECK(events == 8);  // 5 items + 3 sessions (the round itself is its sessions)
}

TEST_CASE("frab export: undated plans are refused with a message") {
    const Document d = load_seed("seed-003-overheidsparticipatie");
    const FrabExport x = write_frab_xml(d);
    CHECK_FALSE(x.ok());
    CHECK(x.text.empty());
    CHECK_FALSE(write_frab_json(d).ok());
}

TEST_CASE("frab round trip: export then import gives the same times, titles and rooms") {
    for (const char* seed : kDated) {
        CAPTURE(seed);
        const Document d = load_seed(seed);
        const ReadResult r = read_frab_xml(write_frab_xml(d).text);
        REQUIRE(r.ok());
        const Document& back = *r.document;
        REQUIRE(back.days.size() == d.days.size());
        CHECK(back.event.title == d.event.title);
        CHECK(back.event.time_zone == d.event.time_zone);
        for (std::size_t i = 0; i < d.days.size(); ++i) {
            CHECK(back.days[i].date == d.days[i].date);
            std::multiset<std::pair<Minutes, std::string>> want, got;
            for (const Item& it : d.days[i].items) {
                if (it.kind == ItemKind::round && !it.sessions.empty())
                    for (const Session& s : it.sessions) want.insert({it.start, s.title});
                else
                    want.insert({it.start, it.title});
            }
            for (const Item& it : back.days[i].items) got.insert({it.start, it.title});
            CHECK(want == got);
        }
    }
}

TEST_CASE("schedule.xml import: the 39c3 sample (215 events, 14 rooms, 4 days)") {
    const std::string path = std::string(DAGDEEL_SHARED_DIR) + "/samples/schedules/schedule-39c3-20251206.xml";
    if (!std::ifstream(path)) {
        MESSAGE("shared samples absent, skipped");
        return;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    CHECK(looks_like_frab_xml(s.str().substr(0, 4096)));
    const ReadResult r = read_frab_xml_file(path);
    REQUIRE(r.ok());
    const Document& d = *r.document;
    CHECK(d.days.size() == 4);
    CHECK(d.rooms.size() == 14);
    std::size_t events = 0;
    for (const Day& day : d.days) events += day.items.size();
    CHECK(events == 215);
    CHECK(d.event.time_zone == "Europe/Berlin");
    CHECK(d.event.title == "39th Chaos Communications Congress");
    CHECK(d.days[0].date == Date{2025, 12, 27});
    // Opening Ceremony: <date>2025-12-27T10:30:00+01:00</date>, 30 minutes.
    const Item& first = d.days[0].items[0];
    CHECK(first.title == "Opening Ceremony");
    CHECK(first.start == 10 * 60 + 30);
    CHECK(first.duration == 30);
    CHECK(first.pinned);
    // Night events stay on their conference day, past midnight.
    CHECK(d.days[1].end > 24 * 60);
    // And it exports again, valid by our own checks.
    const FrabExport again = write_frab_xml(d);
    CHECK(again.ok());
}

TEST_CASE("schedule.xml reader: safe against hostile and broken input") {
    SUBCASE("DOCTYPE and entities are refused, so billion laughs cannot expand") {
        const std::string laughs =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n<schedule>&lol2;</schedule>\n";
        const ReadResult r = read_frab_xml(laughs);
        CHECK_FALSE(r.ok());
        CHECK(first_error(r).find("DOCTYPE") != std::string::npos);
        CHECK(first_error_line(r) == 2);
        CHECK(looks_like_frab_xml(laughs));
        const ReadResult ext = read_frab_xml("<schedule><!ENTITY x SYSTEM \"file:///etc/passwd\"></schedule>");
        CHECK_FALSE(ext.ok());
        CHECK(first_error(ext).find("ENTITY") != std::string::npos);
    }
    SUBCASE("only the five entities and character references") {
        const ReadResult r = read_frab_xml(
            "<schedule><version>1</version><conference><title>A &amp; B &lt;&gt; &quot;&apos; &#233;&#x20AC;</title>"
            "<time_zone_name>Europe/Amsterdam</time_zone_name></conference></schedule>");
        REQUIRE(r.ok());
        CHECK(r.document->event.title == "A & B <> \"' é€");
        CHECK_FALSE(read_frab_xml("<schedule>&nbsp;</schedule>").ok());
        CHECK_FALSE(read_frab_xml("<schedule>&#0;</schedule>").ok());
        CHECK_FALSE(read_frab_xml("<schedule>&#xD800;</schedule>").ok());
        CHECK_FALSE(read_frab_xml("<schedule>&#x110000;</schedule>").ok());
        CHECK_FALSE(read_frab_xml("<schedule>a & b</schedule>").ok());
    }
    SUBCASE("depth bound") {
        std::string deep = "<schedule>";
        for (int i = 0; i < 100; ++i) deep += "<a>";
        const ReadResult r = read_frab_xml(deep);
        CHECK_FALSE(r.ok());
        CHECK(first_error(r).find("deeper") != std::string::npos);
    }
    SUBCASE("malformed documents say where") {
        const ReadResult r = read_frab_xml("<schedule>\n<day date=\"2020-01-01\">\n</room>\n</schedule>");
        CHECK_FALSE(r.ok());
        CHECK(first_error_line(r) == 3);
        CHECK_FALSE(read_frab_xml("").ok());
        CHECK_FALSE(read_frab_xml("<schedule>").ok());
        CHECK_FALSE(read_frab_xml("<schedule a=1></schedule>").ok());
        CHECK_FALSE(read_frab_xml("<schedule a=\"1\" a=\"2\"></schedule>").ok());
        CHECK_FALSE(read_frab_xml("<schedule></schedule><schedule></schedule>").ok());
        CHECK_FALSE(read_frab_xml("<other/>").ok());
        CHECK(has_error(read_frab_xml("<?xml version=\"1.0\"?><calendar></calendar>")));
        CHECK_FALSE(looks_like_frab_xml("{\"format\": \"dagdeel\"}"));
        CHECK_FALSE(looks_like_frab_xml("BEGIN:VCALENDAR"));
        CHECK(looks_like_frab_xml("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x -->\n<schedule>"));
    }
    SUBCASE("lenient: duplicate ids and slugs, missing zone, CDATA") {
        const std::string xml =
            "<schedule><conference><title>T</title></conference>"
            "<day date=\"2024-03-09\" index=\"1\" start=\"2024-03-09T09:00:00+01:00\" end=\"2024-03-09T18:00:00+01:00\">"
            "<room name=\"A\"><event id=\"7\" guid=\"x\"><date>2024-03-09T09:00:00+01:00</date><start>09:00</start>"
            "<duration>00:45</duration><room>A</room><slug>s</slug><title><![CDATA[One <b>]]></title><type>Talk</type>"
            "<abstract/><persons><person id=\"1\">Ann</person></persons></event>"
            "<event id=\"7\" guid=\"x\"><date>2024-03-09T10:00:00+01:00</date><start>10:00</start>"
            "<duration>00:15</duration><room>A</room><slug>s</slug><title>Coffee</title><type>break</type>"
            "<abstract/><persons><person id=\"1\">Ann</person></persons></event></room></day></schedule>";
        const ReadResult r = read_frab_xml(xml);
        REQUIRE(r.ok());
        const Day& day = r.document->days.at(0);
        REQUIRE(day.items.size() == 2);
        CHECK(day.items[0].id != day.items[1].id);
        CHECK(day.items[0].title == "One <b>");
        CHECK(day.items[0].start == 9 * 60);
        CHECK(day.items[0].kind == ItemKind::talk);
        CHECK(day.items[1].kind == ItemKind::break_);
        CHECK(r.document->people.size() == 1);
        CHECK_FALSE(r.problems.empty());  // warnings: no zone, duplicate ids
    }
    SUBCASE("every truncation of an export is answered, never a crash") {
        const std::string text = write_frab_xml(load_seed("seed-000-buitenstebinnen")).text;
        for (std::size_t n = 0; n < text.size(); n += 7) {
            const ReadResult r = read_frab_xml(std::string_view(text).substr(0, n));
            CHECK((r.ok() || has_error(r)));
        }
    }
}

TEST_CASE("schedule.xml reader: an event's <date> 6,514 years from its <day> (issue 10, bug 3)") {
    // The fuzz finding itself, replayed by scripts/fuzz too. (days) * 1440
    // overflowed int (UBSan); the release build wrapped. Now the <date> is
    // refused with a warning on the event's line and <start> on the day's
    // date is used, as the reader's rule says.
    std::ifstream in(std::string(DAGDEEL_SOURCE_DIR) +
                         "/tests/hostile/regressions/fuzz_frab_xml/frab-xml-date-overflow.xml",
                     std::ios::binary);
    REQUIRE(in);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(text.size() == 698);
    const ReadResult r = read_frab_xml(text);
    REQUIRE(r.ok());
    const Problem* refused = nullptr;
    for (const Problem& p : r.problems)
        if (p.message.find("<date>") != std::string::npos) refused = &p;
    REQUIRE(refused != nullptr);
    CHECK_FALSE(refused->is_error);
    CHECK(refused->line == 4);
    CHECK(refused->message ==
          "event \"e1\": its <date> 2026-03-12T09:00:00+01:00 is not on its day 8540-03-12 (nor the night after); "
          "<date> ignored");
    REQUIRE(r.document->days.size() == 1);
    const Day& day = r.document->days[0];
    CHECK(format_iso_date(day.date) == "8540-03-12");
    REQUIRE(day.items.size() == 1);
    CHECK(day.items[0].start == 9 * 60);  // from <start>

    SUBCASE("without a <start> the event says it has no usable time") {
        std::string no_start = text;
        no_start.replace(no_start.find("<start>09:00</start>"), 20, "");
        const ReadResult r2 = read_frab_xml(no_start);
        REQUIRE(r2.ok());
        int said = 0;
        for (const Problem& p : r2.problems)
            said += p.line == 4 && (p.message.find("<date> ignored") != std::string::npos ||
                                    p.message.find("no usable <date> or <start>") != std::string::npos);
        CHECK(said == 2);
    }
    SUBCASE("a <date> on the night after its day still counts past midnight") {
        std::string night = text;
        night.replace(night.find("8540-03-12"), 10, "2026-03-11");
        const ReadResult r3 = read_frab_xml(night);
        REQUIRE(r3.ok());
        CHECK(r3.document->days.at(0).items.at(0).start == 24 * 60 + 9 * 60);
    }
}

TEST_CASE("schedule.xml reader: a schedule without <conference> still gets an id (fuzz_frab_xml)") {
    const ReadResult r = read_frab_xml("<schedule><version>1</version></schedule>");
    REQUIRE(r.ok());
    CHECK(r.document->id == "import-schedule");
    CHECK(r.document->event.title == "Schedule");
    CHECK(read_json(write_json(*r.document)).ok());  // an empty id could not be saved and reopened
}

TEST_CASE("schedule.xml reader: every fuzz regression input is answered (tests/hostile/regressions/fuzz_frab_xml)") {
    const std::filesystem::path dir =
        std::filesystem::path(DAGDEEL_SOURCE_DIR) / "tests/hostile/regressions/fuzz_frab_xml";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        ++files;
        CAPTURE(entry.path().filename().string());
        const ReadResult r = read_frab_xml_file(entry.path().string());
        if (r.ok()) CHECK(read_json(write_json(*r.document)).ok());
        else CHECK(has_error(r));
    }
    CHECK(files >= 3);
}

TEST_SUITE_END();
