// One round of the assignment as a min-cost flow: participants (supply 1)
// send their unit to one of their sessions or to "none"; sessions pass at
// most their capacity (at least their minimum when forced open) on to the
// sink. Solved exactly by LEMON's
// network simplex (Debian's liblemon-dev, header-only templates: the same
// code runs natively and in wasm). The interface is std only.
#pragma once

#include <memory>
#include <vector>

namespace dagdeel::assign {

struct FlowArc {
    int participant = 0;  // index into FlowInput::participants
    int session = -1;     // index into FlowInput::sessions; -1 = none
};

struct FlowSession {
    long long lower = 0, upper = 0;
};

struct FlowInput {
    int participants = 0;
    std::vector<FlowSession> sessions;
    std::vector<FlowArc> arcs;
};

class RoundFlow {
public:
    explicit RoundFlow(const FlowInput& in);
    ~RoundFlow();
    RoundFlow(const RoundFlow&) = delete;
    RoundFlow& operator=(const RoundFlow&) = delete;

    // Solves with these arc costs (one per FlowInput::arcs). False when no
    // flow meets the bounds. On success `chosen` holds, per participant, the
    // index of the arc their unit takes.
    bool solve(const std::vector<long long>& arc_costs, long long& total);
    const std::vector<int>& chosen() const { return chosen_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::vector<int> chosen_;
};

}  // namespace dagdeel::assign
