// The iCalendar content-line lexer; see ics_lexer.hpp.
#include "io/ics/ics_lexer.hpp"

#include <algorithm>
#include <cstring>

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
// The logical lines go one after the other into one buffer (a file's worth,
// reserved once): a string per line was a tenth of reading a calendar.
Unfolded unfold(std::string_view text, Problems& problems) {
    Unfolded out;
    out.text.reserve(text.size());
    out.lines.reserve(text.size() / 48 + 1);
    std::size_t pos = 0;
    int line = 0;
    int blank_lines = 0;
    const char* const data = text.data();
    const std::size_t size = text.size();
    while (pos < size) {
        std::size_t end = pos;
        while (end < size && data[end] != '\r' && data[end] != '\n') ++end;
        std::string_view phys(data + pos, end - pos);
        pos = end;
        if (pos < size) pos += (data[pos] == '\r' && pos + 1 < size && data[pos + 1] == '\n') ? 2 : 1;
        ++line;
        if (!phys.empty() && (phys[0] == ' ' || phys[0] == '\t') && !out.lines.empty()) {
            LogicalLine& l = out.lines.back();  // always the last text in the buffer
            if (l.too_long) continue;
            if (l.size + phys.size() - 1 > kIcsMaxLineBytes) {
                l.too_long = true;
                out.text.resize(l.offset);
                l.size = 0;
                continue;
            }
            out.text.append(phys.substr(1));
            l.size += phys.size() - 1;
            continue;
        }
        if (phys.find_first_not_of(" \t") == std::string_view::npos) {
            if (++blank_lines == 1) problems.add(line, "blank line ignored");
            continue;
        }
        LogicalLine l;
        l.line = line;
        l.offset = out.text.size();
        if (phys.size() > kIcsMaxLineBytes) {
            l.too_long = true;
        } else {
            out.text.append(phys);
            l.size = phys.size();
        }
        out.lines.push_back(l);
    }
    return out;
}

namespace {

// Upper-cases s[from, to) in place and returns it as a view.
std::string_view upper_in_place(char* s, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
        if (s[k] >= 'a' && s[k] <= 'z') s[k] = static_cast<char>(s[k] - 'a' + 'A');
    return {s + from, to - from};
}

}  // namespace

// "NAME;P1=a;P2=\"b;c\",d:value" -> Prop, read in place. A parameter's value
// is compacted where it stands (quotes dropped), which never writes past the
// character being read.
std::optional<Prop> parse_content_line(char* s, std::size_t n, int line) {
    Prop p;
    p.line = line;
    std::size_t i = 0;
    while (i < n && s[i] != ';' && s[i] != ':') ++i;
    if (i == 0 || i >= n) return std::nullopt;
    p.name = upper_in_place(s, 0, i);
    while (i < n && s[i] == ';') {
        ++i;
        std::size_t eq = i;
        while (eq < n && s[eq] != '=' && s[eq] != ':' && s[eq] != ';') ++eq;
        if (eq >= n) return std::nullopt;
        Param param;
        param.name = upper_in_place(s, i, eq);
        if (s[eq] != '=') {  // a parameter without a value: tolerate
            i = eq;
            p.params.push_back(param);
            continue;
        }
        i = eq + 1;
        const std::size_t value_start = i;
        std::size_t w = i;  // where the compacted value ends
        auto keep = [&](std::size_t from, std::size_t count) {
            if (w != from) std::memmove(s + w, s + from, count);
            w += count;
        };
        while (true) {
            if (i < n && s[i] == '"') {
                const void* close_ptr = std::memchr(s + i + 1, '"', n - i - 1);
                if (!close_ptr) return std::nullopt;
                const std::size_t close = static_cast<std::size_t>(static_cast<const char*>(close_ptr) - s);
                keep(i + 1, close - i - 1);
                i = close + 1;
            } else {
                std::size_t stop = i;
                while (stop < n && s[stop] != ';' && s[stop] != ':' && s[stop] != ',') ++stop;
                keep(i, stop - i);
                i = stop;
            }
            if (i < n && s[i] == ',') {
                s[w++] = ',';
                ++i;
                continue;
            }
            break;
        }
        param.value = std::string_view(s + value_start, w - value_start);
        p.params.push_back(param);
    }
    if (i >= n || s[i] != ':') return std::nullopt;
    p.value = std::string_view(s + i + 1, n - i - 1);
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
    // Printable ASCII other than the backslash is copied as it stands, a run
    // at a time; everything else goes through the checks below.
    const auto plain = [](char c) { return c >= 0x20 && c < 0x7f && c != '\\'; };
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::size_t run = i;
        while (run < v.size() && plain(v[run])) ++run;
        if (run > i) {
            out.append(v.data() + i, run - i);
            i = run;
            if (i == v.size()) break;
        }
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
