// Document operations the UI needs: each takes a Document by value and
// returns the changed one, so a caller can keep the old value for undo
// (edit/history.hpp) and tests can compare before and after. None throws:
// an unknown id gives ok == false and the document back unchanged.
//
// Operations do not reflow: they change order, durations and pins, and the
// caller reflows once — Draft::commit (edit/workspace.hpp) for every edit,
// so starts are recomputed in exactly one place however the edit was made.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace dagdeel {

struct EditResult {
    Document doc;
    bool ok = false;
    std::string id;  // the item or session created or acted on
};

// Where an item lives: days[day].items[index].
struct ItemPlace {
    std::size_t day = 0;
    std::size_t index = 0;
};
std::optional<ItemPlace> find_item(const Document& doc, std::string_view item_id);
const Item* item_by_id(const Document& doc, std::string_view item_id);

// A fresh id: prefix + the next base-36 counter past every id in the
// document with that prefix ("i-1", "i-2", ... "i-a"), checked against all
// ids of every kind. Deterministic, so tests and diffs stay stable.
// Prefixes in use: "i-" items, "s-" sessions, "d-" days.
std::string new_id(const Document& doc, std::string_view prefix);

// A new item of `kind` with the default title (in `language`, "nl" or
// "en") and duration an organiser would type first; id left empty.
Item make_item(ItemKind kind, std::string_view language);

// Inserts a new item at `position` (clamped to the end) of the day.
EditResult insert_item(Document doc, const std::string& day_id, std::size_t position, ItemKind kind);
EditResult delete_item(Document doc, const std::string& item_id);
// The copy goes right after the original, unpinned (two pins on one start
// would overlap by construction), with new ids for it and its sessions.
EditResult duplicate_item(Document doc, const std::string& item_id);
// Moves an item to `position` in `to_day_id` (the same or another day);
// position is the index the item has afterwards, clamped to the end.
EditResult move_item(Document doc, const std::string& item_id, const std::string& to_day_id, std::size_t position);
// Negative durations become 0.
EditResult set_duration(Document doc, const std::string& item_id, Minutes duration);
// Pinning keeps the item's current start unless `start` is given.
EditResult set_pinned(Document doc, const std::string& item_id, bool pinned, std::optional<Minutes> start = {});

// Sessions of a round.
EditResult add_session(Document doc, const std::string& round_id);
EditResult delete_session(Document doc, const std::string& session_id);

// A WorkshopDesign placed as a workshop item: title, pitch, duration and
// trainers (as leaders) from the design. A design without a duration takes
// the day's span when it is a whole-day design, else one dagdeel (180 min).
EditResult place_design(Document doc, const std::string& design_id, const std::string& day_id, std::size_t position);
// ... or as one more session of a round (capacity from max_participants).
EditResult place_design_in_round(Document doc, const std::string& design_id, const std::string& round_id);

// The next part of a series ("tweeluik"), made from `current`:
//  * same series id (one is made when current has none; current becomes
//    part 1), part + 1, `of` raised to at least that part;
//  * event details, venue, price, people, rooms, designs and settings are
//    copied; what belongs to one evening is cleared: intro, description,
//    url, notes, registration deadline and every day's date;
//  * the structure is kept, not the content: every day keeps its times and
//    items with their kinds, durations and pins, so the evening's shape is
//    ready. Walk-in, welcome, breaks, lunch, closing and drinks keep their
//    titles and people; talks, workshops, discussions, rounds and other
//    content lose title, description, people and sessions and become
//    tentative — validation then lists the empty titles as the to-do list;
//  * both documents' Series::parts link to each other (by document id).
struct SeriesResult {
    Document current;  // with the link to the new part added
    Document next;
};
SeriesResult make_next_series_part(Document current);

}  // namespace dagdeel
