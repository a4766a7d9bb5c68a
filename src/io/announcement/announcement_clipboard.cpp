// The announcement as rich text for the clipboard (text/html beside the
// plain text): pasted into Outlook, Word, Gmail or a CMS it keeps headings,
// bold times, bullet lists and links.
//
// E-mail safe: an HTML fragment (no <html>/<head>, no <style>, no classes:
// mail clients drop style sheets), every style inline, only tags Outlook's
// Word-based renderer keeps (h1-h3, p, ul/li, strong, a, br, div), no
// external resource, and no CSS it ignores in ways that hurt (no flex,
// floats, inline-block or rem units; sizes in pt like Word). Same outline as
// every other rendering, same escaping and link rules as the HTML page.
#include "io/announcement/announcement_outline.hpp"

namespace dagdeel::announce {
namespace {

constexpr const char* kFont = "font-family:Arial,Helvetica,sans-serif;";
constexpr const char* kLink = "color:#0a4d8c;text-decoration:underline;";

std::string esc_lines(std::string_view s) {
    std::string out;
    for (char c : html_escape(sanitize_utf8(s))) {
        if (c == '\n')
            out += "<br>";
        else
            out += c;
    }
    return out;
}

std::string line_html(const Line& line) {
    std::string out;
    for (const Span& s : line) {
        if (!s.href.empty() && is_safe_link(s.href))
            out += "<a href=\"" + html_escape(sanitize_utf8(s.href)) + "\" style=\"" + kLink + "\">" + esc_lines(s.text) + "</a>";
        else
            out += esc_lines(s.text);
    }
    return out;
}

void entry_html(std::string& out, const Entry& e) {
    out += "<li style=\"margin:0 0 4pt 0;\">";
    if (!e.time.empty()) out += "<strong>" + esc_lines(e.time) + "</strong> ";
    out += line_html(e.line);
    for (const Line& note : e.notes)
        out += "<br><span style=\"color:#333333;\">" + line_html(note) + "</span>";
    if (!e.children.empty()) {
        out += "\n<ul style=\"margin:3pt 0 0 0;padding-left:18pt;list-style-type:disc;\">\n";
        for (const Entry& c : e.children) entry_html(out, c);
        out += "</ul>";
    }
    out += "</li>\n";
}

std::string p(const std::string& style, const std::string& inner) {
    return "<p style=\"" + std::string(kFont) + "margin:0 0 8pt 0;" + style + "\">" + inner + "</p>\n";
}

}  // namespace

std::string render_clipboard_html(const Outline& o) {
    std::string out = "<div style=\"" + std::string(kFont) + "font-size:11pt;line-height:1.4;color:#1b1b1b;\">\n";
    if (!o.title.empty())
        out += "<h1 style=\"" + std::string(kFont) + "font-size:20pt;margin:0 0 4pt 0;color:#1b1b1b;\">" +
               esc_lines(o.title) + "</h1>\n";
    if (!o.subtitle.empty()) out += p("font-size:13pt;", esc_lines(o.subtitle));
    if (!o.dateline.empty()) out += p("", "<strong>" + esc_lines(o.dateline) + "</strong>");
    for (const Block& b : o.blocks) {
        switch (b.kind) {
            case BlockKind::heading: {
                const std::string h = b.level <= 2 ? "h2" : "h3";
                const std::string size = b.level <= 2 ? "font-size:14pt;margin:14pt 0 6pt 0;" : "font-size:12pt;margin:10pt 0 4pt 0;";
                out += "<" + h + " style=\"" + kFont + size + "color:#1b1b1b;\">" + line_html(b.line) + "</" + h + ">\n";
                break;
            }
            case BlockKind::paragraph: out += p("", line_html(b.line)); break;
            case BlockKind::lead: out += p("font-size:12pt;", line_html(b.line)); break;
            case BlockKind::small: out += p("font-size:9pt;color:#444444;", line_html(b.line)); break;
            case BlockKind::bullets:
            case BlockKind::programme:
                out += "<ul style=\"" + std::string(kFont) + "margin:0 0 8pt 0;padding-left:18pt;\">\n";
                for (const Entry& e : b.entries) entry_html(out, e);
                out += "</ul>\n";
                break;
            case BlockKind::facts:
                out += "<ul style=\"" + std::string(kFont) + "margin:0 0 8pt 0;padding-left:18pt;\">\n";
                for (const Fact& f : b.facts) {
                    out += "<li style=\"margin:0 0 2pt 0;\">";
                    if (!f.label.empty()) out += "<strong>" + esc_lines(f.label) + ":</strong> ";
                    out += line_html(f.value) + "</li>\n";
                }
                out += "</ul>\n";
                break;
            case BlockKind::lines: {
                std::string inner;
                for (std::size_t i = 0; i < b.lines.size(); ++i) inner += (i ? "<br>" : "") + line_html(b.lines[i]);
                out += p("", inner);
                break;
            }
        }
    }
    out += "</div>\n";
    return out;
}

}  // namespace dagdeel::announce

namespace dagdeel {

AnnouncementClipboard write_announcement_clipboard(const Document& doc, const AnnouncementOptions& options) {
    const announce::Outline o = announce::outline_for_document(doc, options);
    return {announce::render_clipboard_html(o), announce::render_text(o)};
}

}  // namespace dagdeel
