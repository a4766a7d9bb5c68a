// Text pasted into a single-line field: its lines become one line, joined by
// a space ("inloop\n14.00 uur" -> "inloop 14.00 uur"), never glued together.
// One rule for the page's text boxes and ImGui's own fields.
#pragma once

#include <string>
#include <string_view>

namespace dagdeel {

inline std::string one_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    const auto is_break = [](char c) { return c == '\r' || c == '\n'; };
    while (i < s.size()) {
        if (!is_break(s[i])) {
            out += s[i++];
            continue;
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
        while (i < s.size() && (is_break(s[i]) || s[i] == ' ' || s[i] == '\t')) ++i;
        if (!out.empty() && i < s.size()) out += ' ';
    }
    return out;
}

}  // namespace dagdeel
