#include "io/formats.hpp"

#include "io/announcement/announcement.hpp"
#include "io/frab/frab_json_reader.hpp"
#include "io/frab/frab_json_writer.hpp"
#include "io/frab/frab_xml_reader.hpp"
#include "io/frab/frab_xml_writer.hpp"
#include "io/ics/ics_reader.hpp"
#include "io/ics/ics_writer.hpp"
#include "io/print/print.hpp"
#include "io/text_import/table_paste.hpp"
#include "io/registrations/registration_outputs.hpp"
#include "io/text_import/text_import.hpp"
#include "core/civil_time.hpp"
#include "core/participants.hpp"
#include <cctype>

namespace dagdeel {

namespace {

bool has_extension(std::string_view name, std::string_view extension) {
    if (name.size() <= extension.size()) return false;
    const std::string_view tail = name.substr(name.size() - extension.size());
    for (std::size_t i = 0; i < tail.size(); ++i)
        if (std::tolower((unsigned char)tail[i]) != extension[i]) return false;
    return true;
}

}  // namespace

ImportFormat detect_import_format(std::string_view text, std::string_view file_name) {
    const std::string_view head = text.substr(0, 4096);
    if (looks_like_ics(head)) return ImportFormat::ics;
    if (looks_like_frab_xml(head)) return ImportFormat::frab_xml;
    if (looks_like_frab_json(text)) return ImportFormat::frab_json;
    // JSON starts with an object or array (after white space or a BOM).
    std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    const std::size_t first = body.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (body[first] == '{' || body[first] == '[')) return ImportFormat::json;
    // A file named .csv/.tsv is a table whatever its cells say; text without
    // a name is one when its rows split evenly (looks_like_csv_table).
    if (has_extension(file_name, ".csv") || has_extension(file_name, ".tsv") || looks_like_csv_table(text))
        return ImportFormat::csv;
    if (looks_like_announcement_text(text)) return ImportFormat::announcement;
    // Anything else is none of our formats and is told so in words.
    return ImportFormat::unknown;
}

const char* to_string(ImportFormat f) {
    switch (f) {
        case ImportFormat::json: return "json";
        case ImportFormat::ics: return "ics";
        case ImportFormat::frab_xml: return "frab-xml";
        case ImportFormat::frab_json: return "frab-json";
        case ImportFormat::announcement: return "announcement";
        case ImportFormat::csv: return "csv";
        case ImportFormat::unknown: return "unknown";
    }
    return "unknown";
}

ReadResult read_format(ImportFormat format, std::string_view text) {
    switch (format) {
        case ImportFormat::ics: return read_ics(text);
        case ImportFormat::frab_xml: return read_frab_xml(text);
        case ImportFormat::frab_json: return read_frab_json(text);
        case ImportFormat::announcement: return read_announcement_text(text);
        case ImportFormat::csv: return read_table_document(text);
        case ImportFormat::unknown:
            return ReadResult{std::nullopt, {Problem{"", not_a_known_format_message(text), true, 0, 0}}};
        case ImportFormat::json: break;
    }
    return read_json(text);
}

namespace {

// [SECTION] the writers, as the table calls them

Written ok_text(std::string text, std::vector<Problem> warnings = {}) {
    return {true, std::move(text), std::move(warnings)};
}

Written failed(std::string path, std::string message) {
    return {false, {}, {{std::move(path), std::move(message), true}}};
}

Written json_writer(const Document& d, const WriteOptions& o) {
    return ok_text(write_json(o.include_participants || d.participants.empty() ? d : erase_personal_data(d)));
}

template <IcsMode mode>
Written ics_writer(const Document& d, const WriteOptions& o) {
    IcsOptions options;
    options.mode = mode;
    options.dtstamp = o.dtstamp;
    options.choices = o.choices;
    IcsWriteResult w = write_ics(d, options);
    return ok_text(std::move(w.text), std::move(w.problems));
}

AnnouncementOptions announcement_options(const Document& d, const WriteOptions& o) {
    AnnouncementOptions a;
    a.language = o.language == "en"   ? AnnouncementLanguage::en
                 : o.language == "nl" ? AnnouncementLanguage::nl
                                      : announcement_language_for(d);
    return a;
}

template <AnnouncementFormat format>
Written announcement_writer(const Document& d, const WriteOptions& o) {
    return ok_text(write_announcement(d, format, announcement_options(d, o)));
}

template <AnnouncementFormat format>
Written design_writer(const Document& d, const WriteOptions& o) {
    if (d.designs.empty()) return failed("designs", "the plan holds no workshop design");
    std::string text;
    for (const WorkshopDesign& w : d.designs) text += write_design_announcement(d, w, format, announcement_options(d, o));
    return ok_text(std::move(text));
}

Written from_frab(FrabExport e) {
    Written w{e.ok(), std::move(e.text), std::move(e.problems)};
    if (!w.ok && w.problems.empty()) w.problems.push_back({"", "cannot be written as a conference schedule", true});
    return w;
}
Written frab_xml_writer(const Document& d, const WriteOptions&) { return from_frab(write_frab_xml(d)); }
Written frab_json_writer(const Document& d, const WriteOptions&) { return from_frab(write_frab_json(d)); }

template <PrintPage page>
Written print_writer(const Document& d, const WriteOptions& o) {
    return ok_text(write_print_page(d, page, announcement_options(d, o).language));
}

Written attendance_csv_writer(const Document& d, const WriteOptions& o) {
    return ok_text(write_attendance_csv(d, announcement_options(d, o).language == AnnouncementLanguage::en ? Language::en
                                                                                                         : Language::nl));
}

}  // namespace

// [SECTION] the table

const std::vector<ExportFormat>& export_formats() {
    using G = FormatGroup;
    using A = AnnouncementFormat;
    static const std::vector<ExportFormat> table = {
        {"json", "json", "application/json", "JSON (dit concept)", "JSON (this draft)", G::plan, false, json_writer},
        {"ics", "ics", "text/calendar", "Hele bijeenkomst (.ics)", "Whole event (.ics)", G::calendar, false,
         ics_writer<IcsMode::whole_event>},
        {"ics-items", "ics", "text/calendar", "Elk programmaonderdeel, met sessies (.ics)",
         "Every item, with sessions (.ics)", G::calendar, false, ics_writer<IcsMode::per_item>},
        {"ics-personal", "ics", "text/calendar", "Persoonlijke agenda: één sessie per ronde…",
         "Personal agenda: one session per round…", G::calendar, true, ics_writer<IcsMode::personal>},
        {"md", "md", "text/markdown", "Markdown (.md)", "Markdown (.md)", G::announcement, false,
         announcement_writer<A::markdown>},
        {"html", "html", "text/html", "HTML-pagina (.html)", "HTML page (.html)", G::announcement, false,
         announcement_writer<A::html>},
        {"txt", "txt", "text/plain", "Platte tekst (.txt)", "Plain text (.txt)", G::announcement, false,
         announcement_writer<A::text>},
        {"design-md", "md", "text/markdown", "Workshopontwerpen (.md)", "Workshop designs (.md)", G::design, false,
         design_writer<A::markdown>},
        {"design-html", "html", "text/html", "Workshopontwerpen (.html)", "Workshop designs (.html)", G::design, false,
         design_writer<A::html>},
        {"design-txt", "txt", "text/plain", "Workshopontwerpen (.txt)", "Workshop designs (.txt)", G::design, false,
         design_writer<A::text>},
        {"frab-xml", "xml", "application/xml", "schedule.xml (frab)", "schedule.xml (frab)", G::conference, false,
         frab_xml_writer},
        {"frab-json", "json", "application/json", "schedule.json (c3voc)", "schedule.json (c3voc)", G::conference,
         false, frab_json_writer},
        {"print-announcement", "html", "text/html", "Aankondiging, A4 (.html)", "Announcement, A4 (.html)", G::print,
         false, print_writer<PrintPage::announcement>},
        {"print-programme", "html", "text/html", "Programma voor de deur (.html)", "Programme for the door (.html)",
         G::print, false, print_writer<PrintPage::programme>},
        {"print-rooms", "html", "text/html", "Zaalbordjes (.html)", "Room signs (.html)", G::print, false,
         print_writer<PrintPage::rooms>},
        {"print-people", "html", "text/html", "Briefing per spreker en begeleider (.html)",
         "Briefing per speaker and leader (.html)", G::print, false, print_writer<PrintPage::people>},
        {"print-attendance", "html", "text/html", "Presentielijsten per sessie (.html)",
         "Attendance lists per session (.html)", G::print, false, print_writer<PrintPage::attendance>},
        {"attendance-csv", "csv", "text/csv", "Presentielijsten per sessie (.csv)", "Attendance lists per session (.csv)",
         G::print, false, attendance_csv_writer},
        {"print-badges", "html", "text/html", "Naambadges, 8 per A4 (.html)", "Name badges, 8 per A4 (.html)", G::print,
         false, print_writer<PrintPage::badges>},
    };
    return table;
}

const ExportFormat* find_export_format(std::string_view name) {
    for (const ExportFormat& f : export_formats())
        if (name == f.name) return &f;
    return nullptr;
}

std::string export_format_list() {
    std::string names;
    for (const ExportFormat& f : export_formats()) names += (names.empty() ? "" : ", ") + std::string(f.name);
    return names;
}

ExportResult export_as(const Document& doc, std::string_view format, const WriteOptions& options) {
    ExportResult r;
    const ExportFormat* f = find_export_format(format);
    if (!f) {
        r.error = "unknown export format \"" + std::string(format) + "\" (available: " + export_format_list() + ")";
        return r;
    }
    Written w;
    try {
        w = f->write(doc, options);
    } catch (const std::exception& e) {  // writers do not throw; if one does, say so rather than crash
        w = failed("", std::string("internal error while writing: ") + e.what());
    }
    r.ok = w.ok;
    r.text = std::move(w.text);
    r.problems = std::move(w.problems);
    for (const Problem& p : r.problems)
        if (p.is_error && r.error.empty()) r.error = (p.path.empty() ? "" : p.path + ": ") + p.message;
    if (!r.ok && r.error.empty()) r.error = "cannot be written as " + std::string(format);
    r.mime_type = f->mime_type;
    r.extension = f->extension;
    return r;
}

std::string export_file_name(const Document& doc, std::string_view extension) {
    // Lower-case ASCII letters and digits; accented letters lose their accent;
    // everything else becomes one hyphen. Never empty, never a path.
    std::string base;
    const std::string& title = doc.event.title;
    for (std::size_t i = 0; i < title.size() && base.size() < 60; ++i) {
        unsigned char c = (unsigned char)title[i];
        char out = 0;
        if (std::isalnum(c) && c < 0x80) out = (char)std::tolower(c);
        else if (c == 0xC3 && i + 1 < title.size()) {
            // Latin-1 supplement letters as written in Dutch: é ë ï ö ü à ...
            static const char* map = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
            const unsigned char d = (unsigned char)title[++i];
            if (d >= 0xA0 && d <= 0xBF) out = map[d - 0xA0];
            else if (d >= 0x80 && d <= 0x9F) out = (char)std::tolower(map[d - 0x80]);
            if (out == '/') out = 0;
        }
        if (out) base += out;
        else if (!base.empty() && base.back() != '-') base += '-';
    }
    while (!base.empty() && base.back() == '-') base.pop_back();
    if (base.empty()) base = "dagdeel";
    if (!doc.days.empty() && doc.days[0].date.is_set()) base += "-" + format_iso_date(doc.days[0].date);
    return base + "." + std::string(extension);
}

}  // namespace dagdeel
