// Civil (wall-clock) dates and times and the forms people type them in.
// Pure arithmetic on the proleptic Gregorian calendar; no time zones here
// (see time_zone.hpp). Parsers return std::nullopt instead of throwing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace dagdeel {

// What an organiser types as a time of day -> minutes since midnight:
// "13:30", "13.30", "1330", "13u30", "13h30", "9:30", "930", "9", "9u",
// "13 uur", "9.30 uur", "9:30 am"/"1 pm". Hours 0..23, minutes 0..59; "24:00"
// is accepted as the end of the day (1440). Anything else -> nullopt.
std::optional<Minutes> parse_time_of_day(std::string_view text);
// What an organiser types as a length of time -> minutes (0 allowed):
// "45" (bare whole numbers are minutes), "1:15", "1.15", "1h15", "1u30",
// "1h", "2u", "2 uur", "90 min", "90m", "1,5 uur", "1.5h", "1 uur 30 min".
// Negative values, bare decimals ("1,5": hours or minutes?) and anything over
// seven days -> nullopt.
std::optional<Minutes> parse_duration(std::string_view text);
// Strict "HH:MM" (file format): 00:00..47:59 allowed for after-midnight, else nullopt.
std::optional<Minutes> parse_hhmm_strict(std::string_view text);
// "HH:MM" with two-digit hours; values >= 1440 are written as "24:15" etc.
// Negative values get a leading '-'.
std::string format_hhmm(Minutes m);
// Dutch announcement style "13.30", "9.30" (no leading zero). Values past
// midnight wrap ("0.30"): a reader sees the day from the context.
std::string format_hdotmm(Minutes m);

// Strict ISO "YYYY-MM-DD" (valid calendar date, year 0001..9999) -> Date.
std::optional<Date> parse_iso_date(std::string_view text);
// "YYYY-MM-DD"; an unset date (year 0) gives "".
std::string format_iso_date(const Date& d);
bool is_valid_date(const Date& d);
bool is_leap_year(int year);
// 28..31; 0 for a month outside 1..12.
int days_in_month(int year, int month);

// Days since 1970-01-01 (may be negative) and back.
long long days_from_civil(const Date& d);
Date civil_from_days(long long days);
// 0 = Sunday .. 6 = Saturday
int weekday(const Date& d);
Date add_days(const Date& d, int n);

// Wall-clock `minutes` on `date`, counted from midnight of `day` (negative
// before it, 1440 and more on later dates), when that lies within [lo, hi];
// nullopt otherwise. The days between the dates are bounded before they are
// multiplied, so two dates thousands of years apart cannot overflow Minutes
// (fuzz_frab_xml: a <date> 6,514 years from its <day> overflowed int).
std::optional<Minutes> minutes_from_day(const Date& day, const Date& date, long long minutes, Minutes lo, Minutes hi);

}  // namespace dagdeel
