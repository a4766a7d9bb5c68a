// [SECTION] index
//   Reader + Fields: typed access to one JSON object that reports problems
//                    with paths and, when done, warns about unknown keys
//   read_*:          one function per model type, in model.hpp's order
//   check_ids:       duplicate ids and dangling references, after reading
//
// Every value is checked before use: a wrong type, a bad time or a negative
// duration becomes a Problem with its JSON path, and reading goes on so that
// one pass shows the user all that is wrong with a file.
#include <cctype>
#include <climits>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/civil_time.hpp"
#include "io/json/json_fields.hpp"

namespace dagdeel::json_detail {
namespace {


// --- one reader per model type -------------------------------------------------

PersonRef read_person_ref(Reader& r, const json& j, const std::string& path) {
    PersonRef p;
    Fields f(r, j, path);
    f.text("person_id", p.person_id, Need::required);
    f.enumeration("role", p.role, role_from_string);
    return p;
}

void read_person_refs(Fields& f, std::vector<PersonRef>& out) {
    f.list("people", [&](const json& v, const std::string& path) {
        out.push_back(read_person_ref(f.reader(), v, path));
    });
}

void read_price(Fields& f, Price& p) {
    f.boolean("free", p.free);
    f.integer("amount_cents", p.amount_cents, 0, kMaxCents);
    f.text("currency", p.currency);
    f.text("text", p.text);
}

void count_item(Reader& r, const std::string& path) {
    if (++r.items_seen == kJsonMaxItems + 1)
        r.error(path, "too many items and sessions in the document (at most " +
                          std::to_string(kJsonMaxItems) + ")");
}

Session read_session(Reader& r, const json& j, const std::string& path) {
    Session s;
    count_item(r, path);
    Fields f(r, j, path);
    f.id(s.id);
    f.text("title", s.title, Need::required);
    f.text("description", s.description);
    f.text("room_id", s.room_id);
    read_person_refs(f, s.people);
    f.integer("capacity", s.capacity, 0, kMaxCount);
    f.integer("minimum", s.minimum, 0, kMaxCount);
    f.boolean("cancel_if_under_minimum", s.cancel_if_under_minimum);
    f.integer("delay", s.delay, 0, kMaxMinutes);
    f.enumeration("status", s.status, status_from_string);
    f.text("design_id", s.design_id);
    f.integer("revision", s.revision, 0, kMaxCount);
    f.utc_timestamp("modified", s.modified);
    return s;
}

Item read_item(Reader& r, const json& j, const std::string& path) {
    Item it;
    count_item(r, path);
    Fields f(r, j, path);
    f.id(it.id);
    f.enumeration("kind", it.kind, item_kind_from_string, Need::required);
    f.text("title", it.title, Need::required);
    f.text("description", it.description);
    const bool has_start = f.time("start", it.start);
    f.integer("duration", it.duration, 0, kMaxMinutes, Need::required);
    f.boolean("pinned", it.pinned);
    // Without a start a pinned item has nothing to pin to; unpinned ones get
    // theirs from reflow.
    if (it.pinned && !has_start && f.ok() && !j.find("start"))
        r.error(child(path, "start"), "required when \"pinned\" is true");
    f.boolean("time_hidden", it.time_hidden);
    f.text("room_id", it.room_id);
    f.boolean("all_rooms", it.all_rooms);
    read_person_refs(f, it.people);
    f.enumeration("status", it.status, status_from_string);
    f.list("sessions", [&](const json& v, const std::string& p) {
        it.sessions.push_back(read_session(r, v, p));
    });
    f.text("design_id", it.design_id);
    f.integer("revision", it.revision, 0, kMaxCount);
    f.utc_timestamp("modified", it.modified);
    return it;
}

Day read_day(Reader& r, const json& j, const std::string& path) {
    Day d;
    Fields f(r, j, path);
    f.id(d.id);
    f.date("date", d.date);
    f.time("start", d.start, Need::required);
    f.time("end", d.end);
    f.optional_time("doors_open", d.doors_open);
    f.text("label", d.label);
    f.list("items", [&](const json& v, const std::string& p) { d.items.push_back(read_item(r, v, p)); });
    return d;
}

void read_event(Fields& f, Event& e) {
    f.text("title", e.title, Need::required);
    f.text("subtitle", e.subtitle);
    f.text("intro", e.intro);
    f.text("description", e.description);
    f.texts("organisers", e.organisers);
    f.text("audience", e.audience);
    f.text("language", e.language);
    f.text("time_zone", e.time_zone);
    f.object("venue", [&](Fields& v) {
        v.text("name", e.venue.name);
        v.text("address", e.venue.address);
        v.text("postal_code", e.venue.postal_code);
        v.text("city", e.venue.city);
        v.text("online_url", e.venue.online_url);
        v.text("directions", e.venue.directions);
    });
    f.object("price", [&](Fields& p) { read_price(p, e.price); });
    f.integer("max_participants", e.max_participants, 0, kMaxCount);
    f.integer("expected_participants", e.expected_participants, 0, kMaxCount);
    f.object("registration", [&](Fields& g) {
        g.enumeration("method", e.registration.method, registration_method_from_string);
        g.date("deadline", e.registration.deadline);
        g.text("email", e.registration.email);
        g.text("url", e.registration.url);
        g.text("contact_person_id", e.registration.contact_person_id);
        g.text("notes", e.registration.notes);
    });
    f.texts("contact_ids", e.contact_ids);
    f.texts("key_questions", e.key_questions);
    f.texts("learning_goals", e.learning_goals);
    f.text("url", e.url);
    f.text("licence", e.licence);
    f.text("notes", e.notes);
    f.object("series", [&](Fields& s) {
        s.text("id", e.series.id);
        s.text("title", e.series.title);
        s.integer("part", e.series.part, 0, 1000);
        s.integer("of", e.series.of, 0, 1000);
        s.list("parts", [&](const json& v, const std::string& path) {
            SeriesPart part;
            Fields p(s.reader(), v, path);
            p.integer("part", part.part, 0, 1000, Need::required);
            p.text("title", part.title);
            p.date("date", part.date);
            p.text("document_id", part.document_id);
            p.text("summary", part.summary);
            e.series.parts.push_back(std::move(part));
        });
    });
}

Person read_person(Reader& r, const json& j, const std::string& path) {
    Person p;
    Fields f(r, j, path);
    f.id(p.id);
    f.text("name", p.name);
    f.text("organisation", p.organisation);
    f.text("email", p.email);
    f.text("phone", p.phone);
    f.text("bio", p.bio);
    return p;
}

Room read_room(Reader& r, const json& j, const std::string& path) {
    Room room;
    Fields f(r, j, path);
    f.id(room.id);
    f.text("name", room.name, Need::required);
    f.integer("capacity", room.capacity, 0, kMaxCount);
    f.text("notes", room.notes);
    return room;
}

WorkshopDesign read_design(Reader& r, const json& j, const std::string& path) {
    WorkshopDesign w;
    Fields f(r, j, path);
    f.id(w.id);
    f.text("title", w.title, Need::required);
    f.text("pitch", w.pitch);
    f.text("description", w.description);
    f.texts("target_groups", w.target_groups);
    f.texts("learning_questions", w.learning_questions);
    f.enumeration("format", w.format, workshop_format_from_string);
    f.integer("duration", w.duration, 0, kMaxMinutes);
    f.integer("days", w.days, 0, 366);
    f.integer("max_participants", w.max_participants, 0, kMaxCount);
    f.object("price", [&](Fields& p) { read_price(p, w.price); });
    f.text("trainer_profile", w.trainer_profile);
    f.texts("trainer_ids", w.trainer_ids);
    f.text("contact", w.contact);
    return w;
}

// --- ids: unique per kind, references resolve ----------------------------------

// IdSite an id or a reference sits: "days[2].items[7].sessions[3]" and a
// leaf ".room_id", kept as names and indices and spelled out only for a
// message. Building every path up front (and a map of id -> path string)
// was a third of reading a big plan, for messages that valid files never get.
struct IdSite {
    struct Step {
        const char* name;
        std::size_t index;
    };
    Step steps[4] = {};
    int n = 0;
    const char* leaf = nullptr;  // after the last step, joined with '.'

    IdSite() = default;
    explicit IdSite(const char* l) : leaf(l) {}
    IdSite at(const char* name, std::size_t index) const {
        IdSite w = *this;
        w.steps[w.n++] = {name, index};
        return w;
    }
    IdSite dot(const char* l) const {
        IdSite w = *this;
        w.leaf = l;
        return w;
    }
    std::string str() const {
        std::string s;
        for (int k = 0; k < n; ++k) {
            if (k > 0) s += '.';
            s += steps[k].name;
            s += '[';
            s += std::to_string(steps[k].index);
            s += ']';
        }
        if (leaf) {
            if (n > 0) s += '.';
            s += leaf;
        }
        return s;
    }
};

class IdCheck {
public:
    IdCheck(Reader& r, const char* what, std::size_t expected) : r_(r), what_(what) { first_.reserve(expected); }
    // ids are views into the document being checked, which outlives this.
    void add(const std::string& id, const IdSite& where) {
        if (id.empty()) return;  // already reported as "must not be empty"
        auto [it, fresh] = first_.emplace(std::string_view(id), where);
        if (!fresh)
            r_.error(where.str(), "duplicate " + std::string(what_) + " id \"" + id + "\" (first at " +
                                      it->second.str() + ")");
    }
    void ref(const std::string& id, const IdSite& where) {
        if (!id.empty() && first_.find(std::string_view(id)) == first_.end())
            r_.error(where.str(), "no " + std::string(what_) + " with id \"" + id + "\"");
    }

private:
    Reader& r_;
    const char* what_;
    std::unordered_map<std::string_view, IdSite> first_;  // id -> where it was first used
};

// Paths follow the file's indices: the readers keep one model element per
// JSON element even when that element had errors. Problems come out in the
// order of the walk below, whatever the maps' order.
void check_ids(Reader& r, const Document& d) {
    std::size_t entries = 0;
    for (const Day& day : d.days) {
        entries += day.items.size();
        for (const Item& it : day.items) entries += it.sessions.size();
    }
    IdCheck people(r, "person", d.people.size()), rooms(r, "room", d.rooms.size()),
        designs(r, "design", d.designs.size()), days(r, "day", d.days.size()),
        items(r, "item or session", entries);
    for (std::size_t i = 0; i < d.people.size(); ++i) people.add(d.people[i].id, IdSite().at("people", i).dot("id"));
    for (std::size_t i = 0; i < d.rooms.size(); ++i) rooms.add(d.rooms[i].id, IdSite().at("rooms", i).dot("id"));
    for (std::size_t i = 0; i < d.designs.size(); ++i)
        designs.add(d.designs[i].id, IdSite().at("designs", i).dot("id"));

    auto refs = [&](const std::vector<PersonRef>& list, const IdSite& base) {
        for (std::size_t k = 0; k < list.size(); ++k)
            people.ref(list[k].person_id, base.at("people", k).dot("person_id"));
    };
    for (std::size_t di = 0; di < d.days.size(); ++di) {
        const Day& day = d.days[di];
        const IdSite dp = IdSite().at("days", di);
        days.add(day.id, dp.dot("id"));
        for (std::size_t ii = 0; ii < day.items.size(); ++ii) {
            const Item& it = day.items[ii];
            const IdSite ip = dp.at("items", ii);
            items.add(it.id, ip.dot("id"));
            rooms.ref(it.room_id, ip.dot("room_id"));
            designs.ref(it.design_id, ip.dot("design_id"));
            refs(it.people, ip);
            for (std::size_t si = 0; si < it.sessions.size(); ++si) {
                const Session& s = it.sessions[si];
                const IdSite sp = ip.at("sessions", si);
                items.add(s.id, sp.dot("id"));
                rooms.ref(s.room_id, sp.dot("room_id"));
                designs.ref(s.design_id, sp.dot("design_id"));
                refs(s.people, sp);
            }
        }
    }
    for (std::size_t i = 0; i < d.event.contact_ids.size(); ++i)
        people.ref(d.event.contact_ids[i], IdSite().at("event.contact_ids", i));
    people.ref(d.event.registration.contact_person_id, IdSite("event.registration.contact_person_id"));
    for (std::size_t i = 0; i < d.designs.size(); ++i)
        for (std::size_t k = 0; k < d.designs[i].trainer_ids.size(); ++k)
            people.ref(d.designs[i].trainer_ids[k], IdSite().at("designs", i).at("trainer_ids", k));
}

}  // namespace

std::optional<Document> document_from_json(const json& root, std::vector<Problem>& problems, bool unique_keys) {
    Reader r(problems);
    r.unique_keys = unique_keys;
    Document d;
    {
        Fields f(r, root, "");
        if (!f.ok()) return std::nullopt;
        std::string format;
        f.text("format", format, Need::required);
        const json* format_value = root.find("format");
        if (format_value && format_value->is_string() && format != "dagdeel") {
            r.error("format", quote(*format_value) + " is not \"dagdeel\": not a Dagdeel file");
            return std::nullopt;  // whatever it is, its other keys would only add noise
        }
        f.get("version", Need::required);  // checked by migrate()
        f.id(d.id);
        f.object("event", [&](Fields& e) { read_event(e, d.event); }, Need::required);
        f.list("days", [&](const json& v, const std::string& p) { d.days.push_back(read_day(r, v, p)); },
               Need::required);
        f.list("people", [&](const json& v, const std::string& p) { d.people.push_back(read_person(r, v, p)); });
        f.list("rooms", [&](const json& v, const std::string& p) { d.rooms.push_back(read_room(r, v, p)); });
        f.list("designs", [&](const json& v, const std::string& p) { d.designs.push_back(read_design(r, v, p)); });
        f.object("settings", [&](Fields& s) {
            s.integer("max_stretch_without_break", d.settings.max_stretch_without_break, 0, kMaxMinutes);
        });
        read_participants(f, d);
    }
    check_ids(r, d);
    check_participant_refs(r, d);
    if (r.errors() > 0) return std::nullopt;
    return d;
}

}  // namespace dagdeel::json_detail
