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
// Printing costs one .ics write per day (a few ms natively for a 200-talk
// conference, many times that in the browser), so a big plan's edits can
// queue the days (queue) and print them a few at a time (advance) from
// later frames; finish() prints what is left, before anything reads the
// revisions (an export, a save). Printing a queued day later gives the same
// revisions as printing it at once, as long as the queued days all belong to
// one undoable step: the owner (edit/workspace.hpp) finishes the queue before
// a new step begins.
//
// What a calendar sees comes from the iCalendar writer (io/ics/
// ics_event_prints.hpp), passed in as a function so that edit/ depends on
// core/ only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

using CalendarPrints = std::unordered_map<std::string, std::uint64_t>;
// The prints of a day's items [first, first + count) and their sessions
// (io/ics/ics_event_prints.hpp: calendar_item_prints).
using CalendarPrinter = std::function<CalendarPrints(const Document&, const Day&, std::size_t, std::size_t)>;

class CalendarRevisions {
public:
    // Without a printer nothing is bumped (the CLI, which never edits).
    explicit CalendarRevisions(CalendarPrinter printer = {}) : printer_(std::move(printer)) {}

    // Starts over from a document just opened: its prints and revisions are
    // the baseline. `deferred`: only the revisions now; every day's prints are
    // queued (advance/finish print them; nothing is bumped by that).
    void reset(const Document& doc, bool deferred = false);

    // Before a change: which days of `now` differ from `before` (by index),
    // or every day when anything outside the days changed. Cheap (compares).
    static std::vector<std::size_t> changed_days(const Document& before, const Document& now);

    // After the document became `doc` (a commit, undo or redo): bumps the
    // revision of every item and session on `days` whose print changed.
    // `same_step`: the change merged into the step that is already on top
    // (typing one word), so ids bumped in that step are not bumped again.
    // `now_utc`: for Item/Session::modified, "2026-11-30T01:20:00Z".
    void stamp(Document& doc, const std::vector<std::size_t>& days, bool same_step, const std::string& now_utc);

    // The same, later: `days` join the queue. A new step (!same_step) may
    // only be queued when the queue is empty (finish() first).
    void queue(const std::vector<std::size_t>& days, bool same_step);
    bool pending() const { return !queued_.empty(); }
    // Stamps up to `slices` slices of the queue on `doc` (the document the
    // queue was made for, as it is now); a slice is at most
    // kItemsPerSlice items of one day (a 36C3 day of ~340 talks printed
    // at once took far more than a frame in the browser). True when the
    // queue is empty afterwards.
    bool advance(Document& doc, std::size_t slices, const std::string& now_utc);
    void finish(Document& doc, const std::string& now_utc) { advance(doc, static_cast<std::size_t>(-1), now_utc); }

    static constexpr std::size_t kItemsPerSlice = 8;

private:
    // Stamps the items [first, first + count) of `day` (and their sessions).
    void stamp_items(Day& day, std::size_t first, std::size_t count, const CalendarPrints& prints, bool same_step,
                     const std::string& now_utc);

    int next_revision(const std::string& key, int current);

    CalendarPrinter printer_;
    std::unordered_map<std::string, std::uint64_t> prints_;  // key -> print, for the current document
    std::unordered_map<std::string, int> high_water_;        // key -> highest revision ever held
    std::unordered_set<std::string> bumped_in_step_;
    std::vector<std::size_t> queued_;  // day indices, ascending, each once
    std::size_t head_item_ = 0;        // items of queued_.front() before this one are stamped
};

}  // namespace dagdeel
