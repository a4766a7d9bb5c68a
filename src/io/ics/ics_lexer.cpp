// The iCalendar content-line lexer; see ics_lexer.hpp.
#include "io/ics/ics_lexer.hpp"

#include <algorithm>

namespace dagdeel::ics_detail {

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int int_of(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// Content lines: unfolding (3.1), parameters, TEXT unescaping.

// Splits on CRLF, LF or CR and unfolds lines that start with a space or tab.
std::vector<LogicalLine> unfold(std::string_view text, Problems& problems) {
    std::vector<LogicalLine> out;
    std::size_t pos = 0;
    int line = 0;
    int blank_lines = 0;
    while (pos < text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view phys = text.substr(pos, end - pos);
        pos = end;
        if (pos < text.size()) pos += (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ? 2 : 1;
        ++line;
        if (!phys.empty() && (phys[0] == ' ' || phys[0] == '\t') && !out.empty()) {
            LogicalLine& l = out.back();
            if (l.too_long) continue;
            if (l.text.size() + phys.size() - 1 > kIcsMaxLineBytes) {
                l.too_long = true;
                l.text.clear();
                l.text.shrink_to_fit();
                continue;
            }
            l.text.append(phys.substr(1));
            continue;
        }
        if (phys.find_first_not_of(" \t") == std::string_view::npos) {
            if (++blank_lines == 1) problems.add(line, "blank line ignored");
            continue;
        }
        LogicalLine l;
        l.line = line;
        if (phys.size() > kIcsMaxLineBytes) l.too_long = true;
        else l.text.assign(phys);
        out.push_back(std::move(l));
    }
    return out;
}

// "NAME;P1=a;P2=\"b;c\",d:value" -> Prop. nullopt when there is no ':' or no name.
std::optional<Prop> parse_content_line(const std::string& s, int line) {
    Prop p;
    p.line = line;
    std::size_t i = 0;
    while (i < s.size() && s[i] != ';' && s[i] != ':') ++i;
    if (i == 0 || i >= s.size()) return std::nullopt;
    p.name = upper(s.substr(0, i));
    while (i < s.size() && s[i] == ';') {
        ++i;
        std::size_t eq = i;
        while (eq < s.size() && s[eq] != '=' && s[eq] != ':' && s[eq] != ';') ++eq;
        if (eq >= s.size()) return std::nullopt;
        Param param;
        param.name = upper(s.substr(i, eq - i));
        if (s[eq] != '=') {  // a parameter without a value: tolerate
            i = eq;
            p.params.push_back(std::move(param));
            continue;
        }
        i = eq + 1;
        while (true) {
            if (i < s.size() && s[i] == '"') {
                std::size_t close = s.find('"', i + 1);
                if (close == std::string::npos) return std::nullopt;
                param.value.append(s, i + 1, close - i - 1);
                i = close + 1;
            } else {
                std::size_t stop = i;
                while (stop < s.size() && s[stop] != ';' && s[stop] != ':' && s[stop] != ',') ++stop;
                param.value.append(s, i, stop - i);
                i = stop;
            }
            if (i < s.size() && s[i] == ',') {
                param.value += ',';
                ++i;
                continue;
            }
            break;
        }
        p.params.push_back(std::move(param));
    }
    if (i >= s.size() || s[i] != ':') return std::nullopt;
    p.value = s.substr(i + 1);
    return p;
}

// Length of the valid UTF-8 sequence at s[i], 0 when it is not one
// (overlong forms, surrogates and values past U+10FFFF are not valid).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    const std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((b(i + k) & 0xC0) != 0x80) return 0;
    if ((c == 0xE0 && b(i + 1) < 0xA0) || (c == 0xED && b(i + 1) > 0x9F) || (c == 0xF0 && b(i + 1) < 0x90) ||
        (c == 0xF4 && b(i + 1) > 0x8F))
        return 0;
    return n;
}

// TEXT (3.3.11) unescaped; bytes that are not UTF-8 become U+FFFD and control
// characters (other than tab) are dropped, so that what is imported is what
// the document saves and what our writer can export (found by fuzz_ics).
std::string unescape_text(std::string_view v) {
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        bool escaped = false;
        if (v[i] == '\\' && i + 1 < v.size()) escaped = true, ++i;  // keep the escaped character
        const std::size_t n = utf8_sequence(v, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
        } else if (n == 1) {
            const unsigned char c = static_cast<unsigned char>(v[i]);
            if ((c < 0x20 && c != '\t') || c == 0x7f) continue;  // CONTROL is not TEXT (3.3.11)
            out += escaped && (c == 'n' || c == 'N') ? '\n' : v[i];
        } else {
            out.append(v.substr(i, n));
            i += n - 1;
        }
    }
    return out;
}

// Splits a multi-valued TEXT on unescaped commas, then unescapes each value.
std::vector<std::string> split_text_list(std::string_view v) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= v.size(); ++i) {
        if (i < v.size() && v[i] == '\\') {
            ++i;
            continue;
        }
        if (i == v.size() || v[i] == ',') {
            out.push_back(unescape_text(v.substr(start, i - start)));
            start = i + 1;
        }
    }
    return out;
}

}  // namespace dagdeel::ics_detail
