#include "assign/assign_instance.hpp"

#include <set>

namespace dagdeel::assign {

int Instance::rank_of(int p, int s) const {
    const auto& list = choices[slot(p, sessions[s].round)];
    for (std::size_t k = 0; k < list.size(); ++k)
        if (list[k] == s) return static_cast<int>(k) + 1;
    return 0;
}

std::string Instance::check() const {
    const std::size_t n = static_cast<std::size_t>(participants) * rounds;
    if (choices.size() != n || pins.size() != n || takes_part.size() != n) return "tables do not match participants x rounds";
    for (const auto& s : sessions)
        if (s.round < 0 || s.round >= rounds || s.workshop < 0 || s.workshop >= workshops) return "session out of range";
    for (int p = 0; p < participants; ++p)
        for (int r = 0; r < rounds; ++r) {
            for (int s : choices[slot(p, r)])
                if (s < 0 || s >= (int)sessions.size() || sessions[s].round != r) return "choice not in its round";
            const int pin = pins[slot(p, r)];
            if (pin >= 0 && (pin >= (int)sessions.size() || sessions[pin].round != r)) return "pin not in its round";
        }
    return {};
}

long long solution_cost(const Instance& in, const Solution& sol) {
    long long total = 0;
    for (int p = 0; p < in.participants; ++p)
        for (int r = 0; r < in.rounds; ++r)
            if (in.takes_part[in.slot(p, r)]) total += in.cost_of(p, sol.at[in.slot(p, r)]);
    return total;
}

std::string check_solution(const Instance& in, const Solution& sol) {
    std::vector<int> load(in.sessions.size(), 0);
    for (int p = 0; p < in.participants; ++p) {
        std::set<int> workshops;
        for (int r = 0; r < in.rounds; ++r) {
            const int s = sol.at[in.slot(p, r)];
            const int pin = in.pins[in.slot(p, r)];
            if (pin >= 0 && s != pin) return "participant " + std::to_string(p) + " is not in their pinned session";
            if (s < 0) continue;
            if (!in.takes_part[in.slot(p, r)]) return "participant " + std::to_string(p) + " placed in a round they skip";
            if (in.sessions[s].round != r) return "session in the wrong round";
            if (!workshops.insert(in.sessions[s].workshop).second)
                return "participant " + std::to_string(p) + " gets workshop " + std::to_string(in.sessions[s].workshop) + " twice";
            ++load[s];
        }
    }
    std::vector<char> pinned(in.sessions.size(), 0);
    for (int s : in.pins)
        if (s >= 0) pinned[s] = 1;
    for (std::size_t s = 0; s < in.sessions.size(); ++s) {
        const SessionSpec& spec = in.sessions[s];
        if (pinned[s]) {  // a pinned session goes ahead whatever its minimum
            if (spec.capacity != kUnlimited && load[s] > spec.capacity) return "session " + std::to_string(s) + " over capacity";
            continue;
        }
        if (spec.capacity != kUnlimited && load[s] > spec.capacity) return "session " + std::to_string(s) + " over capacity";
        if (spec.may_cancel && load[s] > 0 && load[s] < spec.minimum)
            return "session " + std::to_string(s) + " under its minimum";
    }
    return {};
}

}  // namespace dagdeel::assign
