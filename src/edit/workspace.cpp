#include "edit/workspace.hpp"

#include <chrono>

#include "core/reflow.hpp"

namespace dagdeel {

double wall_clock_ms() {
    using namespace std::chrono;
    return (double)duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Draft::Draft(Document doc) : history_([&] {
        reflow(doc);
        return std::move(doc);
    }()) {
    created_ms = modified_ms = wall_clock_ms();
}

bool Draft::commit(Document after, Label label, std::string merge_key) {
    reflow(after);
    if (!history_.commit(std::move(after), std::move(label), std::move(merge_key))) return false;
    ++revision_;
    modified_ms = wall_clock_ms();
    return true;
}

bool Draft::undo() {
    if (!history_.undo()) return false;
    ++revision_;
    modified_ms = wall_clock_ms();
    return true;
}

bool Draft::redo() {
    if (!history_.redo()) return false;
    ++revision_;
    modified_ms = wall_clock_ms();
    return true;
}

const std::vector<Finding>& Draft::findings() {
    if (findings_revision_ != revision_) {
        findings_ = validate(doc());
        findings_revision_ = revision_;
    }
    return findings_;
}

int Draft::error_count() {
    int n = 0;
    for (const Finding& f : findings()) n += f.severity == Severity::error;
    return n;
}

int Draft::warning_count() {
    int n = 0;
    for (const Finding& f : findings()) n += f.severity == Severity::warning;
    return n;
}

Draft& Workspace::add(Document doc, bool make_current) {
    drafts.push_back(std::make_unique<Draft>(std::move(doc)));
    if (make_current) current = drafts.size() - 1;
    return *drafts.back();
}

void Workspace::remove(std::size_t index) {
    if (index >= drafts.size()) return;
    recently_deleted.push_back({std::move(drafts[index]), index});
    drafts.erase(drafts.begin() + (std::ptrdiff_t)index);
    if (recently_deleted.size() > 10) recently_deleted.erase(recently_deleted.begin());
    if (current >= drafts.size()) current = drafts.empty() ? 0 : drafts.size() - 1;
}

bool Workspace::restore_last_deleted() {
    if (recently_deleted.empty()) return false;
    DeletedDraft d = std::move(recently_deleted.back());
    recently_deleted.pop_back();
    const std::size_t at = std::min(d.position, drafts.size());
    drafts.insert(drafts.begin() + (std::ptrdiff_t)at, std::move(d.draft));
    current = at;
    return true;
}

}  // namespace dagdeel
