// The print pages' front door: names and dispatch (see print.hpp).
#include "io/print/print.hpp"

#include "io/print/print_writers.hpp"

namespace dagdeel {

const char* to_string(PrintPage page) {
    switch (page) {
        case PrintPage::announcement: return "print-announcement";
        case PrintPage::programme: return "print-programme";
        case PrintPage::rooms: return "print-rooms";
        case PrintPage::people: return "print-people";
        case PrintPage::attendance: return "print-attendance";
        case PrintPage::badges: return "print-badges";
    }
    return "print-announcement";
}

const std::vector<PrintPage>& all_print_pages() {
    static const std::vector<PrintPage> pages = {PrintPage::announcement, PrintPage::programme, PrintPage::rooms,
                                                 PrintPage::people, PrintPage::attendance, PrintPage::badges};
    return pages;
}

std::optional<PrintPage> print_page_from_string(std::string_view name) {
    for (PrintPage p : all_print_pages())
        if (name == to_string(p)) return p;
    return std::nullopt;
}

std::string write_print_page(const Document& doc, PrintPage page, AnnouncementLanguage language) {
    switch (page) {
        case PrintPage::announcement: return print::write_announcement_page(doc, language);
        case PrintPage::programme: return print::write_programme_page(doc, language);
        case PrintPage::rooms: return print::write_room_signs(doc, language);
        case PrintPage::people: return print::write_briefings(doc, language);
        case PrintPage::attendance: return print::write_attendance_lists(doc, language);
        case PrintPage::badges: return print::write_badges(doc, language);
    }
    return {};
}

}  // namespace dagdeel
