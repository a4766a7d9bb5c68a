// The announcement's words in Dutch and English, and how it writes dates,
// times, rooms and ordinals: the phrasing every section of the outline
// (announcement_outline.cpp) shares.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/civil_time.hpp"
#include "io/announcement/announcement_outline.hpp"
#include "io/announcement/announcement_words.hpp"

namespace dagdeel {

namespace announce::words_detail {

namespace {

const Words kDutch = {
    "Programma", "Voor wie?", "Praktisch", "Datum", "Data", "Tijd", "(inloop vanaf %s)", "Locatie", "Online",
    "Toegang gratis", "Kosten", "Maximaal %d deelnemers", "Organisatie", "Aanmelden", "vóór", "via",
    "Meer informatie?", "Neem contact op met:", "Meer informatie", "(o.v.)", "(vervalt)", "geleid door", "en",
    "Zaal", "Wat je kunt verwachten", "Vragen die aan de orde komen",
    "In de workshop komen vragen aan de orde als:", "In het kort", "Vorm", "Incompany", "Open inschrijving",
    "Doelgroep", "Max. deelnemers", "Aantal dagen", "Duur", "Investering", "gratis", "Trainers", "Contact",
    "Deze bijeenkomst is deel %d van %d",
};

const Words kEnglish = {
    "Programme", "Who is it for?", "Practical information", "Date", "Dates", "Time", "(doors open %s)", "Venue",
    "Online", "Admission free", "Fee", "At most %d participants", "Organised by", "Register", "before", "via",
    "More information?", "Please contact:", "More information", "(tbc)", "(cancelled)", "led by", "and", "Room",
    "What to expect", "Questions we will address", "Questions the workshop addresses include:", "At a glance",
    "Format", "In-company", "Open enrolment", "Target groups", "Max. participants", "Number of days", "Duration",
    "Investment", "free", "Trainers", "Contact", "This meeting is part %d of %d",
};

}  // namespace

const Words& words(AnnouncementLanguage lang) { return lang == AnnouncementLanguage::nl ? kDutch : kEnglish; }


namespace {

const char* const kMonthsNl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                 "juli",    "augustus", "september", "oktober", "november", "december"};
const char* const kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
const char* const kWeekdaysNl[] = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
const char* const kWeekdaysEn[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

}  // namespace

const char* month_name(int month, AnnouncementLanguage lang) {
    return lang == AnnouncementLanguage::nl ? kMonthsNl[month - 1] : kMonthsEn[month - 1];
}

const char* weekday_name(int weekday, AnnouncementLanguage lang) {
    return lang == AnnouncementLanguage::nl ? kWeekdaysNl[weekday] : kWeekdaysEn[weekday];
}

std::string printf_int(const char* pattern, int a, int b) {
    char buf[160];
    std::snprintf(buf, sizeof buf, pattern, a, b);
    return buf;
}

std::string printf_str(const char* pattern, const std::string& s) {
    std::string out = pattern;
    const auto at = out.find("%s");
    if (at != std::string::npos) out.replace(at, 2, s);
    return out;
}

// "Zaal 3" for a room named "3" or "B", but "Zaal 1" and "Kazemattenzaal"
// as named: only a bare number or letter needs the word in front.
std::string room_label(const std::string& name, AnnouncementLanguage lang) {
    const bool bare_number = std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); });
    const bool bare_letter = name.size() == 1 && std::isalpha(static_cast<unsigned char>(name[0]));
    if (!bare_number && !bare_letter) return name;
    return std::string(words(lang).room) + " " + name;
}

std::string ordinal(int n, AnnouncementLanguage lang) {
    static const char* const nl[] = {"eerste", "tweede", "derde",  "vierde",  "vijfde",
                                     "zesde",  "zevende", "achtste", "negende", "tiende"};
    static const char* const en[] = {"first", "second",  "third",  "fourth", "fifth",
                                     "sixth", "seventh", "eighth", "ninth",  "tenth"};
    if (n >= 1 && n <= 10) return lang == AnnouncementLanguage::nl ? nl[n - 1] : en[n - 1];
    if (lang == AnnouncementLanguage::nl) return std::to_string(n) + "e";
    const int mod100 = n % 100, mod10 = n % 10;
    const char* suffix = (mod100 >= 11 && mod100 <= 13) ? "th"
                         : mod10 == 1                   ? "st"
                         : mod10 == 2                   ? "nd"
                         : mod10 == 3                   ? "rd"
                                                        : "th";
    return std::to_string(n) + suffix;
}

}  // namespace announce::words_detail

namespace {
using announce::words_detail::month_name;
using announce::words_detail::weekday_name;
}  // namespace

std::string format_long_date(const Date& d, AnnouncementLanguage lang, bool with_weekday, bool with_year) {
    if (!d.is_set() || !is_valid_date(d)) return "";
    std::string out;
    if (with_weekday) out += std::string(weekday_name(weekday(d), lang)) + " ";
    out += std::to_string(d.day) + " " + month_name(d.month, lang);
    if (with_year) out += " " + std::to_string(d.year);
    return out;
}

std::string format_announcement_time(Minutes m, AnnouncementLanguage lang) {
    if (lang == AnnouncementLanguage::nl) return format_hdotmm(m) + " uur";
    std::string hhmm = format_hhmm(((m % 1440) + 1440) % 1440);
    return hhmm;
}

std::string format_announcement_range(Minutes from, Minutes to, AnnouncementLanguage lang) {
    if (lang == AnnouncementLanguage::nl) return format_hdotmm(from) + " – " + format_hdotmm(to) + " uur";
    return format_announcement_time(from, lang) + " – " + format_announcement_time(to, lang);
}

AnnouncementLanguage announcement_language_for(const Document& doc) {
    const std::string& l = doc.event.language;
    return (l.size() >= 2 && (l[0] == 'e' || l[0] == 'E') && (l[1] == 'n' || l[1] == 'N'))
               ? AnnouncementLanguage::en
               : AnnouncementLanguage::nl;
}

}  // namespace dagdeel
