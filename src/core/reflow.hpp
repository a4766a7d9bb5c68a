// Reflow: items flow one after another from the day's start; a pinned item
// keeps its start and the flow resumes after it. Gaps and overlaps that the
// pins cause are reported, never "fixed" by moving a pinned item.
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

struct FlowIssue {
    enum class Type { gap, overlap } type;
    std::string item_id;  // the pinned item where the gap/overlap happens
    Minutes amount = 0;   // minutes of gap or overlap
    friend bool operator==(const FlowIssue&, const FlowIssue&) = default;
};

// Recomputes Item::start for every unpinned item of the day. O(n).
std::vector<FlowIssue> reflow_day(Day& day);
void reflow(Document& doc);
// What reflow_day would report, without changing the day (for validation).
std::vector<FlowIssue> flow_issues(const Day& day);

}  // namespace dagdeel
