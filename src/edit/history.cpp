// History: the undo stack and its merging rules (see history.hpp).
#include "edit/history.hpp"

#include <map>

namespace dagdeel {

History::History(Document doc) : doc_(std::move(doc)) {}

bool History::commit(Document after, Label label, std::string key, EditClock::time_point now) {
    Command cmd = make_command(doc_, after, std::move(label), std::move(key), now);
    if (cmd.empty()) return false;
    doc_ = std::move(after);
    record(std::move(cmd));
    return true;
}

void History::push(Command cmd) {
    if (cmd.empty()) return;
    apply(doc_, cmd);
    record(std::move(cmd));
}

bool History::can_merge_with_top(const Command& cmd) const { return would_merge(cmd.merge_key, cmd.time); }

bool History::would_merge(const std::string& merge_key, EditClock::time_point now) const {
    if (index_ == 0 || index_ != commands_.size()) return false;  // never across an undo
    if (group_depth_ > 0) return group_has_step_;
    if (merge_blocked_ || merge_key.empty()) return false;
    const Command& top = commands_.back();
    if (top.merge_key != merge_key) return false;
    return now >= top.time && now - top.time <= kMergeWindow;
}

void History::record(Command cmd) {
    if (group_depth_ > 0) cmd.label = group_label_;
    bool step_exists = true;
    if (can_merge_with_top(cmd)) {
        step_exists = merge_into_top(std::move(cmd));
    } else {
        // A new step: the redo tail is gone, and so is a saved state in it.
        if (saved_index_ && *saved_index_ > index_) saved_index_.reset();
        commands_.resize(index_);
        commands_.push_back(std::move(cmd));
        index_ = commands_.size();
    }
    // When a merge cancelled itself out, the step before it must not become
    // the one that later pushes (or the open group) merge into.
    if (group_depth_ > 0) group_has_step_ = step_exists;
    merge_blocked_ = !step_exists;
}

// top: S0 -> S1, cmd: S1 -> S2 (already applied, doc_ == S2). The merged
// step goes S0 -> S2. Returns false when that step changes nothing and was
// dropped.
bool History::merge_into_top(Command cmd) {
    Command& top = commands_.back();
    // The state the saved mark points at is about to stop existing.
    if (saved_index_ && *saved_index_ == index_) saved_index_.reset();
    if (!top.is_snapshot() && !cmd.is_snapshot()) {
        // Both patches: union by day, earliest before and latest after.
        std::map<std::size_t, DayPatch> by_day;
        for (DayPatch& p : top.days) by_day.emplace(p.index, std::move(p));
        for (DayPatch& p : cmd.days) {
            auto it = by_day.find(p.index);
            if (it == by_day.end()) by_day.emplace(p.index, std::move(p));
            else it->second.after = std::move(p.after);
        }
        top.days.clear();
        for (auto& [index, p] : by_day)
            if (!(p.before == p.after)) top.days.push_back(std::move(p));
        // Outside the days: S0's is top's before (or, when top left it
        // alone, cmd's before, which is S1's = S0's); S2's is cmd's after
        // (or top's, when cmd left it alone).
        if (!top.before) top.before = std::move(cmd.before);
        if (cmd.after) top.after = std::move(cmd.after);
        if (top.before && *top.before == *top.after) {
            top.before.reset();
            top.after.reset();
        }
        top.time = cmd.time;
        top.label = std::move(cmd.label);
    } else {
        // Some snapshot involved: rebuild S0 by stepping back from S2 and
        // diff once more (which may well give day patches again).
        Document s0 = doc_;
        revert(s0, cmd);
        revert(s0, top);
        top = make_command(s0, doc_, std::move(cmd.label), std::move(top.merge_key), cmd.time);
    }
    if (top.empty()) {  // typed and typed back: no step at all
        commands_.pop_back();
        index_ = commands_.size();
        return false;
    }
    return true;
}

bool History::undo() {
    if (!can_undo()) return false;
    revert(doc_, commands_[--index_]);
    merge_blocked_ = true;
    group_has_step_ = false;
    return true;
}

bool History::redo() {
    if (!can_redo()) return false;
    apply(doc_, commands_[index_++]);
    merge_blocked_ = true;
    group_has_step_ = false;
    return true;
}

const Label* History::undo_label() const { return can_undo() ? &commands_[index_ - 1].label : nullptr; }
const Label* History::redo_label() const { return can_redo() ? &commands_[index_].label : nullptr; }

void History::begin_group(Label label) {
    if (group_depth_++ == 0) {
        group_label_ = std::move(label);
        group_has_step_ = false;
    }
}

void History::end_group() {
    if (group_depth_ == 0) return;
    if (--group_depth_ == 0) {
        group_has_step_ = false;
        merge_blocked_ = true;  // what follows the group is its own step
    }
}

void History::reset(Document doc) {
    doc_ = std::move(doc);
    commands_.clear();
    index_ = 0;
    group_depth_ = 0;
    group_has_step_ = false;
    merge_blocked_ = true;
    saved_index_ = 0;
}

}  // namespace dagdeel
