// The one door (io/open_document.hpp) and the one format table
// (io/formats.hpp): every way in shows the same times, every way out is a row.
#include <doctest/doctest.h>

#include <set>

#include "builders.hpp"
#include "io/formats.hpp"
#include "io/open_document.hpp"
#include "io/templates.hpp"

using namespace dagdeel;
using test::fixture_path;
using test::hm;
using test::read_file;

namespace {

// seed-001 with an unpinned item holding a stale "start": the regression of
// issue 10 bug 1 (convert wrote DTSTART...T080000 and "8.00 – 8.05 uur").
std::string stale_seed_001() {
    std::string text = read_file(fixture_path("seed-001-lokaal-samenspel.json"));
    const std::string welkom = "\"id\": \"i-welkom\"";
    const std::size_t at = text.find(welkom);
    REQUIRE(at != std::string::npos);
    const std::size_t start = text.find("\"start\": \"19:30\"", at);
    REQUIRE(start != std::string::npos);
    text.replace(start, 16, "\"start\": \"08:00\"");
    return text;
}

const Item& item(const Document& d, const std::string& id) {
    for (const Day& day : d.days)
        for (const Item& it : day.items)
            if (it.id == id) return it;
    FAIL("no item " << id);
    return d.days[0].items[0];
}

}  // namespace

TEST_CASE("open: an unpinned item's stale start is reflowed on every way in (issue 10, bug 1)") {
    const std::string text = stale_seed_001();
    Opened r = open_document(text);
    REQUIRE(r.ok());
    CHECK(r.format == ImportFormat::json);
    CHECK(item(*r.document, "i-welkom").start == hm(19, 30));

    // What convert writes comes from the opened document: no 08:00 anywhere.
    const std::string md = export_as(*r.document, "md").text;
    CHECK(md.find("8.00") == std::string::npos);
    CHECK(md.find("19.30") != std::string::npos);
    const std::string ics = export_as(*r.document, "ics-items").text;
    CHECK(ics.find("T080000") == std::string::npos);
    CHECK(ics.find("20180213T193000") != std::string::npos);

    // Templates go through the same door.
    for (const TemplateInfo& t : list_templates()) {
        auto d = load_template(t.id);
        REQUIRE(d.has_value());
        Document flowed = *d;
        CHECK(open_document(write_json(flowed)).document->days == d->days);
    }
}

TEST_CASE("open: a document whose id is already open becomes a second draft with its own id") {
    const std::string text = read_file(fixture_path("seed-000-buitenstebinnen.json"));
    Opened first = open_document(text);
    REQUIRE(first.ok());
    CHECK_FALSE(first.given_new_id);
    Opened second = open_document(text, {{first.document->id}});
    REQUIRE(second.ok());
    CHECK(second.given_new_id);
    CHECK(second.document->id != first.document->id);
    CHECK(second.document->event.title == first.document->event.title);
}

TEST_CASE("open: formats are recognised by content, problems keep their place") {
    CHECK(open_document("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n").format == ImportFormat::ics);
    CHECK(open_document("<?xml version=\"1.0\"?><schedule></schedule>").format == ImportFormat::frab_xml);
    Opened broken = open_document("{\"format\": \"dagdeel\", \"version\": 1, \"days\": [{\"start\": \"25:61\"}]}");
    CHECK_FALSE(broken.ok());
    REQUIRE_FALSE(broken.problems.empty());
    bool located = false;
    for (const Problem& p : broken.problems) located |= p.path.rfind("days[0]", 0) == 0;
    CHECK(located);
    // json_only (stored drafts) never guesses another format.
    CHECK_FALSE(open_document("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", {{}, true}).ok());
}

TEST_CASE("copies: one policy for ids and titles") {
    Document d;
    d.id = "doc-1";
    d.event.title = "Inspiratiebijeenkomst";
    Document mine = d;
    make_copy(mine, CopyReason::other_tab, "nl");
    CHECK(mine.id != d.id);
    CHECK(mine.event.title == "Inspiratiebijeenkomst (jouw versie)");
    Document backup = d;
    make_copy(backup, CopyReason::from_backup, "en");
    CHECK(backup.event.title == "Inspiratiebijeenkomst (from backup)");
}

TEST_CASE("formats: one table, every row writes, names and extensions are unique") {
    const Document seed = test::load_seed("seed-000-buitenstebinnen");
    std::set<std::string> names;
    for (const ExportFormat& f : export_formats()) {
        CAPTURE(f.name);
        CHECK(names.insert(f.name).second);
        CHECK(std::string(f.extension).size() >= 2);
        CHECK(std::string(f.mime_type).find('/') != std::string::npos);
        CHECK(std::string(f.label_nl).size() > 0);
        CHECK(std::string(f.label_en).size() > 0);
        REQUIRE(static_cast<bool>(f.write));
        const ExportResult r = export_as(seed, f.name);
        if (f.group == FormatGroup::design) {
            CHECK_FALSE(r.ok);  // seed 000 has no workshop design
            CHECK(r.error.find("designs") != std::string::npos);
            continue;
        }
        CHECK(r.ok);
        // The seed has no participants: their attendance CSV is the header row alone.
        CHECK(r.text.size() > (std::string(f.name) == "attendance-csv" ? 50u : 100u));
        CHECK(r.extension == f.extension);
    }
    CHECK(names.count("ics-personal"));
    const ExportResult unknown = export_as(seed, "pdf");
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.error.find("available: json") != std::string::npos);
}
