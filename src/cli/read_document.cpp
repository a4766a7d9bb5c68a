// Reading the input file, shared by every command, so that "cannot be read"
// looks the same (and exits 2) whatever the command.
#include <iostream>

#include "cli/cli.hpp"

namespace dagdeel::cli {

std::optional<Document> read_document(const std::string& path, Lang lang) {
    ReadResult r = read_json_file(path);
    for (const Problem& p : r.problems) {
        std::string where = p.path.empty() ? std::string("-") : p.path;
        if (p.line > 0) where = "line " + std::to_string(p.line) + ":" + std::to_string(p.column);
        std::cerr << (p.is_error ? "error" : "warning") << "  " << where << "  " << p.message << "\n";
    }
    if (!r.document)
        std::cerr << path << ": " << tr(lang, "kan niet gelezen worden", "cannot be read") << "\n";
    return std::move(r.document);
}

}  // namespace dagdeel::cli
