// Reading an announcement written for people — plain text, Markdown or HTML,
// Dutch or English, like the five in ../shared/seeds — back into a draft plan:
// title and subtitle, date(s), start/end and doors, venue, price, maximum
// participants, registration (deadline, e-mail, link, contact person),
// contacts, organisers, audience, intro and description, key questions and
// learning goals, licence, a series link and the programme (times, kinds,
// speakers, a day chair, parallel rounds with their sessions and leaders,
// tentative marks; items without a time are placed in order).
//
// Nothing is dropped silently: every line that was not understood is listed
// (for the preview dialog) and kept in the draft's notes.
//
// Bounds (hostile input ends with a clear message, never a hang): the text is
// at most kJsonMaxFileBytes; HTML is stripped in one linear pass (no tree, so
// nesting depth costs nothing); a line over kTextImportMaxLineBytes is skipped
// with a warning; at most kTextImportMaxLines lines; binary input (NUL bytes,
// many control characters) is refused. Invalid UTF-8 is read as Windows-1252.
// Never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/json/json_document.hpp"  // ReadResult, Problem

namespace dagdeel {

inline constexpr std::size_t kTextImportMaxLineBytes = 64u * 1024u;
inline constexpr std::size_t kTextImportMaxLines = 100000;

// What one line of the pasted text became (for the preview).
enum class LineMeaning {
    skipped,       // blank or decoration
    title, subtitle, date, time, venue, price, capacity, registration, contact,
    organisers, audience, intro, description, question, goal, licence, link, series,
    chair, programme_heading, programme_item, round, session, heading, cue,
    unrecognised,  // kept in the draft's notes
};
const char* to_string(LineMeaning);

struct ImportedLine {
    int number = 0;        // 1-based line in the text after HTML/Markdown cleanup
    std::string text;      // the line as read (trimmed)
    LineMeaning meaning = LineMeaning::skipped;
    std::string detail;    // what was read from it: "13:30 walk_in “Ontvangst en inloop”"
};

struct TextImportOptions {
    // Dates written without a year ("19 juni") take the next such date on or
    // after `today` when no other date in the text has a year. Unset: left
    // out, with a note.
    Date today;
};

struct AnnouncementImport {
    ReadResult result;                // the draft, or why there is none
    std::vector<ImportedLine> lines;  // every line with its meaning
    std::string source_kind;          // "text", "markdown" or "html"
    int recognised = 0, unrecognised = 0;
};

// True when the text is probably an announcement for people (prose with a
// date, a time, a programme or the usual headings), not JSON/XML/iCalendar.
bool looks_like_announcement_text(std::string_view text);

AnnouncementImport import_announcement_text(std::string_view text, const TextImportOptions& options = {});
ReadResult read_announcement_text(std::string_view text);

// For a file that is none of the formats: "Dit is geen plan, ...: het begins
// met “…”" (the first visible characters, at most 40).
std::string not_a_known_format_message(std::string_view text);

}  // namespace dagdeel
