// The formats Dagdeel reads and writes, each in one place.
//
// Reading: detect_import_format recognises a text by its content (our JSON,
// iCalendar, frab schedule.xml and schedule.json, an announcement written for
// people); io/open_document.hpp is the door that every
// caller uses to turn a text into a document.
//
// Writing: one table, export_formats(), with a row per format: its name (the
// CLI's --to, planner.export's argument), file extension, MIME type, Dutch
// and English menu label, menu group and writer. planner-cli convert, the
// Export menu and window.planner.export all iterate this table, so the CLI
// tests run the very code the browser ships. Adding a format is one row.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/json/json_document.hpp"

namespace dagdeel {

// [SECTION] reading

// announcement: an announcement written for people (text, Markdown, HTML);
// csv: a programme table (a .csv/.tsv file, or rows that split evenly on
// ';', tabs or commas), read through io/csv and the column guesses;
// unknown: none of these (reading it says so in words).
enum class ImportFormat { json, ics, frab_xml, frab_json, announcement, csv, unknown };
// `file_name` (optional) only decides for tables: a ".csv"/".tsv" name makes a
// text that is not iCalendar, XML or JSON a table.
ImportFormat detect_import_format(std::string_view text, std::string_view file_name = {});
const char* to_string(ImportFormat);
// Reads `text` as `format`, without reflow or id policy (see open_document).
ReadResult read_format(ImportFormat format, std::string_view text);

// [SECTION] writing

enum class FormatGroup { plan, calendar, announcement, design, conference, print };

struct WriteOptions {
    std::string language;   // "nl" / "en" for announcements; "" = the document's own language
    long long dtstamp = 0;  // iCalendar DTSTAMP (UTC seconds)
    // Personal agenda: round item id -> chosen session id (default: the first).
    std::map<std::string, std::string> choices;
    // JSON export: participants are personal data and stay out unless the
    // user includes them explicitly (issue 16).
    bool include_participants = false;
};

struct Written {
    bool ok = false;
    std::string text;
    std::vector<Problem> problems;  // errors when !ok; warnings otherwise
};

struct ExportFormat {
    const char* name;       // "ics-items"
    const char* extension;  // "ics"
    const char* mime_type;  // "text/calendar"
    const char* label_nl;   // Export menu
    const char* label_en;
    FormatGroup group;
    // The menu opens a dialog first (the personal agenda's session choices).
    bool menu_asks_choices = false;
    Written (*write)(const Document&, const WriteOptions&) = nullptr;
};

// In menu order, grouped.
const std::vector<ExportFormat>& export_formats();
const ExportFormat* find_export_format(std::string_view name);
// "json, ics, ics-items, ..." for messages.
std::string export_format_list();

struct ExportResult {
    bool ok = false;
    std::string text;
    std::string error;      // when !ok: the first error, with its location
    std::vector<Problem> problems;
    std::string mime_type;  // for downloads
    std::string extension;  // "json", "ics", "md", ...
};
ExportResult export_as(const Document& doc, std::string_view format, const WriteOptions& options = {});

// "inspiratiebijeenkomst-2018-02-13.ics": safe on every file system.
std::string export_file_name(const Document& doc, std::string_view extension);

}  // namespace dagdeel
