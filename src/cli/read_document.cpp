// Reading the input file, shared by every command, so that "cannot be read"
// looks the same (and exits 2) whatever the command.
#include <fstream>
#include <iostream>

#include "cli/cli.hpp"
#include "io/frab/frab_xml_reader.hpp"
#include "io/formats.hpp"
#include "io/frab/frab_json_reader.hpp"
#include "io/ics/ics_reader.hpp"

namespace dagdeel::cli {

namespace {
// Imports are recognised by content, not by the file name.
bool is_ics_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[256];
    in.read(head, sizeof head);
    return looks_like_ics(std::string_view(head, static_cast<std::size_t>(in.gcount())));
}
// frab/pentabarf schedule.xml: XML whose root element is <schedule>.
bool is_frab_xml_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[4096];
    in.read(head, sizeof head);
    return looks_like_frab_xml(std::string_view(head, static_cast<std::size_t>(in.gcount())));
}
// Not JSON: an announcement (.txt/.md/.html) or something unknown, which
// read_any names in words.
bool is_other_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[4096];
    in.read(head, sizeof head);
    const std::string_view h(head, static_cast<std::size_t>(in.gcount()));
    const std::size_t first = h.find_first_not_of(" \t\r\n");
    if (looks_like_frab_json(h)) return true;  // c3voc schedule.json: read_any knows it
    return first != std::string_view::npos && h[first] != '{' && h[first] != '[' && h.substr(first, 3) != "\xEF\xBB\xBF";
}
ReadResult read_any_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in.tellg();
    if (size < 0 || static_cast<std::size_t>(size) > kJsonMaxFileBytes)
        return ReadResult{std::nullopt, {Problem{"", "the file is larger than 20 MB", true, 0, 0}}};
    std::string text(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    in.read(text.data(), size);
    return read_any(text);
}
}  // namespace

std::optional<Document> read_document(const std::string& path, Lang lang) {
    ReadResult r = is_ics_file(path)        ? read_ics_file(path)
                   : is_frab_xml_file(path) ? read_frab_xml_file(path)
                   : is_other_text_file(path) ? read_any_file(path)  // announcements, unknown text (issue 15)
                                            : read_json_file(path);
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
