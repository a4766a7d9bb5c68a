// A second relaxation of the assignment, for big events: relax the session
// capacities instead of "never the same workshop twice". Then every
// participant solves their own tiny problem exactly (at most one session per
// round, no repeat, pins kept: a few dozen combinations), and only one
// multiplier per session is searched for (36 for 3 rounds of 12 sessions),
// so the subgradient converges in milliseconds where the per-pair
// multipliers of the flow relaxation need seconds. Its bound is at least the
// LP bound. From the multipliers a feasible assignment is built greedily
// (people in over-full sessions move to the alternative that costs least
// extra; later registrations move first), giving the branch and bound a good
// first solution to prune with.
#pragma once

#include <chrono>

#include "assign/assign_instance.hpp"

namespace dagdeel::assign {

struct CapacityRelaxation {
    long long lower_bound = 0;
    bool has_solution = false;
    Solution solution;  // feasible when has_solution
    int iterations = 0;
    bool stopped_by_clock = false;
};

CapacityRelaxation relax_capacities(const Instance&, int max_iterations, std::chrono::steady_clock::time_point deadline);

}  // namespace dagdeel::assign
