#include "edit/row_texts.hpp"

#include "core/civil_time.hpp"

namespace dagdeel {

void RowTexts::sync(const Document& doc, unsigned revision) {
    if (revision == revision_ && &doc == doc_) return;
    revision_ = revision;
    doc_ = &doc;
    rows_.clear();
    person_names_.clear();
    room_names_.clear();
    // The first of a duplicated id wins (ids are unique in a valid document).
    for (const Person& p : doc.people) person_names_.emplace(p.id, p.name.empty() ? p.organisation : p.name);
    for (const Room& r : doc.rooms) room_names_.emplace(r.id, r.name);
}

std::string RowTexts::people_line(const std::vector<PersonRef>& people) const {
    std::string out;
    for (const PersonRef& ref : people) {
        const auto it = person_names_.find(ref.person_id);
        if (it == person_names_.end()) continue;  // a person no longer in the plan
        if (!out.empty()) out += ", ";
        out += it->second;
    }
    return out;
}

std::string RowTexts::room_name(const std::string& room_id) const {
    if (room_id.empty()) return "";
    const auto it = room_names_.find(room_id);
    return it == room_names_.end() ? room_id : it->second;
}

const RowText& RowTexts::item(const Document& doc, unsigned revision, const Item& item) {
    sync(doc, revision);
    auto it = rows_.find(item.id);
    if (it != rows_.end()) return it->second;
    RowText t;
    t.times = format_hhmm(item.start) + " \xe2\x80\x93 " + format_hhmm(item.end());
    t.people = people_line(item.people);
    t.room = room_name(item.room_id);
    t.spoken = t.times + ", " + item.title;
    return rows_.emplace(item.id, std::move(t)).first->second;
}

const RowText& RowTexts::session(const Document& doc, unsigned revision, const Item& round, const Session& session) {
    sync(doc, revision);
    const std::string key = round.id + "/" + session.id;
    auto it = rows_.find(key);
    if (it != rows_.end()) return it->second;
    RowText t;
    const Minutes start = round.start + session.delay;
    t.times = format_hhmm(start) + " \xe2\x80\x93 " + format_hhmm(round.end());
    t.people = people_line(session.people);
    t.room = room_name(session.room_id);
    t.spoken = session.title;
    return rows_.emplace(key, std::move(t)).first->second;
}

}  // namespace dagdeel
