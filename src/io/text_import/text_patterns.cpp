// Size (just over ~600 lines): the recognisers of one kind of fact each, kept
// together because they share the text helpers at the top; each [SECTION]
// can move to its own file when it grows.
// [SECTION] Text helpers
// [SECTION] Times ("13.30 uur", "19.30 – 22.00 uur", "van 9.30 tot 12.00", "1:30 pm")
// [SECTION] Dates ("dinsdag 13 februari 2018", "June 19, 2018", "19-06-2018")
// [SECTION] E-mail, links, phone numbers, money, capacity
// [SECTION] People and organisations
#include <algorithm>
#include <cstring>

#include "io/text_import/text_import_internal.hpp"

namespace dagdeel::text_import {

// [SECTION] Text helpers -----------------------------------------------------------------

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    return out;
}

namespace {
bool is_word_byte(char c) { return std::isalnum((unsigned char)c) || (unsigned char)c >= 0x80; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

bool starts_with_word(std::string_view l, std::string_view w) {
    return l.size() >= w.size() && l.compare(0, w.size(), w) == 0 && (l.size() == w.size() || !is_word_byte(l[w.size()]));
}

bool contains_word(std::string_view l, std::string_view w) {
    for (std::size_t at = l.find(w); at != std::string_view::npos; at = l.find(w, at + 1)) {
        const bool left = at == 0 || !is_word_byte(l[at - 1]);
        const bool right = at + w.size() >= l.size() || !is_word_byte(l[at + w.size()]);
        if (left && right) return true;
    }
    return false;
}

std::string capitalise_first(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 'a' + 'A');
    return s;
}

std::string strip_trailing(std::string s, std::string_view chars) {
    while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
    return trim(s);
}

// [SECTION] Times ---------------------------------------------------------------------------

namespace {

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i;
}

// Skips one of `words` (lower case) at i when followed by a non-letter; returns i unchanged otherwise.
std::size_t skip_word(std::string_view s, std::size_t i, std::initializer_list<const char*> words) {
    const std::string l = lower(s.substr(i, 12));
    for (const char* w : words)
        if (starts_with_word(l, w)) return i + std::strlen(w);
    return i;
}

// One time of day at s[i]: "13.30", "13:30", "9.30u", "13u30", "13 uur", "1:30 pm".
std::optional<std::pair<Minutes, std::size_t>> time_at(std::string_view s, std::size_t i) {
    if (i >= s.size() || !is_digit(s[i]) || (i > 0 && (is_word_byte(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ','))) return {};
    std::size_t k = i;
    int h = 0;
    while (k < s.size() && is_digit(s[k]) && k - i < 2) h = h * 10 + (s[k++] - '0');
    if (k < s.size() && is_digit(s[k])) return {};
    int m = -1;
    bool marked = false;
    if (k + 2 < s.size() + 0 && (s[k] == '.' || s[k] == ':' || s[k] == 'u' || s[k] == 'h') && k + 2 <= s.size() - 1 &&
        is_digit(s[k + 1]) && is_digit(s[k + 2]) && (k + 3 >= s.size() || !is_digit(s[k + 3]))) {
        if (k + 4 < s.size() && s[k + 3] == s[k] && is_digit(s[k + 4]))
            return {};  // a date such as 19.06.2018
        m = (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
        marked = s[k] == 'u' || s[k] == 'h';
        k += 3;
    }
    // Suffixes: uur, u, h, hrs, am, pm
    std::size_t after = skip_spaces(s, k);
    const std::string l = lower(s.substr(after, 6));
    int ampm = 0;
    std::size_t end = k;
    if (starts_with_word(l, "uur") || starts_with_word(l, "hrs") || starts_with_word(l, "hr")) {
        end = after + (l[0] == 'u' ? 3 : l[2] == 's' ? 3 : 2);
        marked = true;
    } else if ((k < s.size() && (s[k] == 'u' || s[k] == 'h')) && (k + 1 >= s.size() || !is_word_byte(s[k + 1]))) {
        end = k + 1;
        marked = true;
    } else if (starts_with_word(l, "am") || starts_with_word(l, "pm") || l.rfind("a.m.", 0) == 0 || l.rfind("p.m.", 0) == 0) {
        ampm = l[0] == 'a' ? 1 : 2;
        end = after + (l[1] == '.' ? 4 : 2);
        marked = true;
    }
    if (m < 0) {
        if (!marked) return {};
        m = 0;
    }
    if (ampm) {
        if (h < 1 || h > 12) return {};
        h = h % 12 + (ampm == 2 ? 12 : 0);
    }
    if (h > 24 || m > 59 || (h == 24 && m > 0)) return {};
    return std::make_pair(h * 60 + m, end);
}

// A range separator at i ("-", "–", "—", "tot", "t/m", "to", "until"); returns the position after it.
std::optional<std::size_t> range_separator(std::string_view s, std::size_t i) {
    i = skip_spaces(s, i);
    for (const char* sep : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "t/m"})
        if (s.compare(i, std::strlen(sep), sep) == 0) return skip_spaces(s, i + std::strlen(sep));
    const std::size_t w = skip_word(s, i, {"tot", "to", "until", "till", "en"});
    if (w != i) return skip_spaces(s, w);
    return {};
}

std::optional<TimeSpan> time_span_at(std::string_view s, std::size_t i) {
    auto first = time_at(s, i);
    if (!first) return {};
    TimeSpan t;
    t.start = first->first;
    t.begin = i;
    t.finish = first->second;
    if (auto sep = range_separator(s, first->second)) {
        if (auto second = time_at(s, *sep)) {
            t.end = second->first;
            t.finish = second->second;
            // "13.30-17.30 uur": a bare "13.30" was only accepted because of its dot; fine.
            const std::size_t after = skip_spaces(s, t.finish);
            if (starts_with_word(lower(s.substr(after, 4)), "uur")) t.finish = after + 3;
        }
    }
    return t;
}

}  // namespace

std::optional<TimeSpan> leading_time(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '(') ++i;
    i = skip_spaces(s, skip_word(s, i, {"vanaf", "van", "from", "om", "at"}));
    auto t = time_span_at(s, i);
    if (!t) return {};
    t->begin = 0;
    std::size_t k = t->finish;
    // Separators between the time and the title: spaces, tabs, ":", "|", "-", "–", ")".
    while (k < s.size()) {
        if (s[k] == ' ' || s[k] == '\t' || s[k] == ':' || s[k] == '|' || s[k] == '-' || s[k] == ')' || s[k] == '.') ++k;
        else if (s.compare(k, 3, "\xE2\x80\x93") == 0 || s.compare(k, 3, "\xE2\x80\x94") == 0) k += 3;
        else break;
    }
    t->finish = k;
    return t;
}

std::optional<TimeSpan> find_time(std::string_view s, bool single) {
    std::optional<TimeSpan> first_single;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_digit(s[i])) continue;
        if (auto t = time_span_at(s, i)) {
            if (t->end || single) return t;
            if (!first_single) first_single = t;
            i = t->finish;
        }
    }
    return first_single;
}

std::optional<Minutes> find_doors_open(std::string_view s) {
    const std::string l = lower(s);
    for (const char* w : {"inloop", "ontvangst", "zaal open", "deuren open", "doors open", "walk-in", "registratie",
                          "registration", "arrival"}) {
        const std::size_t at = l.find(w);
        if (at == std::string::npos) continue;
        if (auto t = find_time(s.substr(at), true)) return t->start;
    }
    return {};
}

// [SECTION] Dates ---------------------------------------------------------------------------

namespace {

int month_from_word(std::string_view w) {
    static const char* const names[][4] = {
        {"januari", "january", "jan", nullptr}, {"februari", "february", "feb", nullptr},
        {"maart", "march", "mrt", "mar"},       {"april", "apr", nullptr, nullptr},
        {"mei", "may", nullptr, nullptr},       {"juni", "june", "jun", nullptr},
        {"juli", "july", "jul", nullptr},       {"augustus", "august", "aug", nullptr},
        {"september", "sept", "sep", nullptr},  {"oktober", "october", "okt", "oct"},
        {"november", "nov", nullptr, nullptr},  {"december", "dec", nullptr, nullptr}};
    const std::string l = lower(w);
    for (int m = 0; m < 12; ++m)
        for (const char* n : names[m])
            if (n && l == n) return m + 1;
    return 0;
}

struct Token {
    std::string_view text;
    std::size_t begin, end;
};

std::vector<Token> tokens_of(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (!is_word_byte(s[i])) {
            ++i;
            continue;
        }
        std::size_t b = i;
        const bool digits = is_digit(s[i]);
        while (i < s.size() && is_word_byte(s[i]) && (is_digit(s[i]) == digits)) ++i;
        out.push_back({s.substr(b, i - b), b, i});
    }
    return out;
}

int number_of(std::string_view t) {
    if (t.empty() || t.size() > 4) return -1;
    int n = 0;
    for (char c : t)
        if (!is_digit(c)) return -1;
        else n = n * 10 + (c - '0');
    return n;
}

bool is_ordinal_suffix(std::string_view t) {
    const std::string l = lower(t);
    return l == "e" || l == "ste" || l == "de" || l == "th" || l == "st" || l == "nd" || l == "rd";
}

}  // namespace

std::vector<DateFound> find_dates(std::string_view s) {
    std::vector<DateFound> out;
    const std::vector<Token> t = tokens_of(s);
    auto year_at = [&](std::size_t k) { return k < t.size() ? number_of(t[k].text) : -1; };
    auto between = [&](std::size_t a) { return s.substr(t[a].end, t[a + 1].begin - t[a].end); };
    for (std::size_t k = 0; k < t.size(); ++k) {
        const int n = number_of(t[k].text);
        // D month [YYYY], with "D en D month", "D, D en D month", "D-D month"
        if (n >= 1 && n <= 31) {
            std::size_t m = k + 1;
            if (m < t.size() && is_ordinal_suffix(t[m].text) && t[m].begin == t[k].end) ++m;
            const int month = m < t.size() ? month_from_word(t[m].text) : 0;
            if (month) {
                int year = year_at(m + 1);
                std::size_t finish = t[m].end;
                if (year >= 1900 && year <= 2200) finish = t[m + 1].end;
                else year = 0;
                // earlier days in a list: "3 en 4 maart", "3, 10 en 17 maart"
                std::vector<int> days = {n};
                std::size_t b = k;
                while (b >= 2) {
                    const std::string sep = lower(t[b - 1].text);
                    const int d = number_of(t[b - 2].text);
                    if (d >= 1 && d <= 31 && (sep == "en" || sep == "and" || sep == "tot" || sep == "t")) {
                        days.insert(days.begin(), d);
                        b -= 2;
                    } else if (d >= 1 && d <= 31 && t[b - 1].text == t[b - 1].text && number_of(t[b - 1].text) >= 1 &&
                               number_of(t[b - 1].text) <= 31) {
                        break;
                    } else {
                        break;
                    }
                }
                if (b >= 1 && number_of(t[b - 1].text) >= 1 && number_of(t[b - 1].text) <= 31) {
                    const std::string_view gap = between(b - 1);
                    if (gap == ", " || gap == "," || gap == "-" || gap == "\xE2\x80\x93" || gap == " - ") {
                        days.insert(days.begin(), number_of(t[b - 1].text));
                        --b;
                    }
                }
                for (int d : days) out.push_back({Date{year, month, d}, t[b].begin, finish});
                k = (finish == t[m].end) ? m : m + 1;
                continue;
            }
            // D-M-YYYY, D/M/YYYY, D.M.YYYY
            if (k + 2 < t.size()) {
                const int mo = number_of(t[k + 1].text), y = number_of(t[k + 2].text);
                const std::string_view g1 = between(k), g2 = between(k + 1);
                if (mo >= 1 && mo <= 12 && y >= 1900 && y <= 2200 && g1.size() == 1 && g1 == g2 &&
                    (g1 == "-" || g1 == "/" || g1 == ".")) {
                    out.push_back({Date{y, mo, n}, t[k].begin, t[k + 2].end});
                    k += 2;
                    continue;
                }
            }
        }
        // YYYY-MM-DD
        if (n >= 1900 && n <= 2200 && k + 2 < t.size() && between(k) == "-" && between(k + 1) == "-") {
            const int mo = number_of(t[k + 1].text), d = number_of(t[k + 2].text);
            if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                out.push_back({Date{n, mo, d}, t[k].begin, t[k + 2].end});
                k += 2;
                continue;
            }
        }
        // Month D[, YYYY] (English)
        if (const int month = month_from_word(t[k].text); month && k + 1 < t.size()) {
            const int d = number_of(t[k + 1].text);
            if (d >= 1 && d <= 31 && t[k].text.size() >= 3) {
                std::size_t m = k + 1;
                if (m + 1 < t.size() && is_ordinal_suffix(t[m + 1].text) && t[m + 1].begin == t[m].end) ++m;
                int year = year_at(m + 1);
                std::size_t finish = t[m].end;
                if (year >= 1900 && year <= 2200) finish = t[m + 1].end;
                else year = 0;
                out.push_back({Date{year, month, d}, t[k].begin, finish});
                k = m;
            }
        }
    }
    // Out-of-range days (31 februari) are dropped.
    std::vector<DateFound> valid;
    for (const DateFound& d : out) {
        static const int limits[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (d.date.day <= limits[d.date.month - 1]) valid.push_back(d);
    }
    return valid;
}

// [SECTION] E-mail, links, phone numbers, money, capacity ----------------------------------

std::string find_email(std::string_view s) {
    for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
        std::size_t b = at, e = at + 1;
        auto local = [](char c) { return std::isalnum((unsigned char)c) || std::strchr("._%+-", c); };
        while (b > 0 && local(s[b - 1])) --b;
        while (e < s.size() && (std::isalnum((unsigned char)s[e]) || s[e] == '.' || s[e] == '-')) ++e;
        while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
        const std::string_view domain = s.substr(at + 1, e - at - 1);
        if (b < at && domain.find('.') != std::string_view::npos) return std::string(s.substr(b, e - b));
    }
    return "";
}

std::string find_url(std::string_view s) {
    const std::string l = lower(s);
    std::size_t at = std::min({l.find("https://"), l.find("http://"), l.find("www.")});
    if (at == std::string::npos) return "";
    if (at > 0 && is_word_byte(s[at - 1]) && l.compare(at, 4, "www.") == 0) return "";
    std::size_t e = at;
    while (e < s.size() && !std::strchr(" \t\n\"<>()[]", s[e])) ++e;
    while (e > at && std::strchr(".,;:!?'", s[e - 1])) --e;
    std::string url(s.substr(at, e - at));
    if (lower(url).rfind("www.", 0) == 0) url = "https://" + url;
    return url;
}

std::string find_phone(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!(s[i] == '+' || s[i] == '0' || s[i] == '(')) continue;
        if (i > 0 && (is_word_byte(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ':' || s[i - 1] == ',')) continue;
        std::size_t e = i, digits = 0;
        while (e < s.size()) {
            const char c = s[e];
            if (is_digit(c)) ++digits;
            else if (c == ' ' || c == '-') {
                if (e + 1 >= s.size() || !(is_digit(s[e + 1]) || s[e + 1] == '(')) break;
            } else if (!(c == '(' || c == ')' || (c == '+' && e == i))) break;
            ++e;
        }
        if (e < s.size() && (is_word_byte(s[e]) || s[e] == '.' || s[e] == ':') && s[e] != ' ' && !is_digit(s[e]) &&
            std::isalpha((unsigned char)s[e]))
            continue;
        if (digits >= 10 && digits <= 13) return trim(s.substr(i, e - i));
        if (digits > 0) i = e;
    }
    return "";
}

std::optional<int> find_amount_cents(std::string_view s) {
    const std::string l = lower(s);
    std::size_t at = std::string::npos;
    for (const char* sym : {"\xE2\x82\xAC", "eur ", "eur."}) {
        const std::size_t p = l.find(sym);
        if (p != std::string::npos && p < at) at = p + std::strlen(sym);
    }
    if (at == std::string::npos) {
        const std::size_t p = l.find("euro");
        if (p == std::string::npos) return {};
        std::size_t b = p;
        while (b > 0 && (l[b - 1] == ' ' || is_digit(l[b - 1]) || l[b - 1] == '.' || l[b - 1] == ',')) --b;
        at = b;
    }
    std::size_t i = skip_spaces(l, at);
    if (i >= l.size() || !is_digit(l[i])) return {};
    long long euros = 0;
    int cents = 0;
    while (i < l.size()) {
        if (is_digit(l[i])) {
            euros = euros * 10 + (l[i] - '0');
            if (euros > 10000000) return {};
            ++i;
        } else if ((l[i] == '.' || l[i] == ',') && i + 3 < l.size() && is_digit(l[i + 1]) && is_digit(l[i + 2]) &&
                   is_digit(l[i + 3])) {
            ++i;  // thousands separator: 1.250
        } else if ((l[i] == ',' || l[i] == '.') && i + 2 < l.size() && is_digit(l[i + 1]) && is_digit(l[i + 2])) {
            cents = (l[i + 1] - '0') * 10 + (l[i + 2] - '0');
            break;
        } else {
            break;
        }
    }
    return (int)(euros * 100 + cents);
}

bool mentions_free(std::string_view l) {
    for (const char* w : {"gratis", "kosteloos", "free", "geen kosten", "no charge", "zonder kosten", "kostenloos"})
        if (contains_word(l, w)) return true;
    return false;
}

std::optional<int> find_max_participants(std::string_view s) {
    const std::string l = lower(s);
    bool context = false;
    for (const char* w : {"max", "maximaal", "maximum", "beperkt", "limited", "hoogstens", "up to", "plaatsen",
                          "deelnemers", "participants", "places", "seats", "capaciteit", "capacity"})
        if (l.find(w) != std::string::npos) context = true;
    if (!context) return {};
    for (std::size_t i = 0; i < l.size(); ++i) {
        if (!is_digit(l[i]) || (i > 0 && (is_word_byte(l[i - 1]) || l[i - 1] == '.' || l[i - 1] == ':'))) continue;
        long n = 0;
        std::size_t k = i;
        while (k < l.size() && is_digit(l[k]) && n < 1000000) n = n * 10 + (l[k++] - '0');
        if (k < l.size() && (l[k] == '.' || l[k] == ':') && k + 1 < l.size() && is_digit(l[k + 1])) {
            i = k + 1;  // a time or a price, not a count
            continue;
        }
        if (n > 0 && n <= 100000) return (int)n;
        i = k;
    }
    return {};
}

// [SECTION] People and organisations -----------------------------------------------------

namespace {

bool is_particle(std::string_view w) {
    static const char* const list[] = {"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "la", "le",
                                       "von", "du", "da", "di", "del", "dos", "des", "in", "op", "vd", "v.d."};
    for (const char* p : list)
        if (w == p) return true;
    return false;
}

bool is_title(std::string_view w) {
    static const char* const list[] = {"dr", "dr.", "prof", "prof.", "mr", "mr.", "ir", "ir.", "drs", "drs.", "ing.",
                                       "mevr.", "mevrouw", "dhr.", "ms", "ms.", "mrs", "mrs.", "mw.", "ds."};
    const std::string l = lower(w);
    for (const char* p : list)
        if (l == p) return true;
    return false;
}

bool starts_upper(std::string_view w) {
    if (w.empty()) return false;
    const unsigned char c = (unsigned char)w[0];
    if (c >= 'A' && c <= 'Z') return true;
    // Latin-1 capitals (Ö, É ...): C3 80..C3 9E
    return c == 0xC3 && w.size() > 1 && (unsigned char)w[1] >= 0x80 && (unsigned char)w[1] <= 0x9E;
}

bool has_org_word(std::string_view s) {
    static const char* const words[] = {
        "gemeente", "griffie", "provincie", "ministerie", "stichting", "vereniging", "universiteit", "hogeschool",
        "bureau", "academie", "afdeling", "raad", "college", "team", "organisatie", "instituut", "platform",
        "netwerk", "vng", "university", "council", "foundation", "ministry", "department", "institute",
        "association", "company", "bv", "b.v.", "nv", "group", "lab", "labs", "centrum", "center", "centre",
        "waterschap", "rijksoverheid", "kennisland", "movisie", "zorgbelang", "ggd", "politie", "school", "ggz"};
    const std::string l = lower(s);
    for (const char* w : words)
        if (contains_word(l, w)) return true;
    return false;
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > b) out.push_back(s.substr(b, i - b));
    }
    return out;
}

std::string strip_article(std::string s) {
    const std::string l = lower(s);
    for (const char* a : {"de ", "het ", "the "})
        if (l.rfind(a, 0) == 0 && s.size() > std::strlen(a)) return s.substr(std::strlen(a));
    return s;
}

}  // namespace

bool looks_like_person_name(std::string_view s) {
    const std::vector<std::string_view> w = words_of(s);
    if (w.size() < 2 || w.size() > 6 || has_org_word(s)) return false;
    int capitalised = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        for (char c : w[i])
            if (is_digit(c) || c == '@' || c == ':' || c == '/' || c == '(' || c == ')') return false;
        if (is_title(w[i])) continue;
        if (i > 0 && i + 1 < w.size() && is_particle(lower(w[i]))) continue;
        if (!starts_upper(w[i])) return false;
        const std::string l = lower(w[i]);
        if (i == 0 && (l == "de" || l == "het" || l == "een" || l == "the" || l == "a" || l == "in" || l == "over" ||
                       l == "met" || l == "voor" || l == "welkom" || l == "pauze" || l == "lunch" || l == "workshop"))
            return false;
        ++capitalised;
    }
    return capitalised >= 2 && starts_upper(w.back());
}

NameOrg split_person(std::string_view raw) {
    std::string s = strip_trailing(trim(raw), ".,;:");
    NameOrg r;
    if (s.empty()) return r;
    // "Name (Org)"
    if (s.back() == ')') {
        const std::size_t open = s.rfind('(');
        if (open != std::string::npos && open > 0) {
            const std::string name = trim(s.substr(0, open)), org = trim(s.substr(open + 1, s.size() - open - 2));
            if (looks_like_person_name(name)) return {name, org};
        }
    }
    // "Name, Org"
    if (const std::size_t comma = s.find(", "); comma != std::string::npos) {
        const std::string name = trim(s.substr(0, comma)), org = trim(s.substr(comma + 2));
        if (looks_like_person_name(name) && !looks_like_person_name(org)) return {name, org};
    }
    // "Saskia van Grinsven van Movisie", "Jan Jansen of Movisie", "Jan Jansen from X", "Jan Jansen – Org"
    for (const char* sep : {" van ", " of ", " from ", " namens ", " \xE2\x80\x93 ", " - ", " bij ", " at "}) {
        std::size_t at = s.rfind(sep);
        if (at == std::string::npos || at == 0) continue;
        const std::string name = trim(s.substr(0, at)), org = trim(s.substr(at + std::strlen(sep)));
        if (looks_like_person_name(name) && !org.empty() && starts_upper(strip_article(org)) &&
            !looks_like_person_name(s)) {
            return {name, strip_article(org)};
        }
        if (looks_like_person_name(name) && words_of(name).size() >= 2 && !org.empty() &&
            (starts_upper(org) || has_org_word(org)) && std::string(sep) == " van " &&
            words_of(org).size() <= 4 && !is_particle(lower(words_of(org).front()))) {
            // "Saskia van Grinsven van Movisie": the last "van" before a capital
            // separates the organisation when the part before is a full name.
            const std::vector<std::string_view> nw = words_of(name);
            if (nw.size() >= 2 && !is_particle(lower(nw.back()))) return {name, org};
        }
    }
    if (looks_like_person_name(s)) {
        r.name = s;
        return r;
    }
    r.organisation = strip_article(s);
    return r;
}

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    int depth = 0;
    std::size_t i = 0;
    auto flush = [&] {
        std::string t = strip_trailing(trim(cur), ".,;:");
        if (!t.empty()) out.push_back(t);
        cur.clear();
    };
    while (i < s.size()) {
        const char c = s[i];
        if (c == '(') ++depth;
        if (c == ')' && depth > 0) --depth;
        if (depth == 0) {
            bool split = false;
            std::size_t skip = 0;
            for (const char* sep : {", ", "; ", " en ", " and ", " & ", " + "})
                if (s.compare(i, std::strlen(sep), sep) == 0) {
                    split = true;
                    skip = std::strlen(sep);
                    break;
                }
            if (split) {
                flush();
                i += skip;
                continue;
            }
        }
        cur += c;
        ++i;
    }
    flush();
    return out;
}

std::vector<NameOrg> split_people(std::string_view s) {
    // "Chris Sigaloff, Kennisland" is one person; "A, B en C" are three.
    const NameOrg whole = split_person(s);
    if (!whole.name.empty() && !whole.organisation.empty() && s.find(" en ") == std::string_view::npos &&
        s.find(" and ") == std::string_view::npos)
        return {whole};
    std::vector<NameOrg> out;
    for (const std::string& part : split_list(s)) {
        NameOrg p = split_person(part);
        if (!p.name.empty() || !p.organisation.empty()) out.push_back(std::move(p));
    }
    return out;
}

}  // namespace dagdeel::text_import
