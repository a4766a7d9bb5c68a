// Validation: findings about a document, each with a severity, the item it is
// about and a message in Dutch and English. Cheap enough to run on every edit
// (conflict detection sorts intervals: O(n log n), never pairwise).
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

enum class Severity { error, warning, info };

struct Finding {
    Severity severity = Severity::warning;
    std::string code;        // stable machine name, e.g. "room_overlap"
    std::string day_id;      // empty when about the event as a whole
    std::string item_id;     // empty when about a day or the event
    std::string session_id;  // set when about one session of a round
    std::string field;       // e.g. "title", "registration.deadline"
    std::string message_nl;
    std::string message_en;
    friend bool operator==(const Finding&, const Finding&) = default;
};

const char* to_string(Severity);
std::vector<Finding> validate(const Document& doc);
bool has_errors(const std::vector<Finding>& findings);

}  // namespace dagdeel
