// Civil dates and times: calendar arithmetic and the lenient parsers for what
// organisers type. The parsers are hand-written scanners rather than regexes
// so that they cost nothing in the wasm build and reject garbage precisely.
//
// [SECTION] text helpers
// [SECTION] times of day
// [SECTION] durations
// [SECTION] strict file formats and formatting
// [SECTION] calendar arithmetic
#include "core/civil_time.hpp"

#include <cmath>
#include <cstdio>

namespace dagdeel {

namespace {

// -----------------------------------------------------------------------------
// [SECTION] text helpers
// -----------------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Lower-cased copy without surrounding whitespace: people type "13.30 Uur ".
std::string normalise(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Removes `suffix` (and the whitespace before it) from the end of `s`.
bool strip_suffix(std::string& s, std::string_view suffix) {
    if (s.size() < suffix.size() || std::string_view(s).substr(s.size() - suffix.size()) != suffix)
        return false;
    s.resize(s.size() - suffix.size());
    while (!s.empty() && is_space(s.back())) s.pop_back();
    return true;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}

// Only called on short all-digit strings, so no overflow.
int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// -----------------------------------------------------------------------------
// [SECTION] times of day
// -----------------------------------------------------------------------------

std::optional<Minutes> make_time(int h, int m) {
    if (m < 0 || m > 59 || h < 0) return std::nullopt;
    if (h == 24 && m == 0) return 1440;  // "tot 24.00 uur": the end of the day
    if (h > 23) return std::nullopt;
    return h * 60 + m;
}

// The time without "uur"/"am"/"pm": "13:30", "13u30", "1330", "9", "9u".
std::optional<Minutes> parse_clock(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i])) ++i;
    std::string_view head = s.substr(0, i), rest = s.substr(i);
    if (head.empty() || head.size() > 4) return std::nullopt;
    if (rest.empty()) {
        // Digits only: "9", "13" are whole hours; "930", "1330" are H MM.
        if (head.size() <= 2) return make_time(to_int(head), 0);
        return make_time(to_int(head.substr(0, head.size() - 2)), to_int(head.substr(head.size() - 2)));
    }
    if (head.size() > 2) return std::nullopt;
    char sep = rest[0];
    if (sep != ':' && sep != '.' && sep != 'u' && sep != 'h') return std::nullopt;
    std::string_view mins = rest.substr(1);
    if (mins.empty() && (sep == 'u' || sep == 'h')) return make_time(to_int(head), 0);  // "9u"
    if (mins.size() != 2 || !all_digits(mins)) return std::nullopt;  // "9:5" is a typo, not 9:05
    return make_time(to_int(head), to_int(mins));
}

// -----------------------------------------------------------------------------
// [SECTION] durations
// -----------------------------------------------------------------------------

enum class Unit { none, hours, minutes, bad };

Unit unit_from_word(std::string_view w) {
    if (w.empty()) return Unit::none;
    for (std::string_view h : {"h", "u", "uur", "uren", "hr", "hrs", "hour", "hours"})
        if (w == h) return Unit::hours;
    for (std::string_view m : {"m", "min", "mins", "minuut", "minuten", "minute", "minutes", "'"})
        if (w == m) return Unit::minutes;
    return Unit::bad;
}

constexpr Minutes max_duration = 7 * 24 * 60;  // beyond a week it is a typo

std::optional<Minutes> finish_duration(double minutes) {
    if (!(minutes >= 0) || minutes > max_duration) return std::nullopt;
    return static_cast<Minutes>(std::lround(minutes));
}

// "1:15" / "1.15": hours and exactly two digits of minutes, like a clock.
std::optional<Minutes> parse_h_colon_mm(std::string_view s) {
    std::size_t sep = s.find_first_of(":.");
    if (sep == std::string_view::npos) return std::nullopt;
    std::string_view h = s.substr(0, sep), m = s.substr(sep + 1);
    if (!all_digits(h) || h.size() > 3 || m.size() != 2 || !all_digits(m)) return std::nullopt;
    int mm = to_int(m);
    if (mm > 59) return std::nullopt;
    return finish_duration(to_int(h) * 60.0 + mm);
}

}  // namespace

std::optional<Minutes> parse_time_of_day(std::string_view text) {
    std::string s = normalise(text);
    int half_day = -1;  // -1: 24-hour clock; 0: am; 12: pm
    if (strip_suffix(s, "am") || strip_suffix(s, "a.m.")) half_day = 0;
    else if (strip_suffix(s, "pm") || strip_suffix(s, "p.m.")) half_day = 12;
    else strip_suffix(s, "uur");
    auto t = parse_clock(s);
    if (!t || half_day < 0) return t;
    int h = *t / 60, m = *t % 60;
    if (h < 1 || h > 12) return std::nullopt;  // "13 pm", "0 am" are not times
    return (h % 12 + half_day) * 60 + m;
}

std::optional<Minutes> parse_duration(std::string_view text) {
    std::string s = normalise(text);
    if (s.empty()) return std::nullopt;
    if (auto hm = parse_h_colon_mm(s)) return hm;

    // Otherwise a sequence of "<number> <unit>" parts: "1 uur 30 min", "1h15".
    double total = 0;
    Unit last = Unit::none;
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        while (i < s.size() && is_space(s[i])) ++i;
        if (i == s.size()) break;
        if (parts > 0) {  // "1 uur en 30 minuten", "1h + 15m"
            std::string_view rest = std::string_view(s).substr(i);
            for (std::string_view joiner : {"en ", "and ", "+"})
                if (rest.substr(0, joiner.size()) == joiner) {
                    i += joiner.size();
                    break;
                }
            while (i < s.size() && is_space(s[i])) ++i;
        }
        std::size_t start = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        std::size_t int_digits = i - start;
        bool decimal = false;
        if (int_digits > 0 && i + 1 < s.size() && (s[i] == ',' || s[i] == '.') && is_digit(s[i + 1])) {
            decimal = true;
            ++i;
            while (i < s.size() && is_digit(s[i])) ++i;
        }
        if (int_digits == 0 || i - start > 9) return std::nullopt;  // "abc", "-5", absurd lengths
        std::string number = s.substr(start, i - start);
        for (char& c : number)
            if (c == ',') c = '.';  // Dutch decimal comma
        double value = std::strtod(number.c_str(), nullptr);

        while (i < s.size() && is_space(s[i])) ++i;
        std::size_t word = i;
        while (i < s.size() && (is_alpha(s[i]) || s[i] == '\'')) ++i;
        Unit unit = unit_from_word(std::string_view(s).substr(word, i - word));
        if (unit == Unit::bad) return std::nullopt;
        if (unit == Unit::none) {
            // A bare number is minutes when it stands alone ("45") or follows
            // hours ("1h15"); a bare decimal is ambiguous and refused.
            if (decimal || !(parts == 0 || last == Unit::hours)) return std::nullopt;
            unit = Unit::minutes;
            if (parts == 0 && i != s.size()) return std::nullopt;
        }
        if (unit == Unit::hours && parts > 0) return std::nullopt;  // "30 min 1 uur", "1h 2h"
        if (unit == Unit::minutes && last == Unit::minutes) return std::nullopt;
        if (unit == Unit::minutes && last == Unit::hours && value >= 60) return std::nullopt;  // "1h75"
        total += unit == Unit::hours ? value * 60 : value;
        last = unit;
        ++parts;
    }
    if (parts == 0) return std::nullopt;
    return finish_duration(total);
}

// -----------------------------------------------------------------------------
// [SECTION] strict file formats and formatting
// -----------------------------------------------------------------------------

std::optional<Minutes> parse_hhmm_strict(std::string_view text) {
    if (text.size() != 5 || text[2] != ':' || !all_digits(text.substr(0, 2)) || !all_digits(text.substr(3)))
        return std::nullopt;
    int h = to_int(text.substr(0, 2)), m = to_int(text.substr(3));
    if (h > 47 || m > 59) return std::nullopt;
    return h * 60 + m;
}

std::string format_hhmm(Minutes m) {
    const char* sign = m < 0 ? "-" : "";
    long long a = m < 0 ? -static_cast<long long>(m) : m;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%02lld:%02lld", sign, a / 60, a % 60);
    return buf;
}

std::string format_hdotmm(Minutes m) {
    int wrapped = ((m % 1440) + 1440) % 1440;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d.%02d", wrapped / 60, wrapped % 60);
    return buf;
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    std::string_view y = text.substr(0, 4), mo = text.substr(5, 2), d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(mo) || !all_digits(d)) return std::nullopt;
    Date date{to_int(y), to_int(mo), to_int(d)};
    if (!is_valid_date(date)) return std::nullopt;
    return date;
}

std::string format_iso_date(const Date& d) {
    if (!d.is_set()) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

// -----------------------------------------------------------------------------
// [SECTION] calendar arithmetic
// -----------------------------------------------------------------------------

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : lengths[month - 1];
}

bool is_valid_date(const Date& d) {
    return d.year >= 1 && d.year <= 9999 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole
// proleptic Gregorian calendar, no tables, no loops.
long long days_from_civil(const Date& d) {
    long long y = d.year - (d.month <= 2 ? 1 : 0);
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long mp = (d.month + 9) % 12;  // March = 0
    long long doy = (153 * mp + 2) / 5 + d.day - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long long z) {
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

int weekday(const Date& d) {
    long long z = days_from_civil(d);
    return static_cast<int>(((z % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
}

Date add_days(const Date& d, int n) { return civil_from_days(days_from_civil(d) + n); }

std::optional<Minutes> minutes_from_day(const Date& day, const Date& date, long long minutes, Minutes lo, Minutes hi) {
    constexpr long long kMinutesPerDay = 1440;
    // Bound both terms before multiplying: a million days (2,700 years) is
    // far past any [lo, hi] of Minutes, and keeps the product small in 64 bits
    // whatever a Date holds.
    constexpr long long kMaxDays = 1000000;
    const long long days = days_from_civil(date) - days_from_civil(day);
    if (days < -kMaxDays || days > kMaxDays || minutes < -kMaxDays || minutes > kMaxDays) return std::nullopt;
    const long long total = days * kMinutesPerDay + minutes;
    if (total < lo || total > hi) return std::nullopt;
    return static_cast<Minutes>(total);
}

}  // namespace dagdeel
