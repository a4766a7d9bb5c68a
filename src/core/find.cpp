#include "core/find.hpp"

namespace dagdeel {
namespace {

bool contains(const std::string& text, const std::string& folded_query) {
    return fold_case(text).find(folded_query) != std::string::npos;
}

const Person* person_by_id(const Document& doc, const std::string& id) {
    for (const Person& p : doc.people)
        if (p.id == id) return &p;
    return nullptr;
}

const Room* room_by_id(const Document& doc, const std::string& id) {
    for (const Room& r : doc.rooms)
        if (r.id == id) return &r;
    return nullptr;
}

// The first field of one item or session that matches, in the order a reader
// scans: title, people, room, description.
bool match(const Document& doc, const std::string& q, const std::string& title, const std::string& description,
           const std::vector<PersonRef>& people, const std::string& room_id, FindHit& hit) {
    if (contains(title, q)) { hit.field = FindField::title; hit.text = title; return true; }
    for (const PersonRef& ref : people)
        if (const Person* p = person_by_id(doc, ref.person_id))
            if (contains(p->name, q) || contains(p->organisation, q)) {
                hit.field = FindField::person;
                hit.text = p->name.empty() ? p->organisation : p->name;
                return true;
            }
    if (const Room* r = room_by_id(doc, room_id); r && contains(r->name, q)) {
        hit.field = FindField::room;
        hit.text = r->name;
        return true;
    }
    if (contains(description, q)) { hit.field = FindField::description; hit.text = description; return true; }
    return false;
}

}  // namespace

std::string fold_case(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        unsigned char c = (unsigned char)out[i];
        if (c >= 'A' && c <= 'Z') out[i] = (char)(c + 32);
        else if (c == 0xC3 && i + 1 < out.size()) {
            unsigned char d = (unsigned char)out[i + 1];
            if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = (char)(d + 0x20);  // À..Þ, not ×
            ++i;
        }
    }
    return out;
}

std::vector<FindHit> find_in_document(const Document& doc, std::string_view query) {
    std::vector<FindHit> hits;
    const std::string q = fold_case(query);
    if (q.find_first_not_of(' ') == std::string::npos) return hits;
    for (const Day& day : doc.days)
        for (const Item& item : day.items) {
            FindHit hit{day.id, item.id, {}, FindField::title, {}};
            if (match(doc, q, item.title, item.description, item.people, item.room_id, hit)) hits.push_back(hit);
            for (const Session& s : item.sessions) {
                FindHit sh{day.id, item.id, s.id, FindField::title, {}};
                if (match(doc, q, s.title, s.description, s.people, s.room_id, sh)) hits.push_back(sh);
            }
        }
    return hits;
}

std::vector<const Person*> people_matching(const Document& doc, std::string_view query) {
    const std::string q = fold_case(query);
    const bool everyone = q.find_first_not_of(' ') == std::string::npos;
    std::vector<const Person*> exact, partial;
    for (const Person& p : doc.people) {
        const std::string name = fold_case(p.name), org = fold_case(p.organisation);
        if (everyone) partial.push_back(&p);
        else if (name == q || (name.empty() && org == q)) exact.push_back(&p);  // the one it names
        else if (name.find(q) != std::string::npos || org.find(q) != std::string::npos) partial.push_back(&p);
    }
    exact.insert(exact.end(), partial.begin(), partial.end());
    return exact;
}

}  // namespace dagdeel
