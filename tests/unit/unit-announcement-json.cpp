// The announcement outline as JSON (write_announcement_outline_json), which
// the web reading view lays out: the same title, programme and sessions as
// the other announcement outputs, item and session ids on programme rows
// (for the calendar buttons), and links only when is_safe_link allows them.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>

#include "builders.hpp"

#include "io/announcement/announcement.hpp"
#include "io/json/json_document.hpp"

using namespace dagdeel;
using nlohmann::json;

TEST_SUITE_BEGIN("announcement-json");

namespace {

using test::seed0;

std::string text_of(const json& line) {
    std::string out;
    for (const json& s : line) out += s.value("text", "");
    return out;
}

// Every programme entry (rows and their sessions), depth first.
void collect(const json& entries, std::vector<json>& out) {
    for (const json& e : entries) {
        out.push_back(e);
        collect(e["children"], out);
    }
}

}  // namespace

TEST_CASE("outline JSON: title, every item and session with its id, times on rows") {
    const Document d = seed0();
    const json o = json::parse(write_announcement_outline_json(d));
    CHECK(o["title"] == d.event.title);
    CHECK(o["language"] == "nl");
    std::vector<json> entries;
    for (const json& b : o["blocks"])
        if (b["kind"] == "programme") collect(b["entries"], entries);
    REQUIRE(!entries.empty());
    for (const Day& day : d.days)
        for (const Item& item : day.items) {
            const auto row = std::find_if(entries.begin(), entries.end(), [&](const json& e) {
                return e.value("item", "") == item.id && !e.contains("session");
            });
            REQUIRE_MESSAGE(row != entries.end(), item.title);
            // Rows carry their time unless the organiser keeps it out (time_hidden).
            CHECK((*row)["time"].get<std::string>().empty() == item.time_hidden);
            CHECK(text_of((*row)["line"]).find(item.title) != std::string::npos);
            for (const Session& s : item.sessions) {
                const auto sub = std::find_if(entries.begin(), entries.end(),
                                              [&](const json& e) { return e.value("session", "") == s.id; });
                REQUIRE_MESSAGE(sub != entries.end(), s.title);
                CHECK((*sub)["item"] == item.id);
                CHECK(text_of((*sub)["line"]).find(s.title) != std::string::npos);
            }
        }
}

TEST_CASE("outline JSON: unsafe links lose their href, markup stays text") {
    Document d = seed0();
    d.event.title = "<script>alert(1)</script>";
    d.days[0].items[0].description = "[klik](javascript:alert(1)) en https://example.org/a";
    const std::string text = write_announcement_outline_json(d);
    const json o = json::parse(text);
    CHECK(o["title"] == "<script>alert(1)</script>");  // text; the page inserts it as text
    CHECK(text.find("\"href\":\"javascript") == std::string::npos);
    CHECK(text.find("\"href\": \"javascript") == std::string::npos);
    bool safe_link = false;
    std::function<void(const json&)> walk = [&](const json& j) {
        if (j.is_object() && j.contains("href")) safe_link |= j["href"] == "https://example.org/a";
        if (j.is_structured())
            for (const json& c : j) walk(c);
    };
    walk(o);
    CHECK(safe_link);
}
