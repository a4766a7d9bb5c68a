// Dates as people type them into a form ("19-6-2018", "di 19 juni 2018",
// "19 jun", "June 19, 2018") and dates written back in the user's language
// ("dinsdag 19 juni 2018"). Standard library only; never throws.
//
// Kept apart from civil_time.hpp (calendar arithmetic and file formats): this
// file owns the policy of which human forms are accepted.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace dagdeel {

enum class DateLanguage { nl, en };

struct DateInput {
    enum class Status {
        ok,                 // date holds the date
        empty,              // nothing typed (clears the field)
        unreadable,         // not a form we accept
        no_such_date,       // readable but not in the calendar ("31-6-2018")
        weekday_mismatch,   // "wo 19 juni 2018": date holds the date, weekday is wrong
    };
    Status status = Status::unreadable;
    Date date;              // set for ok and weekday_mismatch
    int typed_weekday = -1; // 0 = Sunday .. 6; -1 when none was typed
};

// Accepted in both languages: "19-06-2018", "19-6-2018", "19/6/2018",
// "19.6.2018", "2018-06-19", "19-6-18" (20xx), and any of these without a year
// ("19-6", "19/6"). In Dutch: "19 juni 2018", "di 19 juni 2018", "dinsdag 19
// juni", "19 jun". In English, additionally: "19 June 2018", "Tue 19 June
// 2018", "June 19, 2018", "Jun 19". Month and weekday names of both languages
// are understood whatever `lang`, so a Dutch name in an English UI still
// works; the numeric order is always day-month (never American month/day).
// A date without a year is the first such date on or after `today` (the next
// 29 February when the year has none).
DateInput parse_date_input(std::string_view text, const Date& today, DateLanguage lang);

// "19 juni 2018" / "19 June 2018"; with_weekday: "dinsdag 19 juni 2018";
// short_weekday: "di 19 juni 2018" / "Tue 19 June 2018". Unset or invalid -> "".
std::string format_date_words(const Date& d, DateLanguage lang, bool with_weekday = false,
                              bool short_weekday = false);

// The forms the parser accepts, for a message under a field.
const char* accepted_date_forms(DateLanguage lang);

}  // namespace dagdeel
