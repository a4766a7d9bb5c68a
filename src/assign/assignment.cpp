#include "assign/assignment.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "assign/assign_solver.hpp"
#include "core/participants.hpp"

namespace dagdeel {
namespace {

struct Mapping {
    assign::Instance in;
    std::vector<std::size_t> people;      // instance participant -> doc.participants index
    std::vector<const Item*> rounds;
    std::vector<const Session*> sessions;  // instance session -> session
};

// The session of `round` that runs the same workshop as `s`, or -1.
int same_workshop_in(const Mapping& m, int round, const Session& s) {
    const std::string key = workshop_key(s);
    for (std::size_t i = 0; i < m.sessions.size(); ++i)
        if (m.in.sessions[i].round == round && workshop_key(*m.sessions[i]) == key) return (int)i;
    return -1;
}

Mapping map_document(const Document& d) {
    Mapping m;
    m.rounds = choice_rounds(d);
    std::map<std::string, int> workshop_of, session_of;
    for (std::size_t r = 0; r < m.rounds.size(); ++r)
        for (const Session& s : m.rounds[r]->sessions) {
            if (s.status == Status::cancelled) continue;
            const auto [it, fresh] = workshop_of.emplace(workshop_key(s), (int)workshop_of.size());
            (void)fresh;
            const int cap = session_capacity(d, s);
            session_of[s.id] = (int)m.sessions.size();
            m.in.sessions.push_back({(int)r, it->second, cap > 0 ? cap : assign::kUnlimited, s.minimum,
                                     s.cancel_if_under_minimum});
            m.sessions.push_back(&s);
        }
    m.in.rounds = (int)m.rounds.size();
    m.in.workshops = (int)workshop_of.size();
    for (std::size_t i : registration_order(d))
        if (d.participants[i].status == ParticipantStatus::registered) m.people.push_back(i);
    m.in.participants = (int)m.people.size();
    const std::size_t n = m.people.size() * m.rounds.size();
    m.in.choices.assign(n, {});
    m.in.pins.assign(n, -1);
    m.in.takes_part.assign(n, 1);
    for (int p = 0; p < m.in.participants; ++p) {
        const Participant& pt = d.participants[m.people[p]];
        for (int r = 0; r < m.in.rounds; ++r) {
            auto& list = m.in.choices[m.in.slot(p, r)];
            auto push = [&](int s) {
                if (s >= 0 && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
            };
            const RoundChoices* own = nullptr;
            for (const auto& rc : pt.choices)
                if (rc.round_id == m.rounds[r]->id) own = &rc;
            if (own) {
                for (const auto& sid : own->session_ids)
                    if (auto it = session_of.find(sid); it != session_of.end() && m.in.sessions[it->second].round == r)
                        push(it->second);
            } else {
                for (const auto& rc : pt.choices)
                    if (rc.round_id.empty())
                        for (const auto& sid : rc.session_ids)
                            if (const Session* s = find_session(d, sid)) push(same_workshop_in(m, r, *s));
            }
            for (const auto& pin : pt.pins)
                if (pin.round_id == m.rounds[r]->id)
                    if (auto it = session_of.find(pin.session_id); it != session_of.end()) m.in.pins[m.in.slot(p, r)] = it->second;
        }
    }
    return m;
}

std::string who(const Document& d, const Mapping& m, int p) {
    const Participant& pt = d.participants[m.people[p]];
    return pt.name.empty() ? pt.email : pt.name;
}

void explain_error(AssignmentOutcome& out, const Document& d, const Mapping& m, const std::string& code) {
    const std::size_t colon = code.find(':');
    const std::string kind = code.substr(0, colon);
    const int index = colon == std::string::npos ? -1 : std::atoi(code.c_str() + colon + 1);
    if (kind == "pin-capacity" && index >= 0) {
        const std::string t = m.sessions[index]->title;
        out.error_nl = "Er zijn meer deelnemers vastgezet in \"" + t + "\" dan er plaatsen zijn. Maak de sessie groter of haal een vastzetting weg.";
        out.error_en = "More participants are pinned to \"" + t + "\" than it has places. Enlarge the session or remove a pin.";
    } else if (kind == "pin-repeat" && index >= 0) {
        out.error_nl = who(d, m, index) + " is in twee rondes vastgezet in dezelfde workshop.";
        out.error_en = who(d, m, index) + " is pinned to the same workshop in two rounds.";
    } else if (kind == "timeout") {
        out.error_nl = "Geen indeling gevonden binnen de tijd; probeer het opnieuw.";
        out.error_en = "No assignment found in time; try again.";
    } else {
        out.error_nl = "Er is geen indeling mogelijk die aan alle eisen voldoet (vastzettingen, minimum en capaciteit).";
        out.error_en = "No assignment meets every requirement (pins, minimums and capacities).";
    }
}

}  // namespace

AssignmentOutcome assign_participants(const Document& d, double time_limit_ms) {
    AssignmentOutcome out;
    Mapping m = map_document(d);
    if (m.rounds.empty()) {
        out.error_nl = "Het programma heeft geen ronde met sessies om in te delen.";
        out.error_en = "The programme has no round with sessions to assign.";
        return out;
    }
    assign::Limits lim;
    lim.time_ms = time_limit_ms;
    const assign::Report rep = assign::solve(m.in, lim);
    out.elapsed_ms = rep.elapsed_ms;
    out.nodes = rep.nodes;
    out.flows = rep.flows;
    out.relax_iterations = rep.relax_iterations;
    out.stopped_by_clock = rep.stopped_by_clock;
    if (!rep.found) {
        explain_error(out, d, m, rep.error);
        return out;
    }
    out.ok = true;
    out.cost = rep.cost;
    out.lower_bound = rep.lower_bound;
    out.proven_optimal = rep.proven_optimal;
    out.doc = d;
    for (auto& pt : out.doc.participants) pt.assigned.clear();
    std::vector<int> load(m.sessions.size(), 0);
    for (int p = 0; p < m.in.participants; ++p) {
        Participant& pt = out.doc.participants[m.people[p]];
        for (int r = 0; r < m.in.rounds; ++r) {
            const int s = rep.best.at[m.in.slot(p, r)];
            pt.assigned.push_back({m.rounds[r]->id, s >= 0 ? m.sessions[s]->id : std::string()});
            if (s < 0) {
                ++out.none;
                continue;
            }
            ++load[s];
            const int rank = m.in.rank_of(p, s);
            if (rank == 0) ++out.unchosen;
            else {
                if ((int)out.by_rank.size() <= rank) out.by_rank.resize(rank + 1, 0);
                ++out.by_rank[rank];
            }
        }
    }
    for (std::size_t s = 0; s < m.sessions.size(); ++s)
        if (m.in.sessions[s].may_cancel && m.in.sessions[s].minimum > 1 && load[s] == 0)
            out.cancelled_session_ids.push_back(m.sessions[s]->id);
    return out;
}

std::string assignment_summary(const AssignmentOutcome& o, const std::string& language) {
    const bool en = language == "en";
    if (!o.ok) return o.error(language);
    std::string s = (en ? "Total cost " : "Totale kosten ") + std::to_string(o.cost);
    if (o.proven_optimal) s += en ? " (proven optimal)" : " (bewezen optimaal)";
    else
        s += (en ? " (lower bound " : " (ondergrens ") + std::to_string(o.lower_bound) +
             (en ? ", at most " : ", hooguit ") + std::to_string(o.cost - o.lower_bound) + (en ? " above optimal)" : " boven optimaal)");
    if (o.stopped_by_clock) s += en ? " (time limit reached)" : " (tijdslimiet bereikt)";
    for (std::size_t k = 1; k < o.by_rank.size(); ++k)
        s += " · " + std::to_string(k) + (en ? (k == 1 ? "st" : k == 2 ? "nd" : k == 3 ? "rd" : "th") : "e") +
             (en ? " choice " : " keuze ") + std::to_string(o.by_rank[k]);
    s += (en ? " · not chosen " : " · niet gekozen ") + std::to_string(o.unchosen);
    s += (en ? " · none " : " · geen ") + std::to_string(o.none);
    return s;
}

}  // namespace dagdeel
