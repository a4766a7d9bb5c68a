// The pre-scan: one pass over the raw bytes before nlohmann parses them.
// Why not a parser callback? The callback runs after the parser has already
// pushed the nesting, and a hostile file of 100,000 '[' should be refused in
// microseconds with a position, not after building anything. The scan only
// tracks strings, brackets, commas and colons; real syntax errors are left to
// nlohmann, which reports them with line and column.
#include <string>
#include <unordered_set>

#include "io/json/json_internal.hpp"

namespace dagdeel::json_detail {
namespace {

struct Frame {
    bool is_object = false;
    bool expect_key = false;           // objects: the next string is a key
    std::size_t index = 0;             // arrays: the current element
    std::string key;                   // objects: the current key (raw text)
    std::unordered_set<std::string> keys;
};

// "days[0].items[3]" from the open containers, for duplicate-key reports.
// With include_top, also the current key/element of the innermost container.
std::string path_of(const std::vector<Frame>& stack, bool include_top) {
    std::string path;
    // The outermost frame is the document itself; each inner frame is the
    // value of its parent's current key or element.
    const std::size_t n = include_top ? stack.size() : (stack.empty() ? 0 : stack.size() - 1);
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

}  // namespace

bool prescan(std::string_view text, std::vector<Problem>& problems) {
    std::vector<Frame> stack;
    int line = 1, column = 0;
    bool in_string = false, escaped = false;
    std::size_t string_start = 0;
    int string_line = 0, string_column = 0;

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            column = 0;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;  // count characters, not UTF-8 continuation bytes
        }
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
                if (!stack.empty() && stack.back().is_object && stack.back().expect_key) {
                    Frame& f = stack.back();
                    f.expect_key = false;
                    f.key.assign(text.substr(string_start, i - string_start));
                    if (!f.keys.insert(f.key).second) {
                        std::string path = path_of(stack, false);
                        if (!path.empty()) path += '.';
                        path += f.key;
                        problems.push_back({path, "duplicate key \"" + f.key + "\"", true,
                                            string_line, string_column});
                    }
                }
            }
            continue;
        }
        switch (c) {
            case '"':
                in_string = true;
                string_start = i + 1;
                string_line = line;
                string_column = column;
                break;
            case '[':
            case '{':
                if (stack.size() >= static_cast<std::size_t>(kJsonMaxDepth)) {
                    problems.push_back({path_of(stack, true),
                                        "nested deeper than " + std::to_string(kJsonMaxDepth) +
                                            " levels; refusing to read further",
                                        true, line, column});
                    return false;
                }
                stack.push_back(Frame{c == '{', c == '{', 0, {}, {}});
                break;
            case ']':
            case '}':
                if (!stack.empty()) stack.pop_back();
                break;
            case ',':
                if (!stack.empty()) {
                    if (stack.back().is_object)
                        stack.back().expect_key = true;
                    else
                        ++stack.back().index;
                }
                break;
            default:
                break;
        }
    }
    return true;
}

}  // namespace dagdeel::json_detail
