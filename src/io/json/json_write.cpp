// Writing a Document as Dagdeel JSON. Keys go out in a fixed order (the order
// of the fields in model.hpp) through nlohmann::ordered_json, and every key is
// written even when it holds its default: one canonical text per document, so
// a second write is byte-identical and diffs between drafts stay small.
#include <nlohmann/json.hpp>

#include "core/civil_time.hpp"
#include "io/json/json_document.hpp"

namespace dagdeel {
namespace {

using ojson = nlohmann::ordered_json;

ojson date_json(const Date& d) {
    if (!d.is_set()) return nullptr;  // "not set" is null, never "0000-00-00"
    return format_iso_date(d);
}

ojson strings_json(const std::vector<std::string>& list) {
    ojson a = ojson::array();
    for (const auto& s : list) a.push_back(s);
    return a;
}

ojson people_refs_json(const std::vector<PersonRef>& refs) {
    ojson a = ojson::array();
    for (const auto& r : refs) {
        ojson o;
        o["person_id"] = r.person_id;
        o["role"] = to_string(r.role);
        a.push_back(std::move(o));
    }
    return a;
}

ojson price_json(const Price& p) {
    ojson o;
    o["free"] = p.free;
    o["amount_cents"] = p.amount_cents;
    o["currency"] = p.currency;
    o["text"] = p.text;
    return o;
}

ojson session_json(const Session& s) {
    ojson o;
    o["id"] = s.id;
    o["title"] = s.title;
    o["description"] = s.description;
    o["room_id"] = s.room_id;
    o["people"] = people_refs_json(s.people);
    o["capacity"] = s.capacity;
    // Written only when set, as revision below (issue 16 added them).
    if (s.minimum != 0) o["minimum"] = s.minimum;
    if (s.cancel_if_under_minimum) o["cancel_if_under_minimum"] = true;
    if (s.delay != 0) o["delay"] = s.delay;  // written only when set: older files keep their form
    o["status"] = to_string(s.status);
    o["design_id"] = s.design_id;
    // Written only once it is set, so that files made before revisions
    // existed (and the seed fixtures) keep their canonical form.
    if (s.revision != 0) o["revision"] = s.revision;
    if (!s.modified.empty()) o["modified"] = s.modified;
    return o;
}

ojson item_json(const Item& it) {
    ojson o;
    o["id"] = it.id;
    o["kind"] = to_string(it.kind);
    o["title"] = it.title;
    o["description"] = it.description;
    o["start"] = format_hhmm(it.start);  // always written; reflow recomputes unpinned ones
    o["duration"] = it.duration;
    o["pinned"] = it.pinned;
    if (it.time_hidden) o["time_hidden"] = true;  // written only when set: older files keep their form
    o["room_id"] = it.room_id;
    o["all_rooms"] = it.all_rooms;
    o["people"] = people_refs_json(it.people);
    o["status"] = to_string(it.status);
    ojson sessions = ojson::array();
    for (const auto& s : it.sessions) sessions.push_back(session_json(s));
    o["sessions"] = std::move(sessions);
    o["design_id"] = it.design_id;
    if (it.revision != 0) o["revision"] = it.revision;  // as for sessions
    if (!it.modified.empty()) o["modified"] = it.modified;
    return o;
}

ojson day_json(const Day& d) {
    ojson o;
    o["id"] = d.id;
    o["date"] = date_json(d.date);
    o["start"] = format_hhmm(d.start);
    o["end"] = format_hhmm(d.end);
    o["doors_open"] = d.doors_open ? ojson(format_hhmm(*d.doors_open)) : ojson(nullptr);
    o["label"] = d.label;
    ojson items = ojson::array();
    for (const auto& it : d.items) items.push_back(item_json(it));
    o["items"] = std::move(items);
    return o;
}

ojson venue_json(const Venue& v) {
    ojson o;
    o["name"] = v.name;
    o["address"] = v.address;
    o["postal_code"] = v.postal_code;
    o["city"] = v.city;
    o["online_url"] = v.online_url;
    o["directions"] = v.directions;
    return o;
}

ojson registration_json(const Registration& r) {
    ojson o;
    o["method"] = to_string(r.method);
    o["deadline"] = date_json(r.deadline);
    o["email"] = r.email;
    o["url"] = r.url;
    o["contact_person_id"] = r.contact_person_id;
    o["notes"] = r.notes;
    return o;
}

ojson series_json(const Series& s) {
    ojson o;
    o["id"] = s.id;
    o["title"] = s.title;
    o["part"] = s.part;
    o["of"] = s.of;
    ojson parts = ojson::array();
    for (const auto& p : s.parts) {
        ojson po;
        po["part"] = p.part;
        po["title"] = p.title;
        po["date"] = date_json(p.date);
        po["document_id"] = p.document_id;
        po["summary"] = p.summary;
        parts.push_back(std::move(po));
    }
    o["parts"] = std::move(parts);
    return o;
}

ojson event_json(const Event& e) {
    ojson o;
    o["title"] = e.title;
    o["subtitle"] = e.subtitle;
    o["intro"] = e.intro;
    o["description"] = e.description;
    o["organisers"] = strings_json(e.organisers);
    o["audience"] = e.audience;
    o["language"] = e.language;
    o["time_zone"] = e.time_zone;
    o["venue"] = venue_json(e.venue);
    o["price"] = price_json(e.price);
    o["max_participants"] = e.max_participants;
    o["expected_participants"] = e.expected_participants;
    o["registration"] = registration_json(e.registration);
    o["contact_ids"] = strings_json(e.contact_ids);
    o["key_questions"] = strings_json(e.key_questions);
    o["learning_goals"] = strings_json(e.learning_goals);
    o["url"] = e.url;
    o["licence"] = e.licence;
    o["notes"] = e.notes;
    o["series"] = series_json(e.series);
    return o;
}

ojson placements_json(const std::vector<Placement>& list) {
    ojson a = ojson::array();
    for (const auto& x : list) {
        ojson o;
        o["round_id"] = x.round_id;
        o["session_id"] = x.session_id;
        a.push_back(std::move(o));
    }
    return a;
}

ojson participant_json(const Participant& p) {
    ojson o;
    o["id"] = p.id;
    o["name"] = p.name;
    o["organisation"] = p.organisation;
    o["email"] = p.email;
    o["phone"] = p.phone;
    o["status"] = to_string(p.status);
    o["registered"] = p.registered;
    o["notes"] = p.notes;
    ojson choices = ojson::array();
    for (const auto& c : p.choices) {
        ojson co;
        co["round_id"] = c.round_id;
        co["session_ids"] = strings_json(c.session_ids);
        choices.push_back(std::move(co));
    }
    o["choices"] = std::move(choices);
    o["pins"] = placements_json(p.pins);
    o["assigned"] = placements_json(p.assigned);
    return o;
}

ojson person_json(const Person& p) {
    ojson o;
    o["id"] = p.id;
    o["name"] = p.name;
    o["organisation"] = p.organisation;
    o["email"] = p.email;
    o["phone"] = p.phone;
    o["bio"] = p.bio;
    return o;
}

ojson room_json(const Room& r) {
    ojson o;
    o["id"] = r.id;
    o["name"] = r.name;
    o["capacity"] = r.capacity;
    o["notes"] = r.notes;
    return o;
}

ojson design_json(const WorkshopDesign& w) {
    ojson o;
    o["id"] = w.id;
    o["title"] = w.title;
    o["pitch"] = w.pitch;
    o["description"] = w.description;
    o["target_groups"] = strings_json(w.target_groups);
    o["learning_questions"] = strings_json(w.learning_questions);
    o["format"] = to_string(w.format);
    o["duration"] = w.duration;
    o["days"] = w.days;
    o["max_participants"] = w.max_participants;
    o["price"] = price_json(w.price);
    o["trainer_profile"] = w.trainer_profile;
    o["trainer_ids"] = strings_json(w.trainer_ids);
    o["contact"] = w.contact;
    return o;
}

template <typename T, typename F>
ojson list_json(const std::vector<T>& list, F&& one) {
    ojson a = ojson::array();
    for (const auto& x : list) a.push_back(one(x));
    return a;
}

}  // namespace

std::string write_json(const Document& doc) {
    try {
        ojson o;
        o["format"] = "dagdeel";
        o["version"] = kJsonFormatVersion;
        o["id"] = doc.id;
        o["event"] = event_json(doc.event);
        o["days"] = list_json(doc.days, day_json);
        o["people"] = list_json(doc.people, person_json);
        o["rooms"] = list_json(doc.rooms, room_json);
        o["designs"] = list_json(doc.designs, design_json);
        ojson settings;
        settings["max_stretch_without_break"] = doc.settings.max_stretch_without_break;
        o["settings"] = std::move(settings);
        // Personal data, only when there is some (callers that must leave it
        // out strip it first: without_personal_data).
        if (!doc.participants.empty()) o["participants"] = list_json(doc.participants, participant_json);
        // replace: a stray invalid UTF-8 byte must not throw out of a save.
        return o.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
    } catch (...) {
        return std::string();  // only std::bad_alloc can get here
    }
}

}  // namespace dagdeel
