// The fast JSON paths behind read_json/write_json (issue 14): JsonDom must
// accept exactly what nlohmann accepts, with the same values, or decline (the
// reader then takes nlohmann's path); JsonOut must write byte for byte what
// nlohmann's dump(2) wrote; and a file read through either path must give
// the same document and the same problems.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/json/json_document.hpp"
#include "io/json/json_dom.hpp"
#include "io/json/json_out.hpp"
#include "io/json/json_write_job.hpp"
#include "builders.hpp"

// A named namespace keeps the using-directive for json_detail (whose `json`
// is the fast tree) inside this file when a unity build compiles it in one
// translation unit with unit-json.cpp (whose `json` is nlohmann's).
namespace json_fast_test {

using namespace dagdeel;
using dagdeel::test::read_file;
using namespace dagdeel::json_detail;
using json = nlohmann::json;

namespace {

std::string fixture(const std::string& name) {
    return read_file(std::string(DAGDEEL_SOURCE_DIR) + "/tests/fixtures/" + name + ".json");
}

// Our tree as nlohmann's, to compare values (duplicate keys: the last wins,
// as in nlohmann's DOM).
json to_nlohmann(const JValue& v) {
    switch (v.kind()) {
        case JValue::Kind::null: return nullptr;
        case JValue::Kind::boolean: return v.boolean();
        case JValue::Kind::integer: return v.integer();
        case JValue::Kind::unsigned_integer: return v.unsigned_integer();
        case JValue::Kind::floating: return v.number();
        case JValue::Kind::string: return std::string(v.str());
        case JValue::Kind::array: {
            json a = json::array();
            for (const JValue& e : v) a.push_back(to_nlohmann(e));
            return a;
        }
        case JValue::Kind::object: {
            json o = json::object();
            for (const JValue& m : v) o[std::string(m.key())] = to_nlohmann(m);
            return o;
        }
    }
    return nullptr;
}

// Never accepts what nlohmann rejects; when it accepts, the values agree
// (including the kind of number). Returns whether ours accepted.
bool same_as_nlohmann(const std::string& text) {
    JsonDom dom;
    const bool ours = dom.parse(text, kJsonMaxDepth);
    json theirs = json::parse(text, nullptr, false);
    if (!ours) return false;
    INFO("text: " << text);
    REQUIRE_FALSE(theirs.is_discarded());
    const json mine = to_nlohmann(dom.root());
    CHECK(mine == theirs);
    CHECK(mine.type() == theirs.type());
    return true;
}

std::string dumped(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace); }

std::string streamed_string(std::string_view s) {
    std::string out;
    JsonOut o(out);
    o.value(s);
    return out;
}

}  // namespace

TEST_CASE("JsonDom takes valid JSON with nlohmann's values") {
    const char* accepted[] = {
        "{}", "[]", " { \"a\" : [ 1 , -2 , 3.5 , true , false , null ] } ", "\"\"", "0", "-0", "1e2", "1E+2",
        "-1.25e-3", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
        "-9223372036854775809", "9223372036854775808", "[\"\\u00e9\\u20ac\\ud83d\\ude00\\n\\t\\\"\\\\\\/\\b\\f\\r\"]",
        "{\"a\":1,\"a\":2}", "[\"é€😀\"]", "{\"k\\u0041y\":\"\\u0000\"}", "[1e-400]", "\t\r\n[ ]\n",
    };
    for (const char* text : accepted) {
        INFO(text);
        CHECK(same_as_nlohmann(text));
    }
    JsonDom dom;
    REQUIRE(dom.parse("{\"a\":1,\"b\":{\"c\":[true]},\"a\":\"last\"}", kJsonMaxDepth));
    CHECK(dom.root().find("a")->str() == "last");  // a duplicated key: the last value, as nlohmann keeps it
    CHECK(dom.root().find("b")->find("c")->size() == 1);
    CHECK(dom.root().find("missing") == nullptr);
}

TEST_CASE("JsonDom declines what it must leave to nlohmann") {
    const char* declined[] = {
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "1.", ".5", "-", "+1", "1e", "1e+",
        "tru", "nul", "[1] x", "\"abc", "\"a\x01\"", "\"\\x\"", "\"\\u12G4\"", "\"\\ud800\"", "\"\\udc00\"",
        "\"\\ud800\\u0041\"", "\"\xff\"", "\"\xc0\xaf\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "1e309",
        "-1e309", "\xEF\xBB\xBF{}",  // a byte order mark: nlohmann skips it, the reader lets it
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    };
    for (const char* text : declined) {
        INFO(text);
        JsonDom dom;
        CHECK_FALSE(dom.parse(text, kJsonMaxDepth));
    }
}

TEST_CASE("JsonDom never accepts a corrupted file that nlohmann rejects") {
    const std::string base = fixture("seed-002-wakkere-stad");
    std::mt19937 rng(14);
    const char bytes[] = {'"', '\\', ',', ':', '{', '}', '[', ']', '0', '-', 'e', '.', ' ', 'u', '\x01', '\xc3', '\xff'};
    int accepted = 0;
    for (int n = 0; n < 400; ++n) {
        std::string text = base;
        for (int k = 0; k < 1 + n % 3; ++k) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 3) {
                case 0: text[at] = bytes[rng() % sizeof bytes]; break;
                case 1: text.erase(at, 1 + rng() % 4); break;
                default: text.insert(at, 1, bytes[rng() % sizeof bytes]);
            }
        }
        accepted += same_as_nlohmann(text);
    }
    CHECK(accepted > 0);  // some corruptions stay valid JSON (inside a text, say) and are compared
}

TEST_CASE("JsonOut writes what nlohmann's dump(2) wrote") {
    std::string out;
    JsonOut o(out);
    o.begin_object();
    o.field("s", "tekst \"met\" \\ en\nregels\t\x01\x1f\x7f é € 😀");
    o.field("n", -42);
    o.field("big", 2147483647);
    o.field("t", true);
    o.field("f", false);
    o.key("null");
    o.null();
    o.key("empty_list");
    o.begin_array();
    o.end_array();
    o.key("empty_object");
    o.begin_object();
    o.end_object();
    o.key("list");
    o.begin_array();
    o.value("a");
    o.begin_object();
    o.field("x", 1);
    o.end_object();
    o.begin_array();
    o.end_array();
    o.end_array();
    o.end_object();
    nlohmann::ordered_json expected;
    expected["s"] = "tekst \"met\" \\ en\nregels\t\x01\x1f\x7f é € 😀";
    expected["n"] = -42;
    expected["big"] = 2147483647;
    expected["t"] = true;
    expected["f"] = false;
    expected["null"] = nullptr;
    expected["empty_list"] = nlohmann::ordered_json::array();
    expected["empty_object"] = nlohmann::ordered_json::object();
    expected["list"] = {"a", {{"x", 1}}, nlohmann::ordered_json::array()};
    CHECK(out == expected.dump(2));
}

TEST_CASE("JsonOut: invalid UTF-8 is replaced exactly as nlohmann replaces it") {
    const std::string broken[] = {"\xff", "a\xc3", "\xc3(", "\xe2\x82", "\xed\xa0\x80x", "\xf4\x90\x80\x80",
                                  "ok \xc0\xaf ok", "\xe2\x82\xac\xe2", "Caf\xe9 Zo\xeb"};
    for (const std::string& s : broken) {
        INFO(s);
        CHECK_FALSE(json_detail::is_valid_utf8(s));
        CHECK(streamed_string(s) == dumped(json(s)));
    }
    for (const std::string s : {"", "abc", "é", "€", "😀", "\x7f", "\xef\xbf\xbd", "\xf4\x8f\xbf\xbf"}) {
        CHECK(json_detail::is_valid_utf8(s));
        CHECK(streamed_string(s) == dumped(json(s)));
    }
    // Every control character, one by one.
    for (int c = 0; c < 0x20; ++c) {
        const std::string s(1, static_cast<char>(c));
        CHECK(streamed_string(s) == dumped(json(s)));
    }
}

TEST_CASE("read_json: the fast and the nlohmann path give the same document and problems") {
    // A byte order mark sends a file down nlohmann's path (JsonDom declines
    // it), without changing what it holds: compare both readings.
    auto both = [](const std::string& text) {
        ReadResult fast = read_json(text), slow = read_json("\xEF\xBB\xBF" + text);
        CHECK(fast.document == slow.document);
        REQUIRE(fast.problems.size() == slow.problems.size());
        for (std::size_t i = 0; i < fast.problems.size(); ++i) {
            CHECK(fast.problems[i].path == slow.problems[i].path);
            CHECK(fast.problems[i].message == slow.problems[i].message);
            CHECK(fast.problems[i].is_error == slow.problems[i].is_error);
        }
        return fast;
    };
    for (const char* name : {"seed-000-buitenstebinnen", "seed-001-lokaal-samenspel", "seed-004-co-creeren"})
        CHECK(both(fixture(name)).ok());

    // Wrong types, unknown keys (reported sorted and once), escapes, numbers
    // of every kind, duplicates: all give identical problems on both paths.
    json j = json::parse(fixture("seed-001-lokaal-samenspel"));
    j["zeta"] = 1;
    j["alpha"] = {1, 2};
    j["event"]["title"] = "Titel met \u00e9 en \"quotes\"";
    j["event"]["max_participants"] = 1.5;
    j["event"]["expected_participants"] = -3;
    j["days"][0]["items"][0]["duration"] = "twintig";
    j["days"][0]["items"][0]["start"] = "25:61";
    j["days"][0]["items"][0]["kind"] = 7;
    j["days"][0]["items"][0]["extra"] = nullptr;
    j["settings"]["max_stretch_without_break"] = 18446744073709551615ull;
    ReadResult r = both(j.dump(2));
    CHECK_FALSE(r.ok());
    CHECK(r.problems.size() >= 8);
    std::string dup = j.dump(2);
    dup.insert(dup.find("\"format\""), "\"zeta\": 2, \"id\": \"other\", ");
    CHECK_FALSE(both(dup).ok());
    // The unknown-key warnings come sorted, as before.
    ReadResult w = read_json(j.dump(2));
    std::vector<std::string> unknown;
    for (const Problem& p : w.problems)
        if (p.message == "unknown key, ignored" && p.path.find('.') == std::string::npos) unknown.push_back(p.path);
    CHECK(unknown == std::vector<std::string>{"alpha", "zeta"});
}

TEST_CASE("JsonDom declines a duplicated key only when asked") {
    const char* duplicated[] = {
        "{\"a\":1,\"a\":2}",
        "{\"a\":1,\"\\u0061\":2}",  // the same key once unescaped
        "{\"x\":[1,{\"b\":1,\"c\":2,\"b\":3}]}",
        "{\"\":1,\"\":2}",
    };
    for (const char* text : duplicated) {
        INFO(text);
        JsonDom plain, strict;
        CHECK(plain.parse(text, kJsonMaxDepth));
        CHECK_FALSE(strict.parse(text, kJsonMaxDepth, true));
    }
    // Big objects take a set instead of the signature word.
    std::string big = "{", big_dup;
    for (int i = 0; i < 100; ++i) big += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
    big_dup = big + ",\"k57\":0}";
    big += "}";
    JsonDom a, b;
    CHECK(a.parse(big, kJsonMaxDepth, true));
    CHECK(a.root().size() == 100);
    CHECK_FALSE(b.parse(big_dup, kJsonMaxDepth, true));
    // Keys that share length, first and last byte but differ.
    JsonDom c;
    CHECK(c.parse("{\"ab\":1,\"ab_\":2,\"axb\":3,\"ayb\":4,\"a\":5,\"b\":6}", kJsonMaxDepth, true));
}

TEST_CASE("read_json: what the pre-scan finds is still reported when the fast path is skipped") {
    json j = json::parse(fixture("seed-001-lokaal-samenspel"));
    // A duplicated key inside a value nobody reads.
    std::string t = j.dump(2);
    const std::size_t at = t.find("\"format\"");
    t.insert(at, "\"alpha\": [1, {\"b\": 2, \"b\": 3}], ");
    const int line = 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    ReadResult r = read_json(t);
    CHECK_FALSE(r.document.has_value());
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].path == "alpha[1].b");
    CHECK(r.problems[0].message == "duplicate key \"b\"");
    CHECK(r.problems[0].line == line);
    // The same key twice, once escaped: the pre-scan compares raw keys and
    // lets it pass; the reader then behaves as before (same on both paths).
    std::string esc = j.dump(2);
    esc.insert(esc.find("\"format\""), "\"\\u0069d\": \"other\", ");
    ReadResult e = read_json(esc), e_slow = read_json("\xEF\xBB\xBF" + esc);
    CHECK(e.document == e_slow.document);
    REQUIRE(e.problems.size() == e_slow.problems.size());
    for (std::size_t i = 0; i < e.problems.size(); ++i) CHECK(format_problem(e.problems[i]) == format_problem(e_slow.problems[i]));
    // An item with more keys than the known-key word holds: every unknown
    // one is warned about, sorted, on both paths.
    json& item = j["days"][0]["items"][0];
    for (int i = 0; i < 70; ++i) item["x" + std::to_string(100 + i)] = i;
    const std::string wide = j.dump(2);
    ReadResult w = read_json(wide), w_slow = read_json("\xEF\xBB\xBF" + wide);
    CHECK(w.ok());
    CHECK(w.document == w_slow.document);
    std::vector<std::string> unknown, unknown_slow;
    for (const Problem& p : w.problems) unknown.push_back(format_problem(p));
    for (const Problem& p : w_slow.problems) unknown_slow.push_back(format_problem(p));
    CHECK(unknown == unknown_slow);
    REQUIRE(unknown.size() == 70);
    CHECK(unknown.front() == "days[0].items[0].x100: unknown key, ignored");
    CHECK(unknown.back() == "days[0].items[0].x169: unknown key, ignored");
}

TEST_CASE("write_json's streamed text is what the DOM writer gave") {
    // The fixtures were written by the nlohmann DOM writer; reading and
    // writing them again must give the same bytes (also checked by the
    // round-trip test in unit-json.cpp), and a document full of escapes too.
    for (const char* name : {"seed-000-buitenstebinnen", "seed-003-overheidsparticipatie"}) {
        const std::string text = fixture(name);
        ReadResult r = read_json(text);
        REQUIRE(r.ok());
        CHECK(write_json(*r.document) == text);
    }
    Document d;
    d.id = "esc";
    d.event.title = "Tab\there \"quoted\" back\\slash \x01 € \xff";
    d.event.organisers = {"", "a\nb"};
    const std::string written = write_json(d);
    CHECK(written == nlohmann::ordered_json::parse(written).dump(2) + "\n");  // valid JSON, canonical layout
    ReadResult back = read_json(written);
    REQUIRE(back.ok());
    CHECK(back.document->event.title == "Tab\there \"quoted\" back\\slash \x01 € \xef\xbf\xbd");
}

TEST_CASE("JsonWriteJob: written in slices, the same bytes as write_json") {
    std::vector<Document> docs;
    for (const char* name : {"seed-000-buitenstebinnen", "seed-003-overheidsparticipatie"}) {
        ReadResult r = read_json(fixture(name));
        REQUIRE(r.ok());
        docs.push_back(*r.document);
    }
    Document odd;  // no days at all, then an empty day between two full ones
    odd.id = "odd";
    docs.push_back(odd);
    Document gaps = docs[0];
    gaps.days.insert(gaps.days.begin(), Day{});
    gaps.days.push_back(Day{});
    docs.push_back(gaps);
    for (const Document& d : docs) {
        const std::string whole = write_json(d);
        for (std::size_t per_step : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{1000}}) {
            JsonWriteJob job(d);
            int steps = 0;
            while (!job.step(per_step)) ++steps;
            CHECK(job.done());
            CHECK(job.take_text() == whole);
            std::size_t items = 0;
            for (const Day& day : d.days) items += day.items.size();
            if (per_step == 1 && items > 4) CHECK(steps > 4);  // really in slices
        }
    }
}

}  // namespace json_fast_test
