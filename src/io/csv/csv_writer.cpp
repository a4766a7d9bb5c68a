#include "io/csv/csv_writer.hpp"

namespace dagdeel::csv {

bool starts_like_formula(std::string_view cell) {
    if (cell.empty()) return false;
    switch (cell[0]) {
        case '=': case '+': case '-': case '@': case '\t': case '\r': return true;
        default: return false;
    }
}

std::string write_cell(std::string_view cell, const WriteOptions& options) {
    std::string text;
    if (options.neutralise_formulas && starts_like_formula(cell)) text += '\'';
    text += cell;
    const bool needs_quotes = text.find_first_of(std::string{options.delimiter, '"', '\r', '\n'}) != std::string::npos ||
                              (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!needs_quotes) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string write(const std::vector<std::vector<std::string>>& rows, const WriteOptions& options) {
    std::string out = options.bom ? "\xEF\xBB\xBF" : "";
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0) out += options.delimiter;
            std::string cell = write_cell(row[c], options);
            // A file that starts with sep= is read as Excel's delimiter line
            // (by us and by Excel): such a first cell is quoted to stay a cell.
            // Likewise a first cell starting with U+FEFF: a reader takes it for a BOM.
            const bool first = &row == &rows.front() && c == 0;
            const bool sep_line = cell.size() >= 4 && (cell[0] | 0x20) == 's' && (cell[1] | 0x20) == 'e' &&
                                  (cell[2] | 0x20) == 'p' && cell[3] == '=';
            const bool bom_like = cell.rfind("\xEF\xBB\xBF", 0) == 0;
            if (first && !cell.empty() && cell.front() != '"' && (sep_line || bom_like)) cell = "\"" + cell + "\"";
            out += cell;
        }
        out += options.crlf ? "\r\n" : "\n";
    }
    return out;
}

}  // namespace dagdeel::csv
