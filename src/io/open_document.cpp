#include "io/open_document.hpp"

#include <algorithm>
#include <fstream>

#include "core/reflow.hpp"
#include "io/frab/frab_xml_reader.hpp"
#include "io/ics/ics_reader.hpp"
#include "io/templates.hpp"

namespace dagdeel {

namespace {

// What every way in does after reading: reflow and the copy-id policy.
Opened settle(ImportFormat format, ReadResult r, const OpenOptions& options) {
    Opened out;
    out.format = format;
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

}  // namespace

Opened open_document(std::string_view text, const OpenOptions& options) {
    const ImportFormat format = options.json_only ? ImportFormat::json : detect_import_format(text, options.file_name);
    return settle(format, read_format(format, text), options);
}

void make_copy(Document& doc, CopyReason reason, std::string_view language) {
    const bool en = language == "en";
    doc.id = new_document_id();
    switch (reason) {
    case CopyReason::other_tab: doc.event.title += en ? " (your version)" : " (jouw versie)"; break;
    case CopyReason::from_backup: doc.event.title += en ? " (from backup)" : " (uit back-up)"; break;
    case CopyReason::duplicate: doc.event.title += en ? " (copy)" : " (kopie)"; break;
    }
}

}  // namespace dagdeel

namespace dagdeel {

Opened open_document_file(const std::string& path, const OpenOptions& options) {
    // The format is told from the head; each format's file reader then
    // applies its own size bound (with its own message) before reading.
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        Opened out;
        out.problems.push_back({"", "cannot open " + path, true});
        return out;
    }
    char head[4096];
    in.read(head, sizeof head);
    const std::string_view start(head, static_cast<std::size_t>(in.gcount()));
    const ImportFormat format = options.json_only ? ImportFormat::json : detect_import_format(start, path);
    switch (format) {
    case ImportFormat::ics: return settle(format, read_ics_file(path), options);
    case ImportFormat::frab_xml: return settle(format, read_frab_xml_file(path), options);
    case ImportFormat::json: return settle(format, read_json_file(path), options);
    case ImportFormat::frab_json:
    case ImportFormat::announcement:
    case ImportFormat::csv:
    case ImportFormat::unknown: break;
    }
    // The readers of the other formats take text and bound it themselves;
    // nothing they accept is larger than the browser's 50 MB import limit.
    constexpr std::streamoff kLargest = 50ll * 1024 * 1024;
    in.clear();
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0 || size > kLargest) {
        Opened out;
        out.problems.push_back({"", "file larger than 50 MB", true});
        return out;
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    in.read(text.data(), size);
    OpenOptions named = options;
    if (named.file_name.empty()) named.file_name = path;
    return open_document(text, named);
}

}  // namespace dagdeel
