// (No ImGui here: unit-tested natively.)
// Keeps Item/Session::revision — the iCalendar SEQUENCE — honest: an item or
// session whose exported calendar entry changes gets a higher revision, once
// per undoable step, and untouched ones keep theirs (RFC 5545 3.8.7.4; Outlook
// ignores an update whose SEQUENCE did not rise).
//
// The rule on undo and redo: a SEQUENCE never goes down. A calendar that
// imported SEQUENCE 2 must never be sent SEQUENCE 1 for other content, and we
// cannot know what was exported in between, so an undo that brings back an
// item's earlier content gives it a revision above every one it has had
// (its high-water mark + 1) instead of its old number. Undoing a step that
// changed nothing a calendar sees leaves revisions alone. LAST-MODIFIED
// (Item/Session::modified) is set whenever a revision rises.
//
// What a calendar sees comes from the iCalendar writer (io/ics/
// ics_event_prints.hpp), passed in as a function so that edit/ depends on
// core/ only.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

using CalendarPrints = std::unordered_map<std::string, std::uint64_t>;
using CalendarPrinter = std::function<CalendarPrints(const Document&, const Day&)>;

class CalendarRevisions {
public:
    // Without a printer nothing is bumped (the CLI, which never edits).
    explicit CalendarRevisions(CalendarPrinter printer = {}) : printer_(std::move(printer)) {}

    // Starts over from a document just opened: its prints and revisions are
    // the baseline.
    void reset(const Document& doc);

    // Before a change: which days of `now` differ from `before` (by index),
    // or every day when anything outside the days changed. Cheap (compares).
    static std::vector<std::size_t> changed_days(const Document& before, const Document& now);

    // After the document became `doc` (a commit, undo or redo): bumps the
    // revision of every item and session on `days` whose print changed.
    // `same_step`: the change merged into the step that is already on top
    // (typing one word), so ids bumped in that step are not bumped again.
    // `now_utc`: for Item/Session::modified, "2026-11-30T01:20:00Z".
    void stamp(Document& doc, const std::vector<std::size_t>& days, bool same_step, const std::string& now_utc);

private:
    int next_revision(const std::string& key, int current);

    CalendarPrinter printer_;
    std::unordered_map<std::string, std::uint64_t> prints_;  // key -> print, for the current document
    std::unordered_map<std::string, int> high_water_;        // key -> highest revision ever held
    std::unordered_set<std::string> bumped_in_step_;
};

}  // namespace dagdeel
