#include "edit/calendar_revisions.hpp"

#include <algorithm>
#include <iterator>

namespace dagdeel {
namespace {

template <class F>
void each_revisioned(Day& day, F&& f) {
    for (Item& it : day.items) {
        f(it.id, it.revision, it.modified);
        for (Session& s : it.sessions) f(it.id + "/" + s.id, s.revision, s.modified);
    }
}

}  // namespace

void CalendarRevisions::reset(const Document& doc, bool deferred) {
    prints_.clear();
    high_water_.clear();
    bumped_in_step_.clear();
    queued_.clear();
    if (!printer_) return;
    for (std::size_t i = 0; i < doc.days.size(); ++i) {
        const Day& day = doc.days[i];
        // A queued day's keys are not in prints_ yet: printing it later only
        // records them (stamp_day's "new entry" case), as here.
        if (deferred) queued_.push_back(i);
        else
            for (auto& [key, print] : printer_(doc, day)) prints_[key] = print;
        for (const Item& it : day.items) {
            high_water_[it.id] = it.revision;
            for (const Session& s : it.sessions) high_water_[it.id + "/" + s.id] = s.revision;
        }
    }
}

std::vector<std::size_t> CalendarRevisions::changed_days(const Document& before, const Document& now) {
    std::vector<std::size_t> days;
    const bool outside_days_same = before.id == now.id && before.event == now.event &&
                                   before.people == now.people && before.rooms == now.rooms &&
                                   before.days.size() == now.days.size();
    for (std::size_t i = 0; i < now.days.size(); ++i)
        if (!outside_days_same || !(before.days[i] == now.days[i])) days.push_back(i);
    return days;
}

int CalendarRevisions::next_revision(const std::string& key, int current) {
    int& high = high_water_[key];
    high = std::max(high, current) + 1;
    return high;
}

void CalendarRevisions::stamp(Document& doc, const std::vector<std::size_t>& days, bool same_step,
                              const std::string& now_utc) {
    if (!same_step) bumped_in_step_.clear();
    if (!printer_) return;
    for (std::size_t index : days)
        if (index < doc.days.size()) stamp_day(doc.days[index], printer_(doc, doc.days[index]), same_step, now_utc);
}

void CalendarRevisions::queue(const std::vector<std::size_t>& days, bool same_step) {
    if (!same_step) bumped_in_step_.clear();
    if (!printer_) return;
    std::vector<std::size_t> merged;
    merged.reserve(queued_.size() + days.size());
    std::set_union(queued_.begin(), queued_.end(), days.begin(), days.end(), std::back_inserter(merged));
    queued_ = std::move(merged);
}

bool CalendarRevisions::advance(Document& doc, std::size_t days, const std::string& now_utc) {
    std::size_t done = 0;
    for (; done < days && done < queued_.size(); ++done) {
        const std::size_t index = queued_[done];
        // Queued days belong to the step that is on top (or the baseline):
        // ids bumped earlier in it are not bumped again.
        if (index < doc.days.size()) stamp_day(doc.days[index], printer_(doc, doc.days[index]), true, now_utc);
    }
    queued_.erase(queued_.begin(), queued_.begin() + (std::ptrdiff_t)done);
    return queued_.empty();
}

void CalendarRevisions::stamp_day(Day& day, const CalendarPrints& prints, bool same_step, const std::string& now_utc) {
    each_revisioned(day, [&](const std::string& key, int& revision, std::string& modified) {
        auto now = prints.find(key);
        if (now == prints.end()) return;  // an undated day: never in a calendar
        auto was = prints_.find(key);
        const bool changed = was == prints_.end() || was->second != now->second;
        int& high = high_water_[key];
        high = std::max(high, revision);
        if (!changed) return;
        if (was == prints_.end()) {
            // A new item or session (inserted, duplicated, imported into
            // a round): a new calendar entry, nothing to supersede.
            prints_.emplace(key, now->second);
            return;
        }
        was->second = now->second;
        if (same_step && bumped_in_step_.count(key)) {
            revision = high;  // already bumped in this step; keep it (and never below)
            return;
        }
        revision = next_revision(key, revision);
        modified = now_utc;
        bumped_in_step_.insert(key);
    });
}

}  // namespace dagdeel
