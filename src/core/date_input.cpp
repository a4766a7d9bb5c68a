// Reading typed dates: the text is cut into number and word tokens (any of
// " ,-/." separates them), an optional leading weekday is taken off, and what
// is left must be one of three shapes: numbers only (D M [Y] or YYYY M D),
// D Month [Y], or Month D [Y]. Names are matched case-insensitively, in full
// or by a prefix of three letters or more that names one month (or weekday)
// only, so "jun", "sept", "okt", "mrt" and "dins" all work.
#include "core/date_input.hpp"

#include <array>
#include <cctype>
#include <vector>

#include "core/civil_time.hpp"

namespace dagdeel {
namespace {

struct Name {
    const char* text;
    int value;
};

// Months 1..12. Both languages are listed: a Dutch name typed in the English
// UI (or the reverse) is still meant as that month.
constexpr std::array<Name, 27> kMonths = {{
    {"januari", 1},  {"january", 1},  {"februari", 2}, {"february", 2}, {"maart", 3},   {"march", 3},
    {"mrt", 3},      {"april", 4},    {"mei", 5},      {"may", 5},      {"juni", 6},    {"june", 6},
    {"juli", 7},     {"july", 7},     {"augustus", 8}, {"august", 8},   {"september", 9}, {"sept", 9},
    {"oktober", 10}, {"october", 10}, {"november", 11}, {"december", 12}, {"jan", 1},   {"feb", 2},
    {"apr", 4},      {"aug", 8},      {"okt", 10},
}};

// Weekdays 0 = Sunday .. 6. Two-letter Dutch and English abbreviations do
// not collide (ma di wo do vr za zo / mo tu we th fr sa su).
constexpr std::array<Name, 28> kWeekdays = {{
    {"zondag", 0},   {"sunday", 0},    {"zo", 0},     {"su", 0},  {"maandag", 1},   {"monday", 1},
    {"ma", 1},       {"mo", 1},        {"dinsdag", 2}, {"tuesday", 2}, {"di", 2},    {"tu", 2},
    {"woensdag", 3}, {"wednesday", 3}, {"wo", 3},     {"we", 3},  {"donderdag", 4}, {"thursday", 4},
    {"do", 4},       {"th", 4},        {"vrijdag", 5}, {"friday", 5}, {"vr", 5},     {"fr", 5},
    {"zaterdag", 6}, {"saturday", 6},  {"za", 6},     {"sa", 6},
}};

const char* const kMonthWordsNl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                     "juli",    "augustus", "september", "oktober", "november", "december"};
const char* const kMonthWordsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
const char* const kWeekdayWordsNl[] = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
const char* const kWeekdayWordsEn[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kWeekdayShortNl[] = {"zo", "ma", "di", "wo", "do", "vr", "za"};
const char* const kWeekdayShortEn[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

// Exact name, or a prefix of >= 3 letters of names that all mean one value.
template <std::size_t N>
int lookup(const std::array<Name, N>& names, const std::string& word, std::size_t min_prefix = 3) {
    int found = -1;
    for (const Name& n : names) {
        const std::string_view full(n.text);
        if (full == word) return n.value;
        if (word.size() >= min_prefix && full.substr(0, word.size()) == word) {
            if (found != -1 && found != n.value) return -1;  // "ju": June or July?
            found = n.value;
        }
    }
    return found;
}

struct Token {
    bool number = false;
    std::string text;  // lower-case letters, or digits
};

// nullopt when the text holds anything but letters, digits and separators.
std::optional<std::vector<Token>> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == ',' || c == '-' || c == '/' || c == '.') {
            ++i;
            continue;
        }
        const bool digit = std::isdigit(c) != 0;
        if (!digit && !std::isalpha(c)) return std::nullopt;  // also every non-ASCII byte
        Token t{digit, {}};
        while (i < text.size()) {
            const unsigned char d = static_cast<unsigned char>(text[i]);
            if (digit ? !std::isdigit(d) : !std::isalpha(d)) break;
            t.text += static_cast<char>(digit ? d : std::tolower(d));
            ++i;
        }
        if (t.text.size() > 9) return std::nullopt;  // no number or name that long
        tokens.push_back(std::move(t));
    }
    return tokens;
}

// A year as typed: four digits as is, two digits in this century.
int read_year(const Token& t) {
    if (!t.number) return -1;
    const int v = std::stoi(t.text);
    if (t.text.size() == 4) return v >= 1 ? v : -1;
    if (t.text.size() == 2) return 2000 + v;
    return -1;
}

int read_small(const Token& t) {
    if (!t.number || t.text.size() > 2) return -1;
    return std::stoi(t.text);
}

// The first date with this month and day on or after `today`; nullopt when
// no year has it (31 June). 29 February waits for the next leap year.
std::optional<Date> next_occurrence(int month, int day, const Date& today) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    const int base = today.is_set() ? today.year : 2000;
    for (int y = base; y <= base + 8; ++y) {
        const Date d{y, month, day};
        if (!is_valid_date(d)) continue;
        if (!today.is_set() || !(d < today)) return d;
    }
    return std::nullopt;
}

struct Parts {
    int year = 0;  // 0: not typed
    int month = -1, day = -1;
};

// The three shapes; nullopt when the tokens fit none.
std::optional<Parts> read_shape(const std::vector<Token>& t) {
    const std::size_t n = t.size();
    if (n < 2 || n > 3) return std::nullopt;
    Parts p;
    if (t[0].number && t[1].number) {
        if (n == 3 && t[0].text.size() == 4) {  // 2018-06-19
            p.year = read_year(t[0]);
            p.month = read_small(t[1]);
            p.day = read_small(t[2]);
        } else {  // 19-6[-2018]: day first, as in Dutch and British usage
            p.day = read_small(t[0]);
            p.month = read_small(t[1]);
            if (n == 3) p.year = read_year(t[2]);
        }
    } else if (t[0].number && !t[1].number) {  // 19 juni [2018]
        p.day = read_small(t[0]);
        p.month = lookup(kMonths, t[1].text);
        if (n == 3) p.year = read_year(t[2]);
    } else if (!t[0].number && t[1].number) {  // June 19[, 2018]
        p.month = lookup(kMonths, t[0].text);
        p.day = read_small(t[1]);
        if (n == 3) p.year = read_year(t[2]);
    } else {
        return std::nullopt;
    }
    if (p.day < 0 || p.month < 0 || p.year < 0) return std::nullopt;
    return p;
}

}  // namespace

DateInput parse_date_input(std::string_view text, const Date& today, DateLanguage) {
    DateInput out;
    std::optional<std::vector<Token>> tokens = tokenize(text);
    if (!tokens) return out;
    if (tokens->empty()) {
        out.status = DateInput::Status::empty;
        return out;
    }
    // A leading weekday ("di", "Tue", "dinsdag"), unless that word is a month.
    if (!tokens->front().number && tokens->size() > 2 && lookup(kMonths, tokens->front().text) < 0) {
        out.typed_weekday = lookup(kWeekdays, tokens->front().text);
        if (out.typed_weekday < 0) return out;
        tokens->erase(tokens->begin());
    }
    const std::optional<Parts> parts = read_shape(*tokens);
    if (!parts) return out;
    if (parts->year == 0) {
        const std::optional<Date> next = next_occurrence(parts->month, parts->day, today);
        if (!next) {
            out.status = DateInput::Status::no_such_date;
            return out;
        }
        out.date = *next;
    } else {
        out.date = Date{parts->year, parts->month, parts->day};
        if (parts->year > 9999 || !is_valid_date(out.date)) {
            out.date = {};
            out.status = DateInput::Status::no_such_date;
            return out;
        }
    }
    out.status = out.typed_weekday >= 0 && out.typed_weekday != weekday(out.date) ? DateInput::Status::weekday_mismatch
                                                                                  : DateInput::Status::ok;
    return out;
}

std::string format_date_words(const Date& d, DateLanguage lang, bool with_weekday, bool short_weekday) {
    if (!d.is_set() || !is_valid_date(d)) return "";
    const bool nl = lang == DateLanguage::nl;
    std::string out;
    if (with_weekday || short_weekday) {
        const int w = weekday(d);
        out += short_weekday ? (nl ? kWeekdayShortNl[w] : kWeekdayShortEn[w]) : (nl ? kWeekdayWordsNl[w] : kWeekdayWordsEn[w]);
        out += ' ';
    }
    out += std::to_string(d.day) + " " + (nl ? kMonthWordsNl[d.month - 1] : kMonthWordsEn[d.month - 1]) + " " +
           std::to_string(d.year);
    return out;
}

const char* accepted_date_forms(DateLanguage lang) {
    return lang == DateLanguage::nl
               ? "Typ een datum als 19-6-2018, 19/6/2018, 19 juni 2018, di 19 juni 2018, 2018-06-19 of 19 jun "
                 "(zonder jaar: de eerstvolgende)."
               : "Type a date as 19-6-2018, 19/6/2018, 19 June 2018, Tue 19 June 2018, June 19, 2018, 2018-06-19 "
                 "or 19 Jun (without a year: the next one).";
}

}  // namespace dagdeel
