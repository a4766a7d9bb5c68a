// libFuzzer target: spreadsheet paste and CSV programme files
// (io/text_import/table_paste.hpp). The first byte picks the way in:
// clipboard text (parse_pasted_table) or a file (read_table_file and the
// door's read_table_document). Checks, besides crashes and sanitizer
// reports: rows and lines stay paired, a refusal names its error, and an
// accepted table's document is storable (JSON save + reopen equal).
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"
#include "io/text_import/table_paste.hpp"

namespace {
constexpr const char* kTarget = "fuzz_table_paste";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dagdeel;
    using namespace dagdeel::fuzz;
    if (size == 0) return 0;
    const bool file = data[0] & 1;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const PastedTable t = file ? read_table_file(text) : parse_pasted_table(text);
    if (t.rows.size() != t.lines.size()) fail(kTarget, "rows and their lines differ in number");
    if (!t.error.empty() && t.problems.empty()) fail(kTarget, "an error without a located problem", t.error);
    const auto columns = guess_columns(t);
    const auto items = items_from_table(t, columns);
    if (items.size() + lines_without_title(t, columns).size() != t.rows.size())
        fail(kTarget, "a row is neither an item nor named as skipped");
    if (!file) return 0;
    const ReadResult r = read_table_document(text);
    if (!r.ok()) {
        check_refusal_explained(kTarget, r);
        return 0;
    }
    if (r.document->days.at(0).items.size() <= 200) check_storable(kTarget, *r.document);
    return 0;
}
