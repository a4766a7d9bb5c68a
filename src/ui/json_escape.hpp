// A string as a JSON string literal, for the small JSON texts the UI hands to
// the page (planner.widgets(), the accessibility mirror). One owner: both
// had their own copy. Control characters become \u00XX; UTF-8 passes as is.
#pragma once

#include <cstdio>
#include <string>

namespace dagdeel::ui {

inline void append_json_string(std::string& out, const std::string& s) {
    out += '"';
    // Runs of characters that need no escape go in one append (the mirror
    // sends a few hundred names per frame while scrolling).
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = (unsigned char)s[i];
        if (c != '"' && c != '\\' && c >= 0x20) continue;
        out.append(s, run, i - run);
        run = i + 1;
        if (c == '"' || c == '\\') {
            out += '\\';
            out += (char)c;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
    }
    out.append(s, run, s.size() - run);
    out += '"';
}

}  // namespace dagdeel::ui
