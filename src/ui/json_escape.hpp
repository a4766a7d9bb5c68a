// A string as a JSON string literal, for the small JSON texts the UI hands to
// the page (planner.widgets(), the accessibility mirror). One owner: both
// had their own copy. Control characters become \u00XX; UTF-8 passes as is.
#pragma once

#include <cstdio>
#include <string>

namespace dagdeel::ui {

inline void append_json_string(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += (char)c;
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += (char)c;
        }
    }
    out += '"';
}

}  // namespace dagdeel::ui
