// Markdown and plain-text renderings of an announcement outline.
//
// Markdown is CommonMark: every user character that could start markup is
// backslash-escaped (\ ` * _ [ ] < > #, '&' before a name, list and heading
// markers at the start of a line), so a title such as "*Nieuw* <b>" prints as
// typed. Links are written only for http, https and mailto URLs. Line breaks
// inside a list item or contact block are CommonMark hard breaks ("\" at the
// end of the line): no trailing spaces that editors strip.
//
// Plain text follows the seeds: headings on their own line, programme rows
// "13.30 uur Ontvangst en inloop", sessions as "  • ..." bullets, notes
// indented, facts as "Datum: 19 juni 2018". No wrapping.
#include <cctype>

#include "io/announcement/announcement_outline.hpp"

namespace dagdeel::announce {
namespace {

// [SECTION] Markdown

// `block_start`: the text begins a line of the output (a paragraph), where
// "1." or "-" would start a list.
std::string md_escape(std::string_view text, bool block_start = false) {
    std::string out;
    out.reserve(text.size() + 8);
    bool line_start = block_start;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (line_start) {
            // Block markers at the start of a line: "- ", "+ ", "= ", "1. ", "1) ".
            std::size_t j = i;
            while (j < text.size() && j - i < 9 && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
            if (j > i && j < text.size() && (text[j] == '.' || text[j] == ')')) {
                out.append(text.substr(i, j - i));
                out += '\\';
                out += text[j];
                i = j;
                line_start = false;
                continue;
            }
            if (c == '-' || c == '+' || c == '=') {
                out += '\\';
                out += c;
                line_start = false;
                continue;
            }
        }
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '#': case '|':
                out += '\\';
                out += c;
                break;
            case '&':
                if (i + 1 < text.size() && (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#'))
                    out += '\\';
                out += c;
                break;
            case '\n':
                out += "\\\n";  // a hard break keeps the author's line
                break;
            case '\r':
                break;
            default:
                out += c;
        }
        line_start = c == '\n';
    }
    return out;
}

// A link destination in <...> form cannot hold '<', '>' or a newline; safe
// links never do, the rest are escaped anyway.
std::string md_destination(std::string_view url) {
    std::string out = "<";
    for (char c : url) {
        if (c == '<' || c == '>' || c == '\\') out += '\\';
        out += c;
    }
    return out + ">";
}

std::string md_line(const Line& line, bool block_start = false) {
    std::string out;
    for (const Span& s : line) {
        const bool first = out.empty() && block_start;
        if (!s.href.empty() && is_safe_link(s.href))
            out += "[" + md_escape(s.text) + "](" + md_destination(s.href) + ")";
        else
            out += md_escape(s.text, first);
    }
    return out;
}

void md_entry(std::string& out, const Entry& e, int indent) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    out += pad + "- ";
    if (!e.time.empty()) out += md_escape(e.time) + " ";
    out += md_line(e.line);
    for (const Line& note : e.notes) out += "\\\n" + pad + "  " + md_line(note);
    out += "\n";
    for (const Entry& c : e.children) md_entry(out, c, indent + 2);
}

// [SECTION] plain text

void text_entry(std::string& out, const Entry& e, int indent, bool bullet) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    out += pad + (bullet ? "• " : "");
    if (!e.time.empty()) out += e.time + " ";
    out += line_text(e.line) + "\n";
    const std::string note_pad = pad + (bullet ? "  " : "  ");
    for (const Line& note : e.notes) out += note_pad + line_text(note) + "\n";
    for (const Entry& c : e.children) text_entry(out, c, indent + 2, true);
}

// Plain text shows a link's address after its text when they differ
// (mailto links already show the address).
std::string text_line(const Line& line) {
    std::string out;
    for (const Span& s : line) {
        out += s.text;
        if (!s.href.empty() && s.href != s.text && s.href.rfind("mailto:", 0) != 0) out += " (" + s.href + ")";
    }
    return out;
}

}  // namespace

std::string render_markdown(const Outline& o) {
    std::string out;
    auto sep = [&] {
        if (!out.empty()) out += "\n";
    };
    if (!o.title.empty()) out += "# " + md_escape(o.title) + "\n";
    if (!o.subtitle.empty()) {
        sep();
        out += "_" + md_escape(o.subtitle) + "_\n";
    }
    if (!o.dateline.empty()) {
        sep();
        out += md_escape(o.dateline, true) + "\n";
    }
    for (const Block& b : o.blocks) {
        sep();
        switch (b.kind) {
            case BlockKind::heading: out += std::string(static_cast<std::size_t>(b.level), '#') + " " + md_line(b.line) + "\n"; break;
            case BlockKind::paragraph:
            case BlockKind::lead: out += md_line(b.line, true) + "\n"; break;
            case BlockKind::small: out += "<small>" + md_line(b.line) + "</small>\n"; break;
            case BlockKind::bullets:
            case BlockKind::programme:
                for (const Entry& e : b.entries) md_entry(out, e, 0);
                break;
            case BlockKind::facts:
                for (const Fact& f : b.facts)
                    out += "- " + (f.label.empty() ? std::string() : md_escape(f.label) + ": ") + md_line(f.value) + "\n";
                break;
            case BlockKind::lines:
                for (std::size_t i = 0; i < b.lines.size(); ++i)
                    out += md_line(b.lines[i], true) + (i + 1 < b.lines.size() ? "\\\n" : "\n");
                break;
        }
    }
    return out;
}

std::string render_text(const Outline& o) {
    std::string out;
    auto sep = [&] {
        if (!out.empty()) out += "\n";
    };
    if (!o.title.empty()) out += o.title + "\n";
    if (!o.subtitle.empty()) out += o.subtitle + "\n";
    if (!o.dateline.empty()) {
        sep();
        out += o.dateline + "\n";
    }
    for (const Block& b : o.blocks) {
        sep();
        switch (b.kind) {
            case BlockKind::heading: out += text_line(b.line) + "\n"; break;
            case BlockKind::paragraph:
            case BlockKind::lead:
            case BlockKind::small: out += text_line(b.line) + "\n"; break;
            case BlockKind::bullets:
                for (const Entry& e : b.entries) text_entry(out, e, 2, true);
                break;
            case BlockKind::programme:
                for (const Entry& e : b.entries) text_entry(out, e, 0, false);
                break;
            case BlockKind::facts:
                for (const Fact& f : b.facts)
                    out += (f.label.empty() ? std::string() : f.label + ": ") + text_line(f.value) + "\n";
                break;
            case BlockKind::lines:
                for (const Line& l : b.lines) out += text_line(l) + "\n";
                break;
        }
    }
    return out;
}

}  // namespace dagdeel::announce
