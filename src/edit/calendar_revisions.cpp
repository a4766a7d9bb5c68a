#include "edit/calendar_revisions.hpp"

#include <algorithm>

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

void CalendarRevisions::reset(const Document& doc) {
    prints_.clear();
    high_water_.clear();
    bumped_in_step_.clear();
    if (!printer_) return;
    for (const Day& day : doc.days) {
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
    for (std::size_t index : days) {
        if (index >= doc.days.size()) continue;
        Day& day = doc.days[index];
        const CalendarPrints prints = printer_(doc, day);
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
}

}  // namespace dagdeel
