// A streaming JSON writer that appends straight to a std::string, in exactly
// the layout nlohmann::json::dump(2, ' ', false, replace) gives (2-space
// indent, "key": value, empty containers as [] and {}), so that files stay
// byte-identical to those written before it existed while no DOM is built:
// write_json of a 4 MB document spent most of its time allocating
// ordered_json nodes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dagdeel::json_detail {

// True when bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), the same set nlohmann's decoder accepts.
bool is_valid_utf8(std::string_view bytes);

// Appends s as a JSON string literal with nlohmann's escapes (\b \t \n \f \r
// \" \\ and \u00XX for other control characters; everything else verbatim).
// Invalid UTF-8 is handed to nlohmann's own replace handling, so even then
// the bytes are the ones dump() would give.
void append_json_string(std::string& out, std::string_view s);

class JsonOut {
public:
    explicit JsonOut(std::string& out) : out_(out) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // The next value belongs to this key (objects only).
    void key(std::string_view k);

    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(int n) { value(static_cast<long long>(n)); }
    void value(long long n);
    void value(bool b);
    void null();

    // key + value in one call, as most fields are written.
    template <typename T>
    void field(std::string_view k, const T& v) {
        key(k);
        value(v);
    }

private:
    void element_prefix();  // separator and indent before an element
    void open(char bracket);
    void close(char bracket);
    void indent(std::size_t depth);

    std::string& out_;
    std::vector<bool> empty_;  // per open container: nothing written into it yet
    bool after_key_ = false;
};

}  // namespace dagdeel::json_detail
