// Internal to the announcement reader (src/io/text_import/): the cleaned-up
// lines, the small pattern finders (dates, times, money, e-mail, phone,
// names) and the programme builder. Not part of the public API.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/text_encoding.hpp"
#include "io/text_import/text_import.hpp"

namespace dagdeel::text_import {

// [SECTION] text_source.cpp: bytes -> lines

struct SourceLine {
    int number = 0;
    std::string text;        // trimmed, bullet mark removed, inline markup removed
    bool bullet = false;     // "•", "-", "*", "1.", <li>
    bool heading = false;    // Markdown "#", HTML <h1>..<h6>
    bool blank_before = true;
    bool blank_after = true;
    bool too_long = false;   // skipped: longer than kTextImportMaxLineBytes
    std::size_t length = 0;  // original length in bytes
};

struct CleanText {
    std::string error;       // non-empty: refused
    std::string kind = "text";
    std::vector<SourceLine> lines;  // blank lines are not kept
};

CleanText clean_text(std::string_view text);
// is_valid_utf8, windows1252_to_utf8 and looks_binary: io/text_encoding.hpp.

// [SECTION] text_patterns.cpp

std::string trim(std::string_view s);
std::string lower(std::string_view s);  // ASCII letters only; UTF-8 bytes kept
bool starts_with_word(std::string_view lower_text, std::string_view word);
bool contains_word(std::string_view lower_text, std::string_view word);
std::string capitalise_first(std::string s);
std::string strip_trailing(std::string s, std::string_view chars);

struct TimeSpan {
    Minutes start = 0;
    std::optional<Minutes> end;
    std::size_t begin = 0, finish = 0;  // byte range in the text
};
// A time or a time range at the very start ("13.30 uur", "19.00 – 19.30 uur:",
// "van 9.30 tot 12.00 uur", "14.00-14.15", "1:30 pm"); finish points past the
// separators after it.
std::optional<TimeSpan> leading_time(std::string_view s);
// The first time range anywhere ("Tijd: 19.30 – 22.00 uur"), or a single time
// when `single` is set.
std::optional<TimeSpan> find_time(std::string_view s, bool single = false);
// "(inloop vanaf 19.00 uur)", "doors open 7 pm".
std::optional<Minutes> find_doors_open(std::string_view s);

struct DateFound {
    Date date;  // year 0 when the text gave none
    std::size_t begin = 0, finish = 0;
};
// Every date in the text: "dinsdag 13 februari 2018", "19 juni", "June 19,
// 2018", "19-06-2018", "2018-06-19", "3 en 4 maart 2026".
std::vector<DateFound> find_dates(std::string_view s);

std::string find_email(std::string_view s);
std::string find_url(std::string_view s);  // http(s):// or www.
std::string find_phone(std::string_view s);
// "€ 95,-" -> 9500; "EUR 1.250,00" -> 125000; "95 euro" -> 9500.
std::optional<int> find_amount_cents(std::string_view s);
bool mentions_free(std::string_view lower_text);
// "Maximaal 20 deelnemers", "max. 30 participants", "20 plaatsen".
std::optional<int> find_max_participants(std::string_view s);

struct NameOrg {
    std::string name, organisation;
};
bool looks_like_person_name(std::string_view s);
// "Saskia van Grinsven van Movisie", "Chris Sigaloff (Kennisland)",
// "de gemeente Groningen" -> name and/or organisation.
NameOrg split_person(std::string_view s);
// "Movisie en de 7Zebras", "A, B and C" -> each.
std::vector<NameOrg> split_people(std::string_view s);
std::vector<std::string> split_list(std::string_view s);

// [SECTION] programme_lines.cpp

enum class Mark { none, tentative, cancelled };
// Removes "(o.v.)", "o.v.b.", "(tbc)", "(vervalt)" ... and says which.
Mark take_status_mark(std::string& text);
ItemKind kind_for_title(std::string_view title);
bool is_round_header(std::string_view title);
Minutes default_duration(ItemKind kind);


// [SECTION] The reader's state, shared by announcement_reader.cpp (lines and
// sections), announcement_facts.cpp (facts, people) and programme_builder.cpp.

struct PSession {
    std::string title, description, room;
    std::vector<NameOrg> people;
    Mark mark = Mark::none;
};

struct PItem {
    std::optional<Minutes> start, end;
    std::string title, description;
    ItemKind kind = ItemKind::other;
    std::vector<NameOrg> people;
    Role role = Role::speaker;
    Mark mark = Mark::none;
    bool ends_with_colon = false;
    std::vector<PSession> sessions;
};

struct PDay {
    Date date;
    std::string label;
    std::vector<PItem> items;
};

struct ReaderState {
    TextImportOptions options;
    std::vector<SourceLine> lines;
    std::vector<ImportedLine> out;  // one per line
    Document doc;
    bool english = false;

    struct Para {
        std::string text;
        std::size_t last_line = 0;
        bool joinable = false;  // the next adjacent line continues it
    };
    std::vector<Para> body;  // intro + description, in order
    std::vector<std::string> audience, registration_notes, licence;
    std::vector<DateFound> dates;  // the event's dates
    bool dates_from_fact = false;
    std::optional<TimeSpan> time;
    std::optional<Minutes> doors;
    Date deadline;  // year 0 until the event's year is known
    std::string day_label;  // "Tweede bijeenkomst" above the date and time
    std::vector<std::string> extra_notes;  // recognised facts without a field ("Aantal dagen: 1")
    std::vector<PDay> days;
    std::optional<TimeSpan> pending_time;  // a time alone on its line, for the next line
    std::vector<std::string> chairs;       // person ids of the day chair(s)
    std::vector<std::string> unrecognised;  // "regel 12: ..." for the notes
    std::vector<Problem> problems;

    void mark(std::size_t i, LineMeaning m, std::string detail = {}) {
        out[i].meaning = m;
        if (!detail.empty()) out[i].detail = std::move(detail);
    }
    void not_understood(std::size_t i);
    // A person (or organisation) in doc.people, merged by name; returns the id.
    std::string person(const NameOrg& who, const std::string& email = {}, const std::string& phone = {});
};

// announcement_facts.cpp
enum class Fact { none, date, time, venue, price, capacity, registration, contact, organisers, audience, chair,
                  days_count, website };
// "Datum", "Wanneer", "Locatie", "Kosten", "Max. deelnemers", ... -> the fact; none otherwise.
Fact fact_for_label(std::string_view label);
// "Label: value" -> label end (the colon) when the label is a known fact, else npos.
std::size_t fact_label_end(std::string_view line, Fact& fact);
bool apply_fact(ReaderState& st, Fact fact, std::string_view value, std::size_t line);
// Free-standing lines: "Toegang gratis", "Aanmelden vóór ...", "Maximaal 20 deelnemers".
bool read_fact_sentence(ReaderState& st, std::string_view text, std::size_t line);
bool read_registration(ReaderState& st, std::string_view text, std::size_t line);
void read_contact_block(ReaderState& st, std::size_t first, std::size_t last);
// Organisers, series, day chair mentioned in prose.
void read_prose_facts(ReaderState& st);

// programme_builder.cpp
// Reads one line of the programme; false when it is not a programme line
// (a paragraph after a blank line ends the programme).
bool read_programme_line(ReaderState& st, std::size_t i);
void build_programme(ReaderState& st);

}  // namespace dagdeel::text_import
