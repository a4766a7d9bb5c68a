// The assignment on a document (issue 16): every registered participant gets
// one session in each round, by the solver in assign_solver.hpp. The result is
// a new document (Participant::assigned filled in) for Draft::commit, so
// assigning is one undoable step; pins are kept; re-running gives the same
// answer for the same input.
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

struct AssignmentOutcome {
    bool ok = false;
    std::string error_nl, error_en;  // when !ok: what to fix, naming the session or person
    Document doc;                    // when ok: the document with assignments
    long long cost = 0, lower_bound = 0;
    bool proven_optimal = false;
    double elapsed_ms = 0;
    long nodes = 0, flows = 0;
    int relax_iterations = 0;
    bool stopped_by_clock = false;  // the time limit cut the work short: a rerun may differ
    // Placements by rank: by_rank[k] = how many got their k-th choice (k >= 1);
    // unchosen = placed in a session they did not choose; none = no session.
    std::vector<int> by_rank;
    int unchosen = 0, none = 0;
    std::vector<std::string> cancelled_session_ids;  // under their minimum
    const std::string& error(const std::string& language) const { return language == "en" ? error_en : error_nl; }
};

AssignmentOutcome assign_participants(const Document&, double time_limit_ms = 1000);

// "Totale kosten 12 (bewezen optimaal) · 1e keuze 180 · 2e keuze 15 · geen 2"
std::string assignment_summary(const AssignmentOutcome&, const std::string& language);

}  // namespace dagdeel
