// The assignment solver (issue 16): the objective on hand-made cases, and
// optimality against brute force on small random instances. Every random
// test prints its seed, so a failure can be replayed alone.
#include <doctest/doctest.h>

#include <cstdio>
#include <functional>
#include <random>

#include "assign/assign_solver.hpp"

using namespace dagdeel::assign;

namespace {

// rounds x sessions_per_round, workshop w(round, i) = i unless `distinct`.
Instance make(int participants, int rounds, int per_round, int capacity, bool distinct = false) {
    Instance in;
    in.participants = participants;
    in.rounds = rounds;
    in.workshops = distinct ? rounds * per_round : per_round;
    for (int r = 0; r < rounds; ++r)
        for (int i = 0; i < per_round; ++i) in.sessions.push_back({r, distinct ? r * per_round + i : i, capacity, 0, false});
    const std::size_t n = (std::size_t)participants * rounds;
    in.choices.assign(n, {});
    in.pins.assign(n, -1);
    in.takes_part.assign(n, 1);
    return in;
}

long long brute_force(const Instance& in) {
    std::vector<std::vector<int>> options(in.participants * in.rounds);
    for (int p = 0; p < in.participants; ++p)
        for (int r = 0; r < in.rounds; ++r) {
            auto& o = options[in.slot(p, r)];
            if (!in.takes_part[in.slot(p, r)]) {
                o = {-1};
                continue;
            }
            o.push_back(-1);
            for (int s = 0; s < (int)in.sessions.size(); ++s)
                if (in.sessions[s].round == r) o.push_back(s);
        }
    Solution x;
    x.at.assign(options.size(), -1);
    long long best = -1;
    std::function<void(std::size_t)> walk = [&](std::size_t i) {
        if (i == options.size()) {
            if (check_solution(in, x).empty()) {
                const long long c = solution_cost(in, x);
                if (best < 0 || c < best) best = c;
            }
            return;
        }
        for (int s : options[i]) {
            x.at[i] = s;
            walk(i + 1);
        }
    };
    walk(0);
    return best;
}

Instance random_instance(unsigned seed) {
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const int rounds = pick(1, 3);
    const int participants = rounds == 1 ? pick(2, 6) : rounds == 2 ? pick(2, 4) : pick(2, 3);
    const int per_round = pick(2, 3);
    Instance in = make(participants, rounds, per_round, 1, pick(0, 3) == 0);
    for (auto& s : in.sessions) {
        s.capacity = pick(0, 4) == 0 ? kUnlimited : pick(0, 3);
        if (pick(0, 3) == 0) {
            s.may_cancel = true;
            s.minimum = pick(2, 3);
        }
    }
    for (int p = 0; p < participants; ++p)
        for (int r = 0; r < rounds; ++r) {
            std::vector<int> mine;
            for (int s = 0; s < (int)in.sessions.size(); ++s)
                if (in.sessions[s].round == r) mine.push_back(s);
            std::shuffle(mine.begin(), mine.end(), rng);
            mine.resize(pick(0, (int)mine.size()));
            in.choices[in.slot(p, r)] = mine;
            in.takes_part[in.slot(p, r)] = pick(0, 6) != 0;
            if (pick(0, 9) == 0 && in.takes_part[in.slot(p, r)]) {
                const int s = r * per_round + pick(0, per_round - 1);
                in.pins[in.slot(p, r)] = s;
            }
        }
    return in;
}

}  // namespace

TEST_CASE("objective: k-th choice costs (k-1)^2, unchosen or none 100") {
    CHECK(Instance::rank_cost(1) == 0);
    CHECK(Instance::rank_cost(2) == 1);
    CHECK(Instance::rank_cost(3) == 4);
    CHECK(Instance::rank_cost(0) == 100);
    Instance in = make(3, 1, 2, 1);  // two sessions of one place each, three people
    for (int p = 0; p < 3; ++p) in.choices[p] = {0, 1};
    Report r = solve(in);
    REQUIRE(r.found);
    CHECK(r.proven_optimal);
    CHECK(r.cost == 0 + 1 + 100);
    // Earlier registration first: participant 0 gets the first choice, 1 the
    // second, 2 (registered last) none.
    CHECK(r.best.at[0] == 0);
    CHECK(r.best.at[1] == 1);
    CHECK(r.best.at[2] == -1);
    CHECK(check_solution(in, r.best) == "");
}

TEST_CASE("objective: a free place in an unchosen session beats none at equal cost") {
    Instance in = make(2, 1, 2, 1);
    in.choices[0] = {0};
    in.choices[1] = {0};
    Report r = solve(in);
    REQUIRE(r.found);
    CHECK(r.cost == 100);
    CHECK(r.best.at[0] == 0);
    CHECK(r.best.at[1] == 1);  // unchosen but a seat
}

TEST_CASE("objective: never the same workshop twice across rounds") {
    Instance in = make(1, 2, 2, 5);  // workshops 0 and 1 run in both rounds
    in.choices[in.slot(0, 0)] = {0, 1};
    in.choices[in.slot(0, 1)] = {2, 3};  // session 2 = workshop 0 again
    Report r = solve(in);
    REQUIRE(r.found);
    CHECK(r.cost == 1);  // first choice once, second once
    CHECK(check_solution(in, r.best) == "");
}

TEST_CASE("objective: pins are kept and count against capacity") {
    Instance in = make(2, 1, 2, 1);
    in.choices[0] = {0};
    in.choices[1] = {0};
    in.pins[1] = 0;  // the later registration is pinned to the popular session
    Report r = solve(in);
    REQUIRE(r.found);
    CHECK(r.best.at[1] == 0);
    CHECK(r.best.at[0] == 1);
    in.pins[0] = 0;  // two pins, one place
    Report bad = solve(in);
    CHECK_FALSE(bad.found);
    CHECK(bad.error == "pin-capacity:0");
}

TEST_CASE("objective: cancel if under minimum reassigns its people") {
    Instance in = make(4, 1, 2, 4);
    in.sessions[1].may_cancel = true;
    in.sessions[1].minimum = 3;
    in.choices[0] = {1, 0};
    in.choices[1] = {1, 0};
    for (int p = 2; p < 4; ++p) in.choices[p] = {0};
    Report r = solve(in);
    REQUIRE(r.found);
    // Open with 2 < 3 is not allowed; open with 3 needs someone who did not
    // choose it (100); cancelling costs two 2nd choices (1 + 1).
    CHECK(r.cost == 2);
    for (int p = 0; p < 4; ++p) CHECK(r.best.at[p] == 0);
}

TEST_CASE("optimality against brute force on small random instances") {
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const Instance in = random_instance(seed);
        const long long expected = brute_force(in);
        Report r = solve(in);
        std::printf("assign brute-force seed %u: participants %d, rounds %d, brute %lld, solver %lld (%s), %ld nodes\n",
                    seed, in.participants, in.rounds, expected, r.found ? r.cost : -1,
                    r.proven_optimal ? "proven" : "not proven", r.nodes);
        INFO("seed " << seed);
        if (expected < 0) {
            CHECK_FALSE(r.found);
            continue;
        }
        REQUIRE(r.found);
        CHECK(check_solution(in, r.best) == "");
        CHECK(r.proven_optimal);
        CHECK(r.cost == expected);
        CHECK(r.lower_bound <= expected);
    }
}
