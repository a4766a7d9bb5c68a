// The assignment problem in numbers (issue 16), apart from the document so
// that the solver and its brute-force tests share one definition.
//
// Participants are indexed in registration order (0 = earliest): ties between
// equally good assignments go to earlier registrations. Each participant takes
// part in some rounds; in each one they get at most one session. The cost of a
// placement is (k-1)^2 for their k-th choice in that round and kUnchosenCost for
// a session they did not choose or for none. Constraints: a session never holds
// more than its capacity; a participant never gets the same workshop in two
// rounds; pins are kept; a session marked may_cancel either holds nobody
// (cancelled) or at least its minimum (everyone in it counts, also those who
// did not choose it); a session someone is pinned to always goes ahead.
#pragma once

#include <string>
#include <vector>

namespace dagdeel::assign {

inline constexpr int kUnchosenCost = 100;
inline constexpr int kUnlimited = -1;

struct SessionSpec {
    int round = 0;
    int workshop = 0;          // same number in every round it runs in
    int capacity = kUnlimited;  // places, or kUnlimited
    int minimum = 0;
    bool may_cancel = false;   // "cancel if under minimum"
};

struct Instance {
    int participants = 0, rounds = 0, workshops = 0;
    std::vector<SessionSpec> sessions;
    // choices[p * rounds + r]: session indices of round r, first choice first.
    std::vector<std::vector<int>> choices;
    std::vector<int> pins;         // [p * rounds + r]: pinned session, or -1
    std::vector<char> takes_part;  // [p * rounds + r]

    int slot(int p, int r) const { return p * rounds + r; }
    // 1-based rank of session s among p's choices for its round; 0 = not chosen.
    int rank_of(int p, int s) const;
    // (k-1)^2 for rank k, kUnchosenCost for 0 (not chosen) or no session.
    static long long rank_cost(int rank) { return rank == 0 ? kUnchosenCost : (long long)(rank - 1) * (rank - 1); }
    long long cost_of(int p, int s) const { return s < 0 ? kUnchosenCost : rank_cost(rank_of(p, s)); }
    // "" when the instance is well-formed, else what is wrong (for tests and callers).
    std::string check() const;
};

// at[p * rounds + r]: the session, or -1 for none (also when not taking part).
struct Solution {
    std::vector<int> at;
};

// Sum of the placement costs over every (participant, round) taken part in.
long long solution_cost(const Instance&, const Solution&);
// "" when the solution keeps every constraint, else the first one broken.
std::string check_solution(const Instance&, const Solution&);

}  // namespace dagdeel::assign
