// Civil (wall-clock) dates and times and the forms people type them in.
// Pure arithmetic on the proleptic Gregorian calendar; no time zones here
// (see time_zone.hpp). Parsers return std::nullopt instead of throwing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace dagdeel {

// "13:30", "13.30", "1330", "13u30", "9:30", "9", "13u" -> minutes since midnight.
std::optional<Minutes> parse_time_of_day(std::string_view text);
// "45", "1:15", "1h15", "1h", "90 min", "90m", "1,5 uur", "2u" -> minutes (> 0 allowed 0..)
std::optional<Minutes> parse_duration(std::string_view text);
// Strict "HH:MM" (file format): 00:00..47:59 allowed for after-midnight, else nullopt.
std::optional<Minutes> parse_hhmm_strict(std::string_view text);
// "HH:MM" with two-digit hours; values >= 1440 are written as "24:15" etc.
std::string format_hhmm(Minutes m);
// Dutch announcement style "13.30".
std::string format_hdotmm(Minutes m);

// Strict ISO "YYYY-MM-DD" (valid calendar date) -> Date.
std::optional<Date> parse_iso_date(std::string_view text);
std::string format_iso_date(const Date& d);
bool is_valid_date(const Date& d);

// Days since 1970-01-01 (may be negative) and back.
long long days_from_civil(const Date& d);
Date civil_from_days(long long days);
// 0 = Sunday .. 6 = Saturday
int weekday(const Date& d);
Date add_days(const Date& d, int n);

}  // namespace dagdeel
