// Internal: one writer per print page (print_<page>.cpp); print.cpp picks one.
#pragma once

#include <string>

#include "io/print/print_page.hpp"

namespace dagdeel::print {

std::string write_announcement_page(const Document& doc, Lang lang);
std::string write_programme_page(const Document& doc, Lang lang);
std::string write_room_signs(const Document& doc, Lang lang);
std::string write_briefings(const Document& doc, Lang lang);
std::string write_attendance_lists(const Document& doc, Lang lang);  // print_attendance.cpp
std::string write_badges(const Document& doc, Lang lang);

}  // namespace dagdeel::print
