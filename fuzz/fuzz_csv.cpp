// libFuzzer target: the CSV reader and writer (io/csv/).
// Checks, besides crashes and sanitizer reports:
//  * every row's line is within the file and rows come in line order;
//  * an error is never silent (ok() false only with an error problem; an
//    empty table of a non-blank file is an error);
//  * write -> read: the writer's text reads back as the same cells (formula
//    neutralising off, so cells compare byte for byte), on the delimiter read.
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"
#include "io/csv/csv_reader.hpp"
#include "io/csv/csv_writer.hpp"

namespace {
constexpr const char* kTarget = "fuzz_csv";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dagdeel;
    using dagdeel::fuzz::fail;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    csv::ReadOptions options;
    options.limits = {1u << 20, 2000, 64, 4096};
    const csv::Table t = csv::read(bytes, options);
    int last_line = 0;
    for (const csv::Row& r : t.rows) {
        if (r.line < last_line || r.line < 1) fail(kTarget, "rows out of line order");
        last_line = r.line;
        if (r.cells.empty()) fail(kTarget, "a row without cells");
    }
    for (const csv::Problem& p : t.problems)
        if (csv::describe(p, Language::nl).empty() || csv::describe(p, Language::en).empty())
            fail(kTarget, "a problem without words");
    if (!t.ok() || t.rows.empty()) return 0;

    std::vector<std::vector<std::string>> cells;
    for (const csv::Row& r : t.rows) cells.push_back(r.cells);
    csv::WriteOptions w;
    w.delimiter = t.delimiter;
    w.neutralise_formulas = false;
    csv::ReadOptions again_options = options;
    again_options.delimiter = t.delimiter;
    again_options.limits.max_bytes = 16u << 20;
    again_options.limits.max_cell_bytes = 1u << 20;
    const csv::Table again = csv::read(csv::write(cells, w), again_options);
    // The "is this text?" test judges a ratio of control characters in the
    // head; re-encoding (Windows-1252 -> UTF-8) and quoting shift that ratio,
    // so a file that is mostly carriage returns may fall on the other side.
    // No real table is, and the test is about cells, so such files stop here.
    if (!again.ok() && again.problems.at(0).kind == csv::ProblemKind::not_text) return 0;
    if (!again.ok()) fail(kTarget, "our own CSV does not read back", csv::describe(again.problems.at(0), Language::en));
    // Rows whose cells are all blank are skipped by the reader by design.
    std::size_t j = 0;
    for (const auto& row : cells) {
        bool blank = true;
        for (const std::string& c : row) blank = blank && c.find_first_not_of(" \t") == std::string::npos;
        if (blank) continue;
        if (j >= again.rows.size() || again.rows[j].cells != row) fail(kTarget, "write -> read changes a row");
        ++j;
    }
    return 0;
}
