// [SECTION] index
//   Solver:        set-up (tie-break weights, multiplier pairs, root node)
//   build_rounds:  one RoundFlow per round under a node's constraints
//   evaluate:      the subgradient loop at one node (bound, feasibility, repair)
//   repair:        a feasible assignment from a relaxed one (upper bound)
//   branch:        what to split a node on
//   solve:         best-first search within the time limit
//
// Costs inside the flows are integers: (cost * 100 + multiplier) * scale +
// weight(p) * cost, multipliers in hundredths. The weight term is smaller
// than `scale` summed over a round, so floor(flow value / scale) is the
// unperturbed optimum in hundredths, while among equal optima the flow
// prefers the one that serves earlier registrations better (their weight is
// larger). The flows are deterministic, so the same input gives the same
// output.
#include "assign/assign_solver.hpp"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <functional>
#include <memory>
#include <queue>

#include "assign/capacity_bound.hpp"
#include "assign/round_flow.hpp"

namespace dagdeel::assign {
namespace {

using Clock = std::chrono::steady_clock;

enum Open : signed char { kClosed = -1, kUndecided = 0, kForcedOpen = 1, kNormal = 2 };

struct Node {
    std::vector<int> forbidden;  // p * S + s: p never in s
    std::vector<int> forced;     // p * S + s: p in s
    std::vector<signed char> open;
    std::vector<int> mu;  // per multiplier pair, hundredths
    long long bound = 0;
    int depth = 0;
};

struct NodeOrder {
    bool operator()(const std::shared_ptr<Node>& a, const std::shared_ptr<Node>& b) const {
        if (a->bound != b->bound) return a->bound > b->bound;
        return a->depth < b->depth;  // deeper first among equals: finds solutions
    }
};

struct RoundModel {
    std::unique_ptr<RoundFlow> flow;
    std::vector<int> people;       // local -> participant
    std::vector<int> sessions;     // local -> session
    std::vector<int> arc_session;  // -1 = none
    std::vector<int> arc_person;
    std::vector<long long> arc_cost;  // unperturbed
    std::vector<int> arc_pair;        // -1 = no multiplier
    std::vector<long long> costs;     // scratch: scaled costs
};

struct Relaxed {  // one subgradient step's flows, read back
    Solution x;              // the flows' placements
    std::vector<int> count;  // per pair: rounds in which p takes w
};

long long ceil_div(long long a, long long b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); }

class Solver {
public:
    Solver(const Instance& in, const Limits& lim) : in_(in), lim_(lim), S_((int)in.sessions.size()) {}
    Report run();

private:
    bool timed_out() const {
        return std::chrono::duration<double, std::milli>(Clock::now() - start_).count() > lim_.time_ms;
    }
    void set_up();
    std::string check_pins() const;
    bool build_rounds(const Node&, std::vector<RoundModel>&) const;
    // Returns true when the node is finished (solved, pruned or infeasible);
    // otherwise leaves the last relaxed solution in `last`.
    bool evaluate(Node&, Relaxed& last);
    bool solve_relaxed(std::vector<RoundModel>&, const Node&, Relaxed&, long long& centi);
    bool node_feasible(const Node&, const Relaxed&) const;
    void repair(const Node&, const Relaxed&);
    void offer(const Solution&);
    bool branch(const Node&, const Relaxed&, std::shared_ptr<Node>& a, std::shared_ptr<Node>& b) const;
    std::shared_ptr<Node> child(const Node& n) const;
    void force(Node& n, int p, int s) const;
    bool forbidden(const Node& n, int p, int s) const {
        return std::binary_search(n.forbidden.begin(), n.forbidden.end(), p * S_ + s);
    }
    int forced_in(const Node& n, int p, int r) const {
        for (int key : n.forced)
            if (key / S_ == p && in_.sessions[key % S_].round == r) return key % S_;
        return -1;
    }
    long long cap(int s) const {
        return in_.sessions[s].capacity == kUnlimited ? in_.participants : in_.sessions[s].capacity;
    }

    const Instance& in_;
    Limits lim_;
    int S_;
    Clock::time_point start_;
    std::vector<long long> weight_;
    long long scale_ = 1, max_cost_ = kUnchosenCost;
    std::vector<int> pair_of_;  // p * W + w -> pair, or -1
    std::vector<std::pair<int, int>> pairs_;  // (p, w)
    long long ub_ = LLONG_MAX;
    Solution best_;
    long nodes_ = 0, flows_ = 0;
    long long flow_arcs_ = 0;  // work done, against Limits::max_flow_arcs
    long long lost_bound_ = LLONG_MAX;  // bounds of nodes left unresolved
};

// [SECTION] Solver

void Solver::set_up() {
    const int P = in_.participants, W = in_.workshops;
    for (const auto& list : in_.choices)
        if (!list.empty()) max_cost_ = std::max(max_cost_, Instance::rank_cost((int)list.size()));
    for (int p = 0; p < P; ++p)
        for (int r = 0; r < in_.rounds; ++r)
            if (int s = in_.pins[in_.slot(p, r)]; s >= 0) max_cost_ = std::max(max_cost_, in_.cost_of(p, s));
    // Tie-break weights: P - p, compressed when the sum would get too large
    // for 64-bit flow costs.
    const long long budget = 2000000000LL;
    long long wmax = std::max<long long>(1, std::min<long long>(P, budget / std::max<long long>(1, (long long)P * max_cost_)));
    weight_.resize(P);
    long long sum = 0;
    for (int p = 0; p < P; ++p) {
        weight_[p] = P <= 1 ? 1 : 1 + (long long)(P - 1 - p) * (wmax - 1) / (P - 1);
        sum += weight_[p] * max_cost_;
    }
    scale_ = sum + 1;
    // A multiplier for each (participant, workshop) reachable in two rounds
    // (a session forced open may take people who did not choose it).
    pair_of_.assign((std::size_t)P * W, -1);
    std::vector<int> rounds_with((std::size_t)P * W, 0);
    for (int p = 0; p < P; ++p)
        for (int r = 0; r < in_.rounds; ++r) {
            const int slot = in_.slot(p, r);
            if (!in_.takes_part[slot] || in_.pins[slot] >= 0) continue;
            std::vector<int> seen;
            for (int s = 0; s < S_; ++s) {
                if (in_.sessions[s].round != r) continue;
                const bool reachable = in_.sessions[s].may_cancel || in_.cost_of(p, s) < kUnchosenCost;
                if (!reachable) continue;
                const int w = in_.sessions[s].workshop;
                if (std::find(seen.begin(), seen.end(), w) != seen.end()) continue;
                seen.push_back(w);
                if (++rounds_with[(std::size_t)p * W + w] == 2) {
                    pair_of_[(std::size_t)p * W + w] = (int)pairs_.size();
                    pairs_.push_back({p, w});
                }
            }
        }
}

std::string Solver::check_pins() const {
    std::vector<long long> pinned(S_, 0);
    for (int p = 0; p < in_.participants; ++p) {
        std::vector<int> ws;
        for (int r = 0; r < in_.rounds; ++r) {
            const int s = in_.pins[in_.slot(p, r)];
            if (s < 0) continue;
            ++pinned[s];
            const int w = in_.sessions[s].workshop;
            if (std::find(ws.begin(), ws.end(), w) != ws.end()) return "pin-repeat:" + std::to_string(p);
            ws.push_back(w);
        }
    }
    for (int s = 0; s < S_; ++s)
        if (pinned[s] > cap(s)) return "pin-capacity:" + std::to_string(s);
    return {};
}

// [SECTION] build_rounds

bool Solver::build_rounds(const Node& n, std::vector<RoundModel>& out) const {
    out.clear();
    out.resize(in_.rounds);
    std::vector<int> local(S_, -1);
    for (int r = 0; r < in_.rounds; ++r) {
        RoundModel& m = out[r];
        FlowInput fi;
        for (int s = 0; s < S_; ++s) {
            if (in_.sessions[s].round != r || n.open[s] == kClosed) continue;
            FlowSession fs;
            fs.upper = cap(s);
            if (n.open[s] == kForcedOpen) fs.lower = std::min<long long>(in_.sessions[s].minimum, fs.upper);
            local[s] = (int)fi.sessions.size();
            m.sessions.push_back(s);
            fi.sessions.push_back(fs);
        }
        for (int p = 0; p < in_.participants; ++p) {
            const int slot = in_.slot(p, r);
            if (!in_.takes_part[slot]) continue;
            const int lp = (int)m.people.size();
            m.people.push_back(p);
            auto add = [&](int s) {
                fi.arcs.push_back({lp, s < 0 ? -1 : local[s]});
                m.arc_session.push_back(s);
                m.arc_person.push_back(p);
                m.arc_cost.push_back(in_.cost_of(p, s));
                m.arc_pair.push_back(s < 0 ? -1 : pair_of_[(std::size_t)p * in_.workshops + in_.sessions[s].workshop]);
            };
            int fixed = in_.pins[slot] >= 0 ? in_.pins[slot] : forced_in(n, p, r);
            if (fixed >= 0) {
                if (n.open[fixed] == kClosed) return false;
                add(fixed);
                m.arc_pair.back() = -1;  // fixed: no choice to price
                continue;
            }
            for (int s : in_.choices[slot])
                if (n.open[s] != kClosed && !forbidden(n, p, s) && in_.cost_of(p, s) < kUnchosenCost) add(s);
            // Sessions forced open may take anyone (at the cost of none) up
            // to their minimum.
            for (int s : m.sessions)
                if (n.open[s] == kForcedOpen && !forbidden(n, p, s) && in_.cost_of(p, s) >= kUnchosenCost) add(s);
            add(-1);
        }
        fi.participants = (int)m.people.size();
        for (const FlowSession& fs : fi.sessions)
            if (fs.lower > fs.upper) return false;
        m.flow = std::make_unique<RoundFlow>(fi);
        m.costs.resize(m.arc_cost.size());
    }
    return true;
}

// [SECTION] evaluate

bool Solver::solve_relaxed(std::vector<RoundModel>& rounds, const Node& n, Relaxed& rx, long long& centi) {
    rx.x.at.assign((std::size_t)in_.participants * in_.rounds, -1);
    rx.count.assign(pairs_.size(), 0);
    centi = 0;
    for (int r = 0; r < in_.rounds; ++r) {
        RoundModel& m = rounds[r];
        for (std::size_t a = 0; a < m.arc_cost.size(); ++a) {
            const long long mu = m.arc_pair[a] >= 0 ? n.mu[m.arc_pair[a]] : 0;
            m.costs[a] = (m.arc_cost[a] * 100 + mu) * scale_ + weight_[m.arc_person[a]] * m.arc_cost[a];
        }
        long long total = 0;
        ++flows_;
        flow_arcs_ += (long long)m.costs.size();
        if (!m.flow->solve(m.costs, total)) return false;
        centi += total / scale_;
        for (std::size_t lp = 0; lp < m.people.size(); ++lp) {
            const int a = m.flow->chosen()[lp];
            if (a < 0) continue;
            const int s = m.arc_session[a];
            rx.x.at[in_.slot(m.people[lp], r)] = s;
            if (m.arc_pair[a] >= 0) ++rx.count[m.arc_pair[a]];
        }
    }
    return true;
}

// Places `need` of the round's people without a session into s, in
// registration order, never repeating a workshop or entering a forbidden pair.
static bool fill_from_none(const Instance& in, Solution& x, int s, long long need,
                           const std::function<bool(int, int)>& allowed) {
    const int r = in.sessions[s].round;
    for (int p = 0; p < in.participants && need > 0; ++p) {
        const int slot = in.slot(p, r);
        if (!in.takes_part[slot] || x.at[slot] >= 0 || !allowed(p, s)) continue;
        bool repeat = false;
        for (int q = 0; q < in.rounds; ++q)
            if (q != r && x.at[in.slot(p, q)] >= 0 && in.sessions[x.at[in.slot(p, q)]].workshop == in.sessions[s].workshop)
                repeat = true;
        if (repeat) continue;
        x.at[slot] = s;
        --need;
    }
    return need == 0;
}

bool Solver::node_feasible(const Node& n, const Relaxed& rx) const {
    for (int c : rx.count)
        if (c > 1) return false;
    std::vector<long long> load(S_, 0);
    for (int s : rx.x.at)
        if (s >= 0) ++load[s];
    for (int s = 0; s < S_; ++s)
        if (n.open[s] == kUndecided && load[s] > 0 && load[s] < in_.sessions[s].minimum) return false;
    return true;
}

void Solver::offer(const Solution& x) {
    if (!check_solution(in_, x).empty()) return;
    const long long c = solution_cost(in_, x);
    if (c < ub_) {
        ub_ = c;
        best_ = x;
    }
}

bool Solver::evaluate(Node& n, Relaxed& last) {
    std::vector<RoundModel> rounds;
    if (!build_rounds(n, rounds)) return true;  // infeasible: pruned
    const int max_iterations = n.depth == 0 ? 400 : 60;
    double theta = 1.0;
    long long best_l = LLONG_MIN;
    int no_gain = 0;
    const int mu_cap = (int)std::min<long long>(max_cost_ * 200, INT_MAX / 4);
    for (int it = 0; it < max_iterations && !timed_out() && flow_arcs_ < lim_.max_flow_arcs; ++it) {
        long long centi = 0;
        if (!solve_relaxed(rounds, n, last, centi)) return true;  // infeasible
        long long sum_mu = 0;
        for (int m : n.mu) sum_mu += m;
        const long long l = centi - sum_mu;
        n.bound = std::max(n.bound, ceil_div(l, 100));
        if (l > best_l) best_l = l, no_gain = 0;
        else if (++no_gain >= 8) theta /= 2, no_gain = 0;
        if (node_feasible(n, last)) {
            offer(last.x);
            if (solution_cost(in_, last.x) <= n.bound) return true;  // solved
        } else {
            repair(n, last);
        }
        if (n.bound >= ub_) return true;  // pruned
        long long norm = 0;
        for (std::size_t i = 0; i < pairs_.size(); ++i) {
            const int g = last.count[i] - 1;
            if (g < 0 && n.mu[i] == 0) continue;
            norm += (long long)g * g;
        }
        if (norm == 0 || theta < 0.002) break;
        const double target = ub_ == LLONG_MAX ? (double)l * 1.1 + 100.0 : (double)ub_ * 100.0;
        const double step = theta * std::max(1.0, target - (double)l) / (double)norm;
        for (std::size_t i = 0; i < pairs_.size(); ++i) {
            const int g = last.count[i] - 1;
            if (g == 0) continue;
            long long moved = (long long)std::llround(step * g);
            if (moved == 0) moved = g > 0 ? 1 : -1;
            n.mu[i] = (int)std::clamp<long long>(n.mu[i] + moved, 0, mu_cap);
        }
    }
    return false;
}

// [SECTION] repair

void Solver::repair(const Node& n, const Relaxed& rx) {
    Solution x = rx.x;
    const int P = in_.participants, R = in_.rounds;
    // 1. Never a workshop twice: keep the cheaper round (the earlier on ties).
    for (int p = 0; p < P; ++p)
        for (int r = 0; r < R; ++r) {
            const int s = x.at[in_.slot(p, r)];
            if (s < 0) continue;
            for (int q = r + 1; q < R; ++q) {
                const int t = x.at[in_.slot(p, q)];
                if (t < 0 || in_.sessions[t].workshop != in_.sessions[s].workshop) continue;
                const bool drop_later = in_.cost_of(p, t) >= in_.cost_of(p, s) || in_.pins[in_.slot(p, r)] >= 0 ||
                                        forced_in(n, p, r) >= 0;
                if (drop_later && in_.pins[in_.slot(p, q)] < 0 && forced_in(n, p, q) < 0) x.at[in_.slot(p, q)] = -1;
                else if (in_.pins[in_.slot(p, r)] < 0 && forced_in(n, p, r) < 0) x.at[in_.slot(p, r)] = -1;
            }
        }
    // 2. Undecided sessions under their minimum are cancelled.
    std::vector<long long> load(S_, 0);
    for (int s : x.at)
        if (s >= 0) ++load[s];
    std::vector<signed char> open = n.open;
    for (int s = 0; s < S_; ++s)
        if (open[s] == kUndecided && load[s] > 0 && load[s] < in_.sessions[s].minimum) {
            open[s] = kClosed;
            for (int& at : x.at)
                if (at == s) at = -1;
            load[s] = 0;
        }
    // 3. People without a session try their choices in rank order.
    auto has_workshop = [&](int p, int r, int w) {
        for (int q = 0; q < R; ++q)
            if (q != r && x.at[in_.slot(p, q)] >= 0 && in_.sessions[x.at[in_.slot(p, q)]].workshop == w) return true;
        return false;
    };
    for (int p = 0; p < P; ++p)
        for (int r = 0; r < R; ++r) {
            const int slot = in_.slot(p, r);
            if (!in_.takes_part[slot] || x.at[slot] >= 0 || in_.pins[slot] >= 0) continue;
            for (int s : in_.choices[slot]) {
                if (in_.cost_of(p, s) >= kUnchosenCost) break;
                if (open[s] == kClosed || forbidden(n, p, s) || load[s] >= cap(s)) continue;
                if (open[s] == kUndecided && load[s] < in_.sessions[s].minimum) continue;
                if (has_workshop(p, r, in_.sessions[s].workshop)) continue;
                x.at[slot] = s;
                ++load[s];
                break;
            }
        }
    // 4. Sessions forced open are brought up to their minimum.
    auto allowed = [&](int p, int s) { return !forbidden(n, p, s); };
    for (int s = 0; s < S_; ++s)
        if (open[s] == kForcedOpen && load[s] < in_.sessions[s].minimum &&
            !fill_from_none(in_, x, s, in_.sessions[s].minimum - load[s], allowed))
            return;
    offer(x);
}

// [SECTION] branch

std::shared_ptr<Node> Solver::child(const Node& n) const {
    auto c = std::make_shared<Node>(n);
    c->depth = n.depth + 1;
    return c;
}

void Solver::force(Node& n, int p, int s) const {
    n.forced.push_back(p * S_ + s);
    const int w = in_.sessions[s].workshop;
    for (int t = 0; t < S_; ++t)
        if (t != s && in_.sessions[t].workshop == w) n.forbidden.push_back(p * S_ + t);
    std::sort(n.forbidden.begin(), n.forbidden.end());
    n.forbidden.erase(std::unique(n.forbidden.begin(), n.forbidden.end()), n.forbidden.end());
}

bool Solver::branch(const Node& n, const Relaxed& rx, std::shared_ptr<Node>& a, std::shared_ptr<Node>& b) const {
    std::vector<long long> load(S_, 0);
    for (int s : rx.x.at)
        if (s >= 0) ++load[s];
    for (int s = 0; s < S_; ++s)
        if (n.open[s] == kUndecided && load[s] > 0 && load[s] < in_.sessions[s].minimum) {
            a = child(n), b = child(n);
            a->open[s] = kClosed;
            b->open[s] = kForcedOpen;
            return true;
        }
    auto split = [&](int p, int s) {
        a = child(n), b = child(n);
        a->forbidden.push_back(p * S_ + s);
        std::sort(a->forbidden.begin(), a->forbidden.end());
        force(*b, p, s);
    };
    for (int p = 0; p < in_.participants; ++p)
        for (int r = 0; r < in_.rounds; ++r) {
            const int s = rx.x.at[in_.slot(p, r)];
            if (s < 0) continue;
            for (int q = r + 1; q < in_.rounds; ++q) {
                const int t = rx.x.at[in_.slot(p, q)];
                if (t < 0 || in_.sessions[t].workshop != in_.sessions[s].workshop) continue;
                if (forced_in(n, p, r) < 0 && in_.pins[in_.slot(p, r)] < 0) return split(p, s), true;
                if (forced_in(n, p, q) < 0 && in_.pins[in_.slot(p, q)] < 0) return split(p, t), true;
            }
        }
    // No repeat left: split on the most expensive multiplier's pair.
    int best = -1;
    for (std::size_t i = 0; i < pairs_.size(); ++i)
        if (n.mu[i] > 0 && (best < 0 || n.mu[i] > n.mu[best])) best = (int)i;
    if (best < 0) return false;
    const auto [p, w] = pairs_[best];
    for (int r = 0; r < in_.rounds; ++r) {
        const int slot = in_.slot(p, r);
        if (in_.pins[slot] >= 0 || forced_in(n, p, r) >= 0) continue;
        for (int s : in_.choices[slot])
            if (in_.sessions[s].workshop == w && !forbidden(n, p, s) && n.open[s] != kClosed) return split(p, s), true;
    }
    return false;
}

// [SECTION] solve

Report Solver::run() {
    start_ = Clock::now();
    Report rep;
    if (std::string bad = in_.check(); !bad.empty()) {
        rep.error = "bad-instance:" + bad;
        return rep;
    }
    if (std::string bad = check_pins(); !bad.empty()) {
        rep.error = bad;
        return rep;
    }
    set_up();
    auto root = std::make_shared<Node>();
    root->open.assign(S_, kNormal);
    std::vector<char> pinned(S_, 0);
    for (int s : in_.pins)
        if (s >= 0) pinned[s] = 1;
    for (int s = 0; s < S_; ++s)
        if (in_.sessions[s].may_cancel && in_.sessions[s].minimum > 1 && !pinned[s]) root->open[s] = kUndecided;
    // A pinned workshop is never given again in another round.
    for (int p = 0; p < in_.participants; ++p)
        for (int r = 0; r < in_.rounds; ++r)
            if (int s = in_.pins[in_.slot(p, r)]; s >= 0)
                for (int t = 0; t < S_; ++t)
                    if (t != s && in_.sessions[t].workshop == in_.sessions[s].workshop) root->forbidden.push_back(p * S_ + t);
    std::sort(root->forbidden.begin(), root->forbidden.end());
    root->mu.assign(pairs_.size(), 0);
    // The capacity relaxation first (a fraction of the time): a strong bound
    // and a good first solution for the search to prune with.
    // Big events spend most of the time here: the per-pair multipliers of the
    // search below converge too slowly there to add much within a second.
    const double share = pairs_.size() > 2000 ? 0.85 : 0.4;
    const auto budget = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double, std::milli>(lim_.time_ms * share));
    const CapacityRelaxation cap_relax = relax_capacities(in_, lim_.relax_iterations, start_ + budget);
    if (cap_relax.has_solution) offer(cap_relax.solution);
    root->bound = cap_relax.lower_bound;

    std::priority_queue<std::shared_ptr<Node>, std::vector<std::shared_ptr<Node>>, NodeOrder> open;
    open.push(root);
    bool clock = cap_relax.stopped_by_clock;
    while (!open.empty() && nodes_ < lim_.max_nodes && flow_arcs_ < lim_.max_flow_arcs) {
        if (timed_out()) {
            clock = true;
            break;
        }
        auto n = open.top();
        open.pop();
        if (n->bound >= ub_) continue;
        ++nodes_;
        Relaxed last;
        if (evaluate(*n, last)) continue;
        if (n->bound >= ub_) continue;
        std::shared_ptr<Node> a, b;
        if (open.size() > 400 || !branch(*n, last, a, b)) {  // bounded memory: ~400 multiplier sets
            lost_bound_ = std::min(lost_bound_, n->bound);
            continue;
        }
        open.push(a);
        open.push(b);
    }
    long long lb = std::min(ub_, lost_bound_);
    while (!open.empty()) {
        lb = std::min(lb, open.top()->bound);
        open.pop();
    }
    lb = std::max(lb, cap_relax.lower_bound);  // both are proven bounds
    rep.nodes = nodes_;
    rep.flows = flows_;
    rep.relax_iterations = cap_relax.iterations;
    rep.stopped_by_clock = clock;
    rep.elapsed_ms = std::chrono::duration<double, std::milli>(Clock::now() - start_).count();
    if (ub_ == LLONG_MAX) {
        rep.error = timed_out() ? "timeout" : "infeasible";
        return rep;
    }
    rep.found = true;
    rep.best = best_;
    fill_free_places(in_, rep.best);
    rep.cost = solution_cost(in_, rep.best);
    rep.lower_bound = std::min(lb, rep.cost);
    rep.proven_optimal = rep.lower_bound >= rep.cost;
    return rep;
}

}  // namespace

Report solve(const Instance& in, const Limits& lim) {
    Solver s(in, lim);
    return s.run();
}

void fill_free_places(const Instance& in, Solution& x) {
    std::vector<long long> load(in.sessions.size(), 0);
    for (int s : x.at)
        if (s >= 0) ++load[s];
    auto free_of = [&](int s) {
        return in.sessions[s].capacity == kUnlimited ? (long long)in.participants + 1 - load[s]
                                                     : in.sessions[s].capacity - load[s];
    };
    for (int p = 0; p < in.participants; ++p)
        for (int r = 0; r < in.rounds; ++r) {
            const int slot = in.slot(p, r);
            if (!in.takes_part[slot] || x.at[slot] >= 0) continue;
            int pick = -1;
            for (int s = 0; s < (int)in.sessions.size(); ++s) {
                const SessionSpec& spec = in.sessions[s];
                if (spec.round != r || free_of(s) <= 0) continue;
                if (spec.may_cancel && spec.minimum > 1 && load[s] == 0) continue;  // cancelled stays cancelled
                bool repeat = false;
                for (int q = 0; q < in.rounds; ++q)
                    if (q != r && x.at[in.slot(p, q)] >= 0 && in.sessions[x.at[in.slot(p, q)]].workshop == spec.workshop)
                        repeat = true;
                if (repeat) continue;
                const bool better = pick < 0 || in.cost_of(p, s) < in.cost_of(p, pick) ||
                                    (in.cost_of(p, s) == in.cost_of(p, pick) && free_of(s) > free_of(pick));
                if (better) pick = s;
            }
            if (pick >= 0) {
                x.at[slot] = pick;
                ++load[pick];
            }
        }
}

}  // namespace dagdeel::assign
