// Pasted spreadsheet rows and CSV files (src/io/text_import/table_paste.hpp):
// tab-separated rows as Excel/LibreOffice/Sheets copy them, CSV with
// semicolons, a BOM, Windows-1252 and quoted newlines, typed lines like
// "13.30 uur Ontvangst en inloop", and the column guesses.
#include <doctest/doctest.h>

#include "io/text_import/table_paste.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("table-paste");

TEST_CASE("tab-separated rows with a header, as a spreadsheet copies them") {
    const PastedTable t = parse_pasted_table(
        "Tijd\tEind\tOnderdeel\tSpreker\tZaal\r\n"
        "13:30\t14:00\tOntvangst en inloop\t\t\r\n"
        "14:00\t14:45\tLezing over wijkraden\tMonique de Beer\tZaal 1\r\n"
        "14:45\t15:00\tPauze\t\t\r\n");
    REQUIRE(t.error.empty());
    CHECK(t.separator == '\t');
    CHECK(t.header.size() == 5);
    REQUIRE(t.rows.size() == 3);
    const auto cols = guess_columns(t);
    CHECK(cols == std::vector<TableColumn>{TableColumn::start, TableColumn::end, TableColumn::title, TableColumn::speaker,
                                           TableColumn::room});
    const auto items = items_from_table(t, cols);
    REQUIRE(items.size() == 3);
    CHECK(items[0].item.kind == ItemKind::walk_in);
    CHECK(items[0].item.duration == 30);
    CHECK(items[1].item.start == 14 * 60);
    CHECK(items[1].speaker == "Monique de Beer");
    CHECK(items[1].room == "Zaal 1");
    CHECK(items[2].item.kind == ItemKind::break_);
}

TEST_CASE("rows without a header: columns guessed from the content") {
    const PastedTable t = parse_pasted_table("9:30\t30\tInloop\n10:00\t15\tWelkom\tJan Jansen\n");
    const auto cols = guess_columns(t);
    REQUIRE(cols.size() >= 3);
    CHECK(cols[0] == TableColumn::start);
    CHECK(cols[1] == TableColumn::duration);
    CHECK(cols[2] == TableColumn::title);
    const auto items = items_from_table(t, cols);
    REQUIRE(items.size() == 2);
    CHECK(items[1].item.duration == 15);
}

TEST_CASE("typed lines: '13.30 uur Ontvangst en inloop', ranges, (o.v.)") {
    const PastedTable t = parse_pasted_table("13.30 uur Ontvangst en inloop\n14.00-14.15 Welkom\n(o.v.) Lezing\n");
    CHECK(t.separator == ' ');
    const auto items = items_from_table(t, guess_columns(t));
    REQUIRE(items.size() == 3);
    CHECK(items[0].item.start == 13 * 60 + 30);
    CHECK(items[1].item.duration == 15);
    CHECK(items[2].item.status == Status::tentative);
    CHECK_FALSE(items[2].item.pinned);
}

TEST_CASE("CSV: semicolons, BOM, Windows-1252, quoted fields with newlines and quotes") {
    const std::string csv = "\xEF\xBB\xBF" "start;titel;omschrijving\n"
                            "10:00;\"Caf\xC3\xA9 \"\"de Wijk\"\"\";\"Regel een\nRegel twee\"\n"
                            "11:00;Lunch;\n";
    const PastedTable t = parse_pasted_table(csv);
    REQUIRE(t.error.empty());
    CHECK(t.separator == ';');
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][1] == "Caf\xC3\xA9 \"de Wijk\"");
    CHECK(t.rows[0][2] == "Regel een\nRegel twee");
    const PastedTable cp1252 = parse_pasted_table("tijd,titel\n10:00,Caf\xE9 en borrel\n");
    REQUIRE(cp1252.rows.size() == 1);
    CHECK(cp1252.rows[0][1] == "Caf\xC3\xA9 en borrel");
    CHECK(items_from_table(cp1252, guess_columns(cp1252)).at(0).item.kind == ItemKind::drinks);
}

TEST_CASE("bounds") {
    std::string many;
    for (int i = 0; i < 10002; ++i) many += "10:00\tx\n";
    CHECK_FALSE(parse_pasted_table(many).error.empty());
    CHECK_FALSE(parse_pasted_table(std::string("a\0b", 3)).error.empty());
}

TEST_SUITE_END();
