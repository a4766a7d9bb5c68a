// A small XML parser, safe by construction, for the schedule.xml reader
// (frab_xml_reader.cpp); tested on its own in tests/unit/unit-xml.cpp and
// fuzzed by fuzz/fuzz_xml_tree.cpp.
//
// Why our own and not Debian's libpugixml-dev: see docs/robustness.md
// ("XML: our own parser"). In short: no DTD is ever processed ("<!DOCTYPE"
// and "<!ENTITY" are refused with a message, so no entity expansion and no
// external entities), every node and error carries a line, the input is
// checked to be UTF-8 without control characters, and the bounds below are
// ours; pugixml would have to be built from source for the wasm build.
//
// What it reads: elements, attributes (quoted, no duplicates), character
// data with the five predefined entities and numeric character references
// (anything else is an error), CDATA, comments and processing instructions
// (skipped), one root element. Namespaces are not interpreted: "a:b" is a name.
// It never throws but for allocation failure.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dagdeel {

struct XmlNode {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;
    std::vector<std::unique_ptr<XmlNode>> children;
    std::string text;  // character data directly inside, concatenated
    int line = 0;

    const std::string* attribute(std::string_view key) const {
        for (const auto& [k, v] : attributes)
            if (k == key) return &v;
        return nullptr;
    }
    const XmlNode* child(std::string_view key) const {
        for (const auto& c : children)
            if (c->name == key) return c.get();
        return nullptr;
    }
    // The text of the first child named `key`, or an empty text (no copy).
    const std::string& child_text(std::string_view key) const {
        static const std::string none;
        const XmlNode* c = child(key);
        return c ? c->text : none;
    }
};

struct XmlError {
    int line = 0, column = 0;
    std::string message;
};

struct XmlLimits {
    std::size_t max_bytes = 50u * 1024u * 1024u;
    std::size_t max_depth = 64;
    // Each element costs ~140 bytes in the tree: 12 million "<a/>" in
    // 48 MB took 1.6 GB (hostile corpus). Real files have far fewer.
    std::size_t max_elements = 2000000;
    std::size_t max_attributes = 64;  // schedule.xml uses at most 5 on an element
};

// The tree of a well-formed document, or nullptr with `error` saying what is
// wrong where (1-based line and column).
std::unique_ptr<XmlNode> parse_xml(std::string_view text, const XmlLimits& limits, XmlError& error);

}  // namespace dagdeel
