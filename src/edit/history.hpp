// History: owns the document being edited and every change made to it, as
// commands (edit/commands.hpp). Unlimited undo and redo within a session;
// a new change cuts the redo tail, as in every editor people know.
//
// Merging, so one gesture is one step in the Edit menu:
//  * a command whose merge key equals the previous command's, pushed within
//    kMergeWindow of it (typing "Pauze" letter by letter), joins that step;
//    the window slides with each keystroke, so steady typing stays one step;
//  * while a group is open (begin_group .. end_group: a drag in the
//    timeline, a multi-step dialog) every push joins one step with the
//    group's label;
//  * a merge never reaches across an undo: after undo, the next push is new;
//  * a step whose merged result changes nothing (typed, then typed back)
//    disappears.
//
// Typical use from a view:
//   auto r = set_duration(history.document(), id, 45);
//   if (r.ok) history.commit(std::move(r.doc), label_set_duration(item.title));
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "edit/commands.hpp"

namespace dagdeel {

class History {
public:
    static constexpr std::chrono::milliseconds kMergeWindow{1000};

    explicit History(Document doc = {});

    const Document& document() const { return doc_; }

    // Makes `after` the current document as one undoable step (or part of
    // the step being merged). Returns false when nothing changed.
    bool commit(Document after, Label label, std::string merge_key = {}, EditClock::time_point now = EditClock::now());
    // Whether a commit with `merge_key` at `now` would join the step on top
    // (the rules above) rather than begin a new one.
    bool would_merge(const std::string& merge_key, EditClock::time_point now = EditClock::now()) const;
    // Applies a ready-made command and records it, with the same merging.
    void push(Command cmd);

    bool can_undo() const { return index_ > 0; }
    bool can_redo() const { return index_ < commands_.size(); }
    bool undo();
    bool redo();
    // For "Ongedaan maken: Duur van Pauze wijzigen"; nullptr when none.
    const Label* undo_label() const;
    const Label* redo_label() const;

    // Groups nest; only the outermost label is used.
    void begin_group(Label label);
    void end_group();
    bool in_group() const { return group_depth_ > 0; }
    // The next push starts a new step even with the same merge key (the
    // field lost focus, the user pressed Enter).
    void break_merge() { merge_blocked_ = true; }

    // Changes the current document without recording a step: only for what
    // follows from a step rather than being one (the calendar revisions a
    // step bumps, edit/calendar_revisions.hpp). Undo and redo replace the
    // days or snapshot they recorded, so they stay exact.
    template <class F>
    void restamp(F&& f) {
        f(doc_);
    }

    // A new document (opened or created): history starts empty.
    void reset(Document doc);

    // For the title bar's "unsaved changes" mark.
    void mark_saved() { saved_index_ = index_; }
    bool is_modified() const { return saved_index_ != index_; }

    std::size_t size() const { return commands_.size(); }
    std::size_t position() const { return index_; }  // steps currently applied

private:
    void record(Command cmd);  // cmd already applied to doc_
    bool can_merge_with_top(const Command& cmd) const;
    bool merge_into_top(Command cmd);

    Document doc_;
    std::vector<Command> commands_;
    std::size_t index_ = 0;  // commands_[0, index_) are applied
    int group_depth_ = 0;
    Label group_label_;
    bool group_has_step_ = false;  // the open group already made its step
    bool merge_blocked_ = true;    // nothing to merge with at first
    std::optional<std::size_t> saved_index_ = 0;  // nullopt: the saved state is gone
};

}  // namespace dagdeel
