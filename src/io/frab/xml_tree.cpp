// The XML parser of xml_tree.hpp: one pass over the text with a stack of
// open elements; no recursion, so depth costs no native stack.
#include "io/frab/xml_tree.hpp"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace dagdeel {
namespace {

class XmlParser {
public:
    XmlParser(std::string_view text, const XmlLimits& limits) : s_(text), limits_(limits) {}

    std::unique_ptr<XmlNode> parse(XmlError& error) {
        try_parse();
        if (failed_) {
            error = error_;
            return nullptr;
        }
        return std::move(root_);
    }

private:
    std::string_view s_;
    XmlLimits limits_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
    bool failed_ = false;
    XmlError error_;
    std::unique_ptr<XmlNode> root_;
    std::vector<XmlNode*> stack_;

    void fail(const std::string& message) {
        if (failed_) return;
        failed_ = true;
        error_ = {line_, static_cast<int>(pos_ - line_start_) + 1, message};
    }
    std::size_t elements_ = 0;
    bool starts(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }
    void advance(std::size_t n) {
        for (std::size_t i = 0; i < n && pos_ < s_.size(); ++i, ++pos_)
            if (s_[pos_] == '\n') ++line_, line_start_ = pos_ + 1;
    }
    // Moves to the first of `stops` at or after pos_ (or the end), counting
    // lines on the way: one pass over a run of text instead of a scan for
    // its end and a second one counting its newlines.
    template <char A, char B, char C>
    void run_to() {
        const char* d = s_.data();
        const std::size_t n = s_.size();
        std::size_t i = pos_;
        for (; i < n; ++i) {
            const char c = d[i];
            if (c == A || c == B || c == C) break;
            if (c == '\n') ++line_, line_start_ = i + 1;
        }
        pos_ = i;
    }
    // Moves past `end`; false (and an error) when it never comes.
    bool skip_past(std::string_view end, const char* what) {
        const std::size_t at = s_.find(end, pos_);
        if (at == std::string_view::npos) {
            fail(std::string("unterminated ") + what);
            return false;
        }
        advance(at + end.size() - pos_);
        return true;
    }
    static bool name_start(unsigned char c) { return std::isalpha(c) || c == '_' || c == ':' || c >= 0x80; }
    static bool name_char(unsigned char c) { return name_start(c) || std::isdigit(c) || c == '-' || c == '.'; }
    std::string name() {
        const std::size_t b = pos_;
        if (pos_ >= s_.size() || !name_start(static_cast<unsigned char>(s_[pos_]))) {
            fail("expected a name");
            return {};
        }
        while (pos_ < s_.size() && name_char(static_cast<unsigned char>(s_[pos_]))) ++pos_;
        return std::string(s_.substr(b, pos_ - b));
    }
    void spaces() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            advance(1);
    }
    static void put_utf8(std::string& out, unsigned long cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    // At '&': decodes one reference into out.
    void reference(std::string& out) {
        const std::size_t semi = s_.find(';', pos_);
        if (semi == std::string_view::npos || semi - pos_ > 12) {
            fail("'&' not followed by an entity or character reference (write &amp;)");
            return;
        }
        const std::string_view ref = s_.substr(pos_ + 1, semi - pos_ - 1);
        if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "amp") out += '&';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (ref.size() >= 2 && ref[0] == '#') {
            const bool hex = ref[1] == 'x';
            const std::string_view digits = ref.substr(hex ? 2 : 1);
            unsigned long cp = 0;
            bool ok = !digits.empty();
            for (char c : digits) {
                const int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                              : hex && std::isxdigit(static_cast<unsigned char>(c))
                                  ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                  : -1;
                if (v < 0) ok = false;
                else cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
                if (cp > 0x10FFFF) ok = false;
                if (!ok) break;
            }
            const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                                 (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok || !allowed) {
                fail("invalid character reference &" + std::string(ref) + ";");
                return;
            }
            put_utf8(out, cp);
        } else {
            fail("unknown entity &" + std::string(ref) + "; (only the five XML entities are known; DTDs are not read)");
            return;
        }
        advance(semi + 1 - pos_);
    }

    void open_element() {
        if (++elements_ > limits_.max_elements)
            return fail("more than " + std::to_string(limits_.max_elements) + " elements; not a schedule");
        ++pos_;  // '<'
        const int line = line_;
        std::string n = name();
        if (failed_) return;
        auto node = std::make_unique<XmlNode>();
        node->name = std::move(n);
        node->line = line;
        for (;;) {
            spaces();
            if (pos_ >= s_.size()) return fail("unterminated start tag <" + node->name + ">");
            if (s_[pos_] == '>' || starts("/>")) break;
            std::string key = name();
            if (failed_) return;
            spaces();
            if (pos_ >= s_.size() || s_[pos_] != '=') return fail("expected '=' after attribute " + key);
            advance(1);
            spaces();
            if (pos_ >= s_.size() || (s_[pos_] != '"' && s_[pos_] != '\'')) return fail("expected a quoted value for " + key);
            const char quote = s_[pos_];
            advance(1);
            std::string value;
            while (pos_ < s_.size() && s_[pos_] != quote) {
                if (s_[pos_] == '<') return fail("'<' in the value of attribute " + key);
                if (s_[pos_] == '&') {
                    reference(value);
                    if (failed_) return;
                    continue;
                }
                const std::size_t begin = pos_;
                if (quote == '"') run_to<'"', '<', '&'>();
                else run_to<'\'', '<', '&'>();
                const std::size_t from = value.size();
                value.append(s_.data() + begin, pos_ - begin);
                for (std::size_t k = from; k < value.size(); ++k)  // attribute-value normalisation
                    if (value[k] == '\n' || value[k] == '\t' || value[k] == '\r') value[k] = ' ';
            }
            if (pos_ >= s_.size()) return fail("unterminated value of attribute " + key);
            advance(1);
            // The duplicate check is quadratic: bound the count first (hostile
            // corpus: 100,000 attributes on one element took 19 s).
            if (node->attributes.size() >= limits_.max_attributes)
                return fail("more than " + std::to_string(limits_.max_attributes) + " attributes on <" + node->name + ">");
            for (const auto& a : node->attributes)
                if (a.first == key) return fail("attribute " + key + " appears twice");
            node->attributes.emplace_back(std::move(key), std::move(value));
        }
        const bool empty = starts("/>");
        advance(empty ? 2 : 1);
        XmlNode* raw = node.get();
        if (stack_.empty()) {
            if (root_) return fail("a second root element <" + raw->name + ">");
            root_ = std::move(node);
        } else {
            stack_.back()->children.push_back(std::move(node));
        }
        if (!empty) {
            if (stack_.size() >= limits_.max_depth)
                return fail("elements nested deeper than " + std::to_string(limits_.max_depth));
            stack_.push_back(raw);
        }
    }

    void close_element() {
        advance(2);  // "</"
        const std::string n = name();
        if (failed_) return;
        spaces();
        if (pos_ >= s_.size() || s_[pos_] != '>') return fail("expected '>' after </" + n);
        advance(1);
        if (stack_.empty()) return fail("closing tag </" + n + "> without an open element");
        if (stack_.back()->name != n)
            return fail("closing tag </" + n + "> does not match <" + stack_.back()->name + "> of line " +
                        std::to_string(stack_.back()->line));
        stack_.pop_back();
    }

    // XML 1.0 Char (2.2): UTF-8, and no control characters but tab, LF, CR.
    // Checked up front so that no text reaches the Document that saving it
    // would change (found by the hostile-input corpus: NUL and 0xFF bytes
    // were imported silently).
    void check_characters() {
        const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s_[k]); };
        for (std::size_t i = pos_; i < s_.size();) {
            // Eight bytes at a time while they are all printable ASCII (no
            // byte >= 0x80, none < 0x20): one test per word instead of a
            // pass per byte over megabytes. Any other word goes byte by byte.
            constexpr std::uint64_t kHigh = 0x8080808080808080ull, kSpace = 0x2020202020202020ull;
            while (i + 8 <= s_.size()) {
                std::uint64_t w;
                std::memcpy(&w, s_.data() + i, 8);
                if (((w | (w - kSpace)) & kHigh) != 0) break;
                i += 8;
            }
            if (i >= s_.size()) break;
            const unsigned char c = b(i);
            std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n > 1 && i + n > s_.size()) n = 0;
            for (std::size_t k = 1; n > 1 && k < n; ++k)
                if ((b(i + k) & 0xC0) != 0x80) n = 0;
            if (n > 2 && ((c == 0xE0 && b(i + 1) < 0xA0) || (c == 0xED && b(i + 1) > 0x9F) ||
                          (c == 0xF0 && b(i + 1) < 0x90) || (c == 0xF4 && b(i + 1) > 0x8F)))
                n = 0;
            if (n == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                advance(i - pos_);
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", c);
                return fail(n == 0 ? std::string("byte ") + hex + " is not UTF-8 (schedule.xml must be UTF-8)"
                                   : std::string("control character ") + hex + " is not allowed in XML");
            }
            i += n;
        }
    }

    void try_parse() {
        if (s_.size() > limits_.max_bytes)
            return fail("file larger than " + std::to_string(limits_.max_bytes / (1024 * 1024)) + " MB");
        if (starts("\xEF\xBB\xBF")) pos_ = 3, line_start_ = 3;
        check_characters();  // moves pos_ only when it fails
        if (failed_) return;
        while (!failed_ && pos_ < s_.size()) {
            if (s_[pos_] == '<') {
                if (starts("<?")) {
                    skip_past("?>", "processing instruction");
                } else if (starts("<!--")) {
                    skip_past("-->", "comment");
                } else if (starts("<![CDATA[")) {
                    if (stack_.empty()) return fail("CDATA outside the root element");
                    advance(9);
                    const std::size_t at = s_.find("]]>", pos_);
                    if (at == std::string_view::npos) return fail("unterminated CDATA section");
                    stack_.back()->text.append(s_.substr(pos_, at - pos_));
                    advance(at + 3 - pos_);
                } else if (starts("<!DOCTYPE") || starts("<!doctype")) {
                    return fail("DOCTYPE declarations are not accepted (no DTDs or entities are processed)");
                } else if (starts("<!ENTITY")) {
                    return fail("ENTITY declarations are not accepted (no DTDs or entities are processed)");
                } else if (starts("<!")) {
                    return fail("markup declarations are not accepted");
                } else if (starts("</")) {
                    close_element();
                } else {
                    open_element();
                }
                continue;
            }
            // Character data.
            if (stack_.empty()) {
                const char c = s_[pos_];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    advance(1);
                    continue;
                }
                return fail(root_ ? "text after the root element" : "text before the root element");
            }
            // Runs of plain text are appended whole (one call per run, not per
            // character: in the browser build a call may go through JavaScript).
            std::string& out = stack_.back()->text;
            while (pos_ < s_.size() && s_[pos_] != '<') {
                if (s_[pos_] == '&') {
                    reference(out);
                    if (failed_) return;
                    continue;
                }
                if (s_[pos_] == '\r') {
                    advance(1);
                    continue;
                }
                const std::size_t begin = pos_;
                run_to<'<', '&', '\r'>();
                out.append(s_.data() + begin, pos_ - begin);
            }
        }
        if (failed_) return;
        if (!stack_.empty())
            return fail("element <" + stack_.back()->name + "> of line " + std::to_string(stack_.back()->line) +
                        " is not closed");
        if (!root_) return fail("no root element");
    }
};

}  // namespace

std::unique_ptr<XmlNode> parse_xml(std::string_view text, const XmlLimits& limits, XmlError& error) {
    XmlParser parser(text, limits);
    return parser.parse(error);
}

}  // namespace dagdeel
