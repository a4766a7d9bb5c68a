// Reading CSV files from spreadsheets and form tools: Microsoft Forms and
// Excel (Dutch Excel: semicolons, Windows-1252, CRLF), Google Forms/Sheets
// (commas, UTF-8), LibreOffice, and hand-written files.
//
// API (kept small and stable; the programme import and the registrations
// import both use it):
//
//   csv::Table t = csv::read(bytes);          // never throws
//   if (!t.ok()) show(csv::describe(t.problems[0], Language::nl));
//   for (const csv::Row& r : t.rows) use(r.line, r.cells);
//
// What it does:
//  - Encoding: UTF-8 with or without BOM; UTF-16 with a BOM (Excel's
//    "Unicode-tekst"); otherwise, when the bytes are not valid UTF-8, Windows-
//    1252 (what Dutch Excel writes), converted to UTF-8. Cells are always UTF-8.
//  - Delimiter: sniffed among comma, semicolon and tab (the one that splits
//    the first records into the same number of cells), unless given. Excel's
//    "sep=;" first line is honoured and not returned as a row.
//  - Quoting (RFC 4180 and what Excel does): "quoted fields" may hold the
//    delimiter, newlines and doubled quotes ""; spaces before an opening or
//    after a closing quote are ignored; a quote inside an unquoted field is
//    kept as a character.
//  - Line ends CRLF, LF or CR. Newlines inside quoted cells become "\n".
//  - Cells are not trimmed (a reader of names may trim; a reader of text may not).
//  - Rows whose cells are all empty are skipped (they hold nothing); every
//    other row is returned, with the 1-based line where it starts.
//  - Bounds (Limits): file size, rows, cells per row, bytes per cell. Going
//    over a bound is an error naming the line; the rows before it are kept in
//    Table::rows so a caller may show them, but ok() is false.
//  - Problems are never silent: each names its line (and cell), errors make
//    ok() false, warnings (a row with more cells than the first, text after a
//    closing quote) leave the data as read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/language.hpp"

namespace dagdeel::csv {

struct Limits {
    std::size_t max_bytes = 20u * 1024u * 1024u;  // the whole file, before decoding
    std::size_t max_rows = 100000;                // rows returned (blank rows not counted)
    std::size_t max_columns = 256;                // cells in one row
    std::size_t max_cell_bytes = 64u * 1024u;     // one cell, after decoding
};

enum class Encoding { utf8, utf8_bom, utf16le, utf16be, windows1252 };
const char* to_string(Encoding);  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"

enum class ProblemKind {
    // errors
    too_large,         // detail: the size
    not_text,          // NUL bytes or many control characters
    too_many_rows,     // line: where the first row over the bound starts
    too_many_columns,  // line, column: the first cell over the bound
    cell_too_long,     // line, column
    unclosed_quote,    // line: where the quoted cell opened; its text runs to the end
    empty,             // no rows at all
    // warnings
    text_after_quote,  // line, column: "abc"def -> kept as abcdef
    extra_cells,       // line: more cells than the first row (detail: "have/first")
    more_warnings,     // the warnings after the first 50 (detail: how many)
};

struct Problem {
    ProblemKind kind = ProblemKind::empty;
    bool is_error = true;
    int line = 0;      // 1-based line in the file; 0 = the whole file
    int column = 0;    // 1-based cell in the row; 0 = the whole row
    std::string detail;
};
// "Regel 12, cel 3: aanhalingsteken niet gesloten (de cel loopt tot het einde
// van het bestand)" / "Line 12, cell 3: ...".
std::string describe(const Problem& p, Language language);

struct Row {
    int line = 0;                    // 1-based line where the row starts
    std::vector<std::string> cells;  // UTF-8, as written (not trimmed)
};

struct Table {
    std::vector<Row> rows;  // every non-blank row, the header too (the caller knows its files)
    char delimiter = ',';
    Encoding encoding = Encoding::utf8;
    std::vector<Problem> problems;  // errors and warnings in the order found
    bool ok() const;                // no errors
};

struct ReadOptions {
    char delimiter = 0;  // 0: sniff among ',', ';', '\t'
    Limits limits;
};

Table read(std::string_view bytes, const ReadOptions& options = {});

// The text as UTF-8 (BOM removed) and the encoding it was in.
std::string decode(std::string_view bytes, Encoding* found = nullptr);
// Which of ',', ';', '\t' splits the first records of `utf8` most
// consistently; ',' when none occurs (a file of one column).
char sniff_delimiter(std::string_view utf8);

}  // namespace dagdeel::csv
