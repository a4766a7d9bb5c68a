// [SECTION] Encoding and delimiter
// [SECTION] The record parser (one pass, a small state machine)
// [SECTION] Messages
#include "io/csv/csv_reader.hpp"

#include <algorithm>
#include <cctype>

#include "io/text_encoding.hpp"

namespace dagdeel::csv {

bool Table::ok() const {
    for (const Problem& p : problems)
        if (p.is_error) return false;
    return true;
}

// [SECTION] Encoding and delimiter ----------------------------------------------------------------

std::string decode(std::string_view bytes, Encoding* found) { return to_utf8(bytes, found); }

namespace {

// Cells per record for the first `records` non-blank records (quotes respected).
std::vector<std::size_t> cells_per_record(std::string_view s, char delimiter, std::size_t records) {
    std::vector<std::size_t> out;
    std::size_t count = 1;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < s.size() && out.size() < records; ++i) {
        const char c = s[i];
        if (c == '"') quoted = !quoted, any = true;
        else if (quoted) continue;
        else if (c == delimiter) ++count, any = true;
        else if (c == '\n' || c == '\r') {
            if (any) out.push_back(count);
            count = 1;
            any = false;
        } else if (c != ' ') any = true;
    }
    if (any && out.size() < records) out.push_back(count);
    return out;
}

}  // namespace

char sniff_delimiter(std::string_view s) {
    s = s.substr(0, 256u * 1024u);
    char best = ',';
    std::size_t best_score = 0;
    for (char candidate : {'\t', ';', ','}) {
        const std::vector<std::size_t> counts = cells_per_record(s, candidate, 20);
        if (counts.empty() || counts[0] < 2) continue;
        std::size_t same = 0;
        for (std::size_t n : counts) same += n == counts[0];
        // Consistency first (a semicolon file's amounts "12,50" split unevenly on commas), then width.
        const std::size_t score = same * 1000 / counts.size() * 1000 + std::min<std::size_t>(counts[0], 999);
        if (score > best_score) best = candidate, best_score = score;
    }
    return best;
}

// [SECTION] The record parser ---------------------------------------------------------------------

namespace {

constexpr std::size_t kMaxWarnings = 50;

class Parser {
public:
    Parser(std::string_view text, char delimiter, const Limits& limits, Table& table, int first_line)
        : s_(text), delimiter_(delimiter), limits_(limits), t_(table), line_(first_line) {
        row_.line = line_;
    }

    void run() {
        for (; i_ < s_.size() && !stopped_; ++i_) step(s_[i_]);
        if (stopped_) return;
        if (in_quotes_) {
            // Kept (the caller may show what was read), but an error: the rest of the file is one cell.
            const int open_line = quote_line_, open_column = column();
            end_cell();
            end_row();
            error(ProblemKind::unclosed_quote, open_line, open_column, {});
            return;
        }
        if (!cell_.empty() || cell_quoted_ || !row_.cells.empty()) {
            end_cell();
            end_row();
        }
        if (skipped_warnings_ > 0)
            t_.problems.push_back({ProblemKind::more_warnings, false, 0, 0, std::to_string(skipped_warnings_)});
    }

private:
    void step(char c) {
        if (in_quotes_) {
            if (c == '"') {
                if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') add('"'), ++i_;
                else in_quotes_ = false, after_quote_ = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ++i_;
                add('\n');
                ++line_;
            } else {
                add(c);
            }
            return;
        }
        if (c == delimiter_) return end_cell();
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ++i_;
            end_cell();
            end_row();
            row_.line = ++line_;
            return;
        }
        if (after_quote_) {
            if (c == ' ' || c == '\t') return;  // "abc"  ; spaces after the closing quote
            if (!warned_after_quote_) warn(ProblemKind::text_after_quote, line_, column(), {});
            warned_after_quote_ = true;
            return add(c);
        }
        if (c == '"' && !cell_quoted_ && cell_.find_first_not_of(' ') == std::string::npos) {
            cell_.clear();
            in_quotes_ = cell_quoted_ = true;
            quote_line_ = line_;
            return;
        }
        add(c);
    }

    void add(char c) {
        cell_ += c;
        if (cell_.size() > limits_.max_cell_bytes)
            error(ProblemKind::cell_too_long, line_, column(), std::to_string(limits_.max_cell_bytes));
    }

    int column() const { return (int)row_.cells.size() + 1; }

    void end_cell() {
        if (stopped_) return;
        if (row_.cells.size() >= limits_.max_columns)
            return error(ProblemKind::too_many_columns, line_, column(), std::to_string(limits_.max_columns));
        row_.cells.push_back(std::move(cell_));
        cell_.clear();
        in_quotes_ = cell_quoted_ = after_quote_ = warned_after_quote_ = false;
    }

    void end_row() {
        if (stopped_) return;
        bool blank = true;
        for (const std::string& c : row_.cells) blank = blank && c.find_first_not_of(" \t") == std::string::npos;
        if (!blank) {
            if (t_.rows.size() >= limits_.max_rows)
                return error(ProblemKind::too_many_rows, row_.line, 0, std::to_string(limits_.max_rows));
            if (!t_.rows.empty() && row_.cells.size() > t_.rows[0].cells.size())
                warn(ProblemKind::extra_cells, row_.line, 0,
                     std::to_string(row_.cells.size()) + "/" + std::to_string(t_.rows[0].cells.size()));
            t_.rows.push_back(std::move(row_));
        }
        row_ = Row{};
    }

    void error(ProblemKind kind, int line, int column, std::string detail) {
        t_.problems.push_back({kind, true, line, column, std::move(detail)});
        stopped_ = true;
    }
    void warn(ProblemKind kind, int line, int column, std::string detail) {
        std::size_t warnings = 0;
        for (const Problem& p : t_.problems) warnings += !p.is_error;
        if (warnings >= kMaxWarnings) {
            ++skipped_warnings_;
            return;
        }
        t_.problems.push_back({kind, false, line, column, std::move(detail)});
    }

    std::string_view s_;
    char delimiter_;
    const Limits& limits_;
    Table& t_;
    std::size_t i_ = 0;
    int line_ = 1;
    Row row_;
    std::string cell_;
    bool in_quotes_ = false, cell_quoted_ = false, after_quote_ = false, warned_after_quote_ = false;
    bool stopped_ = false;
    int quote_line_ = 0;
    std::size_t skipped_warnings_ = 0;
};

}  // namespace

Table read(std::string_view bytes, const ReadOptions& options) {
    Table t;
    if (bytes.size() > options.limits.max_bytes) {
        t.problems.push_back({ProblemKind::too_large, true, 0, 0, std::to_string(options.limits.max_bytes)});
        return t;
    }
    const std::string text = decode(bytes, &t.encoding);
    // A zip (.xlsx) also after a BOM: what the writer writes must read back the same.
    if (std::string_view(text).substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        t.problems.push_back({ProblemKind::not_text, true, 0, 0, "xlsx"});
        return t;
    }
    if (looks_binary(text)) {
        t.problems.push_back({ProblemKind::not_text, true, 0, 0, {}});
        return t;
    }
    std::string_view body = text;
    int first_line = 1;
    t.delimiter = options.delimiter;
    // Excel's hint line "sep=;" names the delimiter.
    // A line end or a quote cannot be a delimiter: "sep=" then a line end is a cell.
    if (body.size() >= 5 && (body.substr(0, 4) == "sep=" || body.substr(0, 4) == "SEP=") &&
        body[4] != '\r' && body[4] != '\n' && body[4] != '"' &&
        (body.size() == 5 || body[5] == '\r' || body[5] == '\n')) {
        if (!t.delimiter) t.delimiter = body[4];
        std::size_t skip = 5;
        if (skip < body.size() && body[skip] == '\r') ++skip;
        if (skip < body.size() && body[skip] == '\n') ++skip;
        body.remove_prefix(skip);
        first_line = 2;
    }
    if (!t.delimiter) t.delimiter = sniff_delimiter(body);
    Parser(body, t.delimiter, options.limits, t, first_line).run();
    if (t.rows.empty() && t.ok()) t.problems.push_back({ProblemKind::empty, true, 0, 0, {}});
    return t;
}

// [SECTION] Messages ------------------------------------------------------------------------------

std::string describe(const Problem& p, Language language) {
    const bool nl = language == Language::nl;
    std::string where;
    if (p.line > 0) {
        where = (nl ? "Regel " : "Line ") + std::to_string(p.line);
        if (p.column > 0) where += (nl ? ", cel " : ", cell ") + std::to_string(p.column);
        where += ": ";
    }
    auto kb = [](const std::string& bytes) {
        try {
            return std::to_string(std::stoull(bytes) / 1024);
        } catch (...) {
            return bytes;
        }
    };
    std::string what;
    switch (p.kind) {
        case ProblemKind::too_large:
            what = nl ? "het bestand is te groot (maximaal " + kb(p.detail) + " kB)"
                      : "the file is too large (at most " + kb(p.detail) + " kB)";
            break;
        case ProblemKind::not_text:
            what = p.detail == "xlsx"
                       ? (nl ? "dit is een Excel-werkmap (.xlsx), geen CSV; sla het blad op als CSV en importeer dat"
                             : "this is an Excel workbook (.xlsx), not CSV; save the sheet as CSV and import that")
                       : (nl ? "dit is geen tekst (het bestand bevat binaire gegevens)"
                             : "this is not text (the file holds binary data)");
            break;
        case ProblemKind::too_many_rows:
            what = nl ? "meer dan " + p.detail + " rijen; vanaf hier is niets gelezen"
                      : "more than " + p.detail + " rows; nothing from here on was read";
            break;
        case ProblemKind::too_many_columns:
            what = nl ? "meer dan " + p.detail + " cellen in één rij" : "more than " + p.detail + " cells in one row";
            break;
        case ProblemKind::cell_too_long:
            what = nl ? "een cel van meer dan " + kb(p.detail) + " kB" : "a cell of more than " + kb(p.detail) + " kB";
            break;
        case ProblemKind::unclosed_quote:
            what = nl ? "het aanhalingsteken (\") aan het begin van deze cel wordt nooit gesloten, dus de cel loopt door "
                        "tot het einde van het bestand"
                      : "the quote (\") that opens this cell is never closed, so the cell runs to the end of the file";
            break;
        case ProblemKind::empty:
            what = nl ? "het bestand bevat geen rijen" : "the file holds no rows";
            break;
        case ProblemKind::text_after_quote:
            what = nl ? "tekst na het sluitende aanhalingsteken (gelezen als deel van de cel)"
                      : "text after the closing quote (read as part of the cell)";
            break;
        case ProblemKind::extra_cells: {
            const std::size_t slash = p.detail.find('/');
            const std::string have = p.detail.substr(0, slash), first = slash == std::string::npos ? "" : p.detail.substr(slash + 1);
            what = nl ? "deze rij heeft " + have + " cellen, de eerste rij " + first
                      : "this row has " + have + " cells, the first row " + first;
            break;
        }
        case ProblemKind::more_warnings:
            what = nl ? "en nog " + p.detail + " waarschuwingen" : "and " + p.detail + " more warnings";
            break;
    }
    if (where.empty() && !what.empty()) what[0] = (char)std::toupper((unsigned char)what[0]);
    return where + what;
}

}  // namespace dagdeel::csv
