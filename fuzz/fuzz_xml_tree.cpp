// libFuzzer target: the XML parser under the schedule.xml reader
// (io/frab/xml_tree.hpp), on its own so that the fuzzer spends its time on
// the syntax rather than on the schedule mapping. Checks, besides crashes
// and sanitizer reports:
//  * exactly one of: a tree, or an error with a message and a line;
//  * an error's line and column lie within the text;
//  * every node's line lies within the text, and children never come
//    before their parent;
//  * the tree respects the limits it was given.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.hpp"
#include "io/frab/xml_tree.hpp"

namespace {

using namespace dagdeel;
constexpr const char* kTarget = "fuzz_xml_tree";

// Walks the tree without recursion; returns the number of elements.
std::size_t check_tree(const XmlNode& root, int lines, const XmlLimits& limits) {
    std::vector<std::pair<const XmlNode*, std::size_t>> stack{{&root, 1}};
    std::size_t elements = 0;
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        ++elements;
        if (node->line < 1 || node->line > lines) fuzz::fail(kTarget, "a node's line is outside the text", node->name);
        if (node->name.empty()) fuzz::fail(kTarget, "an element without a name");
        if (node->attributes.size() > limits.max_attributes) fuzz::fail(kTarget, "more attributes than the limit");
        if (depth > limits.max_depth + 1) fuzz::fail(kTarget, "deeper than the limit", node->name);
        for (const auto& c : node->children) {
            if (c->line < node->line) fuzz::fail(kTarget, "a child before its parent", c->name);
            stack.push_back({c.get(), depth + 1});
        }
    }
    return elements;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    int lines = 1;
    for (char c : text) lines += c == '\n';
    XmlLimits limits;
    limits.max_depth = 16;  // small limits, so that the fuzzer reaches them
    limits.max_elements = 2000;
    limits.max_attributes = 8;
    XmlError error;
    const std::unique_ptr<XmlNode> root = parse_xml(text, limits, error);
    if (!root) {
        if (error.message.empty()) fuzz::fail(kTarget, "refused without a message");
        if (error.line < 1 || error.line > lines || error.column < 1)
            fuzz::fail(kTarget, "an error's position is outside the text",
                       std::to_string(error.line) + ":" + std::to_string(error.column) + " " + error.message);
        return 0;
    }
    if (!error.message.empty()) fuzz::fail(kTarget, "a tree and an error", error.message);
    if (check_tree(*root, lines, limits) > limits.max_elements) fuzz::fail(kTarget, "more elements than the limit");
    return 0;
}
