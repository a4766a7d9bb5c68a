// The fast JSON parser behind JsonDom; see json_dom.hpp for what it declines.
#include "io/json/json_dom.hpp"

#include <cmath>
#include <cstdlib>
#include <unordered_set>

#include "io/json/json_out.hpp"

namespace dagdeel::json_detail {

const JValue* JValue::find(std::string_view key) const {
    if (kind_ != Kind::object) return nullptr;
    for (std::size_t i = count_; i-- > 0;)
        if (children_[i].key_ == key) return &children_[i];
    return nullptr;
}

JValue* JsonDom::allocate(std::size_t n) {
    constexpr std::size_t kBlock = 4096;
    if (n == 0) return nullptr;
    if (n > kBlock / 4) {  // a big container gets a block of its own
        blocks_.push_back(std::make_unique<JValue[]>(n));
        return blocks_.back().get();
    }
    if (chunk_ == nullptr || chunk_used_ + n > kBlock) {
        blocks_.push_back(std::make_unique<JValue[]>(kBlock));
        chunk_ = blocks_.back().get();
        chunk_used_ = 0;
    }
    JValue* at = chunk_ + chunk_used_;
    chunk_used_ += n;
    return at;
}

class JsonDomParser {
public:
    JsonDomParser(JsonDom& dom, std::string_view text, int max_depth, bool decline_duplicate_keys)
        : dom_(dom),
          p_(text.data()),
          end_(text.data() + text.size()),
          max_depth_(max_depth),
          decline_duplicate_keys_(decline_duplicate_keys) {}

    bool run() {
        skip_space();
        if (!value(dom_.root_, 0)) return false;
        skip_space();
        return p_ == end_;
    }

private:
    void skip_space() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
            return false;
        p_ += word.size();
        return true;
    }

    bool value(JValue& out, int depth) {
        if (p_ >= end_) return false;
        switch (*p_) {
            case '{': return container(out, depth, true);
            case '[': return container(out, depth, false);
            case '"':
                out.kind_ = JValue::Kind::string;
                return string(out.text_);
            case 't':
                out.kind_ = JValue::Kind::boolean;
                out.boolean_ = true;
                return literal("true");
            case 'f':
                out.kind_ = JValue::Kind::boolean;
                out.boolean_ = false;
                return literal("false");
            case 'n':
                out.kind_ = JValue::Kind::null;
                return literal("null");
            default: return number(out);
        }
    }

    bool container(JValue& out, int depth, bool is_object) {
        if (depth >= max_depth_) return false;
        out.kind_ = is_object ? JValue::Kind::object : JValue::Kind::array;
        const char close = is_object ? '}' : ']';
        ++p_;
        const std::size_t first = scratch_.size();
        skip_space();
        if (p_ < end_ && *p_ == close) {
            ++p_;
            return true;
        }
        for (;;) {
            JValue child;
            skip_space();
            if (is_object) {
                if (p_ >= end_ || *p_ != '"' || !string(child.key_)) return false;
                skip_space();
                if (p_ >= end_ || *p_ != ':') return false;
                ++p_;
                skip_space();
            }
            if (!value(child, depth + 1)) return false;
            scratch_.push_back(child);
            skip_space();
            if (p_ >= end_) return false;
            if (*p_ == ',') {
                ++p_;
                continue;
            }
            if (*p_ != close) return false;
            ++p_;
            break;
        }
        const std::size_t n = scratch_.size() - first;
        if (is_object && decline_duplicate_keys_ && has_duplicate_key(first, n)) return false;
        JValue* children = dom_.allocate(n);
        for (std::size_t i = 0; i < n; ++i) children[i] = scratch_[first + i];
        scratch_.resize(first);
        out.children_ = children;
        out.count_ = static_cast<std::uint32_t>(n);
        return true;
    }

    // Whether two of the n members from scratch_[first] share a key. A
    // 64-bit signature of (length, first and last byte) per key means that
    // only keys whose signatures collide are compared; big objects use a set.
    bool has_duplicate_key(std::size_t first, std::size_t n) {
        if (n > 32) {
            keys_.clear();
            for (std::size_t i = 0; i < n; ++i)
                if (!keys_.insert(scratch_[first + i].key_).second) return true;
            return false;
        }
        std::uint64_t seen = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const std::string_view k = scratch_[first + i].key_;
            const unsigned h = static_cast<unsigned>(k.size() * 31 + (k.empty() ? 0
                                                                      : static_cast<unsigned char>(k.front()) * 7 +
                                                                            static_cast<unsigned char>(k.back()))) & 63u;
            const std::uint64_t bit = std::uint64_t{1} << h;
            if (seen & bit)
                for (std::size_t j = 0; j < i; ++j)
                    if (scratch_[first + j].key_ == k) return true;
            seen |= bit;
        }
        return false;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    bool hex4(const char*& q, unsigned& cp) {
        if (end_ - q < 4) return false;
        cp = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hex(q[k]);
            if (h < 0) return false;
            cp = cp * 16 + static_cast<unsigned>(h);
        }
        q += 4;
        return true;
    }

    static void append_utf8(std::string& s, unsigned cp) {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            s += static_cast<char>(0xF0 | (cp >> 18));
            s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // At the opening quote. Plain strings become views into the text.
    bool string(std::string_view& out) {
        const char* start = ++p_;
        const char* q = start;
        bool ascii = true;
        while (q < end_) {
            const unsigned char c = static_cast<unsigned char>(*q);
            if (c == '"' || c == '\\') break;
            if (c < 0x20) return false;  // control characters must be escaped
            ascii &= c < 0x80;
            ++q;
        }
        if (q >= end_) return false;
        if (!ascii && !is_valid_utf8(std::string_view(start, static_cast<std::size_t>(q - start)))) return false;
        if (*q == '"') {
            out = std::string_view(start, static_cast<std::size_t>(q - start));
            p_ = q + 1;
            return true;
        }
        return escaped_string(start, q, out);
    }

    bool escaped_string(const char* start, const char* q, std::string_view& out) {
        std::string& s = dom_.decoded_.emplace_back(start, q);
        const char* run = q;  // start of bytes not yet copied
        while (q < end_) {
            const unsigned char c = static_cast<unsigned char>(*q);
            if (c == '"') break;
            if (c < 0x20) return false;
            if (c != '\\') {
                ++q;
                continue;
            }
            if (!string_run(s, run, q)) return false;
            if (++q >= end_) return false;
            const char e = *q++;
            switch (e) {
                case '"': s += '"'; break;
                case '\\': s += '\\'; break;
                case '/': s += '/'; break;
                case 'b': s += '\b'; break;
                case 'f': s += '\f'; break;
                case 'n': s += '\n'; break;
                case 'r': s += '\r'; break;
                case 't': s += '\t'; break;
                case 'u': {
                    unsigned cp;
                    if (!hex4(q, cp)) return false;
                    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        unsigned low;
                        if (end_ - q < 2 || q[0] != '\\' || q[1] != 'u') return false;
                        q += 2;
                        if (!hex4(q, low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    append_utf8(s, cp);
                    break;
                }
                default: return false;
            }
            run = q;
        }
        if (q >= end_ || !string_run(s, run, q)) return false;
        out = s;
        p_ = q + 1;
        return true;
    }

    // Copies the unescaped bytes [run, q) after checking they are UTF-8.
    static bool string_run(std::string& s, const char* run, const char* q) {
        const std::string_view bytes(run, static_cast<std::size_t>(q - run));
        if (!is_valid_utf8(bytes)) return false;
        s.append(bytes);
        return true;
    }

    // JSON's grammar exactly; integers as nlohmann reads them (unsigned when
    // not negative, signed otherwise, a double when out of range).
    bool number(JValue& out) {
        const char* start = p_;
        const bool negative = p_ < end_ && *p_ == '-';
        if (negative) ++p_;
        if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
        if (*p_ == '0') {
            ++p_;
        } else {
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        }
        bool integral = true;
        if (p_ < end_ && *p_ == '.') {
            integral = false;
            ++p_;
            if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            integral = false;
            ++p_;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
            while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
        }
        const std::string_view token(start, static_cast<std::size_t>(p_ - start));
        if (integral && integer(token, negative, out)) return true;
        const std::string copy(token);  // strtod needs the terminating NUL
        const double d = std::strtod(copy.c_str(), nullptr);
        if (!std::isfinite(d)) return false;  // nlohmann reports these (406)
        out.kind_ = JValue::Kind::floating;
        out.number_ = d;
        return true;
    }

    static bool integer(std::string_view token, bool negative, JValue& out) {
        std::uint64_t u = 0;
        for (std::size_t i = negative ? 1 : 0; i < token.size(); ++i) {
            const unsigned digit = static_cast<unsigned>(token[i] - '0');
            if (u > (UINT64_MAX - digit) / 10) return false;
            u = u * 10 + digit;
        }
        if (!negative) {
            out.kind_ = JValue::Kind::unsigned_integer;
            out.unsigned_ = u;
            return true;
        }
        if (u > static_cast<std::uint64_t>(INT64_MAX) + 1) return false;
        out.kind_ = JValue::Kind::integer;
        out.integer_ = u == static_cast<std::uint64_t>(INT64_MAX) + 1 ? INT64_MIN : -static_cast<long long>(u);
        return true;
    }

    JsonDom& dom_;
    const char* p_;
    const char* end_;
    int max_depth_;
    bool decline_duplicate_keys_;
    std::unordered_set<std::string_view> keys_;  // has_duplicate_key, big objects
    std::vector<JValue> scratch_;  // children of the containers being read
};

bool JsonDom::parse(std::string_view text, int max_depth, bool decline_duplicate_keys) {
    JsonDomParser parser(*this, text, max_depth, decline_duplicate_keys);
    return parser.run();
}

}  // namespace dagdeel::json_detail
