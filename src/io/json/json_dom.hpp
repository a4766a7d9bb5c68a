// A small read-only JSON tree for the Dagdeel reader, built by a one-pass
// parser that keeps strings as views into the text (copying only those with
// escapes) and stores each container's values contiguously in an arena.
// nlohmann::json's DOM (a std::map and a heap string per key, a node per
// value) made reading a 4 MB plan three times slower than needed.
//
// The parser is deliberately partial: it accepts exactly the JSON that
// nlohmann accepts, with the same values, and *declines* (returns false)
// everything else — syntax errors, invalid UTF-8, numbers beyond a double,
// a byte order mark, nesting deeper than the reader allows. The caller then
// takes nlohmann's path, which owns every error message and position, so
// problems for bad input stay exactly what they were.
//
// Object semantics follow nlohmann's: for a duplicated key the last value
// counts, and members() order is the file's (callers that report keys sort
// them, as nlohmann's std::map did).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dagdeel::json_detail {

class JValue {
public:
    enum class Kind : unsigned char { null, boolean, integer, unsigned_integer, floating, string, array, object };

    Kind kind() const { return kind_; }
    bool is_null() const { return kind_ == Kind::null; }
    bool is_boolean() const { return kind_ == Kind::boolean; }
    // As nlohmann: both signed and unsigned integers are "integer".
    bool is_number_integer() const { return kind_ == Kind::integer || kind_ == Kind::unsigned_integer; }
    bool is_number_unsigned() const { return kind_ == Kind::unsigned_integer; }
    bool is_number_float() const { return kind_ == Kind::floating; }
    bool is_string() const { return kind_ == Kind::string; }
    bool is_array() const { return kind_ == Kind::array; }
    bool is_object() const { return kind_ == Kind::object; }
    bool is_primitive() const { return !is_array() && !is_object(); }

    bool boolean() const { return boolean_; }
    long long integer() const { return integer_; }
    std::uint64_t unsigned_integer() const { return unsigned_; }
    double number() const { return number_; }
    std::string_view str() const { return text_; }

    // Arrays: the elements; objects: the members (each with its key()).
    std::size_t size() const { return count_; }
    const JValue& operator[](std::size_t i) const { return children_[i]; }
    const JValue* begin() const { return children_; }
    const JValue* end() const { return children_ + count_; }
    std::string_view key() const { return key_; }  // when a member of an object

    // The value of the last member named key, or nullptr.
    const JValue* find(std::string_view key) const;

private:
    friend class JsonDomParser;
    Kind kind_ = Kind::null;
    bool boolean_ = false;
    std::uint32_t count_ = 0;
    union {
        long long integer_;
        std::uint64_t unsigned_;
        double number_ = 0;
    };
    std::string_view text_;
    std::string_view key_;
    const JValue* children_ = nullptr;
};

// Owns the values of one parsed text. Strings may point into the text, which
// must outlive the dom.
class JsonDom {
public:
    JsonDom() = default;
    JsonDom(const JsonDom&) = delete;
    JsonDom& operator=(const JsonDom&) = delete;

    // False when the text is not JSON this parser takes (see above); the
    // dom is then unusable. With decline_duplicate_keys, an object that has
    // a key twice (compared after unescaping) is declined as well: a text
    // this takes then has nothing for the reader's pre-scan to report.
    bool parse(std::string_view text, int max_depth, bool decline_duplicate_keys = false);
    const JValue& root() const { return root_; }

private:
    friend class JsonDomParser;
    JValue* allocate(std::size_t n);

    JValue root_;
    std::vector<std::unique_ptr<JValue[]>> blocks_;
    JValue* chunk_ = nullptr;  // the block small containers are cut from
    std::size_t chunk_used_ = 0;
    std::deque<std::string> decoded_;  // strings that had escapes
};

}  // namespace dagdeel::json_detail
