// One door for every file format: import recognises the format from the
// content (our JSON, iCalendar, frab schedule.xml); export writes any format
// by name. Used by the browser (planner.open / planner.export, the Export
// menu) so both offer exactly the same formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/json/json_document.hpp"

namespace dagdeel {

enum class ImportFormat { json, ics, frab_xml, announcement };
ImportFormat detect_import_format(std::string_view text);
const char* to_string(ImportFormat);
// Reads any importable format; the result names the problems with their location.
ReadResult read_any(std::string_view text);

struct ExportResult {
    bool ok = false;
    std::string text;
    std::string error;      // when !ok
    std::string mime_type;  // for downloads
    std::string extension;  // "json", "ics", "md", ...
};
// Formats: json, ics (whole event), ics-items, ics-personal, md, txt, html,
// frab-xml, frab-json. `language` "nl"/"en" for the announcement ("" = the
// document's own); `dtstamp` for iCalendar (UTC seconds).
ExportResult export_as(const Document& doc, std::string_view format, std::string_view language = {},
                       long long dtstamp = 0);
const std::vector<std::string>& export_format_names();
// "inspiratiebijeenkomst-2018-02-13.ics": safe on every file system.
std::string export_file_name(const Document& doc, std::string_view extension);

}  // namespace dagdeel
