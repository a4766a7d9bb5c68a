// The JSON reader's typed access to one object (not a public API): Reader
// collects problems with their JSON paths; Fields reads one object's keys and,
// when done, warns about the keys nobody asked for. Shared by json_read.cpp
// and json_read_participants.cpp.
#pragma once

#include <cctype>
#include <climits>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "core/civil_time.hpp"
#include "io/json/json_internal.hpp"
#include "io/json/json_out.hpp"

namespace dagdeel::json_detail {

// The reader walks the fast tree of json_dom.hpp (nlohmann's DOM only takes
// part for bad input and old versions: json_document.cpp).
using json = JValue;

// Upper bounds for numbers: large enough for any real programme, small
// enough that sums over 100,000 items cannot overflow an int.
inline constexpr int kMaxMinutes = 7 * 24 * 60;  // a duration of a week
inline constexpr int kMaxCount = 1000000;        // capacities, participants
inline constexpr int kMaxCents = 1000000000;     // prices

inline std::string child(const std::string& path, std::string_view key) {
    if (path.empty()) return std::string(key);
    std::string p = path;
    p += '.';
    p += key;
    return p;
}

inline std::string element(const std::string& path, std::size_t i) {
    char digits[24];
    std::size_t n = 0;
    do digits[n++] = static_cast<char>('0' + i % 10);
    while ((i /= 10) != 0);
    std::string p;
    p.reserve(path.size() + n + 2);
    p += path;
    p += '[';
    while (n > 0) p += digits[--n];
    p += ']';
    return p;
}

inline std::string type_name(const json& j) {
    switch (j.kind()) {
        case JValue::Kind::null: return "null";
        case JValue::Kind::object: return "an object";
        case JValue::Kind::array: return "an array";
        case JValue::Kind::string: return "a string";
        case JValue::Kind::boolean: return "true/false";
        case JValue::Kind::floating: return "a number with a fraction";
        case JValue::Kind::integer:
        case JValue::Kind::unsigned_integer: return "a number";
    }
    return "an unsupported value";
}

// A short quote of a value for messages: "\"25:61\"", "-5", "[...]" — the
// text nlohmann's dump() gave for the same value.
inline std::string quote(const json& j) {
    std::string s;
    switch (j.kind()) {
        case JValue::Kind::array: return "[...]";
        case JValue::Kind::object: return "{...}";
        case JValue::Kind::null: s = "null"; break;
        case JValue::Kind::boolean: s = j.boolean() ? "true" : "false"; break;
        case JValue::Kind::integer: s = std::to_string(j.integer()); break;
        case JValue::Kind::unsigned_integer: s = std::to_string(j.unsigned_integer()); break;
        case JValue::Kind::floating: s = nlohmann::json(j.number()).dump(); break;
        case JValue::Kind::string: append_json_string(s, j.str()); break;
    }
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

// "walk_in, welcome, ..." — the valid names of an enum, read back from
// model.cpp's table so this list can never drift from it.
template <typename E>
std::string enum_names(std::optional<E> (*from)(const std::string&)) {
    std::string names;
    for (int i = 0; i < 64; ++i) {
        const E e = static_cast<E>(i);
        const std::string name = to_string(e);
        auto back = from(name);
        if (!back || *back != e) break;
        if (!names.empty()) names += ", ";
        names += name;
    }
    return names;
}

class Reader {
public:
    explicit Reader(std::vector<Problem>& out) : out_(out) {}
    void error(const std::string& path, std::string message) {
        out_.push_back({path, std::move(message), true});
        ++errors_;
    }
    void warning(const std::string& path, std::string message) {
        out_.push_back({path, std::move(message), false});
    }
    int errors() const { return errors_; }
    std::size_t items_seen = 0;  // items + sessions, against kJsonMaxItems
    // False when the pre-scan found a duplicated key somewhere: lookups then
    // scan whole objects for the last copy, as nlohmann's DOM kept it.
    bool unique_keys = true;

private:
    std::vector<Problem>& out_;
    int errors_ = 0;
};

enum class Need { optional, required };

// One JSON object being read. Each accessor marks its key as known; when the
// Fields goes out of scope the remaining keys are reported as unknown.
class Fields {
public:
    // A path that outlives this Fields (the one a list() hands to each
    // element's reader) is referred to; a temporary one is kept.
    Fields(Reader& r, const json& j, const std::string& path) : r_(r), j_(j), path_(&path) { start(); }
    Fields(Reader& r, const json& j, std::string&& path)
        : r_(r), j_(j), owned_path_(std::move(path)), path_(&owned_path_) {
        start();
    }
    Fields(const Fields&) = delete;
    Fields& operator=(const Fields&) = delete;
    // Unknown keys, each once and sorted (as nlohmann's std::map gave them).
    ~Fields() {
        if (!ok_) return;
        try {
            std::set<std::string_view> unknown;
            for (std::size_t i = 0; i < j_.size(); ++i)
                if (!is_known(i)) unknown.insert(j_[i].key());
            for (std::string_view key : unknown) r_.warning(child(path(), key), "unknown key, ignored");
        } catch (...) {
        }
    }

    bool ok() const { return ok_; }
    const std::string& path() const { return *path_; }
    Reader& reader() { return r_; }

    // The value under key, or nullptr when absent (reported when required).
    // Readers ask for keys in the order write_json writes them, so the search
    // starts after the last key found and usually hits at once. A duplicated
    // key (already an error from the pre-scan) gives its last value, and all
    // its copies count as known.
    const json* get(std::string_view key, Need need) {
        if (!ok_) return nullptr;
        const json* found = r_.unique_keys ? find_unique(key) : find_last(key);
        if (!found && need == Need::required) r_.error(child(path(), key), "required key missing");
        return found;
    }

    void text(std::string_view key, std::string& out, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        if (!v->is_string()) return type_error(key, "a string", *v);
        const std::string_view s = v->str();
        if (s.size() > kJsonMaxStringBytes)
            return r_.error(child(path(), key), "text too long (" + std::to_string(s.size()) +
                                                   " bytes, at most " +
                                                   std::to_string(kJsonMaxStringBytes) + ")");
        out.assign(s);
    }

    // Ids must be present and non-empty: everything else refers to them.
    void id(std::string& out) {
        const json* v = get("id", Need::required);
        if (!v) return;
        text("id", out, Need::required);
        if (v->is_string() && out.empty()) r_.error(child(path(), "id"), "must not be empty");
    }

    void integer(std::string_view key, int& out, int min, int max, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        if (!v->is_number_integer()) return type_error(key, "a whole number", *v);
        long long n;
        if (v->is_number_unsigned()) {
            const std::uint64_t u = v->unsigned_integer();
            n = u > static_cast<std::uint64_t>(LLONG_MAX) ? LLONG_MAX : static_cast<long long>(u);
        } else {
            n = v->integer();
        }
        if (n < 0 && min >= 0) return r_.error(child(path(), key), std::to_string(n) + " must not be negative");
        if (n < min || n > max)
            return r_.error(child(path(), key), std::to_string(n) + " is out of range (" +
                                                   std::to_string(min) + " to " + std::to_string(max) + ")");
        out = static_cast<int>(n);
    }

    void boolean(std::string_view key, bool& out) {
        const json* v = get(key, Need::optional);
        if (!v) return;
        if (!v->is_boolean()) return type_error(key, "true or false", *v);
        out = v->boolean();
    }

    // "HH:MM"; true when a value was read.
    bool time(std::string_view key, Minutes& out, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return false;
        if (!v->is_string()) return type_error(key, "a time \"HH:MM\"", *v), false;
        auto m = parse_hhmm_strict(v->str());
        if (!m) return r_.error(child(path(), key), quote(*v) + " is not a time (expected \"HH:MM\")"), false;
        out = *m;
        return true;
    }

    void optional_time(std::string_view key, std::optional<Minutes>& out) {
        const json* v = get(key, Need::optional);
        if (!v || v->is_null()) return;
        Minutes m = 0;
        if (time(key, m)) out = m;
    }

    // "2026-11-30T01:20:00Z" (UTC, as LAST-MODIFIED is written).
    void utc_timestamp(std::string_view key, std::string& out) {
        std::string s;
        text(key, s);
        if (s.empty()) return;
        const bool shaped = s.size() == 20 && s[10] == 'T' && s[19] == 'Z' && s[13] == ':' && s[16] == ':' &&
                            parse_iso_date(s.substr(0, 10)) && parse_hhmm_strict(s.substr(11, 5)) &&
                            std::isdigit((unsigned char)s[17]) && std::isdigit((unsigned char)s[18]);
        if (!shaped)
            return r_.error(child(path(), key), "\"" + s + "\" is not a UTC time (expected \"2026-11-30T01:20:00Z\")");
        out = s;
    }

    // "YYYY-MM-DD" or null (not set).
    void date(std::string_view key, Date& out) {
        const json* v = get(key, Need::optional);
        if (!v || v->is_null()) return;
        if (!v->is_string()) return type_error(key, "a date \"YYYY-MM-DD\" or null", *v);
        const std::string_view s = v->str();
        auto d = parse_iso_date(s);
        if (!d) {
            const bool shaped = s.size() == 10 && s[4] == '-' && s[7] == '-';
            return r_.error(child(path(), key),
                            quote(*v) + (shaped ? " is not a valid calendar date"
                                                : " is not a date (expected \"YYYY-MM-DD\")"));
        }
        out = *d;
    }

    template <typename E>
    void enumeration(std::string_view key, E& out, std::optional<E> (*from)(const std::string&),
                     Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        if (!v->is_string()) return type_error(key, "a string", *v);
        auto e = from(std::string(v->str()));
        if (!e)
            return r_.error(child(path(), key),
                            quote(*v) + " is not one of: " + enum_names<E>(from));
        out = *e;
    }

    // Calls each(value, path) for every element; false when absent or wrong.
    template <typename F>
    void list(std::string_view key, F&& each, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        if (!v->is_array()) return type_error(key, "an array", *v);
        const std::string base = child(path(), key);
        if (v->size() > kJsonMaxArrayLength)
            return r_.error(base, "too many entries (" + std::to_string(v->size()) + ", at most " +
                                      std::to_string(kJsonMaxArrayLength) + ")");
        for (std::size_t i = 0; i < v->size(); ++i) each((*v)[i], element(base, i));
    }

    void texts(std::string_view key, std::vector<std::string>& out) {
        list(key, [&](const json& v, const std::string& path) {
            if (!v.is_string()) {
                r_.error(path, "expected a string, got " + type_name(v));
                out.emplace_back();  // keep indices aligned with the file
                return;
            }
            const std::string_view s = v.str();
            if (s.size() > kJsonMaxStringBytes) r_.error(path, "text too long");
            out.emplace_back(s);
        });
    }

    // Calls read(Fields&) on a nested object.
    template <typename F>
    void object(std::string_view key, F&& read, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        Fields sub(r_, *v, child(path(), key));
        if (sub.ok()) read(sub);
    }

private:
    static bool same_key(std::string_view a, std::string_view b) {
        return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
    }
    const json* find_unique(std::string_view key) {
        const std::size_t n = j_.size();
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = hint_ + k < n ? hint_ + k : hint_ + k - n;
            if (!same_key(j_[i].key(), key)) continue;
            set_known(i);
            hint_ = i + 1 < n ? i + 1 : 0;
            return &j_[i];
        }
        return nullptr;
    }
    const json* find_last(std::string_view key) {
        const json* found = nullptr;
        for (std::size_t i = j_.size(); i-- > 0;) {
            if (!same_key(j_[i].key(), key)) continue;
            set_known(i);
            if (!found) found = &j_[i];
        }
        return found;
    }

    void type_error(std::string_view key, const char* wanted, const json& got) {
        std::string msg = std::string("expected ") + wanted + ", got " + type_name(got);
        if (got.is_primitive() && !got.is_null()) msg += " " + quote(got);
        r_.error(child(path(), key), std::move(msg));
    }

    Reader& r_;
    const json& j_;
    void start() {
        ok_ = j_.is_object();
        if (!ok_) r_.error(path(), "expected an object, got " + type_name(j_));
        if (ok_ && j_.size() > 64) known_.assign(j_.size(), false);
    }
    // Which members a reader asked for: a bit each, in a word for the usual
    // object (no allocation per object read), in known_ for bigger ones.
    bool is_known(std::size_t i) const {
        return j_.size() > 64 ? static_cast<bool>(known_[i]) : ((known_bits_ >> i) & 1u) != 0;
    }
    void set_known(std::size_t i) {
        if (j_.size() > 64)
            known_[i] = true;
        else
            known_bits_ |= std::uint64_t{1} << i;
    }

    std::string owned_path_;
    const std::string* path_;
    bool ok_ = false;
    std::uint64_t known_bits_ = 0;
    std::vector<bool> known_;
    std::size_t hint_ = 0;     // where the next key is probably found
};

// json_read_participants.cpp: the "participants" list (issue 16) and the
// checks that its round and session ids exist.
void read_participants(Fields& root, Document& d);
void check_participant_refs(Reader& r, const Document& d);

}  // namespace dagdeel::json_detail
