#include "io/open_document.hpp"

#include <algorithm>
#include <fstream>

#include "core/reflow.hpp"
#include "io/templates.hpp"

namespace dagdeel {

Opened open_document(std::string_view text, const OpenOptions& options) {
    Opened out;
    out.format = options.json_only ? ImportFormat::json : detect_import_format(text);
    ReadResult r = options.json_only ? read_json(text) : read_format(out.format, text);
    out.problems = std::move(r.problems);
    if (!r.document) return out;
    Document doc = std::move(*r.document);
    reflow(doc);
    const auto& ids = options.open_ids;
    if (std::find(ids.begin(), ids.end(), doc.id) != ids.end()) {
        doc.id = new_document_id();
        out.given_new_id = true;
    }
    out.document = std::move(doc);
    return out;
}

void make_copy(Document& doc, CopyReason reason, std::string_view language) {
    const bool en = language == "en";
    doc.id = new_document_id();
    switch (reason) {
    case CopyReason::other_tab: doc.event.title += en ? " (your version)" : " (jouw versie)"; break;
    case CopyReason::from_backup: doc.event.title += en ? " (from backup)" : " (uit back-up)"; break;
    }
}

}  // namespace dagdeel

namespace dagdeel {

Opened open_document_file(const std::string& path, const OpenOptions& options) {
    Opened out;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.problems.push_back({"", "cannot open " + path, true});
        return out;
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0 || static_cast<unsigned long long>(size) > kOpenMaxFileBytes) {
        out.problems.push_back({"", size < 0 ? "cannot read " + path : "file larger than 50 MB", true});
        return out;
    }
    in.seekg(0);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), size);
    if (!in) {
        out.problems.push_back({"", "cannot read " + path, true});
        return out;
    }
    return open_document(text, options);
}

}  // namespace dagdeel
