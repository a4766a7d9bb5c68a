// Exact assignment: Lagrangian relaxation of "never the same workshop twice"
// inside a best-first branch and bound, with one min-cost flow per round
// (round_flow.hpp) as the subproblem.
//
// Why this and not GLPK: a round alone is a transportation problem whose flow
// optimum is integral, so the only couplings are the no-repeat rows (and the
// "cancel if under minimum" on/off choice). Relaxing the no-repeat rows with
// multipliers leaves independent flows per round, solved exactly by LEMON's
// network simplex in a few milliseconds for 2,000 people; the multipliers'
// bound is as strong as the LP relaxation an IP solver would start from.
// Branching (forbid / force one participant's session; close / force open a
// session under its minimum) closes what remains. LEMON is header-only, so
// the wasm build needs no extra C library (GLPK would: ~100 C files compiled
// by emcc and fetched as a source package, for an LP of 72,000 columns that
// its simplex solves in seconds rather than milliseconds).
//
// Within the time limit the answer is proven optimal (lower bound == cost);
// past it the best solution found is returned with the proven lower bound,
// so the caller can say how far from optimal it may be.
#pragma once

#include <string>

#include "assign/assign_instance.hpp"

namespace dagdeel::assign {

// Work is bounded by counts, so that the same input gives the same output on
// any machine; the clock is only a safety net (a very slow or busy machine),
// and Report::stopped_by_clock says when it was used.
struct Limits {
    double time_ms = 1000;        // safety net
    int relax_iterations = 300;   // capacity relaxation: subgradient steps
    long long max_flow_arcs = 500000;  // branch and bound: arcs summed over the flows it solves
    long max_nodes = 200000;
};

struct Report {
    bool found = false;   // a feasible solution exists and is in `best`
    std::string error;    // when !found: why ("pins exceed the capacity of ...")
    Solution best;
    long long cost = 0;
    long long lower_bound = 0;  // proven: no assignment costs less
    bool proven_optimal = false;
    long nodes = 0;
    long flows = 0;  // min-cost flows solved
    int relax_iterations = 0;
    bool stopped_by_clock = false;  // the safety net ended the search: another run may differ
    double elapsed_ms = 0;
};

Report solve(const Instance&, const Limits& = {});

// Cost-neutral finishing touch: people left without a session in a round go
// into open sessions with free places (most free first) when that repeats no
// workshop for them: "a session you did not choose" and "none" cost the same,
// and a seat beats none. Sessions marked may_cancel that hold nobody stay
// cancelled.
void fill_free_places(const Instance&, Solution&);

}  // namespace dagdeel::assign
