// The native Dagdeel file: a Document as JSON (nlohmann/json), read strictly
// and written in one stable shape so that drafts diff well and round-trip
// losslessly: read_json(write_json(d)) gives back d for every field of the
// model. docs/dagdeel.schema.json describes the same format for other tools.
//
// Shape (every key is always written, in this order; nested objects follow
// the order of the fields in core/model.hpp):
//   { "format": "dagdeel", "version": 1, "id": "...",
//     "event": {...}, "days": [...], "people": [...], "rooms": [...],
//     "designs": [...], "settings": {...} }
// Times of day are "HH:MM" (values past midnight as "24:15" .. "47:59"),
// dates "YYYY-MM-DD" or null when not set, durations integer minutes, enums
// by their to_string() names from model.hpp. Indent: 2 spaces, UTF-8, a
// final newline.
//
// Reading never throws and never trusts its input. Every problem names its
// JSON path ("days[0].items[3].start") and says what is wrong. Decisions:
//  * Unknown keys are warnings ("unknown key, ignored") and are dropped:
//    the model has no place to keep them, and a warning tells the user that
//    a newer or hand-edited file carried something we do not understand.
//  * Missing optional keys take the model's defaults, so hand-written files
//    can stay short; identifying keys (ids, titles, kinds ...) are required.
//  * Dangling references (a person, room or design id that is not in the
//    document) and duplicate ids are errors: the file is not loaded.
//  * Older versions are migrated step by step (json_migrate.cpp); a newer
//    version is refused with "made by a newer Dagdeel".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

// The version this build writes; older ones are migrated on read.
inline constexpr int kJsonFormatVersion = 1;

// Bounds against hostile or broken input, checked before or while parsing.
inline constexpr std::size_t kJsonMaxFileBytes = 20u * 1024u * 1024u;  // 20 MiB
inline constexpr int kJsonMaxDepth = 64;                 // nested arrays/objects
inline constexpr std::size_t kJsonMaxArrayLength = 100000;  // entries per list
inline constexpr std::size_t kJsonMaxItems = 100000;      // items + sessions in all days
inline constexpr std::size_t kJsonMaxStringBytes = 1024u * 1024u;  // one text field: 1 MiB

struct Problem {
    std::string path;     // JSON path, e.g. "days[0].items[3].start"; "" = whole file
    std::string message;  // e.g. "\"25:61\" is not a time"
    bool is_error = true;  // false: a warning, the document still loads
    int line = 0;          // 1-based position in the text when known (syntax errors)
    int column = 0;
    friend bool operator==(const Problem&, const Problem&) = default;
};

struct ReadResult {
    std::optional<Document> document;  // set when there are no errors
    std::vector<Problem> problems;     // errors and warnings, in the order found
    bool ok() const { return document.has_value(); }
};

// "days[0].items[3].start: \"25:61\" is not a time" or "line 3, column 5: ...".
std::string format_problem(const Problem& p);

// The file text for a document (never throws; invalid UTF-8 is replaced).
std::string write_json(const Document& doc);
ReadResult read_json(std::string_view text);

// Whole files. Reading refuses files over kJsonMaxFileBytes before loading them.
ReadResult read_json_file(const std::string& path);
// Writes the file in place (truncating; not atomic: callers that must never
// lose the old file write elsewhere and rename). Returns an error message, or
// std::nullopt on success.
std::optional<std::string> write_json_file(const Document& doc, const std::string& path);

}  // namespace dagdeel
