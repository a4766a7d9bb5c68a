// The streaming writer behind write_json; see json_out.hpp for why.
#include "io/json/json_out.hpp"

#include <nlohmann/json.hpp>

namespace dagdeel::json_detail {

bool is_valid_utf8(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        // Table 3-7 of the Unicode standard: the allowed range of the second
        // byte depends on the first; later bytes are 80..BF.
        int more;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
        } else {
            return false;
        }
        if (end - p <= more) return false;
        if (p[1] < lo || p[1] > hi) return false;
        for (int k = 2; k <= more; ++k)
            if ((p[k] & 0xC0) != 0x80) return false;
        p += more + 1;
    }
    return true;
}

void append_json_string(std::string& out, std::string_view s) {
    if (!is_valid_utf8(s)) {
        // Rare (a stray Latin-1 byte pasted in): nlohmann decides where its
        // replacement characters go, so let it write this one string.
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0;  // start of the run of bytes copied verbatim
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\f': out += "\\f"; break;
            case '\r': out += "\\r"; break;
            default:
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
        }
    }
    out.append(s.data() + plain, s.size() - plain);
    out += '"';
}

void JsonOut::indent(std::size_t depth) { out_.append(2 * depth, ' '); }

void JsonOut::element_prefix() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;  // the top-level value
    out_ += empty_.back() ? "\n" : ",\n";
    empty_.back() = false;
    indent(empty_.size());
}

void JsonOut::open(char bracket) {
    element_prefix();
    out_ += bracket;
    empty_.push_back(true);
}

void JsonOut::close(char bracket) {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty) {
        out_ += '\n';
        indent(empty_.size());
    }
    out_ += bracket;
}

void JsonOut::key(std::string_view k) {
    element_prefix();
    append_json_string(out_, k);
    out_ += ": ";
    after_key_ = true;
}

void JsonOut::value(std::string_view s) {
    element_prefix();
    append_json_string(out_, s);
}

void JsonOut::value(long long n) {
    element_prefix();
    out_ += std::to_string(n);
}

void JsonOut::value(bool b) {
    element_prefix();
    out_ += b ? "true" : "false";
}

void JsonOut::null() {
    element_prefix();
    out_ += "null";
}

}  // namespace dagdeel::json_detail
