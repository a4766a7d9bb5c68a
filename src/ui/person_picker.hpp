// Find or add a person where one is needed (a session's leaders, the
// registration contact), without a trip to People and rooms: a field at the
// top of the popup filters the people as you type, Enter takes the first one
// listed or, when nobody matches, adds the typed name as a new person.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace dagdeel::ui {

// Someone in the list (person_id), or a new person by the name typed.
struct PersonChoice {
    std::string person_id;
    std::string new_name;
};

// Draws inside an open popup or combo: the "find or add" field (##person-find,
// ready for typing when the popup opens), the people it matches (Selectable
// "###<pick_prefix><id>", the one with `selected_id` highlighted) and
// "Nieuw: …" (###<pick_prefix>new) when the text names nobody exactly.
// Closes the popup when a choice is made.
std::optional<PersonChoice> person_picker(const Document& doc, std::string_view selected_id, const char* pick_prefix);

// Applies a choice to a document copy: a new person is added under a fresh
// id. Returns the chosen person's id.
std::string take_person_choice(Document& doc, const PersonChoice& choice);

}  // namespace dagdeel::ui
