#include "ui/document_access.hpp"

#include <string>

#include "ui/i18n.hpp"

namespace dagdeel::ui {

Item* item_ptr(Document& doc, std::string_view item_id) {
    for (Day& day : doc.days)
        for (Item& item : day.items)
            if (item.id == item_id) return &item;
    return nullptr;
}

const Item* item_ptr(const Document& doc, std::string_view item_id) {
    return item_ptr(const_cast<Document&>(doc), item_id);
}

Session* session_ptr(Document& doc, std::string_view session_id, Item** round) {
    for (Day& day : doc.days)
        for (Item& item : day.items)
            for (Session& s : item.sessions)
                if (s.id == session_id) {
                    if (round) *round = &item;
                    return &s;
                }
    return nullptr;
}

const Day* find_day_of_item(const Document& doc, std::string_view item_id) {
    for (const Day& day : doc.days)
        for (const Item& item : day.items)
            if (item.id == item_id) return &day;
    return nullptr;
}

Person* person_ptr(Document& doc, std::string_view id) {
    for (Person& p : doc.people)
        if (p.id == id) return &p;
    return nullptr;
}

Room* room_ptr(Document& doc, std::string_view id) {
    for (Room& r : doc.rooms)
        if (r.id == id) return &r;
    return nullptr;
}

std::string person_display(const Person& p) {
    if (p.name.empty()) return p.organisation;
    if (p.organisation.empty()) return p.name;
    return p.name + " (" + p.organisation + ")";
}

std::string room_display(const Document& doc, std::string_view room_id) {
    if (room_id.empty()) return "";
    for (const Room& r : doc.rooms)
        if (r.id == room_id) return r.name;
    return std::string(room_id);
}

std::string people_line(const Document& doc, const std::vector<PersonRef>& people) {
    std::string out;
    for (const PersonRef& ref : people) {
        for (const Person& p : doc.people) {
            if (p.id != ref.person_id) continue;
            if (!out.empty()) out += ", ";
            out += p.name.empty() ? p.organisation : p.name;
        }
    }
    return out;
}

}  // namespace dagdeel::ui
