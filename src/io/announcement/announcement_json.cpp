// The announcement outline as JSON: one more renderer of the same outline
// the Markdown, text and HTML writers use, so the web reading view shows
// exactly what the announcement says. Links keep their href only when
// is_safe_link allows it; everything else is plain text for textContent.
#include <nlohmann/json.hpp>

#include "io/announcement/announcement.hpp"
#include "io/announcement/announcement_outline.hpp"

namespace dagdeel {
namespace {

using nlohmann::json;

json line_json(const announce::Line& line) {
    json out = json::array();
    for (const announce::Span& s : line) {
        json span = {{"text", sanitize_utf8(s.text)}};
        if (!s.href.empty() && is_safe_link(s.href)) span["href"] = s.href;
        out.push_back(std::move(span));
    }
    return out;
}

json entry_json(const announce::Entry& e) {
    json out = {{"time", e.time}, {"line", line_json(e.line)}, {"notes", json::array()}, {"children", json::array()}};
    if (!e.item_id.empty()) out["item"] = e.item_id;
    if (!e.session_id.empty()) out["session"] = e.session_id;
    for (const announce::Line& n : e.notes) out["notes"].push_back(line_json(n));
    for (const announce::Entry& c : e.children) out["children"].push_back(entry_json(c));
    return out;
}

const char* kind_name(announce::BlockKind kind) {
    switch (kind) {
        case announce::BlockKind::heading: return "heading";
        case announce::BlockKind::paragraph: return "paragraph";
        case announce::BlockKind::lead: return "lead";
        case announce::BlockKind::bullets: return "bullets";
        case announce::BlockKind::programme: return "programme";
        case announce::BlockKind::facts: return "facts";
        case announce::BlockKind::lines: return "lines";
        case announce::BlockKind::small: return "small";
    }
    return "paragraph";
}

}  // namespace

std::string write_announcement_outline_json(const Document& doc, const AnnouncementOptions& options) {
    const announce::Outline outline = announce::outline_for_document(doc, options);
    json blocks = json::array();
    for (const announce::Block& b : outline.blocks) {
        json block = {{"kind", kind_name(b.kind)}, {"level", b.level}, {"line", line_json(b.line)}};
        if (!b.entries.empty()) {
            block["entries"] = json::array();
            for (const announce::Entry& e : b.entries) block["entries"].push_back(entry_json(e));
        }
        if (!b.facts.empty()) {
            block["facts"] = json::array();
            for (const announce::Fact& f : b.facts) block["facts"].push_back({{"label", f.label}, {"value", line_json(f.value)}});
        }
        if (!b.lines.empty()) {
            block["lines"] = json::array();
            for (const announce::Line& l : b.lines) block["lines"].push_back(line_json(l));
        }
        blocks.push_back(std::move(block));
    }
    const json out = {{"language", outline.language == AnnouncementLanguage::en ? "en" : "nl"},
                      {"title", sanitize_utf8(outline.title)},
                      {"subtitle", sanitize_utf8(outline.subtitle)},
                      {"dateline", sanitize_utf8(outline.dateline)},
                      {"blocks", std::move(blocks)}};
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace dagdeel
