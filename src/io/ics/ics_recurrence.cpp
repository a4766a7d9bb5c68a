// RRULE expansion for the iCalendar reader (RFC 5545 3.3.10), the common
// subset: FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, COUNT, UNTIL, BYDAY
// (with ordinals in MONTHLY/YEARLY), BYMONTHDAY, BYMONTH, WKST.
#include <algorithm>
#include <cstdlib>

#include "core/civil_time.hpp"
#include "io/ics/ics_internal.hpp"
#include "io/ics/ics_lexer.hpp"  // upper(): one ASCII upper-casing for the whole reader

namespace dagdeel::ics_detail {

namespace {

bool digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) {
        if (v > 100000000) break;
        v = v * 10 + (c - '0');
    }
    return v;
}

// "-1" "15" "+2" -> value; nullopt when not a small signed integer.
std::optional<int> signed_int(std::string_view s) {
    bool neg = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) neg = s[0] == '-', s.remove_prefix(1);
    if (!digits(s) || s.size() > 6) return std::nullopt;
    int v = to_int(s);
    return neg ? -v : v;
}

std::optional<int> weekday_code(std::string_view s) {
    static const char* names[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
    for (int i = 0; i < 7; ++i)
        if (s == names[i]) return i;
    return std::nullopt;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (true) {
        std::size_t n = s.find(sep, pos);
        out.push_back(s.substr(pos, n == std::string_view::npos ? std::string_view::npos : n - pos));
        if (n == std::string_view::npos) return out;
        pos = n + 1;
    }
}

struct ByDay {
    int ordinal = 0;  // 0 = every such weekday in the period
    int weekday = 0;
};

struct Rule {
    enum class Freq { daily, weekly, monthly, yearly } freq = Freq::daily;
    int interval = 1;
    int count = 0;  // 0 = no COUNT
    std::optional<UtcSeconds> until;
    std::vector<ByDay> byday;
    std::vector<int> bymonthday;
    std::vector<int> bymonth;
    int wkst = 1;  // Monday
};

// Weekday `wd` number `ord` (1.., or -1.. from the end) within [first, last].
void nth_weekdays(const Date& first, const Date& last, const ByDay& b, std::vector<Date>& out) {
    const long long a = days_from_civil(first), z = days_from_civil(last);
    const long long first_match = a + ((b.weekday - weekday(first)) % 7 + 7) % 7;
    if (b.ordinal == 0) {
        for (long long d = first_match; d <= z; d += 7) out.push_back(civil_from_days(d));
    } else if (b.ordinal > 0) {
        const long long d = first_match + 7LL * (b.ordinal - 1);
        if (d <= z) out.push_back(civil_from_days(d));
    } else {
        const long long last_match = z - ((weekday(last) - b.weekday) % 7 + 7) % 7;
        const long long d = last_match + 7LL * (b.ordinal + 1);
        if (d >= a) out.push_back(civil_from_days(d));
    }
}

void month_days(int year, int month, const Rule& r, const Date& start, std::vector<Date>& out) {
    const int len = days_in_month(year, month);
    if (len == 0) return;
    std::vector<Date> c;
    if (!r.byday.empty()) {
        for (const ByDay& b : r.byday) nth_weekdays({year, month, 1}, {year, month, len}, b, c);
        if (!r.bymonthday.empty())
            std::erase_if(c, [&](const Date& d) {
                return std::none_of(r.bymonthday.begin(), r.bymonthday.end(),
                                    [&](int md) { return md == d.day || (md < 0 && len + md + 1 == d.day); });
            });
    } else if (!r.bymonthday.empty()) {
        for (int md : r.bymonthday) {
            const int day = md > 0 ? md : len + md + 1;
            if (day >= 1 && day <= len) c.push_back({year, month, day});
        }
    } else if (start.day <= len) {
        c.push_back({year, month, start.day});
    }
    out.insert(out.end(), c.begin(), c.end());
}

bool month_allowed(const Rule& r, int month) {
    return r.bymonth.empty() || std::find(r.bymonth.begin(), r.bymonth.end(), month) != r.bymonth.end();
}

}  // namespace

Expansion expand_rrule(std::string_view text, const Frame& frame, const Date& start_date, int start_seconds,
                       int max_instances, int max_days) {
    Expansion x;
    x.dates.push_back(start_date);
    Rule r;
    bool has_freq = false;
    std::string unsupported;
    for (std::string_view part : split(text, ';')) {
        if (part.empty()) continue;
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos) {
            x.message = "RRULE part \"" + std::string(part) + "\" has no '='";
            return x;
        }
        const std::string key = upper(part.substr(0, eq));
        const std::string value = upper(part.substr(eq + 1));
        if (key == "FREQ") {
            has_freq = true;
            if (value == "DAILY") r.freq = Rule::Freq::daily;
            else if (value == "WEEKLY") r.freq = Rule::Freq::weekly;
            else if (value == "MONTHLY") r.freq = Rule::Freq::monthly;
            else if (value == "YEARLY") r.freq = Rule::Freq::yearly;
            else unsupported = "FREQ=" + value;
        } else if (key == "INTERVAL") {
            if (!digits(value) || value.size() > 5 || to_int(value) < 1) unsupported = "INTERVAL=" + value;
            else r.interval = to_int(value);
        } else if (key == "COUNT") {
            if (!digits(value) || value.size() > 9) unsupported = "COUNT=" + value;
            else r.count = std::max(1, to_int(value));
        } else if (key == "UNTIL") {
            auto w = parse_when(value);
            if (!w) {
                unsupported = "UNTIL=" + value;
            } else if (w->date_only) {
                r.until = frame_to_utc(frame, w->date, 86399);
                if (frame.date_only) r.until = frame_to_utc(frame, w->date, 0);
            } else if (w->utc) {
                r.until = frame_to_utc({false, true, nullptr}, w->date, w->seconds);
            } else {
                r.until = frame_to_utc(frame, w->date, w->seconds);
            }
        } else if (key == "BYDAY") {
            for (std::string_view v : split(value, ',')) {
                if (v.size() < 2) { unsupported = "BYDAY=" + value; break; }
                auto wd = weekday_code(v.substr(v.size() - 2));
                std::optional<int> ord = v.size() == 2 ? std::optional<int>(0) : signed_int(v.substr(0, v.size() - 2));
                if (!wd || !ord || *ord < -53 || *ord > 53) { unsupported = "BYDAY=" + value; break; }
                r.byday.push_back({*ord, *wd});
            }
        } else if (key == "BYMONTHDAY") {
            for (std::string_view v : split(value, ',')) {
                auto n = signed_int(v);
                if (!n || *n == 0 || *n < -31 || *n > 31) { unsupported = "BYMONTHDAY=" + value; break; }
                r.bymonthday.push_back(*n);
            }
        } else if (key == "BYMONTH") {
            for (std::string_view v : split(value, ',')) {
                if (!digits(v) || v.size() > 2 || to_int(v) < 1 || to_int(v) > 12) { unsupported = "BYMONTH=" + value; break; }
                r.bymonth.push_back(to_int(v));
            }
        } else if (key == "WKST") {
            if (auto wd = weekday_code(value)) r.wkst = *wd;
        } else {
            unsupported = key;  // BYSETPOS, BYWEEKNO, BYYEARDAY, BYHOUR, ... and unknown parts
        }
        if (!unsupported.empty()) break;
    }
    if (!has_freq) unsupported = "a rule without FREQ";
    // Ordinals in BYDAY only make sense for MONTHLY and YEARLY.
    if (unsupported.empty() && (r.freq == Rule::Freq::daily || r.freq == Rule::Freq::weekly))
        for (const ByDay& b : r.byday)
            if (b.ordinal != 0) unsupported = "BYDAY with a number in a " +
                                              std::string(r.freq == Rule::Freq::daily ? "DAILY" : "WEEKLY") + " rule";
    if (!unsupported.empty()) {
        x.message = "RRULE with " + unsupported + " is not expanded; only the first occurrence is imported";
        return x;
    }

    const long long d0 = days_from_civil(start_date);
    const long long limit = d0 + max_days;
    int produced = 1;  // DTSTART counts as the first instance
    std::vector<Date> cand;
    // Periods are bounded by the day limit; the cap on steps guards against
    // rules that can never match (BYMONTHDAY=31 with BYMONTH=2).
    for (long long k = 0; k < 200000; ++k) {
        cand.clear();
        long long period_start = 0;
        bool past_year_9999 = false;
        switch (r.freq) {
        case Rule::Freq::daily: {
            period_start = d0 + k * r.interval;
            const Date d = civil_from_days(period_start);
            bool ok = month_allowed(r, d.month);
            if (ok && !r.byday.empty())
                ok = std::any_of(r.byday.begin(), r.byday.end(), [&](const ByDay& b) { return b.weekday == weekday(d); });
            if (ok && !r.bymonthday.empty()) {
                const int len = days_in_month(d.year, d.month);
                ok = std::any_of(r.bymonthday.begin(), r.bymonthday.end(),
                                 [&](int md) { return md == d.day || (md < 0 && len + md + 1 == d.day); });
            }
            if (ok) cand.push_back(d);
            break;
        }
        case Rule::Freq::weekly: {
            const long long week0 = d0 - ((weekday(start_date) - r.wkst) % 7 + 7) % 7;
            period_start = week0 + 7 * k * r.interval;
            if (r.byday.empty()) {
                cand.push_back(civil_from_days(period_start + ((weekday(start_date) - r.wkst) % 7 + 7) % 7));
            } else {
                for (int i = 0; i < 7; ++i) {
                    const Date d = civil_from_days(period_start + i);
                    if (std::any_of(r.byday.begin(), r.byday.end(), [&](const ByDay& b) { return b.weekday == weekday(d); }))
                        cand.push_back(d);
                }
            }
            std::erase_if(cand, [&](const Date& d) { return !month_allowed(r, d.month); });
            break;
        }
        case Rule::Freq::monthly: {
            const long long m = (start_date.month - 1) + k * r.interval;
            const int year = start_date.year + static_cast<int>(m / 12), month = static_cast<int>(m % 12) + 1;
            if (year > 9999) { past_year_9999 = true; break; }
            period_start = days_from_civil({year, month, 1});
            if (month_allowed(r, month)) month_days(year, month, r, start_date, cand);
            break;
        }
        case Rule::Freq::yearly: {
            const int year = start_date.year + static_cast<int>(k * r.interval);
            if (year > 9999) { past_year_9999 = true; break; }
            period_start = days_from_civil({year, 1, 1});
            if (!r.bymonth.empty()) {
                for (int month : r.bymonth) month_days(year, month, r, start_date, cand);
            } else if (!r.byday.empty() && r.bymonthday.empty()) {
                for (const ByDay& b : r.byday) nth_weekdays({year, 1, 1}, {year, 12, 31}, b, cand);
            } else if (!r.bymonthday.empty()) {
                month_days(year, start_date.month, r, start_date, cand);
            } else if (start_date.day <= days_in_month(year, start_date.month)) {
                cand.push_back({year, start_date.month, start_date.day});
            }
            break;
        }
        }
        if (past_year_9999) return x;
        if (period_start > limit) {
            x.truncated = r.count == 0 ? !r.until || *r.until > frame_to_utc(frame, civil_from_days(limit), 0)
                                       : produced < r.count;
            return x;
        }
        std::sort(cand.begin(), cand.end());
        cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
        for (const Date& d : cand) {
            const long long dd = days_from_civil(d);
            if (dd <= d0) continue;  // DTSTART is already in
            if (r.until && frame_to_utc(frame, d, start_seconds) > *r.until) return x;
            if (r.count && produced >= r.count) return x;
            if (dd > limit || produced >= max_instances) {
                x.truncated = true;
                return x;
            }
            x.dates.push_back(d);
            ++produced;
        }
        if (r.count && produced >= r.count) return x;
    }
    x.truncated = true;
    return x;
}

}  // namespace dagdeel::ics_detail
