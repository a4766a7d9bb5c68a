#include "io/text_encoding.hpp"

#include <algorithm>

namespace dagdeel {

bool is_valid_utf8(std::string_view s) {
    // RFC 3629, table 3-7 of Unicode: no overlong forms, no surrogates, nothing
    // past U+10FFFF. A looser check let F5..F7 lead bytes through as "UTF-8",
    // so a Windows-1252 "ö£" (ö£––) stayed raw bytes in a title
    // and came back as U+FFFD after saving (fuzz_table_paste).
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c >= 0xE0 && c <= 0xEF) n = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        else if (c >= 0xF0 && c <= 0xF4) n = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        else return false;
        if (i + n >= s.size()) return false;
        const unsigned char second = (unsigned char)s[i + 1];
        if (second < lo || second > hi) return false;
        for (int k = 2; k <= n; ++k)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

void append_utf8(std::string& out, unsigned cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) out += (char)cp;
    else if (cp < 0x800) {
        out += (char)(0xC0 | (cp >> 6));
        out += (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += (char)(0xE0 | (cp >> 12));
        out += (char)(0x80 | ((cp >> 6) & 0x3F));
        out += (char)(0x80 | (cp & 0x3F));
    } else {
        out += (char)(0xF0 | (cp >> 18));
        out += (char)(0x80 | ((cp >> 12) & 0x3F));
        out += (char)(0x80 | ((cp >> 6) & 0x3F));
        out += (char)(0x80 | (cp & 0x3F));
    }
}

std::string windows1252_to_utf8(std::string_view s) {
    // 0x80..0x9F are the Windows-1252 additions (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
    static const unsigned short high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (unsigned char c : s) {
        const unsigned cp = c < 0x80 ? c : c < 0xA0 ? high[c - 0x80] : c;
        if (cp == 0) out += '\0';  // kept: looks_binary decides about NUL bytes
        else append_utf8(out, cp);
    }
    return out;
}

std::string utf16_to_utf8(std::string_view s, bool big_endian) {
    std::string out;
    out.reserve(s.size());
    auto unit = [&](std::size_t i) -> unsigned {
        const unsigned a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
        return big_endian ? (a << 8) | b : (b << 8) | a;
    };
    std::size_t i = 0;
    while (i + 1 < s.size()) {
        unsigned cp = unit(i);
        i += 2;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size()) {
            const unsigned low = unit(i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        if (cp == 0) out += '\0';
        else append_utf8(out, cp);
    }
    if (i < s.size()) append_utf8(out, 0xFFFD);  // an odd last byte
    return out;
}

bool looks_binary(std::string_view s) {
    const std::size_t n = std::min<std::size_t>(s.size(), 65536);
    std::size_t controls = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = (unsigned char)s[i];
        if (c == 0) return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    }
    return n > 0 && controls * 20 > n;  // more than 5 % control characters
}

const char* to_string(TextEncoding e) {
    switch (e) {
        case TextEncoding::utf8: return "UTF-8";
        case TextEncoding::utf8_bom: return "UTF-8 (BOM)";
        case TextEncoding::utf16le: return "UTF-16LE";
        case TextEncoding::utf16be: return "UTF-16BE";
        case TextEncoding::windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

std::string to_utf8(std::string_view bytes, TextEncoding* found) {
    TextEncoding e = TextEncoding::utf8;
    std::string text;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        e = TextEncoding::utf8_bom;
        text = std::string(bytes.substr(3));
        // A BOM promises UTF-8; bytes that break the promise are still read, as Windows-1252.
        if (!is_valid_utf8(text)) text = windows1252_to_utf8(text);
    } else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        const bool big = bytes[0] == '\xFE';
        e = big ? TextEncoding::utf16be : TextEncoding::utf16le;
        text = utf16_to_utf8(bytes.substr(2), big);
    } else if (is_valid_utf8(bytes)) {
        text = std::string(bytes);
    } else {
        e = TextEncoding::windows1252;
        text = windows1252_to_utf8(bytes);
    }
    // A second BOM (U+FEFF) right after the first is noise too: the text never starts with one.
    while (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    if (found) *found = e;
    return text;
}

}  // namespace dagdeel
