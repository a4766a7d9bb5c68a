// [SECTION] HTML -> text (one linear pass, no tree: depth costs nothing)
// [SECTION] Markdown and plain lines
#include <array>
#include <cstring>

#include "io/text_import/text_import_internal.hpp"

namespace dagdeel::text_import {

namespace {

// [SECTION] HTML -> text ---------------------------------------------------------------------

bool looks_like_html(std::string_view s) {
    const std::string head = lower(s.substr(0, 2048));
    for (const char* tag : {"<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<h1", "<h2", "<ul", "<li",
                            "<br", "<table", "<span", "<strong>", "<meta"})
        if (head.find(tag) != std::string::npos) return true;
    return false;
}

unsigned named_entity(std::string_view name) {
    struct E { const char* n; unsigned cp; };
    static const E table[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '}, {"euro", 0x20AC},
        {"eacute", 0xE9}, {"egrave", 0xE8}, {"euml", 0xEB}, {"ecirc", 0xEA}, {"iuml", 0xEF}, {"ouml", 0xF6},
        {"uuml", 0xFC}, {"auml", 0xE4}, {"aacute", 0xE1}, {"agrave", 0xE0}, {"oacute", 0xF3}, {"ocirc", 0xF4},
        {"ccedil", 0xE7}, {"Eacute", 0xC9}, {"Euml", 0xCB}, {"Ouml", 0xD6}, {"Uuml", 0xDC}, {"szlig", 0xDF},
        {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"ndash", 0x2013},
        {"mdash", 0x2014}, {"hellip", 0x2026}, {"bull", 0x2022}, {"middot", 0xB7}, {"copy", 0xA9},
        {"reg", 0xAE}, {"trade", 0x2122}, {"shy", 0xAD}, {"times", 0xD7}, {"laquo", 0xAB}, {"raquo", 0xBB}};
    for (const E& e : table)
        if (name == e.n) return e.cp;
    return 0;
}

// Decodes one entity at s[i] == '&'; returns the bytes consumed (0: not an entity).
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
    const std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) return 0;
    const std::string_view body = s.substr(i + 1, semi - i - 1);
    unsigned cp = 0;
    if (!body.empty() && body[0] == '#') {
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        for (std::size_t k = hex ? 2 : 1; k < body.size(); ++k) {
            const char c = body[k];
            int v = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                   : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (v < 0 || cp > 0x10FFFF) return 0;
            cp = cp * (hex ? 16 : 10) + (unsigned)v;
        }
    } else {
        cp = named_entity(body);
    }
    if (cp == 0) return 0;
    if (cp == 0xAD) return semi - i + 1;  // soft hyphen: invisible
    append_utf8(out, cp == 0xA0 ? ' ' : cp);
    return semi - i + 1;
}

// The value of attribute `name` in a tag's text (`<a href="...">`), "" if absent.
std::string attribute(std::string_view tag, std::string_view name) {
    const std::string l = lower(tag);
    std::size_t at = 0;
    while ((at = l.find(name, at)) != std::string::npos) {
        std::size_t k = at + name.size();
        const bool word_start = at > 0 && (l[at - 1] == ' ' || l[at - 1] == '\t' || l[at - 1] == '\n');
        while (k < l.size() && l[k] == ' ') ++k;
        if (word_start && k < l.size() && l[k] == '=') {
            ++k;
            while (k < l.size() && l[k] == ' ') ++k;
            const char q = k < l.size() ? l[k] : 0;
            if (q == '"' || q == '\'') {
                const std::size_t e = l.find(q, k + 1);
                if (e == std::string::npos) return "";
                return std::string(tag.substr(k + 1, e - k - 1));
            }
            std::size_t e = k;
            while (e < l.size() && l[e] != ' ' && l[e] != '>') ++e;
            return std::string(tag.substr(k, e - k));
        }
        at = k;
    }
    return "";
}

// Adds a line break unless the text already ends with two (nested blocks
// would otherwise make one blank line per level).
void newline(std::string& out) {
    if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') return;
    out += '\n';
}

std::string html_to_text(std::string_view s) {
    static const char* const skip_content[] = {"script", "style", "head", "template", "noscript", "svg",
                                               "iframe", "object", "nav", "select", "button"};
    static const char* const block[] = {"p", "div", "br", "tr", "table", "ul", "ol", "section", "article",
                                        "header", "footer", "blockquote", "pre", "dd", "dt", "hr", "main",
                                        "aside", "figure", "figcaption", "address", "dl", "tbody", "thead"};
    std::string out;
    out.reserve(s.size() / 2);
    std::string skipping;    // the element whose content is skipped, "" when none
    std::string link;        // the current <a href>, shown after its text
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '<') {
            if (s.compare(i, 4, "<!--") == 0) {
                const std::size_t e = s.find("-->", i + 4);
                i = e == std::string_view::npos ? s.size() : e + 3;
                continue;
            }
            const std::size_t e = s.find('>', i + 1);
            if (e == std::string_view::npos) break;  // an unclosed tag ends the text
            const std::string_view tag = s.substr(i + 1, e - i - 1);
            i = e + 1;
            const bool closing = !tag.empty() && tag[0] == '/';
            std::size_t n = closing ? 1 : 0;
            std::string name;
            while (n < tag.size() && (std::isalnum((unsigned char)tag[n]))) name += (char)std::tolower((unsigned char)tag[n++]);
            if (!skipping.empty()) {
                if (closing && name == skipping) skipping.clear();
                continue;
            }
            if (!closing && tag.back() != '/')
                for (const char* k : skip_content)
                    if (name == k) skipping = name;
            if (!skipping.empty()) continue;
            if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
                out += closing ? "\n\n" : "\n\n# ";
            } else if (name == "li") {
                if (!closing) out += "\n• ";
                else out += "\n";
            } else if (name == "td" || name == "th") {
                if (closing) out += '\t';
            } else if (name == "a") {
                if (!closing) link = attribute(tag, "href");
                else {
                    if (link.rfind("mailto:", 0) == 0) link = link.substr(7);
                    const bool useful = link.rfind("http", 0) == 0 || link.find('@') != std::string::npos;
                    if (useful && out.find(link, out.size() > 400 ? out.size() - 400 : 0) == std::string::npos)
                        out += " (" + link + ")";
                    link.clear();
                }
            } else {
                for (const char* b : block)
                    if (name == b) {
                        newline(out);
                        if (name == "p" && closing) newline(out);
                        break;
                    }
            }
            continue;
        }
        if (!skipping.empty()) {
            ++i;
            continue;
        }
        if (c == '&') {
            if (std::size_t used = decode_entity(s, i, out)) {
                i += used;
                continue;
            }
        }
        // Whitespace in HTML collapses; line breaks come from the tags.
        if (c == '\n' || c == '\r' || c == '\t') {
            if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
        } else {
            out += c;
        }
        ++i;
    }
    return out;
}

// [SECTION] Markdown and plain lines ------------------------------------------------------

bool looks_like_markdown(const std::vector<std::string_view>& lines) {
    int marks = 0;
    for (std::string_view l : lines) {
        if (l.rfind("# ", 0) == 0 || l.rfind("## ", 0) == 0 || l.rfind("### ", 0) == 0) marks += 2;
        if (l.find("](") != std::string_view::npos || l.find("**") != std::string_view::npos) ++marks;
    }
    return marks >= 2;
}

// Removes inline Markdown: **bold**, __bold__, `code`, [text](url) -> "text (url)",
// backslash escapes.
std::string strip_inline_markdown(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && std::ispunct((unsigned char)s[i + 1])) {
            out += s[++i];
        } else if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
            ++i;
        } else if (c == '`') {
            continue;
        } else if (c == '[') {
            const std::size_t close = s.find("](", i);
            const std::size_t end = close == std::string_view::npos ? close : s.find(')', close);
            if (close != std::string_view::npos && end != std::string_view::npos && s.find('\n', i) > end) {
                const std::string_view text = s.substr(i + 1, close - i - 1);
                std::string url(s.substr(close + 2, end - close - 2));
                if (url.size() >= 2 && url.front() == '<' && url.back() == '>') url = url.substr(1, url.size() - 2);
                if (url.rfind("mailto:", 0) == 0) url = url.substr(7);
                out += text;
                if (url != text) out += " (" + url + ")";
                i = end;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

// Bullet marks at the start of a line; returns the bytes to skip (0 = none).
std::size_t bullet_length(std::string_view s) {
    static const char* const marks[] = {"•", "·", "▪", "◦", "‣", "●", "○", "■", "□", "✓", "✔", "→", "➢",
                                        "–", "—", "-", "*", "+", ">"};
    for (const char* m : marks) {
        const std::size_t n = std::strlen(m);
        if (s.size() > n && s.compare(0, n, m) == 0 && (s[n] == ' ' || s[n] == '\t' || (unsigned char)s[n] == 0xC2))
            return n;
    }
    // "1." / "2)" / "a." numbered lists (not "13.30")
    std::size_t k = 0;
    while (k < s.size() && k < 2 && std::isdigit((unsigned char)s[k])) ++k;
    if (k > 0 && k + 1 < s.size() && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ') return k + 1;
    return 0;
}

}  // namespace

CleanText clean_text(std::string_view input) {
    CleanText out;
    if (input.size() > kJsonMaxFileBytes) {
        out.error = "the text is " + std::to_string(input.size() / (1024 * 1024)) +
                    " MB, more than the 20 MB an announcement may have";
        return out;
    }
    if (looks_binary(input)) {
        out.error = "this is not text (it contains NUL bytes or control characters): perhaps a binary file";
        return out;
    }
    std::string text(input);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    if (!is_valid_utf8(text)) text = windows1252_to_utf8(text);
    if (looks_like_html(text)) {
        out.kind = "html";
        text = html_to_text(text);
    }
    // Split; non-breaking spaces and tabs are spaces inside a line, but a tab
    // between columns is kept as one tab (spreadsheets, programme tables).
    std::vector<std::string_view> raw;
    {
        std::string_view v(text);
        std::size_t pos = 0;
        while (pos <= v.size()) {
            std::size_t nl = v.find_first_of("\r\n", pos);
            raw.push_back(v.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
            if (nl == std::string_view::npos) break;
            pos = nl + ((v[nl] == '\r' && nl + 1 < v.size() && v[nl + 1] == '\n') ? 2 : 1);
            if (raw.size() > kTextImportMaxLines * 4) {
                out.error = "the text has more than " + std::to_string(kTextImportMaxLines) + " lines";
                return out;
            }
        }
    }
    const bool markdown = out.kind == "text" && looks_like_markdown(raw);
    if (markdown) out.kind = "markdown";
    bool blank = true;
    for (std::size_t n = 0; n < raw.size(); ++n) {
        SourceLine line;
        line.number = (int)n + 1;
        line.length = raw[n].size();
        if (raw[n].size() > kTextImportMaxLineBytes) {
            line.too_long = true;
            line.blank_before = blank;
            blank = false;
            out.lines.push_back(std::move(line));
            continue;
        }
        std::string t;
        for (std::size_t i = 0; i < raw[n].size(); ++i) {
            const unsigned char c = (unsigned char)raw[n][i];
            if (c == 0xC2 && i + 1 < raw[n].size() && (unsigned char)raw[n][i + 1] == 0xA0) {
                t += ' ';
                ++i;
            } else if (c == '\t') {
                t += '\t';
            } else if (c >= 0x20 || c >= 0x80) {
                t += (char)c;
            }
        }
        // Zero-width spaces and BOMs inside lines.
        for (const char* z : {"\xE2\x80\x8B", "\xEF\xBB\xBF", "\xE2\x80\x8C", "\xE2\x80\x8D"})
            for (std::size_t at; (at = t.find(z)) != std::string::npos;) t.erase(at, 3);
        std::string s = trim(t);
        if (s.empty() || s == "---" || s == "***" || s == "___") {
            blank = true;
            continue;
        }
        if (s[0] == '#' && (out.kind != "text")) {
            std::size_t k = 0;
            while (k < s.size() && s[k] == '#') ++k;
            line.heading = k <= 6 && (k == s.size() || s[k] == ' ');
            if (line.heading) s = trim(std::string_view(s).substr(k));
        }
        if (std::size_t b = bullet_length(s)) {
            line.bullet = true;
            s = trim(std::string_view(s).substr(b));
        }
        if (markdown || out.kind == "html") s = strip_inline_markdown(s);
        if (markdown && !s.empty() && s.back() == '\\') s.pop_back();  // a Markdown hard line break
        if (out.lines.size() >= kTextImportMaxLines) {
            out.error = "the text has more than " + std::to_string(kTextImportMaxLines) + " lines";
            return out;
        }
        if (markdown && s.size() > 2 && s.front() == '|' && s.back() == '|') {  // a Markdown table row
            std::string row;
            for (char c : s.substr(1, s.size() - 2)) row += c == '|' ? '\t' : c;
            s = row;
            if (s.find_first_not_of("\t -:") == std::string::npos) continue;  // |---|---|
        }
        s = trim(s);
        if (s.empty()) continue;
        line.text = std::move(s);
        line.blank_before = blank;
        blank = false;
        out.lines.push_back(std::move(line));
    }
    for (std::size_t i = 0; i < out.lines.size(); ++i)
        out.lines[i].blank_after = i + 1 == out.lines.size() || out.lines[i + 1].blank_before;
    return out;
}

}  // namespace dagdeel::text_import
