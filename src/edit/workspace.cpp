#include "edit/workspace.hpp"

#include <chrono>

#include <cstdio>

#include "core/civil_time.hpp"
#include "core/reflow.hpp"

namespace dagdeel {

double wall_clock_ms() {
    using namespace std::chrono;
    return (double)duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

namespace {

// "2026-11-30T01:20:00Z" for LAST-MODIFIED.
std::string utc_now_text() {
    const long long seconds = (long long)(wall_clock_ms() / 1000);
    const long long days = seconds / 86400, rest = seconds % 86400;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lldZ", format_iso_date(civil_from_days(days)).c_str(),
                  rest / 3600, rest / 60 % 60, rest % 60);
    return buf;
}

std::vector<std::size_t> every_day(const Document& doc) {
    std::vector<std::size_t> days(doc.days.size());
    for (std::size_t i = 0; i < days.size(); ++i) days[i] = i;
    return days;
}

}  // namespace

Draft::Draft(Document doc, CalendarPrinter printer, bool defer_calendar)
    : history_(std::move(doc)), calendar_(std::move(printer)), defer_calendar_(defer_calendar) {
    calendar_.reset(history_.document(), defer_calendar_);
    created_ms = modified_ms = wall_clock_ms();
}

void Draft::stamp_calendar(const std::vector<std::size_t>& days, bool same_step) {
    if (defer_calendar_) {
        if (!same_step) settled();  // a merged step that undid itself: what waited is done first
        calendar_.queue(days, same_step);
        return;
    }
    const std::string now = utc_now_text();
    history_.restamp([&](Document& d) { calendar_.stamp(d, days, same_step, now); });
}

const Document& Draft::settled() {
    if (calendar_.pending()) {
        const std::string now = utc_now_text();
        history_.restamp([&](Document& d) { calendar_.finish(d, now); });
    }
    return doc();
}

bool Draft::advance_calendar(double budget_ms) {
    if (!calendar_.pending()) return true;
    const std::string now = utc_now_text();
    const auto start = std::chrono::steady_clock::now();
    bool done = false;
    history_.restamp([&](Document& d) {
        do {
            done = calendar_.advance(d, 1, now);
        } while (!done && std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() < budget_ms);
    });
    return done;
}

bool Draft::commit(Document after, Label label, std::string merge_key) {
    reflow(after);
    const EditClock::time_point now = EditClock::now();
    // Waiting stamps belong to the step on top: they are done on the
    // document of that step before another step begins.
    if (calendar_.pending() && !history_.would_merge(merge_key, now)) settled();
    const std::vector<std::size_t> days = CalendarRevisions::changed_days(doc(), after);
    const std::size_t steps = history_.position();
    if (!history_.commit(std::move(after), std::move(label), std::move(merge_key), now)) return false;
    stamp_calendar(days, history_.position() == steps);  // same position: merged into the top step
    ++revision_;
    modified_ms = wall_clock_ms();
    return true;
}

bool Draft::undo() { return walk(&History::undo); }
bool Draft::redo() { return walk(&History::redo); }

bool Draft::walk(bool (History::*step)()) {
    settled();  // the waiting stamps belong to the step being left
    if (!(history_.*step)()) return false;
    stamp_calendar(every_day(doc()), false);  // undo and redo change calendar entries too
    ++revision_;
    modified_ms = wall_clock_ms();
    return true;
}

const std::vector<Finding>& Draft::findings() {
    if (findings_revision_ != revision_) {
        findings_ = validate(doc());
        findings_revision_ = revision_;
        flagged_.clear();
        for (const Finding& f : findings_) {
            if (f.severity == Severity::info || f.item_id.empty()) continue;
            flagged_.insert(f.item_id);
            if (!f.session_id.empty()) flagged_.insert(f.item_id + "/" + f.session_id);
        }
    }
    return findings_;
}

bool Draft::has_finding(const std::string& item_id, const std::string& session_id) {
    findings();
    return flagged_.count(session_id.empty() ? item_id : item_id + "/" + session_id) > 0;
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
    drafts.push_back(std::make_unique<Draft>(std::move(doc), calendar_printer, defer_calendar));
    if (make_current) current = drafts.size() - 1;
    return *drafts.back();
}

std::vector<std::string> Workspace::open_ids() const {
    std::vector<std::string> ids;
    for (const auto& d : drafts) ids.push_back(d->doc().id);
    return ids;
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
