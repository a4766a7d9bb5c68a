#include "edit/calendar_revisions.hpp"

#include <algorithm>
#include <iterator>

namespace dagdeel {
namespace {

template <class F>
void each_revisioned(Day& day, std::size_t first, std::size_t count, F&& f) {
    std::string key;
    for (std::size_t i = first; i < first + count && i < day.items.size(); ++i) {
        Item& it = day.items[i];
        f(it.id, it.revision, it.modified);
        for (Session& s : it.sessions) {
            key.assign(it.id).append("/").append(s.id);
            f(key, s.revision, s.modified);
        }
    }
}

}  // namespace

void CalendarRevisions::reset(const Document& doc, bool deferred) {
    prints_.clear();
    high_water_.clear();
    bumped_in_step_.clear();
    queued_.clear();
    head_item_ = 0;
    if (!printer_) return;
    for (std::size_t i = 0; i < doc.days.size(); ++i) {
        const Day& day = doc.days[i];
        // A queued day's keys are not in prints_ yet: printing it later only
        // records them (stamp_items's "new entry" case), as here.
        if (deferred) queued_.push_back(i);
        else
            for (auto& [key, print] : printer_(doc, day, 0, day.items.size())) prints_[key] = print;
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
    for (std::size_t index : days) {
        if (index >= doc.days.size()) continue;
        Day& day = doc.days[index];
        const std::size_t n = day.items.size();
        stamp_items(day, 0, n, printer_(doc, day, 0, n), same_step, now_utc);
    }
}

void CalendarRevisions::queue(const std::vector<std::size_t>& days, bool same_step) {
    if (!same_step) bumped_in_step_.clear();
    if (!printer_) return;
    // The day being stamped changed again: it starts over (its first
    // items were printed from content that is gone).
    if (!queued_.empty() && std::binary_search(days.begin(), days.end(), queued_.front())) head_item_ = 0;
    std::vector<std::size_t> merged;
    merged.reserve(queued_.size() + days.size());
    std::set_union(queued_.begin(), queued_.end(), days.begin(), days.end(), std::back_inserter(merged));
    queued_ = std::move(merged);
}

bool CalendarRevisions::advance(Document& doc, std::size_t slices, const std::string& now_utc) {
    std::size_t done_days = 0;
    for (std::size_t slice = 0; slice < slices && done_days < queued_.size(); ++slice) {
        const std::size_t index = queued_[done_days];
        const std::size_t items = index < doc.days.size() ? doc.days[index].items.size() : 0;
        if (head_item_ < items) {
            // Queued days belong to the step that is on top (or the baseline):
            // ids bumped earlier in it are not bumped again.
            Day& day = doc.days[index];
            const std::size_t count = std::min(kItemsPerSlice, items - head_item_);
            stamp_items(day, head_item_, count, printer_(doc, day, head_item_, count), true, now_utc);
            head_item_ += count;
        }
        if (head_item_ >= items) {
            ++done_days;
            head_item_ = 0;
        }
    }
    queued_.erase(queued_.begin(), queued_.begin() + (std::ptrdiff_t)done_days);
    return queued_.empty();
}

void CalendarRevisions::stamp_items(Day& day, std::size_t first, std::size_t count, const CalendarPrints& prints,
                                     bool same_step, const std::string& now_utc) {
    each_revisioned(day, first, count, [&](const std::string& key, int& revision, std::string& modified) {
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
