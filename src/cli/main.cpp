// planner-cli: command-line access to Dagdeel documents, for scripts and CI.
// main only parses the common options and dispatches; each command lives in
// its own cmd_<name>.cpp.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string_view>

#include "cli/cli.hpp"

namespace {

using namespace dagdeel::cli;

struct Command {
    const char* name;
    int (*run)(const Options&);
    const char* help_nl;
    const char* help_en;
};

constexpr Command kCommands[] = {
    {"check", cmd_check, "check BESTAND               controleer een planning (exit 0 geen fouten, 1 fouten, 2 onleesbaar)",
     "check FILE                  check a plan (exit 0 no errors, 1 errors, 2 unreadable)"},
    {"convert", cmd_convert, "convert BESTAND --to FORMAAT [-o UIT]  schrijf een planning opnieuw (standaard naar stdout);\n"
     "      FORMAAT: json, ics, ics-items, ics-personal, md, txt, html, design-md, design-txt, design-html,\n"
     "      frab-xml, frab-json, print-announcement, print-programme, print-rooms, print-people\n"
     "      (afdrukpagina's als HTML); --lang nl|en kiest ook de taal van de aankondiging",
     "convert FILE --to FORMAT [-o OUT]     rewrite a plan (stdout by default);\n"
     "      FORMAT: json, ics, ics-items, ics-personal, md, txt, html, design-md, design-txt, design-html,\n"
     "      frab-xml, frab-json, print-announcement, print-programme, print-rooms, print-people\n"
     "      (print pages as HTML); --lang nl|en also picks the announcement's language"},
};

void print_help(Lang lang) {
    std::cout << tr(lang, "gebruik: planner-cli OPDRACHT [opties]\n\nopdrachten:\n",
                    "usage: planner-cli COMMAND [options]\n\ncommands:\n");
    for (const Command& c : kCommands) std::cout << "  " << (lang == Lang::nl ? c.help_nl : c.help_en) << "\n";
    std::cout << tr(lang,
                    "\nopties:\n  --lang nl|en   taal van de meldingen\n  --help         deze hulp\n",
                    "\noptions:\n  --lang nl|en   language of messages\n  --help         this help\n");
}

// The default language follows the environment (LANG=nl_NL.UTF-8 -> nl).
Lang default_lang() {
    const char* lang = std::getenv("LANG");
    return lang && std::strncmp(lang, "nl", 2) == 0 ? Lang::nl : Lang::en;
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
            opt.lang = l == "nl" ? Lang::nl : Lang::en;
            opt.lang_set = true;
        } else if (a == "--to") {
            if (!value(opt.to)) return std::cerr << "--to FORMAT\n", exit_unreadable;
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
