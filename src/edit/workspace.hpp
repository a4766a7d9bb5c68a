// (No ImGui here: unit-tested natively.)
// The drafts a user has open in this session and the one being edited.
// A Draft wraps the undo history of one document, recomputes its findings
// only when it changed, reflows every edit before recording it (the one
// place edits are reflowed: operations leave it to the commit), and keeps
// the calendar revisions (SEQUENCE) of what each step changed, so a view only
// has to describe the change it wants. Documents arrive reflowed: opening
// (io/open_document.hpp) is the one place a read document is reflowed.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/model.hpp"
#include "core/validation.hpp"
#include "edit/calendar_revisions.hpp"
#include "edit/history.hpp"
#include "edit/row_texts.hpp"

namespace dagdeel {

class Draft {
public:
    // `defer_calendar`: the calendar revisions of an edit are stamped later,
    // a day at a time (advance_calendar, from the app's frames), instead of
    // inside the edit; doc() may then lag in Item/Session::revision and
    // ::modified until settled() (which every export and save uses).
    explicit Draft(Document doc, CalendarPrinter printer = {}, bool defer_calendar = false);

    const Document& doc() const { return history_.document(); }
    History& history() { return history_; }
    unsigned revision() const { return revision_; }  // changes with every edit, undo or redo

    // Records `after` (reflowed first) as one undoable step; typing in one
    // field merges through `merge_key`. Returns false when nothing changed.
    bool commit(Document after, Label label, std::string merge_key = {});
    bool undo();
    bool redo();
    void break_merge() { history_.break_merge(); }

    // The document with every calendar revision stamped: what exports and
    // saves read. Same as doc() unless stamps are waiting.
    const Document& settled();
    bool calendar_pending() const { return calendar_.pending(); }
    // Stamps waiting days until about `budget_ms` have passed (at least one
    // day); true when nothing waits any more.
    bool advance_calendar(double budget_ms);

    const std::vector<Finding>& findings();  // validated lazily, once per revision
    // Whether an item (or one of a round's sessions) has a warning or error:
    // a set built with the findings, so each visible table row asks in O(1).
    bool has_finding(const std::string& item_id, const std::string& session_id = {});
    int error_count();
    int warning_count();

    // A row's times, people and room as the programme and the timeline show
    // them, kept until the next edit, undo or redo (edit/row_texts.hpp).
    const RowText& row_text(const Item& item) { return row_texts_.item(doc(), revision_, item); }
    const RowText& row_text(const Item& round, const Session& session) {
        return row_texts_.session(doc(), revision_, round, session);
    }

    double created_ms = 0, modified_ms = 0;  // wall-clock (ms since epoch) for the library

private:
    bool walk(bool (History::*step)());  // undo or redo, then the calendar revisions
    void stamp_calendar(const std::vector<std::size_t>& days, bool same_step);

    History history_;
    CalendarRevisions calendar_;
    bool defer_calendar_ = false;
    unsigned revision_ = 1;
    unsigned findings_revision_ = 0;
    std::vector<Finding> findings_;
    std::unordered_set<std::string> flagged_;  // "item" and "item/session" with findings
    RowTexts row_texts_;
};

struct DeletedDraft {
    std::unique_ptr<Draft> draft;
    std::size_t position = 0;
};

struct Workspace {
    std::vector<std::unique_ptr<Draft>> drafts;
    std::size_t current = 0;
    std::vector<DeletedDraft> recently_deleted;  // "Ongedaan maken" after a delete
    // What a calendar sees of a day (io/ics/ics_event_prints.hpp), set by the
    // app; every draft added keeps its SEQUENCE numbers with it.
    CalendarPrinter calendar_printer;
    // Drafts added stamp their calendar revisions later, in slices (the app:
    // a keystroke in a big plan must not print every day inside its frame).
    bool defer_calendar = false;

    Draft* active() { return current < drafts.size() ? drafts[current].get() : nullptr; }
    Draft& add(Document doc, bool make_current = true);
    std::vector<std::string> open_ids() const;  // for open_document's copy policy
    void remove(std::size_t index);
    bool restore_last_deleted();
};

double wall_clock_ms();

}  // namespace dagdeel
