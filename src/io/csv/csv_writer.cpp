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
            out += write_cell(row[c], options);
        }
        out += options.crlf ? "\r\n" : "\n";
    }
    return out;
}

}  // namespace dagdeel::csv
