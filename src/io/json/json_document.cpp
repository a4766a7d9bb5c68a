// Entry points of the JSON format: bounds, parsing, migration, conversion,
// files. The order of the checks matters: size first (cheap, refuses 2 GB
// before reading it), then the nesting pre-scan, then nlohmann's parser,
// then the version (so a newer file is refused before its unknown shape
// produces a flood of errors), then the strict conversion.
#include <fstream>
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

ReadResult read_json(std::string_view text) {
    ReadResult result;
    try {
        if (text.size() > kJsonMaxFileBytes) {
            result.problems.push_back({"", too_big_message(text.size()), true});
            return result;
        }
        if (!json_detail::prescan(text, result.problems)) return result;
        nlohmann::json root;
        try {
            root = nlohmann::json::parse(text.begin(), text.end());
        } catch (const nlohmann::json::parse_error& e) {
            Problem p{"", parse_message(e.what()), true};
            locate(text, e.byte > 0 ? e.byte - 1 : 0, p.line, p.column);
            result.problems.push_back(std::move(p));
            return result;
        } catch (const nlohmann::json::out_of_range&) {
            // 406: a number beyond a double ("1e309", a million digits). Its
            // what() quotes the whole literal, so say it in our own words.
            result.problems.push_back({"", "a number is too large to read (beyond 1.8e308)", true});
            return result;
        }
        bool duplicate_keys = false;
        for (const auto& p : result.problems) duplicate_keys |= p.is_error;
        if (!root.is_object()) {
            result.problems.push_back({"", "expected an object at the top, not a Dagdeel file", true});
            return result;
        }
        if (!json_detail::migrate(root, result.problems)) return result;
        auto doc = json_detail::document_from_json(root, result.problems);
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
