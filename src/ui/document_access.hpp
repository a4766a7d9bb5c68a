// Finding things in a (copied) document to change them: views copy the
// document, change one field through these, and commit the copy.
#pragma once

#include <string_view>

#include "core/model.hpp"

namespace dagdeel::ui {

Item* item_ptr(Document& doc, std::string_view item_id);
const Item* item_ptr(const Document& doc, std::string_view item_id);
Session* session_ptr(Document& doc, std::string_view session_id, Item** round = nullptr);
const Day* find_day_of_item(const Document& doc, std::string_view item_id);
Person* person_ptr(Document& doc, std::string_view id);
Room* room_ptr(Document& doc, std::string_view id);
// "Saskia van Grinsven (Movisie)", or the organisation alone.
std::string person_display(const Person& p);
std::string room_display(const Document& doc, std::string_view room_id);
// Names of everyone on an item, joined with ", ".
std::string people_line(const Document& doc, const std::vector<PersonRef>& people);

}  // namespace dagdeel::ui
