// planner-cli: command-line access to Dagdeel documents, for scripts and CI.
// main only parses the common options and dispatches; each command lives in
// its own cmd_<name>.cpp.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>

#include <algorithm>

#include "cli/cli.hpp"
#include "io/formats.hpp"

namespace {

using namespace dagdeel::cli;
using dagdeel::Language;

struct Command {
    const char* name;
    int (*run)(const Options&);
    const char* help_nl;
    const char* help_en;
};

constexpr Command kCommands[] = {
    {"check", cmd_check, "check BESTAND               controleer een planning (exit 0 geen fouten, 1 fouten, 2 onleesbaar)",
     "check FILE                  check a plan (exit 0 no errors, 1 errors, 2 unreadable)"},
    {"assign", cmd_assign,
     "assign PLAN --registrations AANMELDINGEN.csv [-o UIT.csv]  deel deelnemers in (name,email,round,session,rank)",
     "assign PLAN --registrations REG.csv [-o OUT.csv]  assign participants (name,email,round,session,rank)"},
    {"convert", cmd_convert, "convert BESTAND --to FORMAAT [-o UIT]  schrijf een planning opnieuw (standaard naar stdout);\n"
     "      --lang nl|en kiest ook de taal van de aankondiging. FORMAAT:",
     "convert FILE --to FORMAT [-o OUT]     rewrite a plan (stdout by default);\n"
     "      --lang nl|en also picks the announcement's language. FORMAT:"},
};

void print_help(Language lang) {
    std::cout << tr(lang, "gebruik: planner-cli OPDRACHT [opties]\n\nopdrachten:\n",
                    "usage: planner-cli COMMAND [options]\n\ncommands:\n");
    for (const Command& c : kCommands) std::cout << "  " << (lang == Language::nl ? c.help_nl : c.help_en) << "\n";
    // The formats come from the one table the browser's Export menu uses.
    for (const dagdeel::ExportFormat& f : dagdeel::export_formats())
        std::cout << "      " << f.name << std::string(f.name ? 15 - std::min<std::size_t>(14, std::strlen(f.name)) : 1, ' ')
                  << (lang == Language::nl ? f.label_nl : f.label_en) << "\n";
    std::cout << tr(lang,
                    "\nopties:\n  --lang nl|en   taal van de meldingen\n  --help         deze hulp\n",
                    "\noptions:\n  --lang nl|en   language of messages\n  --help         this help\n");
}

// The default language follows the environment (LANG=nl_NL.UTF-8 -> nl).
Language default_lang() {
    const char* lang = std::getenv("LANG");
    return lang && std::strncmp(lang, "nl", 2) == 0 ? Language::nl : Language::en;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    opt.lang = default_lang();
    std::string command;
    bool help = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= argc) return false;
            into = argv[++i];
            return true;
        };
        if (a == "--help" || a == "-h") {
            help = true;
        } else if (a == "--lang") {
            std::string l;
            if (!value(l) || (l != "nl" && l != "en")) {
                std::cerr << "--lang nl|en\n";
                return exit_unreadable;
            }
            opt.lang = l == "nl" ? Language::nl : Language::en;
            opt.lang_set = true;
        } else if (a == "--to") {
            if (!value(opt.to)) return std::cerr << "--to FORMAT\n", exit_unreadable;
        } else if (a == "--registrations") {
            if (!value(opt.registrations)) return std::cerr << "--registrations FILE\n", exit_unreadable;
        } else if (a == "-o" || a == "--output") {
            if (!value(opt.out)) return std::cerr << "-o FILE\n", exit_unreadable;
        } else if (a.size() > 1 && a[0] == '-') {
            std::cerr << tr(opt.lang, "onbekende optie ", "unknown option ") << a << "\n";
            return exit_unreadable;
        } else if (command.empty()) {
            command = a;
        } else {
            opt.args.emplace_back(a);
        }
    }
    if (help || command.empty()) {
        print_help(opt.lang);
        return help ? exit_ok : exit_unreadable;
    }
    for (const Command& c : kCommands)
        if (command == c.name) return c.run(opt);
    std::cerr << tr(opt.lang, "onbekende opdracht ", "unknown command ") << command << "\n";
    print_help(opt.lang);
    return exit_unreadable;
}
