// (No ImGui here: unit-tested natively.)
// The drafts a user has open in this session and the one being edited.
// A Draft wraps the undo history of one document, recomputes its findings
// only when it changed, and reflows every edit before recording it, so a
// view only has to describe the change it wants.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/validation.hpp"
#include "edit/history.hpp"

namespace dagdeel {

class Draft {
public:
    explicit Draft(Document doc);

    const Document& doc() const { return history_.document(); }
    History& history() { return history_; }
    unsigned revision() const { return revision_; }  // changes with every edit, undo or redo

    // Records `after` (reflowed first) as one undoable step; typing in one
    // field merges through `merge_key`. Returns false when nothing changed.
    bool commit(Document after, Label label, std::string merge_key = {});
    bool undo();
    bool redo();
    void break_merge() { history_.break_merge(); }

    const std::vector<Finding>& findings();  // validated lazily, once per revision
    int error_count();
    int warning_count();

    double created_ms = 0, modified_ms = 0;  // wall-clock (ms since epoch) for the library

private:
    History history_;
    unsigned revision_ = 1;
    unsigned findings_revision_ = 0;
    std::vector<Finding> findings_;
};

struct DeletedDraft {
    std::unique_ptr<Draft> draft;
    std::size_t position = 0;
};

struct Workspace {
    std::vector<std::unique_ptr<Draft>> drafts;
    std::size_t current = 0;
    std::vector<DeletedDraft> recently_deleted;  // "Ongedaan maken" after a delete

    Draft* active() { return current < drafts.size() ? drafts[current].get() : nullptr; }
    Draft& add(Document doc, bool make_current = true);
    void remove(std::size_t index);
    bool restore_last_deleted();
};

double wall_clock_ms();

}  // namespace dagdeel
