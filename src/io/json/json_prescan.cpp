// The pre-scan: one pass over the raw bytes before they are parsed.
// Why not a parser callback? The callback runs after the parser has already
// pushed the nesting, and a hostile file of 100,000 '[' should be refused in
// microseconds with a position, not after building anything. The scan only
// tracks strings, brackets, commas and colons; real syntax errors are left to
// nlohmann, which reports them with line and column. It skips through
// strings with memchr and keeps keys as views into the text: it used to be
// a fifth of reading a big plan.
#include <cstring>
#include <string>
#include <unordered_set>

#include "io/json/json_internal.hpp"

namespace dagdeel::json_detail {
namespace {

// Objects with more keys than this look theirs up in a hash set; smaller
// ones (nearly all) compare against a short list.
constexpr std::size_t kLinearKeys = 16;

struct Frame {
    bool is_object = false;
    bool expect_key = false;           // objects: the next string is a key
    std::size_t index = 0;             // arrays: the current element
    std::string_view key;              // objects: the current key (raw text)
    std::vector<std::string_view> keys;
    std::unordered_set<std::string_view> many_keys;

    void reset(bool object) {
        is_object = expect_key = object;
        index = 0;
        key = {};
        keys.clear();
        many_keys.clear();
    }
    // False when the key was seen before in this object.
    bool add_key(std::string_view k) {
        if (!many_keys.empty()) return many_keys.insert(k).second;
        for (std::string_view seen : keys)
            if (seen == k) return false;
        keys.push_back(k);
        if (keys.size() > kLinearKeys) many_keys.insert(keys.begin(), keys.end());
        return true;
    }
};

// 1-based line and column of byte offsets, counting UTF-8 characters; only
// computed when a problem is reported, and onwards from the last one asked
// (offsets only grow), so a file full of duplicate keys stays O(n).
class Locator {
public:
    explicit Locator(std::string_view text) : text_(text) {}
    void at(std::size_t offset, int& line, int& column) {
        for (; next_ < offset && next_ < text_.size(); ++next_) {
            if (text_[next_] == '\n') {
                ++line_;
                column_ = 1;
            } else if ((static_cast<unsigned char>(text_[next_]) & 0xC0) != 0x80) {
                ++column_;
            }
        }
        line = line_;
        column = column_;
    }

private:
    std::string_view text_;
    std::size_t next_ = 0;
    int line_ = 1, column_ = 1;
};

// "days[0].items[3]" from the open containers, for duplicate-key reports.
// With include_top, also the current key/element of the innermost container.
std::string path_of(const std::vector<Frame>& stack, std::size_t depth, bool include_top) {
    std::string path;
    // The outermost frame is the document itself; each inner frame is the
    // value of its parent's current key or element.
    const std::size_t n = include_top ? depth : (depth == 0 ? 0 : depth - 1);
    for (std::size_t i = 0; i < n; ++i) {
        const Frame& f = stack[i];
        if (f.is_object) {
            if (!path.empty()) path += '.';
            path += f.key;
        } else {
            path += '[' + std::to_string(f.index) + ']';
        }
    }
    return path;
}

// The offset of the quote that closes the string whose contents start at i
// (or text.size() when it is not closed).
std::size_t string_end(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        const void* hit = std::memchr(text.data() + i, '"', text.size() - i);
        if (!hit) return text.size();
        const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
        std::size_t backslashes = 0;
        while (q - backslashes > i && text[q - backslashes - 1] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return q;
        i = q + 1;
    }
    return text.size();
}

}  // namespace

bool prescan(std::string_view text, std::vector<Problem>& problems) {
    // Frames are reused (depth counts the open ones) so that their key lists
    // keep their memory from one object to the next.
    std::vector<Frame> stack;
    std::size_t depth = 0;
    Locator locate(text);

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '"': {
                const std::size_t start = i + 1;
                i = string_end(text, start);
                if (i >= text.size()) return true;  // unterminated: nlohmann reports it
                if (depth == 0 || !stack[depth - 1].is_object || !stack[depth - 1].expect_key) break;
                Frame& f = stack[depth - 1];
                f.expect_key = false;
                f.key = text.substr(start, i - start);
                if (!f.add_key(f.key)) {
                    std::string path = path_of(stack, depth, false);
                    if (!path.empty()) path += '.';
                    path += f.key;
                    Problem p{path, "duplicate key \"" + std::string(f.key) + "\"", true};
                    locate.at(start - 1, p.line, p.column);
                    problems.push_back(std::move(p));
                }
                break;
            }
            case '[':
            case '{':
                if (depth >= static_cast<std::size_t>(kJsonMaxDepth)) {
                    Problem p{path_of(stack, depth, true),
                              "nested deeper than " + std::to_string(kJsonMaxDepth) +
                                  " levels; refusing to read further",
                              true};
                    locate.at(i, p.line, p.column);
                    problems.push_back(std::move(p));
                    return false;
                }
                if (depth == stack.size()) stack.emplace_back();
                stack[depth++].reset(c == '{');
                break;
            case ']':
            case '}':
                if (depth > 0) --depth;
                break;
            case ',':
                if (depth > 0) {
                    Frame& f = stack[depth - 1];
                    if (f.is_object)
                        f.expect_key = true;
                    else
                        ++f.index;
                }
                break;
            default:
                break;
        }
    }
    return true;
}

}  // namespace dagdeel::json_detail
