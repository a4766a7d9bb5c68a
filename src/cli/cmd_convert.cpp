// planner-cli convert FILE --to FORMAT [-o OUT]: read a document and write
// it in another format (stdout by default). Formats are rows in a table so
// that ics, md, html and txt writers slot in without touching the rest.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>

#include "cli/cli.hpp"
#include "io/announcement/announcement.hpp"
#include "io/frab/frab_json_writer.hpp"
#include "io/frab/frab_xml_writer.hpp"
#include "io/ics/ics_writer.hpp"
#include "io/print/print.hpp"

namespace dagdeel::cli {
namespace {

// iCalendar: DTSTAMP is now, or SOURCE_DATE_EPOCH when set (reproducible
// files for tests and builds). Personal agendas take each round's first
// session. Warnings (days without a date) go to stderr.
std::string write_ics_mode(const Document& d, IcsMode mode) {
    IcsOptions o;
    o.mode = mode;
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    o.dtstamp = epoch && *epoch ? std::strtoll(epoch, nullptr, 10)
                                : std::chrono::duration_cast<std::chrono::seconds>(
                                      std::chrono::system_clock::now().time_since_epoch()).count();
    IcsWriteResult r = write_ics(d, o);
    for (const Problem& p : r.problems) std::cerr << "warning  " << p.path << "  " << p.message << "\n";
    return std::move(r.text);
}

// nullopt: the document cannot be written in this format (the writer has
// printed why); convert then exits 2.
struct Format {
    const char* name;
    std::function<std::optional<std::string>(const Document&, const Options&)> write;
};

// Announcements are in the document's language unless --lang says otherwise.
AnnouncementOptions announcement_options(const Document& d, const Options& opt) {
    AnnouncementOptions o;
    o.language = opt.lang_set ? (opt.lang == Lang::nl ? AnnouncementLanguage::nl : AnnouncementLanguage::en)
                              : announcement_language_for(d);
    return o;
}

std::optional<std::string> write_designs(const Document& d, const Options& opt, AnnouncementFormat f) {
    if (d.designs.empty()) {
        std::cerr << tr(opt.lang, "fout  designs  de planning bevat geen workshopontwerp\n",
                        "error  designs  the plan holds no workshop design\n");
        return std::nullopt;
    }
    std::string text;
    for (const WorkshopDesign& w : d.designs) text += write_design_announcement(d, w, f, announcement_options(d, opt));
    return text;
}

std::optional<std::string> report_frab(FrabExport r) {
    for (const Problem& p : r.problems)
        std::cerr << (p.is_error ? "error" : "warning") << "  " << (p.path.empty() ? "-" : p.path) << "  " << p.message
                  << "\n";
    if (!r.ok()) return std::nullopt;
    return std::move(r.text);
}

const std::vector<Format>& formats() {
    static const std::vector<Format> list = {
        {"json", [](const Document& d, const Options&) { return write_json(d); }},
        {"ics", [](const Document& d, const Options&) { return write_ics_mode(d, IcsMode::whole_event); }},
        {"ics-items", [](const Document& d, const Options&) { return write_ics_mode(d, IcsMode::per_item); }},
        {"ics-personal", [](const Document& d, const Options&) { return write_ics_mode(d, IcsMode::personal); }},
        {"md", [](const Document& d, const Options& o) { return write_announcement(d, AnnouncementFormat::markdown, announcement_options(d, o)); }},
        {"txt", [](const Document& d, const Options& o) { return write_announcement(d, AnnouncementFormat::text, announcement_options(d, o)); }},
        {"html", [](const Document& d, const Options& o) { return write_announcement(d, AnnouncementFormat::html, announcement_options(d, o)); }},
        {"design-md", [](const Document& d, const Options& o) { return write_designs(d, o, AnnouncementFormat::markdown); }},
        {"design-txt", [](const Document& d, const Options& o) { return write_designs(d, o, AnnouncementFormat::text); }},
        {"design-html", [](const Document& d, const Options& o) { return write_designs(d, o, AnnouncementFormat::html); }},
        {"frab-xml", [](const Document& d, const Options&) { return report_frab(write_frab_xml(d)); }},
        {"frab-json", [](const Document& d, const Options&) { return report_frab(write_frab_json(d)); }},
        {"print-announcement", [](const Document& d, const Options& o) { return write_print_page(d, PrintPage::announcement, announcement_options(d, o).language); }},
        {"print-programme", [](const Document& d, const Options& o) { return write_print_page(d, PrintPage::programme, announcement_options(d, o).language); }},
        {"print-rooms", [](const Document& d, const Options& o) { return write_print_page(d, PrintPage::rooms, announcement_options(d, o).language); }},
        {"print-people", [](const Document& d, const Options& o) { return write_print_page(d, PrintPage::people, announcement_options(d, o).language); }},
    };
    return list;
}

std::string format_names() {
    std::string names;
    for (const Format& f : formats()) names += (names.empty() ? "" : ", ") + std::string(f.name);
    return names;
}

}  // namespace

int cmd_convert(const Options& opt) {
    if (opt.args.size() != 1 || opt.to.empty()) {
        std::cerr << tr(opt.lang, "gebruik: planner-cli convert BESTAND --to FORMAAT [-o UIT]\n",
                        "usage: planner-cli convert FILE --to FORMAT [-o OUT]\n");
        return exit_unreadable;
    }
    const Format* format = nullptr;
    for (const Format& f : formats())
        if (opt.to == f.name) format = &f;
    if (!format) {
        std::cerr << tr(opt.lang, "onbekend formaat ", "unknown format ") << "\"" << opt.to << "\" ("
                  << tr(opt.lang, "mogelijk: ", "available: ") << format_names() << ")\n";
        return exit_unreadable;
    }
    auto doc = read_document(opt.args[0], opt.lang);
    if (!doc) return exit_unreadable;
    const std::optional<std::string> written = format->write(*doc, opt);
    if (!written) {
        std::cerr << opt.args[0] << ": " << tr(opt.lang, "kan niet geschreven worden als ", "cannot be written as ")
                  << opt.to << "\n";
        return exit_unreadable;
    }
    const std::string& text = *written;
    if (opt.out.empty() || opt.out == "-") {
        std::cout << text;
        std::cout.flush();
        return std::cout ? exit_ok : exit_unreadable;
    }
    std::ofstream out(opt.out, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
        std::cerr << tr(opt.lang, "kan niet schrijven naar ", "cannot write ") << opt.out << "\n";
        return exit_unreadable;
    }
    return exit_ok;
}

}  // namespace dagdeel::cli
