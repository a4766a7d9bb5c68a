// Shared checks for the fuzz targets: a failed check prints what and aborts,
// which libFuzzer reports as a crash and saves the input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "io/json/json_document.hpp"

namespace dagdeel::fuzz {

[[noreturn]] inline void fail(const char* target, const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "%s: %s\n%s\n", target, what, detail.substr(0, 4000).c_str());
    std::abort();
}

inline std::string problems_text(const ReadResult& r) {
    std::string s;
    for (const Problem& p : r.problems) s += (p.is_error ? "error " : "warning ") + format_problem(p) + "\n";
    return s;
}

// A refusal must say why: at least one error with a message.
inline void check_refusal_explained(const char* target, const ReadResult& r) {
    for (const Problem& p : r.problems)
        if (p.is_error && !p.message.empty()) return;
    fail(target, "refused without an error message", problems_text(r));
}

// Whatever an importer accepts must be a Document our own format can store:
// read_json(write_json(d)) == d, with no errors (no duplicate ids, no
// dangling references, every value within the JSON reader's bounds).
inline void check_storable(const char* target, const Document& doc) {
    const std::string text = write_json(doc);
    const ReadResult back = read_json(text);
    if (!back.ok()) fail(target, "imported document cannot be saved and reopened", problems_text(back) + text);
    if (!(*back.document == doc)) {
        // Name the first line that differs between the two JSON texts.
        const std::string again = write_json(*back.document);
        std::size_t at = 0, line = 1;
        while (at < text.size() && at < again.size() && text[at] == again[at]) line += text[at++] == '\n';
        const std::size_t from = text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
        fail(target, "imported document changes when saved and reopened",
             "first difference at line " + std::to_string(line) + ":\n  saved:    " +
                 text.substr(from, text.find('\n', at) - from) + "\n  reopened: " +
                 again.substr(from, again.find('\n', at) - from) +
                 (text == again ? "\n  (same JSON text: a field write_json does not write?)" : ""));
    }
}

}  // namespace dagdeel::fuzz
