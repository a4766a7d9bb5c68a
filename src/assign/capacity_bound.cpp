#include "assign/capacity_bound.hpp"

#include <algorithm>
#include <climits>
#include <cmath>

namespace dagdeel::assign {
namespace {

using Clock = std::chrono::steady_clock;

class Relaxation {
public:
    explicit Relaxation(const Instance& in) : in_(in), S_((int)in.sessions.size()) {
        for (int p = 0; p < in.participants; ++p)
            for (int r = 0; r < in.rounds; ++r) {
                auto& o = options_.emplace_back();
                const int slot = in.slot(p, r);
                if (!in.takes_part[slot]) continue;
                if (in.pins[slot] >= 0) {
                    o.push_back(in.pins[slot]);
                    continue;
                }
                for (int s : in.choices[slot])
                    if (in.cost_of(p, s) < kUnchosenCost) o.push_back(s);
                o.push_back(-1);
            }
    }

    // The participant's cheapest combination under prices `price` (hundredths)
    // among sessions not `blocked`; writes it to `at` and returns its cost in
    // hundredths (placement cost * 100 + prices).
    long long best_combo(int p, const std::vector<long long>& price, const std::vector<char>& blocked,
                         std::vector<int>& at) const {
        long long best = LLONG_MAX;
        std::vector<int> cur(in_.rounds, -1);
        walk(p, 0, 0, price, blocked, cur, best, at);
        return best;
    }

    const std::vector<int>& options(int p, int r) const { return options_[in_.slot(p, r)]; }

private:
    void walk(int p, int r, long long acc, const std::vector<long long>& price, const std::vector<char>& blocked,
              std::vector<int>& cur, long long& best, std::vector<int>& at) const {
        if (acc >= best) return;
        if (r == in_.rounds) {
            best = acc;
            for (int q = 0; q < in_.rounds; ++q) at[in_.slot(p, q)] = cur[q];
            return;
        }
        const int slot = in_.slot(p, r);
        if (!in_.takes_part[slot]) {
            cur[r] = -1;
            return walk(p, r + 1, acc, price, blocked, cur, best, at);
        }
        for (int s : options_[slot]) {
            if (s >= 0) {
                if (blocked[s] && in_.pins[slot] != s) continue;
                bool repeat = false;
                for (int q = 0; q < r; ++q)
                    if (cur[q] >= 0 && in_.sessions[cur[q]].workshop == in_.sessions[s].workshop) repeat = true;
                if (repeat) continue;
            }
            cur[r] = s;
            walk(p, r + 1, acc + in_.cost_of(p, s) * 100 + (s >= 0 ? price[s] : 0), price, blocked, cur, best, at);
        }
        cur[r] = -1;
    }

    const Instance& in_;
    int S_;
    std::vector<std::vector<int>> options_;
};

// Local improvement: each participant in turn (earliest registration first)
// takes the best combination still open to them (seats free, or their own),
// until a whole pass changes nothing. Never leaves a session that may be
// cancelled at exactly its minimum, never enters a cancelled one.
void improve_one_by_one(const Instance& in, const Relaxation& rel, Solution& x) {
    const int S = (int)in.sessions.size();
    std::vector<long long> load(S, 0);
    for (int s : x.at)
        if (s >= 0) ++load[s];
    const std::vector<long long> zero(S, 0);
    std::vector<int> trial(x.at.size());
    for (int pass = 0; pass < 4; ++pass) {
        bool changed = false;
        for (int p = 0; p < in.participants; ++p) {
            std::vector<char> blocked(S, 0);
            bool stuck = false;
            for (int s = 0; s < S; ++s) {
                const SessionSpec& spec = in.sessions[s];
                const bool full = spec.capacity != kUnlimited && load[s] >= spec.capacity;
                const bool cancelled = spec.may_cancel && spec.minimum > 1 && load[s] == 0;
                blocked[s] = full || cancelled;
            }
            long long now = 0;
            for (int r = 0; r < in.rounds; ++r) {
                const int slot = in.slot(p, r);
                if (!in.takes_part[slot]) continue;
                const int s = x.at[slot];
                now += in.cost_of(p, s) * 100;
                if (s < 0) continue;
                blocked[s] = 0;  // their own seat stays theirs
                const SessionSpec& spec = in.sessions[s];
                if (spec.may_cancel && spec.minimum > 1 && load[s] <= spec.minimum && in.pins[slot] != s) stuck = true;
            }
            if (stuck) continue;  // leaving would cancel a session: not a local move
            for (int r = 0; r < in.rounds; ++r) trial[in.slot(p, r)] = x.at[in.slot(p, r)];
            const long long then = rel.best_combo(p, zero, blocked, trial);
            if (then >= now) continue;
            for (int r = 0; r < in.rounds; ++r) {
                const int slot = in.slot(p, r);
                if (x.at[slot] >= 0) --load[x.at[slot]];
                x.at[slot] = trial[slot];
                if (x.at[slot] >= 0) ++load[x.at[slot]];
            }
            changed = true;
        }
        if (!changed) break;
    }
}

// Everyone in their best combination under the prices, then people leave
// over-full (or closed) sessions for the alternative that costs least extra
// until every session fits; sessions that may be cancelled and end under
// their minimum are closed and the loop goes on.
Solution round_to_feasible(const Instance& in, const Relaxation& rel, const std::vector<long long>& price) {
    const int S = (int)in.sessions.size();
    std::vector<char> blocked(S, 0);
    Solution x;
    x.at.assign((std::size_t)in.participants * in.rounds, -1);
    const std::vector<long long> zero(S, 0);
    for (int p = 0; p < in.participants; ++p) rel.best_combo(p, price, blocked, x.at);
    auto cap = [&](int s) { return in.sessions[s].capacity == kUnlimited ? (long long)in.participants : in.sessions[s].capacity; };
    std::vector<char> pinned(S, 0);
    for (int s : in.pins)
        if (s >= 0) pinned[s] = 1;
    for (int guard = 0; guard < 4 * S + 4; ++guard) {
        std::vector<long long> load(S, 0);
        for (int s : x.at)
            if (s >= 0) ++load[s];
        // Full sessions take nobody new; closed ones nobody at all.
        for (int s = 0; s < S; ++s) blocked[s] = blocked[s] == 2 ? 2 : (load[s] >= cap(s) ? 1 : 0);
        bool changed = false;
        for (int s = 0; s < S; ++s) {
            long long over = blocked[s] == 2 ? load[s] : load[s] - cap(s);
            if (over <= 0) continue;
            // Who leaves: the smallest extra cost, later registrations first.
            std::vector<std::pair<long long, int>> movers;
            std::vector<int> alt(x.at.size());
            for (int p = in.participants - 1; p >= 0; --p) {
                const int slot = in.slot(p, in.sessions[s].round);
                if (x.at[slot] != s || in.pins[slot] == s) continue;
                long long now = 0;
                for (int r = 0; r < in.rounds; ++r)
                    if (in.takes_part[in.slot(p, r)]) now += in.cost_of(p, x.at[in.slot(p, r)]) * 100;
                std::vector<char> b = blocked;
                b[s] = 1;
                for (int r = 0; r < in.rounds; ++r)  // keep their own seats available to them
                    if (int t = x.at[in.slot(p, r)]; t >= 0 && t != s && b[t] == 1) b[t] = 0;
                const long long then = rel.best_combo(p, zero, b, alt);
                movers.push_back({then - now, p});
            }
            std::stable_sort(movers.begin(), movers.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            for (std::size_t i = 0; i < movers.size() && over > 0; ++i, --over) {
                const int p = movers[i].second;
                std::vector<char> b = blocked;
                b[s] = 1;
                for (int r = 0; r < in.rounds; ++r)
                    if (int t = x.at[in.slot(p, r)]; t >= 0 && t != s && b[t] == 1) b[t] = 0;
                rel.best_combo(p, zero, b, x.at);
                changed = true;
            }
            if (changed) break;  // loads changed: look again
        }
        if (changed) continue;
        for (int s = 0; s < S; ++s)
            if (in.sessions[s].may_cancel && !pinned[s] && load[s] > 0 && load[s] < in.sessions[s].minimum &&
                blocked[s] != 2) {
                blocked[s] = 2;
                changed = true;
                break;
            }
        if (!changed) break;
    }
    improve_one_by_one(in, rel, x);
    return x;
}

}  // namespace

CapacityRelaxation relax_capacities(const Instance& in, int max_iterations, Clock::time_point deadline) {
    CapacityRelaxation out;
    const int S = (int)in.sessions.size();
    Relaxation rel(in);
    std::vector<long long> price(S, 0);
    std::vector<char> none_blocked(S, 0);
    std::vector<int> at((std::size_t)in.participants * in.rounds, -1);
    long long best_l = LLONG_MIN, ub = LLONG_MAX;
    std::vector<long long> best_price = price;
    double theta = 1.0;
    int no_gain = 0;
    for (int it = 0; it < max_iterations; ++it) {
        if (Clock::now() > deadline) {
            out.stopped_by_clock = true;
            break;
        }
        out.iterations = it + 1;
        long long l = 0;
        for (int p = 0; p < in.participants; ++p) l += rel.best_combo(p, price, none_blocked, at);
        std::vector<long long> load(S, 0);
        for (int s : at)
            if (s >= 0) ++load[s];
        long long norm = 0;
        std::vector<long long> g(S, 0);
        for (int s = 0; s < S; ++s) {
            if (in.sessions[s].capacity == kUnlimited) continue;
            l -= price[s] * in.sessions[s].capacity;
            g[s] = load[s] - in.sessions[s].capacity;
            if (g[s] < 0 && price[s] == 0) g[s] = 0;
            norm += g[s] * g[s];
        }
        if (l > best_l) {
            best_l = l, best_price = price, no_gain = 0;
        } else if (++no_gain >= 10) {
            theta /= 2, no_gain = 0;
        }
        if (it % 10 == 0 || norm == 0) {
            Solution x = round_to_feasible(in, rel, price);
            if (check_solution(in, x).empty()) {
                const long long c = solution_cost(in, x);
                if (c < ub) ub = c, out.solution = x, out.has_solution = true;
            }
        }
        if (norm == 0 || theta < 1e-3) break;
        if (ub != LLONG_MAX && (best_l + 99) / 100 >= ub) break;  // proven
        const double target = ub == LLONG_MAX ? (double)l * 1.05 + 100.0 : (double)ub * 100.0;
        const double step = theta * std::max(1.0, target - (double)l) / (double)norm;
        for (int s = 0; s < S; ++s)
            if (g[s] != 0) price[s] = std::max<long long>(0, price[s] + std::llround(step * (double)g[s]));
    }
    out.lower_bound = best_l == LLONG_MIN ? 0 : (best_l >= 0 ? (best_l + 99) / 100 : -((-best_l) / 100));
    Solution x = round_to_feasible(in, rel, best_price);
    if (check_solution(in, x).empty() && (!out.has_solution || solution_cost(in, x) < ub))
        out.solution = x, out.has_solution = true;
    return out;
}

}  // namespace dagdeel::assign
