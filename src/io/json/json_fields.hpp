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

namespace dagdeel::json_detail {

using json = nlohmann::json;

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
    return path + '[' + std::to_string(i) + ']';
}

inline std::string type_name(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_float: return "a number with a fraction";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "a number";
        default: return "an unsupported value";
    }
}

// A short quote of a value for messages: "\"25:61\"", "-5", "[...]".
inline std::string quote(const json& j) {
    if (j.is_array()) return "[...]";
    if (j.is_object()) return "{...}";
    std::string s = j.dump(-1, ' ', false, json::error_handler_t::replace);
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

private:
    std::vector<Problem>& out_;
    int errors_ = 0;
};

enum class Need { optional, required };

// One JSON object being read. Each accessor marks its key as known; when the
// Fields goes out of scope the remaining keys are reported as unknown.
class Fields {
public:
    Fields(Reader& r, const json& j, std::string path) : r_(r), j_(j), path_(std::move(path)) {
        ok_ = j_.is_object();
        if (!ok_) r_.error(path_, "expected an object, got " + type_name(j_));
    }
    Fields(const Fields&) = delete;
    Fields& operator=(const Fields&) = delete;
    ~Fields() {
        if (!ok_) return;
        try {
            for (auto it = j_.begin(); it != j_.end(); ++it)
                if (known_.find(it.key()) == known_.end())
                    r_.warning(child(path_, it.key()), "unknown key, ignored");
        } catch (...) {
        }
    }

    bool ok() const { return ok_; }
    const std::string& path() const { return path_; }
    Reader& reader() { return r_; }

    // The value under key, or nullptr when absent (reported when required).
    const json* get(std::string_view key, Need need) {
        if (!ok_) return nullptr;
        known_.emplace(key);
        auto it = j_.find(key);
        if (it == j_.end()) {
            if (need == Need::required) r_.error(child(path_, key), "required key missing");
            return nullptr;
        }
        return &*it;
    }

    void text(std::string_view key, std::string& out, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        if (!v->is_string()) return type_error(key, "a string", *v);
        const auto& s = v->get_ref<const std::string&>();
        if (s.size() > kJsonMaxStringBytes)
            return r_.error(child(path_, key), "text too long (" + std::to_string(s.size()) +
                                                   " bytes, at most " +
                                                   std::to_string(kJsonMaxStringBytes) + ")");
        out = s;
    }

    // Ids must be present and non-empty: everything else refers to them.
    void id(std::string& out) {
        const json* v = get("id", Need::required);
        if (!v) return;
        text("id", out, Need::required);
        if (v->is_string() && out.empty()) r_.error(child(path_, "id"), "must not be empty");
    }

    void integer(std::string_view key, int& out, int min, int max, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        if (!v->is_number_integer()) return type_error(key, "a whole number", *v);
        long long n;
        if (v->is_number_unsigned()) {
            const std::uint64_t u = v->get<std::uint64_t>();
            n = u > static_cast<std::uint64_t>(LLONG_MAX) ? LLONG_MAX : static_cast<long long>(u);
        } else {
            n = v->get<long long>();
        }
        if (n < 0 && min >= 0) return r_.error(child(path_, key), std::to_string(n) + " must not be negative");
        if (n < min || n > max)
            return r_.error(child(path_, key), std::to_string(n) + " is out of range (" +
                                                   std::to_string(min) + " to " + std::to_string(max) + ")");
        out = static_cast<int>(n);
    }

    void boolean(std::string_view key, bool& out) {
        const json* v = get(key, Need::optional);
        if (!v) return;
        if (!v->is_boolean()) return type_error(key, "true or false", *v);
        out = v->get<bool>();
    }

    // "HH:MM"; true when a value was read.
    bool time(std::string_view key, Minutes& out, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return false;
        if (!v->is_string()) return type_error(key, "a time \"HH:MM\"", *v), false;
        auto m = parse_hhmm_strict(v->get_ref<const std::string&>());
        if (!m) return r_.error(child(path_, key), quote(*v) + " is not a time (expected \"HH:MM\")"), false;
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
            return r_.error(child(path_, key), "\"" + s + "\" is not a UTC time (expected \"2026-11-30T01:20:00Z\")");
        out = s;
    }

    // "YYYY-MM-DD" or null (not set).
    void date(std::string_view key, Date& out) {
        const json* v = get(key, Need::optional);
        if (!v || v->is_null()) return;
        if (!v->is_string()) return type_error(key, "a date \"YYYY-MM-DD\" or null", *v);
        const auto& s = v->get_ref<const std::string&>();
        auto d = parse_iso_date(s);
        if (!d) {
            const bool shaped = s.size() == 10 && s[4] == '-' && s[7] == '-';
            return r_.error(child(path_, key),
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
        auto e = from(v->get_ref<const std::string&>());
        if (!e)
            return r_.error(child(path_, key),
                            quote(*v) + " is not one of: " + enum_names<E>(from));
        out = *e;
    }

    // Calls each(value, path) for every element; false when absent or wrong.
    template <typename F>
    void list(std::string_view key, F&& each, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        if (!v->is_array()) return type_error(key, "an array", *v);
        const std::string base = child(path_, key);
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
            const auto& s = v.get_ref<const std::string&>();
            if (s.size() > kJsonMaxStringBytes) r_.error(path, "text too long");
            out.push_back(s);
        });
    }

    // Calls read(Fields&) on a nested object.
    template <typename F>
    void object(std::string_view key, F&& read, Need need = Need::optional) {
        const json* v = get(key, need);
        if (!v) return;
        Fields sub(r_, *v, child(path_, key));
        if (sub.ok()) read(sub);
    }

private:
    void type_error(std::string_view key, const char* wanted, const json& got) {
        std::string msg = std::string("expected ") + wanted + ", got " + type_name(got);
        if (got.is_primitive() && !got.is_null()) msg += " " + quote(got);
        r_.error(child(path_, key), std::move(msg));
    }

    Reader& r_;
    const json& j_;
    std::string path_;
    bool ok_ = false;
    std::set<std::string, std::less<>> known_;
};

// json_read_participants.cpp: the "participants" list (issue 16) and the
// checks that its round and session ids exist.
void read_participants(Fields& root, Document& d);
void check_participant_refs(Reader& r, const Document& d);

}  // namespace dagdeel::json_detail
