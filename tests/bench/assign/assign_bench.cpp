// assign_bench: the assignment of issue 16 on 2,000 participants, 3 rounds of
// 12 sessions, natively and (built with em++, run by node) in wasm. Prints
// the time, the cost, the proven lower bound and the gap. Measures, never
// asserts.
//
//   assign_bench [runs] [time_limit_ms]     (defaults 5, 1000)
//
// Two generated events, seeded, the same on every machine:
//  * "per round": 12 workshops run in every round (a carousel); everyone names
//    3 choices per round ("ronde R keuze N"), popularity skewed (Zipf), 185
//    places per session (2,220 for 2,000 people);
//  * "for every round": the same carousel, everyone ranks 5 workshops once
//    ("keuze 1..5") and must get three different ones.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "assign/assignment.hpp"

using namespace dagdeel;

namespace {

constexpr int kPeople = 2000, kRounds = 3, kSessions = 12, kPlaces = 185;

Document carousel(bool per_round, unsigned seed) {
    Document d;
    d.id = "assign-bench";
    Day day;
    day.id = "d1";
    for (int r = 0; r < kRounds; ++r) {
        Item round;
        round.id = "round-" + std::to_string(r + 1);
        round.kind = ItemKind::round;
        round.title = "Ronde " + std::to_string(r + 1);
        round.duration = 60;
        for (int s = 0; s < kSessions; ++s) {
            Session ses;
            ses.id = "r" + std::to_string(r + 1) + "-w" + std::to_string(s + 1);
            ses.title = "Workshop " + std::to_string(s + 1);
            ses.capacity = kPlaces;
            round.sessions.push_back(ses);
        }
        day.items.push_back(round);
    }
    d.days.push_back(day);
    std::mt19937 rng(seed);
    std::vector<double> weight(kSessions);
    for (int s = 0; s < kSessions; ++s) weight[s] = 1.0 / std::pow(s + 1, 0.8);
    auto ranked = [&](int n) {
        std::vector<int> out;
        std::vector<double> w = weight;
        while ((int)out.size() < n) {
            std::discrete_distribution<int> pick(w.begin(), w.end());
            const int s = pick(rng);
            out.push_back(s);
            w[s] = 0;
        }
        return out;
    };
    for (int p = 0; p < kPeople; ++p) {
        Participant pt;
        pt.id = "pt-" + std::to_string(p + 1);
        pt.name = "Deelnemer " + std::to_string(p + 1);
        char when[32];
        std::snprintf(when, sizeof when, "2026-05-%02dT%02d:%02d", 1 + p / 200, 8 + (p % 200) / 20, (p * 3) % 60);
        pt.registered = when;
        if (per_round) {
            for (int r = 0; r < kRounds; ++r) {
                RoundChoices rc{"round-" + std::to_string(r + 1), {}};
                for (int s : ranked(3)) rc.session_ids.push_back("r" + std::to_string(r + 1) + "-w" + std::to_string(s + 1));
                pt.choices.push_back(rc);
            }
        } else {
            RoundChoices rc{"", {}};
            for (int s : ranked(5)) rc.session_ids.push_back("r1-w" + std::to_string(s + 1));
            pt.choices.push_back(rc);
        }
        d.participants.push_back(pt);
    }
    return d;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const double limit = argc > 2 ? std::atof(argv[2]) : 1000;
    std::printf("| event | median ms | max ms | cost | lower bound | gap | proven | relax iterations | flows | clock stop |\n"
                "|---|---|---|---|---|---|---|---|---|---|\n");
    for (bool per_round : {true, false}) {
        const Document d = carousel(per_round, 16);
        std::vector<double> times;
        AssignmentOutcome last;
        for (int i = 0; i < runs; ++i) {
            last = assign_participants(d, limit);
            times.push_back(last.elapsed_ms);
        }
        std::sort(times.begin(), times.end());
        std::printf("| %s | %.0f | %.0f | %lld | %lld | %lld | %s | %d | %ld | %s |\n",
                    per_round ? "2,000 people, 3 x 12, 3 choices per round" : "2,000 people, 3 x 12, 5 choices for every round",
                    times[times.size() / 2], times.back(), last.cost, last.lower_bound, last.cost - last.lower_bound,
                    last.proven_optimal ? "yes" : "no", last.relax_iterations, last.flows,
                    last.stopped_by_clock ? "yes" : "no");
        std::printf("|  | %s |\n", assignment_summary(last, "en").c_str());
    }
    return 0;
}
