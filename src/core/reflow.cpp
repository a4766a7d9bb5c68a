// Reflow: recompute the start of every unpinned item from the day's start.
//
// Decisions (an organiser's expectations, not an algorithm's convenience):
//  * The flow is one sequence per day, in list order. Rooms do not split it:
//    parallel content is a round (one item whose sessions share its slot),
//    and an all_rooms item is one slot like any other.
//  * A pinned item keeps its start. If the flow reaches it late, that is an
//    overlap reported at the pinned item (the minutes earlier items must
//    shrink for it to start on time); if early, a gap. Either way the flow
//    resumes after whichever ends later — the pinned item or the items that
//    ran into it — so one overrun never stacks a second overlap behind it.
//  * A cancelled item keeps its slot and its time. Marking a talk "vervalt"
//    in an announced programme must not silently move every later item to
//    an earlier time than people were told; whoever wants the time back
//    deletes the item or shortens it.
//  * Negative durations count as zero (a half-typed value must not pull
//    later items back in time).
#include "core/reflow.hpp"

#include <algorithm>

namespace dagdeel {
namespace {

// One pass over the items; `set_start` receives each unpinned item's start.
// Shared by reflow_day (which writes) and flow_issues (which only reads).
template <typename SetStart>
std::vector<FlowIssue> run_flow(const Day& day, SetStart set_start) {
    std::vector<FlowIssue> issues;
    Minutes cursor = day.start;
    for (std::size_t i = 0; i < day.items.size(); ++i) {
        const Item& item = day.items[i];
        const Minutes duration = std::max(item.duration, 0);
        if (!item.pinned) {
            set_start(i, cursor);
            cursor += duration;
            continue;
        }
        // The first item may be pinned before the day's start (a walk-in
        // from doors_open): not an overlap of the flow, and the flow then
        // starts from that item. validation.cpp judges the day's bounds.
        const bool first = (i == 0);
        if (item.start > cursor)
            issues.push_back({FlowIssue::Type::gap, item.id, item.start - cursor});
        else if (item.start < cursor && !first)
            issues.push_back({FlowIssue::Type::overlap, item.id, cursor - item.start});
        cursor = first ? item.start + duration : std::max(cursor, item.start + duration);
    }
    return issues;
}

}  // namespace

std::vector<FlowIssue> reflow_day(Day& day) {
    return run_flow(day, [&day](std::size_t i, Minutes start) { day.items[i].start = start; });
}

std::vector<FlowIssue> flow_issues(const Day& day) {
    return run_flow(day, [](std::size_t, Minutes) {});
}

void reflow(Document& doc) {
    for (Day& day : doc.days) reflow_day(day);
}

}  // namespace dagdeel
