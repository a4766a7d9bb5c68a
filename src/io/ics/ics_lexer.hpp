// The iCalendar content-line lexer (RFC 5545 3.1-3.3): physical lines ->
// unfolded logical lines -> properties with parameters; TEXT unescaping and
// UTF-8 checks. Internal to the .ics reader (ics_reader.cpp), not a public API.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/ics/ics_reader.hpp"

namespace dagdeel::ics_detail {

// The reader's problem list, with the kIcsMaxProblems bound on warnings.
struct Problems {
    std::vector<Problem>& list;
    std::size_t dropped = 0;
    void add(int line, std::string message, bool error = false) {
        if (list.size() >= kIcsMaxProblems && !error) {
            ++dropped;
            return;
        }
        Problem p;
        p.message = std::move(message);
        p.is_error = error;
        p.line = line;
        p.column = line > 0 ? 1 : 0;
        list.push_back(std::move(p));
    }
    void finish() {
        if (dropped) list.push_back({"", std::to_string(dropped) + " further warnings not listed", false});
        dropped = 0;
    }
};

std::string upper(std::string_view s);
bool all_digits(std::string_view s);
// Only for short all-digit strings (no overflow check).
int int_of(std::string_view s);

// Names and values are views into the unfolded text (Unfolded::text, kept by
// Calendar::text), which must outlive them: no string per line, property or
// parameter is allocated (a 1,000-event file has some 15,000 of them).
struct Param {
    std::string_view name;   // upper case
    std::string_view value;  // quotes removed; several values stay comma-joined
};

struct Prop {
    std::string_view name;  // upper case
    std::vector<Param> params;
    std::string_view value;
    int line = 0;
    const std::string_view* param(std::string_view n) const {
        for (const Param& p : params)
            if (p.name == n) return &p.value;
        return nullptr;
    }
};

// One logical (unfolded) line: text[offset, offset + size) of Unfolded::text.
struct LogicalLine {
    std::size_t offset = 0, size = 0;
    int line = 0;  // of its first physical line
    bool too_long = false;
};

struct Unfolded {
    std::string text;  // the logical lines one after the other, without line breaks
    std::vector<LogicalLine> lines;
};

// Splits on CRLF, LF or CR and unfolds lines that start with a space or tab;
// a logical line longer than kIcsMaxLineBytes is kept empty with too_long.
Unfolded unfold(std::string_view text, Problems& problems);
// "NAME;P1=a;P2=\"b;c\",d:value" -> Prop, read in place: the names in s are
// upper-cased and the parameter values' quotes removed, and the Prop's views
// point into s. nullopt when there is no ':' or no name (s may then be changed).
std::optional<Prop> parse_content_line(char* s, std::size_t n, int line);
// Length of the valid UTF-8 sequence at s[i], 0 when it is not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i);
// TEXT (3.3.11) unescaped; non-UTF-8 bytes become U+FFFD, controls are dropped.
std::string unescape_text(std::string_view v);
// A multi-valued TEXT split on unescaped commas, each value unescaped.
std::vector<std::string> split_text_list(std::string_view v);

}  // namespace dagdeel::ics_detail
