// Entry points of the JSON format: bounds, parsing, migration, conversion,
// files. The order of the checks matters: size first (cheap, refuses 2 GB
// before reading it), then the nesting pre-scan, then the parser, then the
// version (so a newer file is refused before its unknown shape produces a
// flood of errors), then the strict conversion. Current files parse with the
// fast JsonDom; anything it declines goes through nlohmann, as before. A
// current file that JsonDom takes with every key once skips the pre-scan,
// which could only have reported duplicate keys or too deep nesting.
#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>

#include "io/json/json_internal.hpp"

namespace dagdeel {
namespace {

// 1-based line and column of a byte offset, counting UTF-8 characters.
void locate(std::string_view text, std::size_t offset, int& line, int& column) {
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line
// 1, column 5: syntax error while parsing ..."; keep the part after the
// position, which we report in our own fields.
std::string parse_message(const char* what) {
    std::string s = what;
    auto at = s.find("parse error");
    if (at != std::string::npos) {
        auto colon = s.find(": ", at);
        if (colon != std::string::npos) return s.substr(colon + 2);
    }
    return s;
}

std::string too_big_message(std::size_t size) {
    return "file too large (" + std::to_string(size) + " bytes, at most " +
           std::to_string(kJsonMaxFileBytes) + ")";
}

}  // namespace

std::string format_problem(const Problem& p) {
    std::string s;
    if (p.line > 0) s = "line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ": ";
    if (!p.path.empty()) s += p.path + ": ";
    return s + p.message;
}

namespace {

// The fast path: the text parses with JsonDom, is an object, and has this
// build's version, so no migration is needed. Everything else (bad JSON,
// other versions, a top that is not an object) takes nlohmann's path below,
// which reports exactly as before.
bool is_current_version(const json_detail::JValue& root) {
    const json_detail::JValue* v = root.find("version");
    if (!v || !v->is_number_integer()) return false;
    return v->is_number_unsigned() ? v->unsigned_integer() == static_cast<std::uint64_t>(kJsonFormatVersion)
                                   : v->integer() == kJsonFormatVersion;
}

// nlohmann parses (and owns the messages for bad JSON), migrate() brings an
// older file up to date, and the result is written out and read back as a
// JsonDom so that one strict reader serves both paths. Returns false when
// reading stops here.
bool read_slow(std::string_view text, std::string& canonical, json_detail::JsonDom& dom,
               std::vector<Problem>& problems) {
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        Problem p{"", parse_message(e.what()), true};
        locate(text, e.byte > 0 ? e.byte - 1 : 0, p.line, p.column);
        problems.push_back(std::move(p));
        return false;
    } catch (const nlohmann::json::out_of_range&) {
        // 406: a number beyond a double ("1e309", a million digits). Its
        // what() quotes the whole literal, so say it in our own words.
        problems.push_back({"", "a number is too large to read (beyond 1.8e308)", true});
        return false;
    }
    if (!root.is_object()) {
        problems.push_back({"", "expected an object at the top, not a Dagdeel file", true});
        return false;
    }
    if (!json_detail::migrate(root, problems)) return false;
    canonical = root.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (!dom.parse(canonical, kJsonMaxDepth)) {
        problems.push_back({"", "internal error while reading: the migrated file does not parse", true});
        return false;
    }
    return true;
}

}  // namespace

ReadResult read_json(std::string_view text) {
    ReadResult result;
    try {
        if (text.size() > kJsonMaxFileBytes) {
            result.problems.push_back({"", too_big_message(text.size()), true});
            return result;
        }
        // The fast path: a current file that JsonDom takes whole, with no
        // key twice in any object and nesting within bounds, so the pre-scan
        // below (a pass over every byte) would report nothing. Anything else
        // starts over on the path that reports.
        {
            json_detail::JsonDom dom;
            if (dom.parse(text, kJsonMaxDepth, true) && dom.root().is_object() && is_current_version(dom.root())) {
                result.document = json_detail::document_from_json(dom.root(), result.problems, true);
                return result;
            }
        }
        if (!json_detail::prescan(text, result.problems)) return result;
        bool duplicate_keys = false;
        for (const auto& p : result.problems) duplicate_keys |= p.is_error;
        auto dom = std::make_unique<json_detail::JsonDom>();
        std::string canonical;  // the slow path's text, which dom points into
        if (!dom->parse(text, kJsonMaxDepth) || !dom->root().is_object() || !is_current_version(dom->root())) {
            dom = std::make_unique<json_detail::JsonDom>();
            if (!read_slow(text, canonical, *dom, result.problems)) return result;
        }
        auto doc = json_detail::document_from_json(dom->root(), result.problems, !duplicate_keys);
        if (doc && !duplicate_keys) result.document = std::move(doc);
    } catch (const std::exception& e) {
        // Nothing below should throw; if it does, report rather than crash.
        result.document.reset();
        result.problems.push_back({"", std::string("internal error while reading: ") + e.what(), true});
    } catch (...) {
        result.document.reset();
        result.problems.push_back({"", "internal error while reading", true});
    }
    return result;
}

ReadResult read_json_file(const std::string& path) {
    ReadResult result;
    try {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            result.problems.push_back({"", "cannot open " + path, true});
            return result;
        }
        in.seekg(0, std::ios::end);
        const auto size = in.tellg();
        if (size < 0) {
            result.problems.push_back({"", "cannot read " + path, true});
            return result;
        }
        if (static_cast<std::size_t>(size) > kJsonMaxFileBytes) {
            result.problems.push_back({"", too_big_message(static_cast<std::size_t>(size)), true});
            return result;
        }
        in.seekg(0, std::ios::beg);
        std::string text(static_cast<std::size_t>(size), '\0');
        in.read(text.data(), size);
        if (!in) {
            result.problems.push_back({"", "cannot read " + path, true});
            return result;
        }
        return read_json(text);
    } catch (...) {
        result.problems.push_back({"", "cannot read " + path, true});
        return result;
    }
}

std::optional<std::string> write_json_file(const Document& doc, const std::string& path) {
    try {
        const std::string text = write_json(doc);
        if (text.empty()) return "out of memory while writing";
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (!out) return "cannot open " + path + " for writing";
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) return "cannot write " + path;
        return std::nullopt;
    } catch (...) {
        return "cannot write " + path;
    }
}

}  // namespace dagdeel
