// planner-cli convert FILE --to FORMAT [-o OUT]: read a document and write
// it in another format (stdout by default). Formats are rows in a table so
// that ics, md, html and txt writers slot in without touching the rest.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>

#include "cli/cli.hpp"
#include "io/ics_writer.hpp"

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

struct Format {
    const char* name;
    std::function<std::string(const Document&)> write;
};

const std::vector<Format>& formats() {
    static const std::vector<Format> list = {
        {"json", [](const Document& d) { return write_json(d); }},
        {"ics", [](const Document& d) { return write_ics_mode(d, IcsMode::whole_event); }},
        {"ics-items", [](const Document& d) { return write_ics_mode(d, IcsMode::per_item); }},
        {"ics-personal", [](const Document& d) { return write_ics_mode(d, IcsMode::personal); }},
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
    const std::string text = format->write(*doc);
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
