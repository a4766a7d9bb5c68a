// The .ics content-line lexer (src/io/ics/ics_lexer.hpp): unfolding into one
// buffer, properties read in place (names upper-cased, parameter quotes
// removed) and TEXT unescaping with its run-at-a-time copy of plain ASCII.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/ics/ics_lexer.hpp"

using namespace dagdeel;
using namespace dagdeel::ics_detail;

namespace {

std::vector<std::string> lines_of(const Unfolded& u) {
    std::vector<std::string> out;
    for (const LogicalLine& l : u.lines) out.push_back(u.text.substr(l.offset, l.size));
    return out;
}

}  // namespace

TEST_SUITE("ics-lexer") {

TEST_CASE("ics lexer: unfolding puts the logical lines one after the other in one buffer") {
    std::vector<Problem> list;
    Problems problems{list};
    const Unfolded u = unfold("A:1\r\nB:x\r\n y\r\n\tz\nC:3\rD:4\r\n\r\nE:5", problems);
    CHECK(lines_of(u) == std::vector<std::string>{"A:1", "B:xyz", "C:3", "D:4", "E:5"});
    CHECK(u.text == "A:1B:xyzC:3D:4E:5");
    REQUIRE(u.lines.size() == 5);
    CHECK(u.lines[1].line == 2);  // a folded line is counted from its first physical line
    CHECK(u.lines[2].line == 5);
    CHECK(u.lines[4].line == 8);
    REQUIRE(list.size() == 1);  // the blank line
    CHECK(list[0].line == 7);
}

TEST_CASE("ics lexer: a logical line past the bound is kept empty and its folds are dropped") {
    std::vector<Problem> list;
    Problems problems{list};
    const std::string half(kIcsMaxLineBytes / 2 + 10, 'x');
    const Unfolded u = unfold("A:1\r\nB:" + half + "\r\n " + half + "\r\n more\r\nC:3\r\n", problems);
    REQUIRE(u.lines.size() == 3);
    CHECK_FALSE(u.lines[0].too_long);
    CHECK(u.lines[1].too_long);
    CHECK(u.lines[1].size == 0);
    CHECK(lines_of(u) == std::vector<std::string>{"A:1", "", "C:3"});
    CHECK(u.text == "A:1C:3");  // nothing of the long line stays in the buffer
}

TEST_CASE("ics lexer: a content line is read in place, names upper-cased and quotes removed") {
    std::string s = "dtStart;tzid=\"Europe/Amsterdam\";x-a=\"b;c\",d,\"e:f\";RSVP:20261022T080000";
    auto p = parse_content_line(s.data(), s.size(), 7);
    REQUIRE(p);
    CHECK(p->name == "DTSTART");
    CHECK(p->line == 7);
    CHECK(p->value == "20261022T080000");
    REQUIRE(p->params.size() == 3);
    CHECK(p->params[0].name == "TZID");
    CHECK(p->params[0].value == "Europe/Amsterdam");
    CHECK(p->params[1].name == "X-A");
    CHECK(p->params[1].value == "b;c,d,e:f");
    CHECK(p->params[2].name == "RSVP");  // a parameter without a value is tolerated
    CHECK(p->params[2].value.empty());
    REQUIRE(p->param("TZID"));
    CHECK(*p->param("TZID") == "Europe/Amsterdam");
    CHECK_FALSE(p->param("VALUE"));
    // the views point into the line itself
    CHECK(p->value.data() == s.data() + s.size() - 15);
    CHECK(s.rfind("DTSTART;TZID=", 0) == 0);
}

TEST_CASE("ics lexer: what is not a content line") {
    for (std::string s : {std::string("no colon"), std::string(":no name"), std::string("A;P=\"open:quote"),
                          std::string("A;P"), std::string("")}) {
        CAPTURE(s);
        CHECK_FALSE(parse_content_line(s.data(), s.size(), 1));
    }
    std::string empty_value = "X-EMPTY:";
    auto p = parse_content_line(empty_value.data(), empty_value.size(), 1);
    REQUIRE(p);
    CHECK(p->value.empty());
}

TEST_CASE("ics lexer: TEXT unescaping copies plain runs and checks everything else") {
    CHECK(unescape_text("plain text, no escapes") == "plain text, no escapes");
    CHECK(unescape_text("a\\, b\\; c\\\\ d\\nE\\Nf") == "a, b; c\\ d\nE\nf");
    CHECK(unescape_text("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");
    CHECK(unescape_text("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
    CHECK(unescape_text(std::string("ctl\x01\x7f\tend")) == "ctl\tend");
    CHECK(unescape_text("trailing\\") == "trailing\\");
    CHECK(unescape_text("") == "");
}

}  // TEST_SUITE
