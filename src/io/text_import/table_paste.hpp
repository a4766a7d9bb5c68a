// Programme rows pasted from a spreadsheet (Excel, LibreOffice, Google Sheets
// copy tab-separated text), read from a CSV file (comma or semicolon, UTF-8
// with or without BOM, Windows-1252, quoted fields with newlines), or typed
// as lines like "13.30 uur Ontvangst en inloop". The core of issue 15's
// "paste a spreadsheet": parse, guess what each column means from the header
// or the content, and turn rows into items. The column-mapping dialog and
// the Ctrl+V in the programme table are NOT built yet (see README).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

enum class TableColumn { ignore, start, end, duration, title, speaker, room, description };
const char* to_string(TableColumn);

struct PastedTable {
    std::vector<std::vector<std::string>> rows;  // data rows (header excluded)
    std::vector<std::string> header;             // empty when the first row is data
    char separator = '\t';                       // '\t', ',', ';' or ' ' (time + title lines)
    std::string error;                           // non-empty: nothing usable
};

inline constexpr std::size_t kTableMaxRows = 10000;
inline constexpr std::size_t kTableMaxColumns = 64;

PastedTable parse_pasted_table(std::string_view text);
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

}  // namespace dagdeel
