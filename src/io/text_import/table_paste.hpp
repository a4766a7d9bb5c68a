// Programme rows pasted from a spreadsheet (Excel, LibreOffice, Google Sheets
// copy tab-separated text), read from a CSV file (comma or semicolon, UTF-8
// with or without BOM, Windows-1252, quoted fields with newlines), or typed
// as lines like "13.30 uur Ontvangst en inloop". The core of issue 15's
// "paste a spreadsheet": parse (delimited text through io/csv), guess what
// each column means from the header or the content, and turn rows into
// items. The column-mapping dialog is src/ui/view_table_paste.cpp (Ctrl+V in
// the programme, Bestand > Importeren… of a .csv file, a dropped .csv file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/csv/csv_reader.hpp"
#include "io/json/json_document.hpp"

namespace dagdeel {

enum class TableColumn { ignore, start, end, duration, title, speaker, room, description };
const char* to_string(TableColumn);

struct PastedTable {
    std::vector<std::vector<std::string>> rows;  // data rows (header excluded)
    std::vector<int> lines;                      // the line each row starts on (1-based), same size as rows
    std::vector<std::string> header;             // empty when the first row is data
    char separator = '\t';                       // '\t', ',', ';' or ' ' (time + title lines)
    csv::Encoding encoding = csv::Encoding::utf8;
    std::string error;                           // non-empty: nothing usable (English, as in Problem)
    // Every problem found, with its line: the error (if any) first, then
    // warnings; the dialog shows them with csv::describe in the UI's language.
    std::vector<csv::Problem> problems;
};

inline constexpr std::size_t kTableMaxRows = 10000;
inline constexpr std::size_t kTableMaxColumns = 64;
inline constexpr std::size_t kTableMaxBytes = 20u * 1024u * 1024u;

// Text from the clipboard: tab-separated rows, CSV text, or typed lines.
PastedTable parse_pasted_table(std::string_view text);
// A .csv/.tsv file's bytes: always a table (delimiter sniffed by io/csv,
// any encoding io/csv reads).
PastedTable read_table_file(std::string_view bytes);
// One guess per column: from header words (tijd/start/begin, eind/end/tot,
// duur/duration/minuten, titel/onderdeel/title/programma, spreker/door/
// speaker, zaal/ruimte/room, omschrijving/beschrijving/description), else
// from the content (times, durations, names, long text).
std::vector<TableColumn> guess_columns(const PastedTable& table);
// Items in row order (ids left empty, kinds from the title's words, pinned
// when a start is given); rows without a title are skipped. Speaker and room
// are names: the caller adds them to the document's people and rooms.
struct TableItem {
    Item item;
    std::string speaker;
    std::string room;
};
std::vector<TableItem> items_from_table(const PastedTable& table, const std::vector<TableColumn>& columns);
// The lines of the rows items_from_table skips (no title): shown, never silently dropped.
std::vector<int> lines_without_title(const PastedTable& table, const std::vector<TableColumn>& columns);

// Inserts the rows into days[day] at `position` (clamped), adding their
// speakers and rooms to the document's people and rooms (found by name
// first). Unpinned rows follow the item before them. Returns the first new
// item's id ("" when nothing was added). The one owner of "rows -> items in a
// document": the dialog and read_table_document both use it.
std::string insert_table_items(Document& doc, std::size_t day, std::size_t position, const std::vector<TableItem>& rows);

// A new document of the rows: one day without a date that starts at the
// first row's time (9.00 when no row has one).
Document table_document(const std::vector<TableItem>& rows, std::string id, std::string title);
// A CSV file as a new document (planner-cli convert, planner.open of CSV
// text): one day without a date, its items from the guessed columns. An
// error when no column can be a title, or when no row has one.
ReadResult read_table_document(std::string_view bytes);
// A text that is a table rather than an announcement: at least two records
// and every one of the first 20 split into the same number (>= 2) of cells by
// ';' or a tab, or by ',' with a header row of words. Conservative on purpose:
// announcements with commas stay announcements.
bool looks_like_csv_table(std::string_view text);

}  // namespace dagdeel
