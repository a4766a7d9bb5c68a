// Find in the open plan (Ctrl+F): titles, descriptions, people and rooms of
// every item and session, in programme order. The UI walks the hits with
// next/previous and selects each one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

enum class FindField { title, description, person, room };

struct FindHit {
    std::string day_id, item_id, session_id;  // session_id set for a session of a round
    FindField field = FindField::title;
    std::string text;  // the text that matched (a title, a person's name, ...)
    friend bool operator==(const FindHit&, const FindHit&) = default;
};

// Case-insensitive (ASCII and Latin-1 letters such as É/é); one hit per item
// or session, for the first field that matches. An empty query finds nothing.
std::vector<FindHit> find_in_document(const Document& doc, std::string_view query);

// People for a "find or add" field (a session's leaders, the registration
// contact): everyone whose name or organisation contains the query, those
// whose name or organisation is the query itself first, then in the order of
// the people list. An empty query gives everyone.
std::vector<const Person*> people_matching(const Document& doc, std::string_view query);

// Lower case for matching: ASCII and the Latin-1 supplement (À..Þ).
std::string fold_case(std::string_view s);

}  // namespace dagdeel
