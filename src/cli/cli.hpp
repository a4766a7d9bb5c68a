// planner-cli's pieces: parsed options, the language of messages, and one
// function per command. Adding a command = one cmd_<name>.cpp and one row in
// main.cpp's table; adding an output format = one row in cmd_convert.cpp.
#pragma once

#include "core/language.hpp"
#include <string>
#include <vector>

#include "io/json/json_document.hpp"

namespace dagdeel::cli {

// Exit codes are part of the contract (tests/cli/run.sh checks them).
enum Exit : int {
    exit_ok = 0,          // done; for check: no errors
    exit_findings = 1,    // check: the document has errors
    exit_unreadable = 2,  // file missing or not a valid Dagdeel file, or a usage error
};


struct Options {
    Language lang = Language::en;
    bool lang_set = false;          // --lang given: also the language of announcements
    std::vector<std::string> args;  // positional arguments after the command
    std::string to;                 // --to FORMAT
    std::string out;                // -o FILE
    std::string registrations;      // --registrations REG.csv (assign)
};

// Picks the Dutch or the English text.
inline const char* tr(Language lang, const char* nl, const char* en) { return lang == Language::nl ? nl : en; }

int cmd_check(const Options& opt);
int cmd_convert(const Options& opt);
int cmd_assign(const Options& opt);

// Reads FILE for any command; on failure prints the problems (one a line,
// "error  days[0].start  message") and returns std::nullopt. Warnings are
// printed either way.
std::optional<Document> read_document(const std::string& path, Language lang);
// "error  days[0].items[3].start  ..." on stderr.
void print_problem(const Problem& p);

}  // namespace dagdeel::cli
