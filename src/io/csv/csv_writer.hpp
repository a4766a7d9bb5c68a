// Writing CSV that Excel, LibreOffice and Google Sheets open safely.
//
//   std::string text = csv::write(rows, csv::WriteOptions::excel_nl());
//
// - A cell is quoted when it holds the delimiter, a quote, CR or LF, or
//   starts or ends with a space; quotes inside are doubled (RFC 4180).
// - CSV injection (OWASP): a cell starting with '=', '+', '-', '@', a tab or a
//   carriage return would be run as a formula by a spreadsheet ("=HYPERLINK(…)",
//   "@SUM(…)"). Such a cell gets a single quote in front ("'=1+1"), which a
//   spreadsheet shows as text. This applies to every cell (names and remarks
//   typed into a registration form are anyone's text), also to "-5" and
//   "+31 6 …": the rule has no exceptions so it cannot be tricked.
// - Rows end with CRLF (RFC 4180, what Excel writes) unless told otherwise.
// - With `bom`, the text starts with a UTF-8 byte order mark: without it,
//   Excel reads UTF-8 as Windows-1252 ("CafÃ©").
// Cells are expected to be UTF-8; the writer does not change their bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dagdeel::csv {

struct WriteOptions {
    char delimiter = ',';
    bool bom = false;
    bool crlf = true;
    bool neutralise_formulas = true;  // the OWASP rule above; off only for tests of the rule itself
    // Dutch Excel: semicolons (the comma is the decimal sign), BOM, CRLF.
    static WriteOptions excel_nl() { return {';', true, true, true}; }
};

// One cell as it is written (quoted and neutralised as needed).
std::string write_cell(std::string_view cell, const WriteOptions& options = {});
// Rows -> CSV text (each row ends with a line end, the last one too).
std::string write(const std::vector<std::vector<std::string>>& rows, const WriteOptions& options = {});
// True when a spreadsheet would read `cell` as a formula (the OWASP list).
bool starts_like_formula(std::string_view cell);

}  // namespace dagdeel::csv
