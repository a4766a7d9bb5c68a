// Builders shared by the unit tests: the seed fixtures, files read whole,
// small documents. One copy here instead of one per test file.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/model.hpp"
#include "io/json/json_document.hpp"
#include "io/open_document.hpp"

namespace dagdeel::test {

inline const char* const kSeeds[] = {"seed-000-buitenstebinnen", "seed-001-lokaal-samenspel",
                                     "seed-002-wakkere-stad", "seed-003-overheidsparticipatie",
                                     "seed-004-co-creeren"};

inline std::string fixture_path(const std::string& name) {
    return std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/" + name;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A seed fixture ("seed-000-buitenstebinnen") as the app opens it.
inline Document load_seed(const std::string& name) {
    Opened r = open_document(read_file(fixture_path(name + ".json")));
    REQUIRE(r.ok());
    return *r.document;
}

// The first item with this title on any day, or null.
inline const Item* item_titled(const Document& d, const std::string& title) {
    for (const Day& day : d.days)
        for (const Item& it : day.items)
            if (it.title == title) return &it;
    return nullptr;
}

inline constexpr Minutes hm(int h, int m) { return h * 60 + m; }

inline bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// Seed 000 as the strict JSON reader reads it (read_json_file, not open_document).
inline Document seed0() {
    ReadResult r = read_json_file(fixture_path("seed-000-buitenstebinnen.json"));
    REQUIRE(r.ok());
    return *r.document;
}

// An item as the reflow and validation tests build them.
inline Item make_item(std::string id, ItemKind kind, std::string title, Minutes duration) {
    Item item;
    item.id = std::move(id);
    item.kind = kind;
    item.title = std::move(title);
    item.duration = duration;
    return item;
}

// A small draft: one undated afternoon (13:00-17:00) without items.
inline Document sample(const std::string& id, const std::string& title) {
    Document d;
    d.id = id;
    d.event.title = title;
    Day day;
    day.id = "d-1";
    day.start = hm(13, 0);
    day.end = hm(17, 0);
    d.days.push_back(day);
    return d;
}

}  // namespace dagdeel::test
