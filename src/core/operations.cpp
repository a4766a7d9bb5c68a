// Document operations: small value-in, value-out edits (see operations.hpp).
//
// [SECTION] ids
// [SECTION] finding things
// [SECTION] items
// [SECTION] sessions and workshop designs
// [SECTION] series
#include "core/operations.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_set>


namespace dagdeel {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] ids
// -----------------------------------------------------------------------------

std::string to_base36(std::uint64_t v) {
    static constexpr char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    do {
        out.insert(out.begin(), digits[v % 36]);
        v /= 36;
    } while (v != 0);
    return out;
}

// The value of a base-36 suffix, or nullopt when it is not one (or too long
// to be a counter we made).
std::optional<std::uint64_t> from_base36(std::string_view s) {
    if (s.empty() || s.size() > 12) return std::nullopt;
    std::uint64_t v = 0;
    for (char c : s) {
        int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : -1;
        if (d < 0) return std::nullopt;
        v = v * 36 + static_cast<std::uint64_t>(d);
    }
    return v;
}

template <typename F>
void for_each_id(const Document& doc, F f) {
    for (const Day& day : doc.days) {
        f(day.id);
        for (const Item& item : day.items) {
            f(item.id);
            for (const Session& s : item.sessions) f(s.id);
        }
    }
    for (const Person& p : doc.people) f(p.id);
    for (const Room& r : doc.rooms) f(r.id);
    for (const WorkshopDesign& d : doc.designs) f(d.id);
}

// Hands out several fresh ids for one operation after scanning the
// document once (duplicating a round needs one per session).
class IdMaker {
public:
    IdMaker(const Document& doc, std::string_view prefix) : prefix_(prefix) {
        for_each_id(doc, [this](const std::string& id) {
            taken_.insert(id);
            if (id.size() > prefix_.size() && id.compare(0, prefix_.size(), prefix_) == 0)
                if (auto v = from_base36(std::string_view(id).substr(prefix_.size())))
                    next_ = std::max(next_, *v + 1);
        });
    }
    std::string make() {
        for (;;) {
            std::string id = prefix_ + to_base36(next_++);
            if (taken_.insert(id).second) return id;
        }
    }

private:
    std::string prefix_;
    std::uint64_t next_ = 1;
    std::unordered_set<std::string> taken_;
};

// -----------------------------------------------------------------------------
// [SECTION] finding things
// -----------------------------------------------------------------------------

Day* day_by_id(Document& doc, const std::string& day_id) {
    for (Day& d : doc.days)
        if (d.id == day_id) return &d;
    return nullptr;
}

// Session `session_id`: its round and index.
struct SessionPlace {
    std::size_t day = 0, item = 0, index = 0;
};
std::optional<SessionPlace> find_session(const Document& doc, std::string_view session_id) {
    for (std::size_t d = 0; d < doc.days.size(); ++d)
        for (std::size_t i = 0; i < doc.days[d].items.size(); ++i) {
            const auto& sessions = doc.days[d].items[i].sessions;
            for (std::size_t s = 0; s < sessions.size(); ++s)
                if (sessions[s].id == session_id) return SessionPlace{d, i, s};
        }
    return std::nullopt;
}

EditResult fail(Document doc) { return {std::move(doc), false, {}}; }
EditResult done(Document doc, std::string id) { return {std::move(doc), true, std::move(id)}; }

std::vector<PersonRef> leaders(const WorkshopDesign& design) {
    std::vector<PersonRef> refs;
    for (const std::string& id : design.trainer_ids) refs.push_back({id, Role::leader});
    return refs;
}

}  // namespace

std::string new_id(const Document& doc, std::string_view prefix) { return IdMaker(doc, prefix).make(); }

std::optional<ItemPlace> find_item(const Document& doc, std::string_view item_id) {
    for (std::size_t d = 0; d < doc.days.size(); ++d)
        for (std::size_t i = 0; i < doc.days[d].items.size(); ++i)
            if (doc.days[d].items[i].id == item_id) return ItemPlace{d, i};
    return std::nullopt;
}

const Item* item_by_id(const Document& doc, std::string_view item_id) {
    auto place = find_item(doc, item_id);
    return place ? &doc.days[place->day].items[place->index] : nullptr;
}

// -----------------------------------------------------------------------------
// [SECTION] items
// -----------------------------------------------------------------------------

Item make_item(ItemKind kind, std::string_view language) {
    auto duration = [kind]() -> Minutes {
        switch (kind) {
            case ItemKind::welcome: return 10;
            case ItemKind::workshop: case ItemKind::round: case ItemKind::drinks: return 60;
            case ItemKind::discussion: case ItemKind::lunch: return 45;
            case ItemKind::break_: case ItemKind::closing: return 15;
            default: return 30;
        }
    };
    Item item;
    item.kind = kind;
    item.title = kind_word(kind, language);  // the one list of kind words (core/model)
    item.duration = duration();
    // Everyone breaks at once: a break or lunch holds every room.
    item.all_rooms = kind == ItemKind::break_ || kind == ItemKind::lunch;
    return item;
}

EditResult insert_item(Document doc, const std::string& day_id, std::size_t position, ItemKind kind) {
    Day* day = day_by_id(doc, day_id);
    if (!day) return fail(std::move(doc));
    Item item = make_item(kind, doc.event.language);
    item.id = new_id(doc, "i-");
    std::string id = item.id;
    position = std::min(position, day->items.size());
    day->items.insert(day->items.begin() + static_cast<std::ptrdiff_t>(position), std::move(item));
    return done(std::move(doc), std::move(id));
}

EditResult delete_item(Document doc, const std::string& item_id) {
    auto place = find_item(doc, item_id);
    if (!place) return fail(std::move(doc));
    Day& day = doc.days[place->day];
    day.items.erase(day.items.begin() + static_cast<std::ptrdiff_t>(place->index));
    return done(std::move(doc), item_id);
}

EditResult duplicate_item(Document doc, const std::string& item_id) {
    auto place = find_item(doc, item_id);
    if (!place) return fail(std::move(doc));
    Day& day = doc.days[place->day];
    Item copy = day.items[place->index];
    copy.pinned = false;
    IdMaker items(doc, "i-"), sessions(doc, "s-");
    copy.id = items.make();
    for (Session& s : copy.sessions) s.id = sessions.make();
    std::string id = copy.id;
    day.items.insert(day.items.begin() + static_cast<std::ptrdiff_t>(place->index + 1), std::move(copy));
    return done(std::move(doc), std::move(id));
}

EditResult move_item(Document doc, const std::string& item_id, const std::string& to_day_id, std::size_t position) {
    auto place = find_item(doc, item_id);
    Day* to = day_by_id(doc, to_day_id);
    if (!place || !to) return fail(std::move(doc));
    Day& from = doc.days[place->day];
    Item item = std::move(from.items[place->index]);
    from.items.erase(from.items.begin() + static_cast<std::ptrdiff_t>(place->index));
    position = std::min(position, to->items.size());
    to->items.insert(to->items.begin() + static_cast<std::ptrdiff_t>(position), std::move(item));
    return done(std::move(doc), item_id);
}

EditResult set_duration(Document doc, const std::string& item_id, Minutes duration) {
    auto place = find_item(doc, item_id);
    if (!place) return fail(std::move(doc));
    Day& day = doc.days[place->day];
    day.items[place->index].duration = std::max(duration, 0);
    return done(std::move(doc), item_id);
}

EditResult set_pinned(Document doc, const std::string& item_id, bool pinned, std::optional<Minutes> start) {
    auto place = find_item(doc, item_id);
    if (!place) return fail(std::move(doc));
    Day& day = doc.days[place->day];
    Item& item = day.items[place->index];
    item.pinned = pinned;
    if (pinned && start) item.start = *start;
    return done(std::move(doc), item_id);
}

// -----------------------------------------------------------------------------
// [SECTION] sessions and workshop designs
// -----------------------------------------------------------------------------

EditResult add_session(Document doc, const std::string& round_id) {
    auto place = find_item(doc, round_id);
    if (!place) return fail(std::move(doc));
    Item& round = doc.days[place->day].items[place->index];
    if (round.kind != ItemKind::round) return fail(std::move(doc));
    Session s;
    s.id = new_id(doc, "s-");
    s.title = doc.event.language == "en" ? "Session" : "Sessie";
    std::string id = s.id;
    round.sessions.push_back(std::move(s));
    return done(std::move(doc), std::move(id));
}

EditResult delete_session(Document doc, const std::string& session_id) {
    auto place = find_session(doc, session_id);
    if (!place) return fail(std::move(doc));
    auto& sessions = doc.days[place->day].items[place->item].sessions;
    sessions.erase(sessions.begin() + static_cast<std::ptrdiff_t>(place->index));
    return done(std::move(doc), session_id);
}

EditResult place_design(Document doc, const std::string& design_id, const std::string& day_id, std::size_t position) {
    const WorkshopDesign* design = find_design(doc, design_id);
    Day* day = day_by_id(doc, day_id);
    if (!design || !day) return fail(std::move(doc));
    Item item;
    item.id = new_id(doc, "i-");
    item.kind = ItemKind::workshop;
    item.title = design->title;
    item.description = design->pitch;
    item.people = leaders(*design);
    item.design_id = design->id;
    const Minutes day_span = day->end - day->start;
    constexpr Minutes kDagdeel = 180;  // a morning, afternoon or evening
    item.duration = design->duration > 0                 ? design->duration
                    : (design->days >= 1 && day_span > 0) ? day_span
                                                          : kDagdeel;
    std::string id = item.id;
    position = std::min(position, day->items.size());
    day->items.insert(day->items.begin() + static_cast<std::ptrdiff_t>(position), std::move(item));
    return done(std::move(doc), std::move(id));
}

EditResult place_design_in_round(Document doc, const std::string& design_id, const std::string& round_id) {
    const WorkshopDesign* design = find_design(doc, design_id);
    auto place = find_item(doc, round_id);
    if (!design || !place) return fail(std::move(doc));
    Item& round = doc.days[place->day].items[place->index];
    if (round.kind != ItemKind::round) return fail(std::move(doc));
    Session s;
    s.id = new_id(doc, "s-");
    s.title = design->title;
    s.description = design->pitch;
    s.people = leaders(*design);
    s.capacity = design->max_participants;
    s.design_id = design->id;
    std::string id = s.id;
    round.sessions.push_back(std::move(s));
    return done(std::move(doc), std::move(id));
}

// -----------------------------------------------------------------------------
// [SECTION] series
// -----------------------------------------------------------------------------

namespace {

// FNV-1a: the same value on every platform (std::hash is not, and a series
// id must not depend on whether the native or the web build made it).
std::uint64_t stable_hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

Date first_date(const Document& doc) {
    Date first;
    for (const Day& d : doc.days)
        if (d.date.is_set() && (!first.is_set() || d.date < first)) first = d.date;
    return first;
}

bool is_frame(ItemKind k) {
    switch (k) {
        case ItemKind::walk_in:
        case ItemKind::welcome:
        case ItemKind::break_:
        case ItemKind::lunch:
        case ItemKind::closing:
        case ItemKind::drinks: return true;
        default: return false;
    }
}

// Puts `part` into `parts`, replacing an entry for the same part number.
void link(std::vector<SeriesPart>& parts, SeriesPart part) {
    auto same = [&](const SeriesPart& p) { return p.part == part.part; };
    parts.erase(std::remove_if(parts.begin(), parts.end(), same), parts.end());
    parts.push_back(std::move(part));
    std::sort(parts.begin(), parts.end(), [](const SeriesPart& a, const SeriesPart& b) { return a.part < b.part; });
}

}  // namespace

SeriesResult make_next_series_part(Document current) {
    Series& series = current.event.series;
    if (series.id.empty())
        series.id = "series-" + to_base36(stable_hash(current.id + "\n" + current.event.title));
    if (series.part <= 0) series.part = 1;
    if (current.id.empty()) current.id = series.id + "-" + std::to_string(series.part);
    const int n = series.part + 1;
    series.of = std::max(series.of, n);

    Document next = current;
    next.id = series.id + "-" + std::to_string(n);
    Event& ev = next.event;
    ev.intro.clear();
    ev.description.clear();
    ev.url.clear();
    ev.notes.clear();
    ev.registration.deadline = {};
    ev.series.part = n;
    for (Day& day : next.days) {
        day.date = {};
        for (Item& item : day.items) {
            if (is_frame(item.kind)) continue;
            item.title.clear();
            item.description.clear();
            item.people.clear();
            item.sessions.clear();
            item.design_id.clear();
            item.status = Status::tentative;
        }
    }

    // Each part lists the others (never itself).
    auto& next_parts = ev.series.parts;
    next_parts.erase(std::remove_if(next_parts.begin(), next_parts.end(), [n](const SeriesPart& p) { return p.part == n; }),
                     next_parts.end());
    link(ev.series.parts, {series.part, current.event.title, first_date(current), current.id, {}});
    link(series.parts, {n, ev.title, {}, next.id, {}});
    return {std::move(current), std::move(next)};
}

}  // namespace dagdeel
