// The small XML parser under the schedule.xml reader (src/io/frab/xml_tree.hpp):
// names, attributes, character data, the five entities and character
// references (XML 1.0 sections 2.4, 4.1, 4.6), CDATA (2.7), comments and
// processing instructions (2.5, 2.6), its bounds, and malformed input, each
// answered with a line and column.
#include <doctest/doctest.h>

#include <string>

#include "io/frab/xml_tree.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("xml");

namespace {

struct Parsed {
    std::unique_ptr<XmlNode> root;
    XmlError error;
};

Parsed parse(std::string_view text, const XmlLimits& limits = {}) {
    Parsed p;
    p.root = parse_xml(text, limits, p.error);
    return p;
}

// The error message of a text that must be refused ("" when it was accepted).
std::string refusal(std::string_view text, const XmlLimits& limits = {}) {
    const Parsed p = parse(text, limits);
    return p.root ? std::string() : p.error.message;
}

}  // namespace

TEST_CASE("xml: elements, attributes and text make a tree with lines") {
    const Parsed p = parse("<?xml version=\"1.0\"?>\n<a x=\"1\" y='two'>\n  <b>text</b>\n  <c/>\n</a>\n");
    REQUIRE(p.root);
    CHECK(p.root->name == "a");
    CHECK(p.root->line == 2);
    REQUIRE(p.root->attribute("x"));
    CHECK(*p.root->attribute("x") == "1");
    CHECK(*p.root->attribute("y") == "two");
    CHECK(p.root->attribute("z") == nullptr);
    REQUIRE(p.root->children.size() == 2);
    CHECK(p.root->child_text("b") == "text");
    CHECK(p.root->child("b")->line == 3);
    CHECK(p.root->child("c")->line == 4);
    CHECK(p.root->child("c")->children.empty());
    CHECK(p.root->child_text("missing").empty());
    // Whitespace in attribute values is normalised (3.3.3); CR is dropped from text.
    const Parsed q = parse("<a v=\"x\ty\nz\">l1\r\nl2</a>");
    REQUIRE(q.root);
    CHECK(*q.root->attribute("v") == "x y z");
    CHECK(q.root->text == "l1\nl2");
    CHECK(parse("\xEF\xBB\xBF<a/>").root);  // a byte-order mark
}

TEST_CASE("xml: 4.6 the five entities and 4.1 character references, nothing else") {
    const Parsed p = parse("<a t=\"&lt;&amp;&quot;\">&lt;&gt;&amp;&quot;&apos; &#233;&#x20AC;&#x1F600;</a>");
    REQUIRE(p.root);
    CHECK(*p.root->attribute("t") == "<&\"");
    CHECK(p.root->text == "<>&\"' \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    CHECK(refusal("<a>&nbsp;</a>").find("unknown entity &nbsp;") != std::string::npos);
    CHECK(refusal("<a>&#0;</a>").find("invalid character reference") != std::string::npos);
    CHECK(refusal("<a>&#xD800;</a>").find("invalid character reference") != std::string::npos);
    CHECK(refusal("<a>&#x110000;</a>").find("invalid character reference") != std::string::npos);
    CHECK(refusal("<a>&#99999999999999999999;</a>").find("not followed by") != std::string::npos);
    CHECK(refusal("<a>&#X41;</a>").find("invalid character reference") != std::string::npos);  // only "x"
    CHECK(refusal("<a>&#x;</a>").find("invalid character reference") != std::string::npos);
    CHECK(refusal("<a>a & b</a>").find("write &amp;") != std::string::npos);
    CHECK(refusal("<a>&amp</a>").find("write &amp;") != std::string::npos);
}

TEST_CASE("xml: 2.7 CDATA, 2.5 comments and 2.6 processing instructions") {
    const Parsed p = parse("<!-- before --><a><?pi data?>x<![CDATA[<b>&amp;]]>y<!-- <c/> --></a><!-- after -->");
    REQUIRE(p.root);
    CHECK(p.root->text == "x<b>&amp;y");  // CDATA is kept as written
    CHECK(p.root->children.empty());
    CHECK(refusal("<a><![CDATA[open</a>") == "unterminated CDATA section");
    CHECK(refusal("<![CDATA[x]]><a/>") == "CDATA outside the root element");
    CHECK(refusal("<a><!-- open </a>") == "unterminated comment");
    CHECK(refusal("<?xml version=\"1.0\"") == "unterminated processing instruction");
}

TEST_CASE("xml: no DTD is ever read, so entities cannot expand") {
    const std::string laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n]>\n<a>&lol;</a>\n";
    const Parsed p = parse(laughs);
    CHECK_FALSE(p.root);
    CHECK(p.error.message.find("DOCTYPE") != std::string::npos);
    CHECK(p.error.line == 2);
    CHECK(p.error.column == 1);
    CHECK(refusal("<a><!ENTITY x SYSTEM \"file:///etc/passwd\"></a>").find("ENTITY") != std::string::npos);
    CHECK(refusal("<a><!ELEMENT a ANY></a>") == "markup declarations are not accepted");
}

TEST_CASE("xml: bounds on size, depth, elements and attributes") {
    XmlLimits small;
    small.max_bytes = 1024 * 1024;
    small.max_depth = 3;
    small.max_elements = 5;
    small.max_attributes = 2;
    CHECK(refusal(std::string(small.max_bytes + 1, ' '), small) == "file larger than 1 MB");
    CHECK(parse("<a><b><c/></b></a>", small).root);
    CHECK(parse("<a><b><c><d/></c></b></a>", small).root);  // an empty element opens no level
    CHECK(refusal("<a><b><c><d></d></c></b></a>", small) == "elements nested deeper than 3");
    CHECK(parse("<a><b/><b/><b/><b/></a>", small).root);
    CHECK(refusal("<a><b/><b/><b/><b/><b/></a>", small) == "more than 5 elements; not a schedule");
    CHECK(parse("<a x=\"1\" y=\"2\"/>", small).root);
    CHECK(refusal("<a x=\"1\" y=\"2\" z=\"3\"/>", small) == "more than 2 attributes on <a>");
    // The defaults are the reader's: depth 64.
    std::string deep;
    for (int i = 0; i < 65; ++i) deep += "<a>";
    CHECK(refusal(deep) == "elements nested deeper than 64");
}

TEST_CASE("xml: malformed input is refused with where and why") {
    const Parsed p = parse("<a>\n<b>\n</c>\n</a>");
    CHECK_FALSE(p.root);
    CHECK(p.error.line == 3);
    CHECK(p.error.message == "closing tag </c> does not match <b> of line 2");
    CHECK(refusal("") == "no root element");
    CHECK(refusal("   \n") == "no root element");
    CHECK(refusal("<a>") == "element <a> of line 1 is not closed");
    CHECK(refusal("<a></a><b/>") == "a second root element <b>");
    CHECK(refusal("text<a/>") == "text before the root element");
    CHECK(refusal("<a/>text") == "text after the root element");
    CHECK(refusal("</a>") == "closing tag </a> without an open element");
    CHECK(refusal("<a x=1/>") == "expected a quoted value for x");
    CHECK(refusal("<a x/>") == "expected '=' after attribute x");
    CHECK(refusal("<a x=\"1\" x=\"2\"/>") == "attribute x appears twice");
    CHECK(refusal("<a x=\"<\"/>") == "'<' in the value of attribute x");
    CHECK(refusal("<a x=\"1/>") == "unterminated value of attribute x");
    CHECK(refusal("<a") == "unterminated start tag <a>");
    CHECK(refusal("<1/>") == "expected a name");
    CHECK(refusal("</a") == "expected '>' after </a");
    // XML 1.0 2.2: UTF-8 only, no control characters but tab, LF, CR.
    const Parsed bad = parse("<a>\nok\xFF</a>");
    CHECK(bad.error.message == "byte 0xFF is not UTF-8 (schedule.xml must be UTF-8)");
    CHECK(bad.error.line == 2);
    CHECK(bad.error.column == 3);
    CHECK(refusal(std::string("<a>\0</a>", 8)) == "control character 0x00 is not allowed in XML");
    CHECK(refusal("<a>\xC0\xAF</a>").find("not UTF-8") != std::string::npos);    // overlong
    CHECK(refusal("<a>\xED\xA0\x80</a>").find("not UTF-8") != std::string::npos);  // a surrogate
    CHECK(refusal("<a>\xE2\x82</a>").find("not UTF-8") != std::string::npos);      // cut short
    // Every prefix of a document is answered, never a crash.
    const std::string doc = "<?xml version=\"1.0\"?><a x=\"&amp;\"><b><![CDATA[c]]></b><!--d--></a>";
    for (std::size_t n = 0; n < doc.size(); ++n) {
        const Parsed part = parse(std::string_view(doc).substr(0, n));
        CHECK((part.root == nullptr) == !part.error.message.empty());
    }
}

TEST_SUITE_END();
