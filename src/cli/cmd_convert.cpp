// planner-cli convert FILE --to FORMAT [-o OUT]: read a document and write
// it in another format (stdout by default). The formats are the rows of the
// one table in io/formats.hpp, the same the browser's Export menu and
// planner.export use. Announcements are in the document's language unless
// --lang says otherwise; personal agendas take each round's first session.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/cli.hpp"
#include "io/formats.hpp"

namespace dagdeel::cli {
namespace {

// iCalendar: DTSTAMP is now, or SOURCE_DATE_EPOCH when set (reproducible
// files for tests and builds).
long long dtstamp_now() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) return std::strtoll(epoch, nullptr, 10);
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

int cmd_convert(const Options& opt) {
    if (opt.args.size() != 1 || opt.to.empty()) {
        std::cerr << tr(opt.lang, "gebruik: planner-cli convert BESTAND --to FORMAAT [-o UIT]\n",
                        "usage: planner-cli convert FILE --to FORMAT [-o OUT]\n");
        return exit_unreadable;
    }
    if (!find_export_format(opt.to)) {
        std::cerr << tr(opt.lang, "onbekend formaat ", "unknown format ") << "\"" << opt.to << "\" ("
                  << tr(opt.lang, "mogelijk: ", "available: ") << export_format_list() << ")\n";
        return exit_unreadable;
    }
    auto doc = read_document(opt.args[0], opt.lang);
    if (!doc) return exit_unreadable;
    WriteOptions options;
    if (opt.lang_set) options.language = language_code(opt.lang);
    options.dtstamp = dtstamp_now();
    const ExportResult written = export_as(*doc, opt.to, options);
    for (const Problem& p : written.problems) print_problem(p);
    if (!written.ok) {
        std::cerr << opt.args[0] << ": " << tr(opt.lang, "kan niet geschreven worden als ", "cannot be written as ")
                  << opt.to << "\n";
        return exit_unreadable;
    }
    const std::string& text = written.text;
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
