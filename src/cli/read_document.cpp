// Reading the input file, shared by every command, so that "cannot be read"
// looks the same (and exits 2) whatever the command. The file goes through
// the one door (io/open_document.hpp): detected, read, reflowed, exactly as
// the browser opens it.
#include <iostream>

#include "cli/cli.hpp"
#include "io/open_document.hpp"

namespace dagdeel::cli {

void print_problem(const Problem& p) {
    std::string where = p.path.empty() ? std::string("-") : p.path;
    if (p.line > 0) where = "line " + std::to_string(p.line) + ":" + std::to_string(p.column);
    std::cerr << (p.is_error ? "error" : "warning") << "  " << where << "  " << p.message << "\n";
}

std::optional<Document> read_document(const std::string& path, Language lang) {
    Opened r = open_document_file(path);
    for (const Problem& p : r.problems) print_problem(p);
    if (!r.document)
        std::cerr << path << ": " << tr(lang, "kan niet gelezen worden", "cannot be read") << "\n";
    return std::move(r.document);
}

}  // namespace dagdeel::cli
