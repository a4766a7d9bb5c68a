// Commands: one undoable change as a value — what the document was, what it
// became, and a label for the Edit menu ("Duur van Pauze wijzigen").
//
// A command is made by diffing two documents (make_command), so every
// operation in core/operations.hpp and every field edit in the inspector is
// undoable without a hand-written inverse.
//
// Memory trade-off: a whole-document snapshot of a 10,000-item programme is
// a few megabytes, and keeping two per step for unlimited undo adds up fast.
// Almost every edit touches one day (or two, for a move between days), so
// when the number of days stays the same the command keeps just the days
// that changed, before and after, and — only when it changed — everything
// outside the days (event text, people, rooms, settings) as a document with
// no days. Only adding or removing a day keeps whole snapshots. Diffing
// costs one O(n) comparison per step, which is far below a frame.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

// Both languages are stored so switching the UI language relabels history.
struct Label {
    std::string nl;
    std::string en;
    const std::string& text(std::string_view language) const { return language == "en" ? en : nl; }
    friend bool operator==(const Label&, const Label&) = default;
};

using EditClock = std::chrono::steady_clock;

struct DayPatch {
    std::size_t index = 0;  // position in Document::days
    Day before;
    Day after;
};

struct Command {
    Label label;
    // Commands with the same non-empty key pushed close together merge into
    // one step (a burst of typing in one field): "item:i-3:title".
    std::string merge_key;
    EditClock::time_point time{};
    // Day patches plus, when that changed, before/after of everything
    // outside the days (documents whose days are empty); or, when `whole`,
    // before/after are whole documents and there are no day patches.
    std::vector<DayPatch> days;
    std::optional<Document> before;
    std::optional<Document> after;
    bool whole = false;

    bool is_snapshot() const { return whole; }
    bool empty() const { return days.empty() && !before.has_value(); }
};

// The command that turns `before` into `after`; empty() when they are equal.
Command make_command(const Document& before, const Document& after, Label label, std::string merge_key = {},
                     EditClock::time_point time = EditClock::now());
void apply(Document& doc, const Command& cmd);   // before -> after
void revert(Document& doc, const Command& cmd);  // after -> before

// "item:i-3:title": the merge key for edits of one field of one thing.
std::string merge_key(std::string_view kind, std::string_view id, std::string_view field);

// Labels for the operations in core/operations.hpp. `name` is the item's
// title (or whatever the user sees for it); empty names read "onderdeel".
Label label_insert(std::string_view name);
Label label_delete(std::string_view name);
Label label_duplicate(std::string_view name);
Label label_move(std::string_view name);
Label label_set_duration(std::string_view name);
Label label_pin(std::string_view name, bool pinned);
// "Titel van Pauze wijzigen" / "Change title of Pauze".
Label label_change(std::string_view field_nl, std::string_view field_en, std::string_view name);
Label label_place_design(std::string_view design_title);
Label label_next_series_part();

}  // namespace dagdeel
