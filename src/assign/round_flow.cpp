// LEMON is used only here. LEMON_ONLY_TEMPLATES: its INVALID constant is
// defined in the header, so nothing of liblemon.a is linked (wasm has none).
#define LEMON_ONLY_TEMPLATES
#include "assign/round_flow.hpp"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace dagdeel::assign {

using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, long long, long long>;

struct RoundFlow::Impl {
    Graph g;
    Graph::NodeMap<long long> supply{g};
    Graph::ArcMap<long long> lower{g}, upper{g}, cost{g};
    std::vector<Graph::Arc> participant_arcs;  // one per FlowInput::arcs
    std::vector<int> arc_participant;
};

RoundFlow::RoundFlow(const FlowInput& in) : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    const Graph::Node sink = m.g.addNode();
    std::vector<Graph::Node> people(in.participants), sessions(in.sessions.size());
    for (auto& n : people) {
        n = m.g.addNode();
        m.supply[n] = 1;
    }
    m.supply[sink] = -static_cast<long long>(in.participants);
    auto arc = [&](Graph::Node a, Graph::Node b, long long lo, long long hi) {
        Graph::Arc e = m.g.addArc(a, b);
        m.lower[e] = lo;
        m.upper[e] = hi;
        m.cost[e] = 0;
        return e;
    };
    for (std::size_t s = 0; s < in.sessions.size(); ++s) {
        sessions[s] = m.g.addNode();
        m.supply[sessions[s]] = 0;
        const FlowSession& fs = in.sessions[s];
        arc(sessions[s], sink, fs.lower, fs.upper);
    }
    for (const FlowArc& a : in.arcs) {
        m.participant_arcs.push_back(arc(people[a.participant], a.session < 0 ? sink : sessions[a.session], 0, 1));
        m.arc_participant.push_back(a.participant);
    }
    chosen_.assign(in.participants, -1);
}

RoundFlow::~RoundFlow() = default;

bool RoundFlow::solve(const std::vector<long long>& arc_costs, long long& total) {
    Impl& m = *impl_;
    for (std::size_t a = 0; a < m.participant_arcs.size(); ++a) m.cost[m.participant_arcs[a]] = arc_costs[a];
    Simplex ns(m.g);
    ns.lowerMap(m.lower).upperMap(m.upper).costMap(m.cost).supplyMap(m.supply);
    if (ns.run() != Simplex::OPTIMAL) return false;
    total = ns.totalCost<long long>();
    for (std::size_t a = 0; a < m.participant_arcs.size(); ++a)
        if (ns.flow(m.participant_arcs[a]) > 0) chosen_[m.arc_participant[a]] = static_cast<int>(a);
    return true;
}

}  // namespace dagdeel::assign
