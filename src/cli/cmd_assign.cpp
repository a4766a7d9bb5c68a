// planner-cli assign PLAN.json --registrations REG.csv [-o OUT.csv]
// Reads the registrations (as the browser's import does), assigns everyone
// (the same solver), writes name,email,round,session,rank rows (rank empty for
// a session they did not choose) and reports the total cost and the count per
// rank. Exit 0, or 2 when the plan or the file cannot be read.
#include <fstream>
#include <iostream>
#include <sstream>

#include "assign/assignment.hpp"
#include "cli/cli.hpp"
#include "core/participants.hpp"
#include "io/csv/csv_writer.hpp"
#include "io/registrations/registrations_csv.hpp"

namespace dagdeel::cli {

namespace {

std::vector<std::vector<std::string>> assignment_rows(const Document& d) {
    std::vector<std::vector<std::string>> rows = {{"name", "email", "round", "session", "rank"}};
    const auto rounds = choice_rounds(d);
    for (std::size_t i : registration_order(d)) {
        const Participant& p = d.participants[i];
        if (p.status != ParticipantStatus::registered) continue;
        for (std::size_t r = 0; r < rounds.size(); ++r) {
            const Placement* at = placement_in(p, rounds[r]->id);
            const Session* s = at && !at->session_id.empty() ? find_session(d, at->session_id) : nullptr;
            const int rank = s ? choice_rank(d, p, *rounds[r], s->id) : 0;
            rows.push_back({p.name, p.email, std::to_string(r + 1), s ? s->title : std::string(),
                            rank > 0 ? std::to_string(rank) : std::string()});
        }
    }
    return rows;
}

}  // namespace

int cmd_assign(const Options& opt) {
    const Language l = opt.lang;
    if (opt.args.size() != 1 || opt.registrations.empty()) {
        std::cerr << tr(l, "gebruik: planner-cli assign PLAN.json --registrations AANMELDINGEN.csv [-o UIT.csv]\n",
                        "usage: planner-cli assign PLAN.json --registrations REG.csv [-o OUT.csv]\n");
        return exit_unreadable;
    }
    std::optional<Document> doc = read_document(opt.args[0], l);
    if (!doc) return exit_unreadable;
    std::ifstream in(opt.registrations, std::ios::binary);
    if (!in) {
        std::cerr << opt.registrations << ": " << tr(l, "kan niet geopend worden", "cannot be opened") << "\n";
        return exit_unreadable;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const RegistrationImport im = read_registrations_csv(*doc, bytes.str());
    for (const auto& p : im.problems)
        std::cerr << opt.registrations << ":" << p.line << ": " << (p.is_error ? "error  " : "warning  ")
                  << p.text(l) << "\n";
    if (!im.ok) {
        std::cerr << opt.registrations << ": " << tr(l, "kan niet gelezen worden", "cannot be read") << "\n";
        return exit_unreadable;
    }
    if (!im.header_recognised) {
        std::cerr << opt.registrations << ": "
                  << tr(l, "de kopregel heeft geen kolom naam of e-mail (herkend: naam/name, e-mail/email, "
                           "organisatie/organisation, keuze N/choice N, ronde R keuze N/round R choice N)",
                        "the header row has no name or e-mail column (recognised: naam/name, e-mail/email, "
                        "organisatie/organisation, keuze N/choice N, ronde R keuze N/round R choice N)")
                  << "\n";
        return exit_unreadable;
    }
    Document d = add_imported_participants(erase_personal_data(*doc), im);
    const AssignmentOutcome a = assign_participants(d, 5000);
    if (!a.ok) {
        std::cerr << a.error(language_code(l)) << "\n";
        return exit_unreadable;
    }
    const std::string text = csv::write(assignment_rows(a.doc));
    std::ostream* report = &std::cout;
    if (opt.out.empty()) {
        std::cout << text;
        report = &std::cerr;
    } else {
        std::ofstream out(opt.out, std::ios::binary);
        out << text;
        if (!out) {
            std::cerr << opt.out << ": " << tr(l, "kan niet geschreven worden", "cannot be written") << "\n";
            return exit_unreadable;
        }
    }
    *report << tr(l, "totale kosten ", "total cost ") << a.cost
            << (a.proven_optimal ? tr(l, " (bewezen optimaal)", " (proven optimal)") : "") << "\n";
    if (!a.proven_optimal)
        *report << tr(l, "ondergrens ", "lower bound ") << a.lower_bound << "\n";
    for (std::size_t k = 1; k < a.by_rank.size(); ++k)
        *report << tr(l, "keuze ", "choice ") << k << ": " << a.by_rank[k] << "\n";
    *report << tr(l, "niet gekozen: ", "not chosen: ") << a.unchosen << "\n";
    *report << tr(l, "geen sessie: ", "no session: ") << a.none << "\n";
    for (const auto& id : a.cancelled_session_ids)
        if (const Session* s = find_session(a.doc, id))
            *report << tr(l, "gaat niet door (onder minimum): ", "cancelled (under minimum): ") << s->title << "\n";
    return exit_ok;
}

}  // namespace dagdeel::cli
