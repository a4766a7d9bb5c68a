// Internal to the announcement outline: the shared word tables and phrasing
// helpers (announcement_words.cpp). Not part of the public announcement API.
#pragma once

#include <string>

#include "io/announcement/announcement.hpp"

namespace dagdeel::announce::words_detail {

struct Words {
    const char* programme;
    const char* for_whom;
    const char* practical;
    const char* date;
    const char* dates;
    const char* time;
    const char* doors_open;  // "(inloop vanaf %s)"
    const char* venue;
    const char* online;
    const char* admission_free;
    const char* cost;
    const char* max_participants;  // "Maximaal %d deelnemers"
    const char* organisers;
    const char* register_;
    const char* before;
    const char* via;
    const char* more_info;
    const char* contact_us;
    const char* website;
    const char* tentative;
    const char* cancelled;
    const char* led_by;
    const char* and_;
    const char* room;
    const char* what_to_expect;
    const char* questions;
    const char* design_questions;
    const char* at_a_glance;
    const char* format;
    const char* in_company;
    const char* open;
    const char* target_groups;
    const char* max_participants_label;
    const char* days;
    const char* duration;
    const char* investment;
    const char* free;
    const char* trainers;
    const char* contact;
    const char* series_part;  // "Deze bijeenkomst is deel %d van %d"
};

const Words& words(AnnouncementLanguage lang);
const char* month_name(int month, AnnouncementLanguage lang);    // month 1..12
const char* weekday_name(int weekday, AnnouncementLanguage lang);  // 0 = Sunday
std::string printf_int(const char* pattern, int a, int b = 0);
std::string printf_str(const char* pattern, const std::string& s);
// "Zaal 3" for a room named "3" or "B", as named otherwise.
std::string room_label(const std::string& name, AnnouncementLanguage lang);
std::string ordinal(int n, AnnouncementLanguage lang);

}  // namespace dagdeel::announce::words_detail
