// Pieces of the JSON reader shared between its files (not a public API):
// the pre-scan that bounds nesting before nlohmann parses, the migration
// chain, and the strict conversion from parsed JSON to a Document.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.hpp"
#include "io/json/json_document.hpp"
#include "io/json/json_dom.hpp"

namespace dagdeel::json_detail {

// Walks the raw text once, O(n), without recursion: rejects nesting deeper
// than kJsonMaxDepth (so 100,000 nested arrays never reach a parser or a
// destructor that might recurse) and reports duplicate keys, which
// nlohmann::json would silently collapse. Returns false when parsing must
// not be attempted.
bool prescan(std::string_view text, std::vector<Problem>& problems);

// Brings a parsed file of an older version up to kJsonFormatVersion, step by
// step. Reports (and returns false) when the version is missing, not a
// number, or newer than this build understands.
bool migrate(nlohmann::json& root, std::vector<Problem>& problems);

// Strict conversion from the fast tree (json_dom.hpp); problems get JSON paths. Returns a document only when
// no error was reported.
// unique_keys: the pre-scan found no duplicated key (lookups may stop at the
// first match).
std::optional<Document> document_from_json(const JValue& root, std::vector<Problem>& problems,
                                           bool unique_keys);

}  // namespace dagdeel::json_detail
