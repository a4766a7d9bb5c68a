// The announcement as one self-contained HTML page.
//
// Safety: there is no script anywhere, and the page says so to the browser
// with a Content-Security-Policy (default-src 'none'; only inline styles and
// data: images allowed), so even a mistake here could not run code. Every
// user string goes through html_escape (& < > " ' become entities) after its
// UTF-8 is checked (invalid bytes and control characters become U+FFFD or are
// dropped). A URL becomes a link only when is_safe_link says it is http,
// https or mailto; "javascript:" and friends are shown as escaped text.
//
// Accessibility: <html lang>, one h1, h2 per section, h3 per day, real
// lists (ul) for programme and bullets, a list for the practical facts, text
// #1b1b1b on #ffffff (contrast 17:1) and links #0a4d8c (8.6:1), 1.5 line
// height, no information by colour alone.
//
// Print: A4 with 18 mm margins, black on white, headings kept with what
// follows (break-after: avoid), no break inside a programme row, a fact
// or a contact block; link addresses printed after external links.
#include "io/announcement/announcement_outline.hpp"

namespace dagdeel {

std::string sanitize_utf8(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    std::size_t i = 0;
    while (i < in.size()) {
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            if (c >= 0x20 || c == '\n' || c == '\t') out += static_cast<char>(c);
            ++i;
            continue;
        }
        int len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        bool ok = len > 0 && i + static_cast<std::size_t>(len) <= in.size();
        for (int k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(in[i + k]) & 0xC0) == 0x80;
        if (ok && len == 3) {
            const unsigned char c1 = static_cast<unsigned char>(in[i + 1]);
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) ok = false;  // overlong, surrogate
        }
        if (ok && len == 4) {
            const unsigned char c1 = static_cast<unsigned char>(in[i + 1]);
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) ok = false;
        }
        if (ok && len == 2 && c == 0xC2 && static_cast<unsigned char>(in[i + 1]) < 0xA0) {
            // C1 control characters (U+0080..U+009F): dropped like C0 ones.
            i += 2;
            continue;
        }
        if (!ok) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (len == 3 && c == 0xEF && static_cast<unsigned char>(in[i + 1]) == 0xBF &&
            static_cast<unsigned char>(in[i + 2]) >= 0xBE) {
            i += 3;  // U+FFFE, U+FFFF: not characters (and not allowed in XML)
            continue;
        }
        out.append(in.substr(i, static_cast<std::size_t>(len)));
        i += static_cast<std::size_t>(len);
    }
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

bool is_safe_link(std::string_view url) {
    if (url.empty() || url.size() > 4096) return false;
    for (char c : url) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`')
            return false;
    }
    auto starts = [&](std::string_view prefix) {
        if (url.size() < prefix.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
        return true;
    };
    if (starts("http://") || starts("https://")) return url.size() > (starts("https://") ? 8u : 7u);
    if (starts("mailto:")) return url.size() > 7 && url.find('@') != std::string_view::npos;
    return false;
}

namespace announce {
namespace {

std::string esc(std::string_view s) { return html_escape(sanitize_utf8(s)); }

// Text with newlines kept as <br>.
std::string esc_text(std::string_view s) {
    const std::string e = esc(s);
    std::string out;
    for (char c : e) {
        if (c == '\n')
            out += "<br>\n";
        else
            out += c;
    }
    return out;
}

std::string html_line(const Line& line) {
    std::string out;
    for (const Span& s : line) {
        if (!s.href.empty() && is_safe_link(s.href)) {
            const bool external = s.href.rfind("mailto:", 0) != 0;
            out += "<a href=\"" + esc(s.href) + "\"" + (external ? " class=\"external\"" : "") + ">" + esc_text(s.text) + "</a>";
        } else {
            out += esc_text(s.text);
        }
    }
    return out;
}

void html_entry(std::string& out, const Entry& e, int depth) {
    const std::string pad(static_cast<std::size_t>(depth * 2 + 2), ' ');
    out += pad + "<li>";
    if (!e.time.empty()) out += "<span class=\"time\">" + esc(e.time) + "</span> ";
    out += "<span class=\"what\">" + html_line(e.line) + "</span>";
    for (const Line& note : e.notes) out += "\n" + pad + "  <p class=\"note\">" + html_line(note) + "</p>";
    if (!e.children.empty()) {
        out += "\n" + pad + "  <ul class=\"sessions\">\n";
        for (const Entry& c : e.children) html_entry(out, c, depth + 2);
        out += pad + "  </ul>\n" + pad;
    }
    out += "</li>\n";
}

const char* const kStyle = R"CSS(
:root { color-scheme: light; }
html { background: #ffffff; }
body { margin: 0 auto; max-width: 42rem; padding: 2rem 1.25rem 3rem; color: #1b1b1b; background: #ffffff;
  font: 1rem/1.5 "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
p { margin: 0 0 .75rem; }
.subtitle { font-size: 1.2rem; margin: 0 0 .5rem; }
.dateline { font-weight: bold; margin: .5rem 0 1.25rem; }
.lead { font-size: 1.08rem; }
a { color: #0a4d8c; text-decoration: underline; }
a:focus { outline: 3px solid #0a4d8c; outline-offset: 2px; }
ul { padding-left: 1.4rem; }
ul.programme { list-style: none; padding-left: 0; }
ul.programme > li { padding: .3rem 0; border-bottom: 1px solid #d0d0d0; }
ul.programme .time { display: inline-block; min-width: 9.5rem; font-weight: bold; font-variant-numeric: tabular-nums; }
ul.sessions { list-style: disc; padding-left: 1.6rem; margin: .3rem 0 0 9.5rem; }
p.note { margin: .2rem 0 0 9.5rem; color: #333333; }
ul.sessions p.note { margin-left: 0; }
ul.facts { list-style: none; padding-left: 0; margin: 0 0 1rem; }
ul.facts li { margin: 0 0 .2rem; }
ul.facts .label { font-weight: bold; }
.contact { font-style: normal; margin: 0 0 .75rem; }
.small { font-size: .9rem; color: #333333; }
@media (max-width: 34rem) {
  ul.programme .time { display: block; min-width: 0; }
  ul.sessions, p.note { margin-left: 0; }
}
@page { size: A4; margin: 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; color: #000000; }
  a { color: #000000; }
  a.external::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  li, .contact, p.note { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  ul.programme > li { border-bottom-color: #999999; }
}
)CSS";

}  // namespace

std::string render_html(const Outline& o) {
    const bool nl = o.language == AnnouncementLanguage::nl;
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"" + std::string(nl ? "nl" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"Dagdeel\">\n";
    out += "<title>" + esc(o.title.empty() ? std::string(nl ? "Aankondiging" : "Announcement") : o.title) + "</title>\n";
    out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n<main>\n";
    out += render_html_article(o);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

std::string render_html_article(const Outline& o) {
    const bool nl = o.language == AnnouncementLanguage::nl;
    std::string out = "<article>\n<header>\n";
    out += "<h1>" + esc_text(o.title.empty() ? std::string(nl ? "Aankondiging" : "Announcement") : o.title) + "</h1>\n";
    if (!o.subtitle.empty()) out += "<p class=\"subtitle\">" + esc_text(o.subtitle) + "</p>\n";
    if (!o.dateline.empty()) out += "<p class=\"dateline\">" + esc(o.dateline) + "</p>\n";
    out += "</header>\n";
    bool in_section = false;
    for (const Block& b : o.blocks) {
        switch (b.kind) {
            case BlockKind::heading:
                if (b.level <= 2) {
                    if (in_section) out += "</section>\n";
                    out += "<section>\n";
                    in_section = true;
                }
                out += "<h" + std::to_string(b.level) + ">" + html_line(b.line) + "</h" + std::to_string(b.level) + ">\n";
                break;
            case BlockKind::paragraph: out += "<p>" + html_line(b.line) + "</p>\n"; break;
            case BlockKind::lead: out += "<p class=\"lead\">" + html_line(b.line) + "</p>\n"; break;
            case BlockKind::small:
                if (in_section) out += "</section>\n";
                in_section = false;
                out += "<p class=\"small\">" + html_line(b.line) + "</p>\n";
                break;
            case BlockKind::bullets:
                out += "<ul>\n";
                for (const Entry& e : b.entries) out += "  <li>" + html_line(e.line) + "</li>\n";
                out += "</ul>\n";
                break;
            case BlockKind::programme:
                out += "<ul class=\"programme\">\n";
                for (const Entry& e : b.entries) html_entry(out, e, 0);
                out += "</ul>\n";
                break;
            case BlockKind::facts:
                out += "<ul class=\"facts\">\n";
                for (const Fact& f : b.facts) {
                    out += "  <li>";
                    if (!f.label.empty()) out += "<span class=\"label\">" + esc(f.label) + ":</span> ";
                    out += html_line(f.value) + "</li>\n";
                }
                out += "</ul>\n";
                break;
            case BlockKind::lines:
                out += "<address class=\"contact\">";
                for (std::size_t i = 0; i < b.lines.size(); ++i) out += (i ? "<br>\n" : "") + html_line(b.lines[i]);
                out += "</address>\n";
                break;
        }
    }
    if (in_section) out += "</section>\n";
    out += "</article>\n";
    return out;
}

}  // namespace announce
}  // namespace dagdeel
