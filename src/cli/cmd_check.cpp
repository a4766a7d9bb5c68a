// planner-cli check FILE: open (which reflows, so starts are the ones the
// planner shows), validate, print one finding a line:
//   error    day-1/i-pauze  Pauze overlaps ...
// Exit 0 without errors (warnings allowed), 1 with errors, 2 unreadable.
#include <iostream>

#include "cli/cli.hpp"
#include "core/validation.hpp"

namespace dagdeel::cli {
namespace {

// "day/item/session.field", leaving out what the finding is not about.
std::string location(const Finding& f) {
    std::string where;
    for (const std::string* part : {&f.day_id, &f.item_id, &f.session_id}) {
        if (part->empty()) continue;
        if (!where.empty()) where += '/';
        where += *part;
    }
    if (where.empty()) where = "event";
    if (!f.field.empty()) where += "." + f.field;
    return where;
}

}  // namespace

int cmd_check(const Options& opt) {
    if (opt.args.size() != 1) {
        std::cerr << tr(opt.lang, "gebruik: planner-cli check BESTAND\n", "usage: planner-cli check FILE\n");
        return exit_unreadable;
    }
    auto doc = read_document(opt.args[0], opt.lang);
    if (!doc) return exit_unreadable;
    const std::vector<Finding> findings = validate(*doc);
    for (const Finding& f : findings)
        std::cout << to_string(f.severity) << "  " << location(f) << "  "
                  << (opt.lang == Language::nl ? f.message_nl : f.message_en) << "\n";
    return has_errors(findings) ? exit_findings : exit_ok;
}

}  // namespace dagdeel::cli
