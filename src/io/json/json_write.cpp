// Writing a Document as Dagdeel JSON. Keys go out in a fixed order (the order
// of the fields in model.hpp), and every key is written even when it holds
// its default: one canonical text per document, so a second write is
// byte-identical and diffs between drafts stay small. The text streams into
// one string through JsonOut (no DOM), in the layout nlohmann's dump(2) gave
// before, so files written by older builds and by this one are identical.
#include <algorithm>

#include "core/civil_time.hpp"
#include "io/json/json_document.hpp"
#include "io/json/json_out.hpp"
#include "io/json/json_write_job.hpp"

namespace dagdeel {
namespace {

using json_detail::JsonOut;

void date_field(JsonOut& o, std::string_view key, const Date& d) {
    o.key(key);
    if (d.is_set())
        o.value(format_iso_date(d));
    else
        o.null();  // "not set" is null, never "0000-00-00"
}

void strings_field(JsonOut& o, std::string_view key, const std::vector<std::string>& list) {
    o.key(key);
    o.begin_array();
    for (const auto& s : list) o.value(s);
    o.end_array();
}

void people_refs_field(JsonOut& o, const std::vector<PersonRef>& refs) {
    o.key("people");
    o.begin_array();
    for (const auto& r : refs) {
        o.begin_object();
        o.field("person_id", r.person_id);
        o.field("role", to_string(r.role));
        o.end_object();
    }
    o.end_array();
}

void price_field(JsonOut& o, const Price& p) {
    o.key("price");
    o.begin_object();
    o.field("free", p.free);
    o.field("amount_cents", p.amount_cents);
    o.field("currency", p.currency);
    o.field("text", p.text);
    o.end_object();
}

void write_session(JsonOut& o, const Session& s) {
    o.begin_object();
    o.field("id", s.id);
    o.field("title", s.title);
    o.field("description", s.description);
    o.field("room_id", s.room_id);
    people_refs_field(o, s.people);
    o.field("capacity", s.capacity);
    // Written only when set, as revision below (issue 16 added them).
    if (s.minimum != 0) o.field("minimum", s.minimum);
    if (s.cancel_if_under_minimum) o.field("cancel_if_under_minimum", true);
    if (s.delay != 0) o.field("delay", s.delay);  // written only when set: older files keep their form
    o.field("status", to_string(s.status));
    o.field("design_id", s.design_id);
    // Written only once it is set, so that files made before revisions
    // existed (and the seed fixtures) keep their canonical form.
    if (s.revision != 0) o.field("revision", s.revision);
    if (!s.modified.empty()) o.field("modified", s.modified);
    o.end_object();
}

void write_item(JsonOut& o, const Item& it) {
    o.begin_object();
    o.field("id", it.id);
    o.field("kind", to_string(it.kind));
    o.field("title", it.title);
    o.field("description", it.description);
    o.field("start", format_hhmm(it.start));  // always written; reflow recomputes unpinned ones
    o.field("duration", it.duration);
    o.field("pinned", it.pinned);
    if (it.time_hidden) o.field("time_hidden", true);  // written only when set: older files keep their form
    o.field("room_id", it.room_id);
    o.field("all_rooms", it.all_rooms);
    people_refs_field(o, it.people);
    o.field("status", to_string(it.status));
    o.key("sessions");
    o.begin_array();
    for (const auto& s : it.sessions) write_session(o, s);
    o.end_array();
    o.field("design_id", it.design_id);
    if (it.revision != 0) o.field("revision", it.revision);  // as for sessions
    if (!it.modified.empty()) o.field("modified", it.modified);
    o.end_object();
}

// A day in two halves around its items, so JsonWriteJob can stop between items.
void write_day_head(JsonOut& o, const Day& d) {
    o.begin_object();
    o.field("id", d.id);
    date_field(o, "date", d.date);
    o.field("start", format_hhmm(d.start));
    o.field("end", format_hhmm(d.end));
    o.key("doors_open");
    if (d.doors_open)
        o.value(format_hhmm(*d.doors_open));
    else
        o.null();
    o.field("label", d.label);
    o.key("items");
    o.begin_array();
}

void write_day_tail(JsonOut& o) {
    o.end_array();
    o.end_object();
}

void write_day(JsonOut& o, const Day& d) {
    write_day_head(o, d);
    for (const auto& it : d.items) write_item(o, it);
    write_day_tail(o);
}

void write_series(JsonOut& o, const Series& s) {
    o.key("series");
    o.begin_object();
    o.field("id", s.id);
    o.field("title", s.title);
    o.field("part", s.part);
    o.field("of", s.of);
    o.key("parts");
    o.begin_array();
    for (const auto& p : s.parts) {
        o.begin_object();
        o.field("part", p.part);
        o.field("title", p.title);
        date_field(o, "date", p.date);
        o.field("document_id", p.document_id);
        o.field("summary", p.summary);
        o.end_object();
    }
    o.end_array();
    o.end_object();
}

void write_event(JsonOut& o, const Event& e) {
    o.key("event");
    o.begin_object();
    o.field("title", e.title);
    o.field("subtitle", e.subtitle);
    o.field("intro", e.intro);
    o.field("description", e.description);
    strings_field(o, "organisers", e.organisers);
    o.field("audience", e.audience);
    o.field("language", e.language);
    o.field("time_zone", e.time_zone);
    o.key("venue");
    o.begin_object();
    o.field("name", e.venue.name);
    o.field("address", e.venue.address);
    o.field("postal_code", e.venue.postal_code);
    o.field("city", e.venue.city);
    o.field("online_url", e.venue.online_url);
    o.field("directions", e.venue.directions);
    o.end_object();
    price_field(o, e.price);
    o.field("max_participants", e.max_participants);
    o.field("expected_participants", e.expected_participants);
    o.key("registration");
    o.begin_object();
    o.field("method", to_string(e.registration.method));
    date_field(o, "deadline", e.registration.deadline);
    o.field("email", e.registration.email);
    o.field("url", e.registration.url);
    o.field("contact_person_id", e.registration.contact_person_id);
    o.field("notes", e.registration.notes);
    o.end_object();
    strings_field(o, "contact_ids", e.contact_ids);
    strings_field(o, "key_questions", e.key_questions);
    strings_field(o, "learning_goals", e.learning_goals);
    o.field("url", e.url);
    o.field("licence", e.licence);
    o.field("notes", e.notes);
    write_series(o, e.series);
    o.end_object();
}

void placements_field(JsonOut& o, std::string_view key, const std::vector<Placement>& list) {
    o.key(key);
    o.begin_array();
    for (const auto& x : list) {
        o.begin_object();
        o.field("round_id", x.round_id);
        o.field("session_id", x.session_id);
        o.end_object();
    }
    o.end_array();
}

void write_participant(JsonOut& o, const Participant& p) {
    o.begin_object();
    o.field("id", p.id);
    o.field("name", p.name);
    o.field("organisation", p.organisation);
    o.field("email", p.email);
    o.field("phone", p.phone);
    o.field("status", to_string(p.status));
    o.field("registered", p.registered);
    o.field("notes", p.notes);
    o.key("choices");
    o.begin_array();
    for (const auto& c : p.choices) {
        o.begin_object();
        o.field("round_id", c.round_id);
        strings_field(o, "session_ids", c.session_ids);
        o.end_object();
    }
    o.end_array();
    placements_field(o, "pins", p.pins);
    placements_field(o, "assigned", p.assigned);
    o.end_object();
}

void write_person(JsonOut& o, const Person& p) {
    o.begin_object();
    o.field("id", p.id);
    o.field("name", p.name);
    o.field("organisation", p.organisation);
    o.field("email", p.email);
    o.field("phone", p.phone);
    o.field("bio", p.bio);
    o.end_object();
}

void write_room(JsonOut& o, const Room& r) {
    o.begin_object();
    o.field("id", r.id);
    o.field("name", r.name);
    o.field("capacity", r.capacity);
    o.field("notes", r.notes);
    o.end_object();
}

void write_design(JsonOut& o, const WorkshopDesign& w) {
    o.begin_object();
    o.field("id", w.id);
    o.field("title", w.title);
    o.field("pitch", w.pitch);
    o.field("description", w.description);
    strings_field(o, "target_groups", w.target_groups);
    strings_field(o, "learning_questions", w.learning_questions);
    o.field("format", to_string(w.format));
    o.field("duration", w.duration);
    o.field("days", w.days);
    o.field("max_participants", w.max_participants);
    price_field(o, w.price);
    o.field("trainer_profile", w.trainer_profile);
    strings_field(o, "trainer_ids", w.trainer_ids);
    o.field("contact", w.contact);
    o.end_object();
}

template <typename T, typename F>
void list_field(JsonOut& o, std::string_view key, const std::vector<T>& list, F&& one) {
    o.key(key);
    o.begin_array();
    for (const auto& x : list) one(o, x);
    o.end_array();
}

// A generous first guess of the size, so the string rarely reallocates.
std::size_t size_hint(const Document& doc) {
    std::size_t entries = doc.people.size() + doc.rooms.size() + doc.participants.size();
    for (const Day& d : doc.days)
        for (const Item& it : d.items) entries += 1 + it.sessions.size();
    return 4096 + entries * 480;
}

// What comes before the days, and what comes after them.
void write_head(JsonOut& o, const Document& doc) {
    o.begin_object();
    o.field("format", "dagdeel");
    o.field("version", kJsonFormatVersion);
    o.field("id", doc.id);
    write_event(o, doc.event);
}

void write_tail(JsonOut& o, std::string& text, const Document& doc) {
    list_field(o, "people", doc.people, write_person);
    list_field(o, "rooms", doc.rooms, write_room);
    list_field(o, "designs", doc.designs, write_design);
    o.key("settings");
    o.begin_object();
    o.field("max_stretch_without_break", doc.settings.max_stretch_without_break);
    o.end_object();
    // Personal data, only when there is some (callers that must leave it
    // out strip it first: without_personal_data).
    if (!doc.participants.empty()) list_field(o, "participants", doc.participants, write_participant);
    o.end_object();
    text += '\n';
}

}  // namespace

std::string write_json(const Document& doc) {
    try {
        std::string text;
        text.reserve(size_hint(doc));
        JsonOut o(text);
        write_head(o, doc);
        list_field(o, "days", doc.days, write_day);
        write_tail(o, text, doc);
        return text;
    } catch (...) {
        return std::string();  // only std::bad_alloc can get here
    }
}

// [SECTION] in slices ---------------------------------------------------------------------------

struct JsonWriteJob::State {
    const Document& doc;
    std::string text;
    JsonOut out{text};
    enum class Stage { head, days, tail, done } stage = Stage::head;
    std::size_t day = 0, item = 0;
    bool in_day = false;
    bool failed = false;
    explicit State(const Document& d) : doc(d) {}
};

JsonWriteJob::JsonWriteJob(const Document& doc) : s_(std::make_unique<State>(doc)) {}
JsonWriteJob::~JsonWriteJob() = default;

bool JsonWriteJob::done() const { return s_->stage == State::Stage::done; }

bool JsonWriteJob::step(std::size_t items) {
    State& s = *s_;
    using Stage = State::Stage;
    try {
        if (s.stage == Stage::head) {
            s.text.reserve(size_hint(s.doc));
            write_head(s.out, s.doc);
            s.out.key("days");
            s.out.begin_array();
            s.stage = Stage::days;
        }
        std::size_t budget = std::max<std::size_t>(items, 1);
        while (s.stage == Stage::days && budget > 0) {
            if (s.day == s.doc.days.size()) {
                s.out.end_array();
                s.stage = Stage::tail;
            } else if (!s.in_day) {
                write_day_head(s.out, s.doc.days[s.day]);
                s.in_day = true;
                s.item = 0;
            } else if (s.item < s.doc.days[s.day].items.size()) {
                write_item(s.out, s.doc.days[s.day].items[s.item++]);
                --budget;
            } else {
                write_day_tail(s.out);
                s.in_day = false;
                ++s.day;
            }
        }
        if (s.stage == Stage::tail) {
            write_tail(s.out, s.text, s.doc);
            s.stage = Stage::done;
        }
    } catch (...) {  // only std::bad_alloc can get here: as write_json, an empty text
        s.failed = true;
        s.stage = Stage::done;
    }
    return done();
}

std::string_view JsonWriteJob::text() const { return s_->text; }

std::string JsonWriteJob::take_text() {
    if (!done() || s_->failed) return std::string();
    return std::move(s_->text);
}

}  // namespace dagdeel
