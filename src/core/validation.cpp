// Validation: every rule reads the document and appends findings; nothing is
// changed and nothing throws. Runs on every edit, so the cost matters:
// lookups go through hash sets and conflicts through one sort-and-sweep per
// day (O(n log n)); messages are only built for the findings themselves.
//
// [SECTION] messages and small helpers
// [SECTION] ids: missing, duplicate, dangling
// [SECTION] required fields and the event
// (e-mail addresses, links and phone numbers: core/validation_contacts.cpp)
// [SECTION] a day's bounds, pins and breaks
// [SECTION] capacity
// [SECTION] conflicts: rooms and people (sort + sweep)
// [SECTION] validate()
//
// Decisions:
//  * Cancelled items and sessions take part in nothing but id checks: they
//    occupy no room, keep nobody busy and count for no capacity.
//  * Zero-length items (a moment, not a slot) never conflict.
//  * A round occupies its sessions' rooms, not a room of its own; sessions
//    without a room are not placed yet and are skipped. A round without
//    sessions is treated like an ordinary item.
//  * An overlap is reported once per later slot, against the slot running
//    longest before it; that keeps the sweep linear after sorting and still
//    flags every slot that is in trouble.
//  * walk_in and drinks count as rest for the break rule, as does a gap of
//    kBreakGap minutes or more (people get coffee when nothing is planned).
#include "core/validation.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/civil_time.hpp"
#include "core/date_input.hpp"
#include "core/reflow.hpp"
#include "core/validation_contacts.hpp"

namespace dagdeel {
namespace {

constexpr Minutes kBreakGap = 15;
constexpr Minutes kMidnight = 24 * 60;

// -----------------------------------------------------------------------------
// [SECTION] messages and small helpers
// -----------------------------------------------------------------------------

struct Sink {
    std::vector<Finding>& out;
    void add(Severity s, std::string code, std::string day_id, std::string item_id,
             std::string session_id, std::string field, std::string nl, std::string en) {
        out.push_back({s, std::move(code), std::move(day_id), std::move(item_id), std::move(session_id),
                       std::move(field), std::move(nl), std::move(en)});
    }
};

// "“Pauze”", or the id when the title is still empty.
std::string quoted(const std::string& title, const std::string& id) {
    return "\u201c" + (title.empty() ? id : title) + "\u201d";
}
std::string name_of(const Item& item) { return quoted(item.title, item.id); }
std::string name_of(const Session& s) { return quoted(s.title, s.id); }

std::string span(Minutes start, Minutes end) { return format_hhmm(start) + "\u2013" + format_hhmm(end); }

std::string room_name(const Document& doc, std::string_view room_id, bool dutch) {
    if (room_id.empty()) return dutch ? "de hoofdzaal" : "the main room";
    if (const Room* r = find_room(doc, std::string(room_id)); r && !r->name.empty()) return r->name;
    return std::string(room_id);
}

std::string person_name(const Document& doc, std::string_view person_id) {
    if (const Person* p = find_person(doc, std::string(person_id))) {
        if (!p->name.empty()) return p->name;
        if (!p->organisation.empty()) return p->organisation;
    }
    return std::string(person_id);
}

bool is_rest(ItemKind k) {
    return k == ItemKind::break_ || k == ItemKind::lunch || k == ItemKind::walk_in || k == ItemKind::drinks;
}

bool has_sessions_in_play(const Item& item) {
    if (item.kind != ItemKind::round) return false;
    return std::any_of(item.sessions.begin(), item.sessions.end(),
                       [](const Session& s) { return s.status != Status::cancelled; });
}

// -----------------------------------------------------------------------------
// [SECTION] ids: missing, duplicate, dangling
// -----------------------------------------------------------------------------

// Counts ids of one kind; reports empty ones and every repeat after the first.
class IdCheck {
public:
    IdCheck(Sink& sink, const char* what_nl, const char* what_en) : sink_(sink), nl_(what_nl), en_(what_en) {}
    void see(const std::string& id, const std::string& day_id, const std::string& item_id,
             const std::string& session_id) {
        if (id.empty()) {
            sink_.add(Severity::error, "missing_id", day_id, item_id, session_id, "id",
                      std::string(nl_) + " zonder id.", std::string(en_) + " without an id.");
            return;
        }
        if (!seen_.insert(id).second)
            sink_.add(Severity::error, "duplicate_id", day_id, item_id, session_id, "id",
                      std::string(nl_) + ": id \u201c" + id + "\u201d komt vaker voor.",
                      std::string(en_) + ": id \u201c" + id + "\u201d is used more than once.");
    }

private:
    Sink& sink_;
    const char* nl_;
    const char* en_;
    std::unordered_set<std::string_view> seen_;
};

void check_ids(const Document& doc, Sink& sink) {
    IdCheck days(sink, "Dag", "Day"), parts(sink, "Onderdeel", "Item"), people(sink, "Persoon", "Person"),
        rooms(sink, "Zaal", "Room"), designs(sink, "Workshopontwerp", "Workshop design");
    for (const Day& day : doc.days) {
        days.see(day.id, day.id, "", "");
        // Items and sessions share one id space: findings and selections name either.
        for (const Item& item : day.items) {
            parts.see(item.id, day.id, item.id, "");
            for (const Session& s : item.sessions) parts.see(s.id, day.id, item.id, s.id);
        }
    }
    for (const Person& p : doc.people) people.see(p.id, "", "", "");
    for (const Room& r : doc.rooms) rooms.see(r.id, "", "", "");
    for (const WorkshopDesign& d : doc.designs) designs.see(d.id, "", "", "");
}

struct Known {
    std::unordered_set<std::string_view> people, designs;
    std::unordered_map<std::string_view, const Room*> rooms;
    explicit Known(const Document& doc) {
        for (const Person& p : doc.people) people.insert(p.id);
        for (const Room& r : doc.rooms) rooms.emplace(r.id, &r);
        for (const WorkshopDesign& d : doc.designs) designs.insert(d.id);
    }
};

void check_person(const Known& known, Sink& sink, const std::string& person_id, const std::string& day_id,
                  const std::string& item_id, const std::string& session_id, const std::string& field) {
    if (known.people.count(person_id)) return;
    sink.add(Severity::error, "unknown_person", day_id, item_id, session_id, field,
             "Onbekende persoon \u201c" + person_id + "\u201d.", "Unknown person \u201c" + person_id + "\u201d.");
}

void check_room(const Known& known, Sink& sink, const std::string& room_id, const std::string& day_id,
                const std::string& item_id, const std::string& session_id) {
    if (room_id.empty() || known.rooms.count(room_id)) return;
    sink.add(Severity::error, "unknown_room", day_id, item_id, session_id, "room_id",
             "Onbekende zaal \u201c" + room_id + "\u201d.", "Unknown room \u201c" + room_id + "\u201d.");
}

void check_design(const Known& known, Sink& sink, const std::string& design_id, const std::string& day_id,
                  const std::string& item_id, const std::string& session_id) {
    if (design_id.empty() || known.designs.count(design_id)) return;
    sink.add(Severity::warning, "unknown_design", day_id, item_id, session_id, "design_id",
             "Onbekend workshopontwerp \u201c" + design_id + "\u201d.",
             "Unknown workshop design \u201c" + design_id + "\u201d.");
}

void check_references(const Document& doc, const Known& known, Sink& sink) {
    const Registration& reg = doc.event.registration;
    if (!reg.contact_person_id.empty())
        check_person(known, sink, reg.contact_person_id, "", "", "", "registration.contact_person_id");
    for (const std::string& id : doc.event.contact_ids) check_person(known, sink, id, "", "", "", "contact_ids");
    for (const WorkshopDesign& d : doc.designs)
        for (const std::string& id : d.trainer_ids) check_person(known, sink, id, "", "", "", "designs.trainer_ids");
    for (const Day& day : doc.days)
        for (const Item& item : day.items) {
            check_room(known, sink, item.room_id, day.id, item.id, "");
            check_design(known, sink, item.design_id, day.id, item.id, "");
            for (const PersonRef& ref : item.people)
                check_person(known, sink, ref.person_id, day.id, item.id, "", "people");
            for (const Session& s : item.sessions) {
                check_room(known, sink, s.room_id, day.id, item.id, s.id);
                check_design(known, sink, s.design_id, day.id, item.id, s.id);
                for (const PersonRef& ref : s.people) check_person(known, sink, ref.person_id, day.id, item.id, s.id, "people");
            }
        }
}

// -----------------------------------------------------------------------------
// [SECTION] required fields and the event
// -----------------------------------------------------------------------------

void check_required(const Document& doc, Sink& sink) {
    if (doc.event.title.empty())
        sink.add(Severity::error, "missing_title", "", "", "", "title", "Het evenement heeft geen titel.",
                 "The event has no title.");
    for (const Day& day : doc.days) {
        if (!day.date.is_set())
            sink.add(Severity::error, "missing_date", day.id, "", "", "date", "Een dag heeft geen datum.",
                     "A day has no date.");
        for (const Item& item : day.items) {
            if (item.title.empty())
                sink.add(Severity::warning, "missing_title", day.id, item.id, "", "title",
                         "Onderdeel om " + format_hhmm(item.start) + " heeft geen titel.",
                         "Item at " + format_hhmm(item.start) + " has no title.");
            for (const Session& s : item.sessions)
                if (s.title.empty())
                    sink.add(Severity::warning, "missing_title", day.id, item.id, s.id, "title",
                             "Een sessie in " + name_of(item) + " heeft geen titel.",
                             "A session in " + name_of(item) + " has no title.");
        }
    }
}

void check_deadline(const Document& doc, Sink& sink) {
    const Date& deadline = doc.event.registration.deadline;
    if (!deadline.is_set()) return;
    std::optional<Date> first;
    for (const Day& day : doc.days)
        if (day.date.is_set() && (!first || day.date < *first)) first = day.date;
    if (!first || !(deadline > *first)) return;
    sink.add(Severity::warning, "deadline_after_event", "", "", "", "registration.deadline",
             "De aanmelddeadline (" + format_date_words(deadline, DateLanguage::nl) + ") valt na de eerste dag (" +
                 format_date_words(*first, DateLanguage::nl) + ").",
             "The registration deadline (" + format_date_words(deadline, DateLanguage::en) + ") is after the first day (" +
                 format_date_words(*first, DateLanguage::en) + ").");
}

// -----------------------------------------------------------------------------
// [SECTION] a day's bounds, pins and breaks
// -----------------------------------------------------------------------------

// "19 juni 2018", or "dag 2" when the day has no date yet.
std::string day_name(const Day& day, std::size_t index, DateLanguage lang) {
    if (day.date.is_set() && is_valid_date(day.date)) return format_date_words(day.date, lang);
    return std::string(lang == DateLanguage::nl ? "dag " : "day ") + std::to_string(index + 1);
}

void check_day_shape(const Day& day, std::size_t index, Sink& sink) {
    const std::string nl = day_name(day, index, DateLanguage::nl), en = day_name(day, index, DateLanguage::en);
    // An end of 0 is "not filled in"; any other end before the start is a typo
    // (an evening on past midnight is written as 24:30 and later).
    if (day.end > 0 && day.end < day.start)
        sink.add(Severity::warning, "day_ends_before_start", day.id, "", "", "end",
                 "De dag van " + nl + " eindigt (" + format_hhmm(day.end) + ") voordat hij begint (" +
                     format_hhmm(day.start) + ").",
                 "The day of " + en + " ends (" + format_hhmm(day.end) + ") before it starts (" +
                     format_hhmm(day.start) + ").");
    const bool has_programme = std::any_of(day.items.begin(), day.items.end(),
                                           [](const Item& i) { return i.status != Status::cancelled; });
    if (day.date.is_set() && !has_programme)
        sink.add(Severity::warning, "empty_programme", day.id, "", "", "items",
                 "Op " + nl + " staat nog niets op het programma.",
                 "Nothing is on the programme for " + en + " yet.");
}

void check_rounds(const Day& day, Sink& sink) {
    for (const Item& item : day.items) {
        if (item.kind != ItemKind::round || item.status == Status::cancelled) continue;
        const auto n = std::count_if(item.sessions.begin(), item.sessions.end(),
                                     [](const Session& s) { return s.status != Status::cancelled; });
        if (n == 0)
            sink.add(Severity::warning, "round_without_sessions", day.id, item.id, "", "sessions",
                     "De ronde " + name_of(item) + " heeft geen sessies.",
                     "The round " + name_of(item) + " has no sessions.");
        else if (n == 1)
            sink.add(Severity::warning, "round_single_session", day.id, item.id, "", "sessions",
                     "De ronde " + name_of(item) + " heeft maar \u00e9\u00e9n sessie: er valt niets te kiezen.",
                     "The round " + name_of(item) + " has only one session: there is nothing to choose.");
    }
}

void check_bounds(const Day& day, Sink& sink) {
    const Minutes earliest = std::min(day.start, day.doors_open.value_or(day.start));
    const bool has_end = day.end > day.start;  // 0 or before the start: not filled in
    for (const Item& item : day.items) {
        if (item.status == Status::cancelled) continue;
        if (item.start < earliest)
            sink.add(Severity::warning, "before_day_start", day.id, item.id, "", "start",
                     name_of(item) + " begint om " + format_hhmm(item.start) + ", v\u00f3\u00f3r het begin van de dag (" +
                         format_hhmm(earliest) + ").",
                     name_of(item) + " starts at " + format_hhmm(item.start) + ", before the day starts (" +
                         format_hhmm(earliest) + ").");
        if (has_end && item.end() > day.end)
            // Drinks running past the announced end are normal ("afsluiting en borrel").
            sink.add(item.kind == ItemKind::drinks ? Severity::info : Severity::warning, "after_day_end", day.id,
                     item.id, "", "duration",
                     name_of(item) + " eindigt om " + format_hhmm(item.end()) + ", na het einde van de dag (" +
                         format_hhmm(day.end) + ").",
                     name_of(item) + " ends at " + format_hhmm(item.end()) + ", after the day ends (" +
                         format_hhmm(day.end) + ").");
        // A day whose own end is after midnight (a congress night, a party)
        // runs on by design: only items past that end are news, and
        // after_day_end already says so.
        if (item.end() > kMidnight && day.end <= kMidnight)
            sink.add(Severity::warning, "past_midnight", day.id, item.id, "", "duration",
                     name_of(item) + " loopt door na middernacht (tot " + format_hhmm(item.end()) + ").",
                     name_of(item) + " runs past midnight (until " + format_hhmm(item.end()) + ").");
    }
}

// Whether an item is for everyone at once: a plenary (all rooms), one in the
// main room, or a round (everyone is in one of its sessions).
bool for_everyone(const Item& item) {
    return item.all_rooms || item.kind == ItemKind::round || item.room_id.empty();
}

// The flow runs the items one after another, but items in different named
// rooms are parallel tracks (an imported congress pins every talk in its
// room): a pinned item in a named room is only overlapped by what runs
// before it in that room or by an item for everyone; an item for everyone
// by anything before it. Returns minutes of overlap per item index (0 =
// none). One pass with the latest end per room: O(n).
std::vector<Minutes> pinned_overlaps_by_room(const Day& day) {
    Day flowed = day;
    reflow_day(flowed);
    std::vector<Minutes> overlap(day.items.size(), 0);
    std::unordered_map<std::string_view, Minutes> room_end;
    constexpr Minutes kNone = std::numeric_limits<Minutes>::min();
    Minutes everyone_end = kNone, any_end = kNone;
    for (std::size_t i = 0; i < flowed.items.size(); ++i) {
        const Item& item = flowed.items[i];
        const bool everyone = for_everyone(item);
        Minutes blocking = everyone ? any_end : everyone_end;
        if (!everyone)
            if (auto it = room_end.find(item.room_id); it != room_end.end()) blocking = std::max(blocking, it->second);
        // The first item may be pinned before the day's start: not an overlap.
        if (item.pinned && i > 0 && blocking > item.start) overlap[i] = blocking - item.start;
        const Minutes end = item.start + std::max(item.duration, 0);
        any_end = std::max(any_end, end);
        if (everyone) everyone_end = std::max(everyone_end, end);
        else {
            Minutes& e = room_end.try_emplace(item.room_id, end).first->second;
            e = std::max(e, end);
        }
    }
    return overlap;
}

void check_pins(const Day& day, Sink& sink) {
    std::vector<FlowIssue> issues = flow_issues(day);
    // Overlaps come from the per-room pass; the flow's gaps stay (nothing at
    // all is planned then, in any room).
    issues.erase(std::remove_if(issues.begin(), issues.end(),
                                [](const FlowIssue& f) { return f.type == FlowIssue::Type::overlap; }),
                 issues.end());
    const std::vector<Minutes> overlaps = pinned_overlaps_by_room(day);
    for (std::size_t i = 0; i < day.items.size(); ++i)
        if (overlaps[i] > 0) issues.push_back({FlowIssue::Type::overlap, day.items[i].id, overlaps[i]});
    if (issues.empty()) return;
    std::unordered_map<std::string_view, const Item*> by_id;
    for (const Item& item : day.items)
        if (item.pinned) by_id.emplace(item.id, &item);
    for (const FlowIssue& issue : issues) {
        auto it = by_id.find(issue.item_id);
        const std::string name = it != by_id.end() ? name_of(*it->second) : quoted("", issue.item_id);
        const std::string n = std::to_string(issue.amount);
        if (issue.type == FlowIssue::Type::overlap)
            sink.add(Severity::warning, "pinned_overlap", day.id, issue.item_id, "", "start",
                     "Het programma loopt " + n + " min door in het vastgezette onderdeel " + name + ".",
                     "The programme runs " + n + " min into the pinned item " + name + ".");
        else
            sink.add(Severity::info, "pinned_gap", day.id, issue.item_id, "", "start",
                     "Er zit " + n + " min niets gepland v\u00f3\u00f3r het vastgezette onderdeel " + name + ".",
                     "There are " + n + " min with nothing planned before the pinned item " + name + ".");
    }
}

bool has_parallel_items(const Day& day);

void check_breaks(const Day& day, Minutes limit, Sink& sink) {
    // With parallel tracks (a congress) nobody follows every item in a row:
    // people take their breaks between talks, so the rule has nothing to say.
    if (limit <= 0 || has_parallel_items(day)) return;
    std::vector<const Item*> timeline;
    timeline.reserve(day.items.size());
    for (const Item& item : day.items)
        if (item.status != Status::cancelled && item.duration > 0) timeline.push_back(&item);
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const Item* a, const Item* b) { return a->start < b->start; });

    bool open = false, reported = false;
    Minutes stretch_start = 0, last_end = 0;
    for (const Item* item : timeline) {
        if (open && item->start - last_end >= kBreakGap) open = false;  // an unplanned pause
        if (is_rest(item->kind)) {
            open = false;
            last_end = std::max(last_end, item->end());
            continue;
        }
        if (!open) {
            open = true;
            reported = false;
            stretch_start = item->start;
            last_end = item->start;
        }
        last_end = std::max(last_end, item->end());
        if (!reported && last_end - stretch_start > limit) {
            reported = true;  // once per stretch, at the item that crosses the limit
            const std::string len = std::to_string(last_end - stretch_start), max = std::to_string(limit);
            sink.add(Severity::warning, "no_break", day.id, item->id, "", "",
                     "Geen pauze van " + format_hhmm(stretch_start) + " tot " + format_hhmm(last_end) + " (" + len +
                         " min, meer dan " + max + " min).",
                     "No break from " + format_hhmm(stretch_start) + " to " + format_hhmm(last_end) + " (" + len +
                         " min, more than " + max + " min).");
        }
    }
}

// -----------------------------------------------------------------------------
// [SECTION] capacity
// -----------------------------------------------------------------------------

const Room* room_of(const Known& known, const std::string& room_id) {
    auto it = known.rooms.find(room_id);
    return it == known.rooms.end() ? nullptr : it->second;
}

// Whether items of the day run side by side (parallel tracks, as an imported
// conference schedule has): then no single item is attended by everyone.
bool has_parallel_items(const Day& day) {
    std::vector<std::pair<Minutes, Minutes>> spans;
    for (const Item& item : day.items)
        if (item.status != Status::cancelled && item.duration > 0 && !item.all_rooms)
            spans.push_back({item.start, item.end()});
    std::sort(spans.begin(), spans.end());
    for (std::size_t i = 1; i < spans.size(); ++i)
        if (spans[i].first < spans[i - 1].second) return true;
    return false;
}

void check_capacity(const Document& doc, const Known& known, const Day& day, Sink& sink) {
    const int expected = doc.event.expected_participants;
    // An item has no capacity of its own: on a single-track day it is for
    // everyone, so its room must hold the audience. With parallel tracks we
    // cannot know who goes where, and say nothing.
    const int audience = has_parallel_items(day) ? 0 : expected > 0 ? expected : doc.event.max_participants;
    for (const Item& item : day.items) {
        if (item.status == Status::cancelled) continue;
        if (item.kind == ItemKind::round) {
            int total = 0;
            bool all_known = true;
            for (const Session& s : item.sessions) {
                if (s.status == Status::cancelled) continue;
                const Room* room = room_of(known, s.room_id);
                const int room_cap = room ? room->capacity : 0;
                if (s.capacity > 0 && room_cap > 0 && room_cap < s.capacity)
                    sink.add(Severity::warning, "room_too_small", day.id, item.id, s.id, "capacity",
                             room_name(doc, s.room_id, true) + " (" + std::to_string(room_cap) + " plaatsen) is te klein voor " +
                                 name_of(s) + " (" + std::to_string(s.capacity) + ").",
                             room_name(doc, s.room_id, false) + " (" + std::to_string(room_cap) + " seats) is too small for " +
                                 name_of(s) + " (" + std::to_string(s.capacity) + ").");
                // The room caps what a session can take, whatever its own number says.
                int cap = s.capacity > 0 ? s.capacity : room_cap;
                if (s.capacity > 0 && room_cap > 0) cap = std::min(s.capacity, room_cap);
                if (cap <= 0) all_known = false;
                total += cap;
            }
            if (expected > 0 && all_known && has_sessions_in_play(item) && total < expected)
                sink.add(Severity::warning, "round_capacity", day.id, item.id, "", "sessions",
                         "De sessies van " + name_of(item) + " bieden samen " + std::to_string(total) +
                             " plaatsen voor " + std::to_string(expected) + " verwachte deelnemers.",
                         "The sessions of " + name_of(item) + " seat " + std::to_string(total) + " together for " +
                             std::to_string(expected) + " expected participants.");
            if (has_sessions_in_play(item)) continue;
        }
        if (item.all_rooms || item.room_id.empty() || audience <= 0) continue;
        const Room* room = room_of(known, item.room_id);
        if (room && room->capacity > 0 && room->capacity < audience)
            sink.add(Severity::warning, "room_too_small", day.id, item.id, "", "room_id",
                     room_name(doc, item.room_id, true) + " (" + std::to_string(room->capacity) +
                         " plaatsen) is te klein voor " + name_of(item) + " (" + std::to_string(audience) + ").",
                     room_name(doc, item.room_id, false) + " (" + std::to_string(room->capacity) +
                         " seats) is too small for " + name_of(item) + " (" + std::to_string(audience) + ").");
    }
}

// -----------------------------------------------------------------------------
// [SECTION] conflicts: rooms and people (sort + sweep)
// -----------------------------------------------------------------------------

// One occupied interval: an item, or one session of a round.
struct Slot {
    std::string_view key;  // room id ("" = main room) or person id
    Minutes start = 0, end = 0;
    const Item* item = nullptr;
    const Session* session = nullptr;  // null: the item itself
};

std::string slot_name(const Slot& s) { return s.session ? name_of(*s.session) : name_of(*s.item); }

bool by_key_then_time(const Slot& a, const Slot& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.start != b.start) return a.start < b.start;
    return a.end < b.end;
}

// Calls on_overlap(earlier, later) for every slot that starts before the
// longest-running earlier slot of the same key ends. Input sorted by key, start.
template <typename OnOverlap>
void sweep(const std::vector<Slot>& slots, OnOverlap on_overlap) {
    const Slot* running = nullptr;
    for (const Slot& s : slots) {
        if (running && running->key != s.key) running = nullptr;
        if (running && s.start < running->end) on_overlap(*running, s);
        if (!running || s.end > running->end) running = &s;
    }
}

void check_rooms(const Document& doc, const Day& day, Sink& sink) {
    std::vector<Slot> in_room, everywhere;
    in_room.reserve(day.items.size());
    for (const Item& item : day.items) {
        if (item.status == Status::cancelled || item.duration <= 0) continue;
        if (item.all_rooms) {
            everywhere.push_back({"", item.start, item.end(), &item, nullptr});
        } else if (has_sessions_in_play(item)) {
            for (const Session& s : item.sessions)
                if (s.status != Status::cancelled && !s.room_id.empty())
                    in_room.push_back({s.room_id, item.start, item.end(), &item, &s});
        } else {
            in_room.push_back({item.room_id, item.start, item.end(), &item, nullptr});
        }
    }

    std::sort(in_room.begin(), in_room.end(), by_key_then_time);
    sweep(in_room, [&](const Slot& a, const Slot& b) {
        const Minutes from = b.start, to = std::min(a.end, b.end);
        sink.add(Severity::error, "room_overlap", day.id, b.item->id, b.session ? b.session->id : "", "start",
                 slot_name(a) + " en " + slot_name(b) + " overlappen in " + room_name(doc, b.key, true) + " (" +
                     span(from, to) + ").",
                 slot_name(a) + " and " + slot_name(b) + " overlap in " + room_name(doc, b.key, false) + " (" +
                     span(from, to) + ").");
    });

    if (everywhere.empty()) return;
    // An all-rooms item clashes with anything at all that day: one sweep over
    // every slot by start, remembering the longest-running all-rooms slot and
    // the longest-running slot of any kind.
    std::vector<std::pair<const Slot*, bool>> all;  // slot, is all-rooms
    all.reserve(in_room.size() + everywhere.size());
    for (const Slot& s : in_room) all.push_back({&s, false});
    for (const Slot& s : everywhere) all.push_back({&s, true});
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        if (a.first->start != b.first->start) return a.first->start < b.first->start;
        return a.second > b.second;  // an all-rooms slot first: it is the one to blame
    });
    const Slot* longest_all = nullptr;
    const Slot* longest_any = nullptr;
    for (const auto& [s, is_all] : all) {
        const Slot* other = is_all ? longest_any : longest_all;
        if (other && s->start < other->end) {
            const Slot& plenary = is_all ? *s : *other;
            const Slot& clash = is_all ? *other : *s;
            sink.add(Severity::error, "room_overlap", day.id, s->item->id, s->session ? s->session->id : "",
                     "start",
                     slot_name(plenary) + " geldt voor alle zalen maar overlapt met " + slot_name(clash) + " (" +
                         span(s->start, std::min(s->end, other->end)) + ").",
                     slot_name(plenary) + " spans all rooms but overlaps " + slot_name(clash) + " (" +
                         span(s->start, std::min(s->end, other->end)) + ").");
        }
        if (is_all && (!longest_all || s->end > longest_all->end)) longest_all = s;
        if (!longest_any || s->end > longest_any->end) longest_any = s;
    }
}

void check_people(const Document& doc, const Day& day, Sink& sink) {
    std::vector<Slot> slots;
    for (const Item& item : day.items) {
        if (item.status == Status::cancelled || item.duration <= 0) continue;
        for (const PersonRef& ref : item.people) slots.push_back({ref.person_id, item.start, item.end(), &item, nullptr});
        for (const Session& s : item.sessions) {
            if (s.status == Status::cancelled) continue;
            for (const PersonRef& ref : s.people) slots.push_back({ref.person_id, item.start, item.end(), &item, &s});
        }
    }
    std::sort(slots.begin(), slots.end(), by_key_then_time);
    sweep(slots, [&](const Slot& a, const Slot& b) {
        // Listed twice in one item, or hosting a round while leading one of
        // its sessions: one place, not two.
        if (a.item == b.item && (a.session == b.session || !a.session || !b.session)) return;
        const std::string who = person_name(doc, b.key);
        const std::string when = span(b.start, std::min(a.end, b.end));
        sink.add(Severity::warning, "person_overlap", day.id, b.item->id, b.session ? b.session->id : "", "people",
                 who + " staat tegelijk bij " + slot_name(a) + " en " + slot_name(b) + " (" + when + ").",
                 who + " is in two places at once: " + slot_name(a) + " and " + slot_name(b) + " (" + when + ").");
    });
}

}  // namespace

// -----------------------------------------------------------------------------
// [SECTION] validate()
// -----------------------------------------------------------------------------

const char* to_string(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "info";
}

std::vector<Finding> validate(const Document& doc) {
    std::vector<Finding> findings;
    Sink sink{findings};
    check_required(doc, sink);
    check_deadline(doc, sink);
    check_ids(doc, sink);
    const Known known(doc);
    check_references(doc, known, sink);
    check_contacts(doc, findings);  // core/validation_contacts.cpp
    for (std::size_t i = 0; i < doc.days.size(); ++i) {
        const Day& day = doc.days[i];
        check_day_shape(day, i, sink);
        check_bounds(day, sink);
        check_rounds(day, sink);
        check_pins(day, sink);
        check_breaks(day, doc.settings.max_stretch_without_break, sink);
        check_capacity(doc, known, day, sink);
        check_rooms(doc, day, sink);
        check_people(doc, day, sink);
    }
    return findings;
}

bool has_errors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace dagdeel
