// Print pages: the plan on paper, as self-contained HTML pages that a browser
// prints (or saves as PDF through its print dialog) and planner-cli writes.
//
//   announcement  A4 portrait: the announcement outline (the same outline as
//                 the Markdown, text and HTML exports) in print type.
//   programme     "for the door": per day one A4 landscape sheet, time running
//                 down, rooms across; items for all rooms span the width, a
//                 round's sessions sit side by side with their leaders; type
//                 sized to fill the sheet (readable from two metres).
//   rooms         room signs: per room an A4 with its name, large, and what
//                 happens there with times.
//   people        leader and speaker briefing: per person their items with
//                 times, rooms and co-leaders, the venue, the contact person
//                 and phone.
//
// Every page: <html lang>, headings in order, real lists and tables with
// header cells, black on white, no script (a Content-Security-Policy forbids
// it), no external fonts or resources, every user string escaped. Never
// throws for any document; an empty plan gives a page that says so.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/announcement/announcement.hpp"

namespace dagdeel {

//   attendance    per session an attendance list with a signature column.
//   badges        name badges, 8 per A4 sheet (print_attendance.cpp).
enum class PrintPage { announcement, programme, rooms, people, attendance, badges };

std::string write_print_page(const Document& doc, PrintPage page, AnnouncementLanguage language);

// "print-announcement", "print-programme", "print-rooms", "print-people":
// the names used by planner-cli convert --to and planner.export().
const char* to_string(PrintPage page);
std::optional<PrintPage> print_page_from_string(std::string_view name);
const std::vector<PrintPage>& all_print_pages();

}  // namespace dagdeel
