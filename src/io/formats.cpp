#include "io/formats.hpp"

#include "io/announcement/announcement.hpp"
#include "io/frab/frab_json_reader.hpp"
#include "io/frab/frab_json_writer.hpp"
#include "io/frab/frab_xml_reader.hpp"
#include "io/frab/frab_xml_writer.hpp"
#include "io/ics/ics_reader.hpp"
#include "io/ics/ics_writer.hpp"
#include "io/text_import/text_import.hpp"
#include "core/civil_time.hpp"

namespace dagdeel {

ImportFormat detect_import_format(std::string_view text) {
    const std::string_view head = text.substr(0, 4096);
    if (looks_like_ics(head)) return ImportFormat::ics;
    if (looks_like_frab_xml(head)) return ImportFormat::frab_xml;
    if (looks_like_announcement_text(text)) return ImportFormat::announcement;  // text_import (issue 15)
    return ImportFormat::json;
}

const char* to_string(ImportFormat f) {
    switch (f) {
        case ImportFormat::json: return "json";
        case ImportFormat::ics: return "ics";
        case ImportFormat::frab_xml: return "frab-xml";
        case ImportFormat::announcement: return "announcement";
    }
    return "json";
}

ReadResult read_any(std::string_view text) {
    switch (detect_import_format(text)) {
        case ImportFormat::ics: return read_ics(text);
        case ImportFormat::frab_xml: return read_frab_xml(text);
        case ImportFormat::announcement: return read_announcement_text(text);
        case ImportFormat::json: break;
    }
    // Neither JSON nor any other format: say so in words, not a parser's message.
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (looks_like_frab_json(text)) return read_frab_json(text);  // c3voc schedule.json (issue 15)
    const bool json_like = first != std::string_view::npos && (text[first] == '{' || text[first] == '[' ||
                                                               text.substr(first, 3) == "\xEF\xBB\xBF");
    if (!json_like) return ReadResult{std::nullopt, {Problem{"", not_a_known_format_message(text), true, 0, 0}}};
    return read_json(text);
}

const std::vector<std::string>& export_format_names() {
    static const std::vector<std::string> names = {"json", "ics", "ics-items", "ics-personal", "md",
                                                   "txt",  "html", "frab-xml", "frab-json"};
    return names;
}

ExportResult export_as(const Document& doc, std::string_view format, std::string_view language, long long dtstamp) {
    ExportResult r;
    auto from_frab = [&](FrabExport e, const char* mime, const char* ext) {
        r.ok = e.ok();
        r.text = std::move(e.text);
        if (!r.ok && !e.problems.empty()) r.error = e.problems.front().message;
        r.mime_type = mime;
        r.extension = ext;
        return r;
    };
    if (format == "json") {
        r = {true, write_json(doc), "", "application/json", "json"};
        return r;
    }
    if (format == "ics" || format == "ics-items" || format == "ics-personal") {
        IcsOptions options;
        options.mode = format == "ics" ? IcsMode::whole_event : format == "ics-items" ? IcsMode::per_item : IcsMode::personal;
        options.dtstamp = dtstamp;
        IcsWriteResult w = write_ics(doc, options);
        r = {true, std::move(w.text), "", "text/calendar", "ics"};
        return r;
    }
    if (format == "md" || format == "txt" || format == "html") {
        AnnouncementOptions options;
        options.language = language == "en" ? AnnouncementLanguage::en
                           : language == "nl" ? AnnouncementLanguage::nl
                                              : announcement_language_for(doc);
        const AnnouncementFormat f = format == "md" ? AnnouncementFormat::markdown
                                     : format == "txt" ? AnnouncementFormat::text
                                                       : AnnouncementFormat::html;
        r.ok = true;
        r.text = write_announcement(doc, f, options);
        r.mime_type = format == "md" ? "text/markdown" : format == "txt" ? "text/plain" : "text/html";
        r.extension = std::string(format);
        return r;
    }
    if (format == "frab-xml") return from_frab(write_frab_xml(doc), "application/xml", "xml");
    if (format == "frab-json") return from_frab(write_frab_json(doc), "application/json", "json");
    r.error = "unknown export format \"" + std::string(format) + "\"";
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
