// The CSV module (src/io/csv/): real fragments of what organisers get from
// Microsoft Forms (saved as CSV by Dutch Excel: semicolons, Windows-1252,
// CRLF), Google Forms (commas, every cell quoted, UTF-8), Excel's "CSV UTF-8"
// (BOM) and "Unicode-tekst" (UTF-16LE, tabs); problems with their lines; the
// writer's quoting and its CSV-injection rule.
#include <doctest/doctest.h>

#include "io/csv/csv_reader.hpp"
#include "io/csv/csv_writer.hpp"
#include "io/text_encoding.hpp"

using namespace dagdeel;

namespace {

bool has_problem(const csv::Table& t, csv::ProblemKind kind, int line) {
    for (const csv::Problem& p : t.problems)
        if (p.kind == kind && p.line == line) return true;
    return false;
}

}  // namespace

TEST_SUITE_BEGIN("csv");

TEST_CASE("Microsoft Forms responses saved by Dutch Excel: semicolons, Windows-1252, CRLF, a cell over two lines") {
    // "José Müller", "Café ’t Hoekje", "€ 25,00" in Windows-1252 bytes.
    const std::string bytes =
        "Id;Begintijd;Tijd van voltooien;E-mail;Naam;Uw naam;Organisatie;Bedrag;Opmerkingen\r\n"
        "1;12-3-2026 09:14:03;12-3-2026 09:15:41;anonymous;;Jos\xE9 M\xFCller;Caf\xE9 \x92t Hoekje;\x80 25,00;"
        "\"Ik kom iets later; de trein\r\nrijdt pas om 10 uur\"\r\n"
        "2;12-3-2026 10:02:11;12-3-2026 10:03:00;anonymous;;\"Anne \"\"Annie\"\" de Vries\";Stichting Wijkkracht;"
        "\x80 0,00;\r\n";
    const csv::Table t = csv::read(bytes);
    REQUIRE(t.ok());
    CHECK(t.delimiter == ';');
    CHECK(t.encoding == csv::Encoding::windows1252);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells.size() == 9);
    CHECK(t.rows[1].cells[5] == "Jos\xC3\xA9 M\xC3\xBCller");
    CHECK(t.rows[1].cells[6] == "Caf\xC3\xA9 \xE2\x80\x99t Hoekje");
    CHECK(t.rows[1].cells[7] == "\xE2\x82\xAC 25,00");
    CHECK(t.rows[1].cells[8] == "Ik kom iets later; de trein\nrijdt pas om 10 uur");
    CHECK(t.rows[2].cells[5] == "Anne \"Annie\" de Vries");
    CHECK(t.rows[2].cells[8] == "");
    // Lines: the second response starts on line 4, since the first spans lines 2 and 3.
    CHECK(t.rows[0].line == 1);
    CHECK(t.rows[1].line == 2);
    CHECK(t.rows[2].line == 4);
}

TEST_CASE("Google Forms download: commas, every cell quoted, UTF-8 without BOM, LF") {
    const std::string text =
        "\"Tijdstempel\",\"E-mailadres\",\"Naam\",\"Aan welke workshops wil je deelnemen?\",\"Opmerkingen\"\n"
        "\"2026/03/12 9:14:03 a.m. CET\",\"jose@example.nl\",\"Jos\xC3\xA9 M\xC3\xBCller\","
        "\"Workshop A, Workshop B\",\"\"\n"
        "\"2026/03/12 10:40:55 a.m. CET\",\"fatima@example.org\",\"Fatima El Amrani\",\"Workshop B\","
        "\"Graag een glutenvrije lunch.\nIk neem mijn collega mee.\"\n";
    const csv::Table t = csv::read(text);
    REQUIRE(t.ok());
    CHECK(t.delimiter == ',');
    CHECK(t.encoding == csv::Encoding::utf8);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].cells[3] == "Workshop A, Workshop B");
    CHECK(t.rows[2].cells[4] == "Graag een glutenvrije lunch.\nIk neem mijn collega mee.");
    CHECK(t.rows[2].line == 3);
}

TEST_CASE("Excel 'CSV UTF-8' with a BOM and a sep= line; LibreOffice with spaces around quotes") {
    const csv::Table t = csv::read("\xEF\xBB\xBFsep=;\r\nTijd;Onderdeel\r\n13:30;Caf\xC3\xA9\r\n");
    REQUIRE(t.ok());
    CHECK(t.encoding == csv::Encoding::utf8_bom);
    CHECK(t.delimiter == ';');
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells[0] == "Tijd");  // the BOM is not part of the first cell
    CHECK(t.rows[0].line == 2);
    const csv::Table spaced = csv::read("naam, \"Jansen, J.\" ,plaats\nx,y,z\n");
    REQUIRE(spaced.rows.size() == 2);
    CHECK(spaced.rows[0].cells[1] == "Jansen, J.");
    CHECK(spaced.rows[0].cells[2] == "plaats");
}

TEST_CASE("line ends: CRLF, LF, and the old Mac CR; blank rows are skipped but lines still count") {
    const csv::Table cr = csv::read("a;b\r1;2\r\r3;4\r");
    REQUIRE(cr.rows.size() == 3);
    CHECK(cr.rows[2].cells == std::vector<std::string>{"3", "4"});
    CHECK(cr.rows[2].line == 4);
    const csv::Table blank = csv::read("a,b\n\n,\n1,2");  // no line end after the last row
    REQUIRE(blank.rows.size() == 2);
    CHECK(blank.rows[1].line == 4);
    CHECK(blank.rows[1].cells[1] == "2");
    CHECK(csv::read("a\r\n\"x\r\ny\"\r\n").rows.at(1).cells.at(0) == "x\ny");  // CRLF inside a cell becomes \n
}

TEST_CASE("Excel 'Unicode-tekst': UTF-16LE with a BOM, tab-separated") {
    const std::string utf8 = "Naam\tZaal\r\nJos\xC3\xA9\tZaal 1\r\n";
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("Naam\tZaal\r\nJos")) utf16 += c, utf16 += '\0';
    utf16 += "\xE9";
    utf16 += '\0';
    for (char c : std::string("\tZaal 1\r\n")) utf16 += c, utf16 += '\0';
    const csv::Table t = csv::read(utf16);
    REQUIRE(t.ok());
    CHECK(t.encoding == csv::Encoding::utf16le);
    CHECK(t.delimiter == '\t');
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].cells[0] == "Jos\xC3\xA9");
}

TEST_CASE("UTF-8 is told from Windows-1252 by RFC 3629's strict rules (fuzz_table_paste finding)") {
    CHECK(is_valid_utf8("Jos\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80"));  // é, en dash, an emoji
    CHECK_FALSE(is_valid_utf8("\xF6\xA3\x96\x96"));  // 1252 "ö£––": F5..F7 lead no UTF-8 sequence
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));            // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));       // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));       // a surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    const csv::Table t = csv::read("Titel\r\n\xF6\xA3\x96\x96\r\n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.encoding == csv::Encoding::windows1252);
    CHECK(t.rows[1].cells[0] == "\xC3\xB6\xC2\xA3\xE2\x80\x93\xE2\x80\x93");
}

TEST_CASE("sniffing: semicolons win over decimal commas; one column; tabs") {
    CHECK(csv::sniff_delimiter("Naam;Bedrag\nJan;12,50\nPiet;7,00\n") == ';');
    CHECK(csv::sniff_delimiter("naam,plaats\n\"Vries; de\",Utrecht\n") == ',');
    CHECK(csv::sniff_delimiter("Tijd\tOnderdeel, met komma\n13:30\tInloop, koffie\n") == '\t');
    CHECK(csv::sniff_delimiter("Alleen namen\nJan\nPiet\n") == ',');
    const csv::Table one = csv::read("Alleen namen\nJan\nPiet\n");
    REQUIRE(one.rows.size() == 3);
    CHECK(one.rows[2].cells == std::vector<std::string>{"Piet"});
    CHECK(csv::read("a;b\n1;2\n", {',', {}}).rows.at(0).cells.size() == 1);  // a given delimiter is obeyed
}

TEST_CASE("problems name their line and cell; nothing is dropped silently") {
    // A quote opened on line 3 is never closed.
    const csv::Table open = csv::read("naam;opmerking\nJan;ok\nPiet;\"begint hier\nen loopt door\n");
    CHECK_FALSE(open.ok());
    REQUIRE(has_problem(open, csv::ProblemKind::unclosed_quote, 3));
    CHECK(open.problems[0].column == 2);
    CHECK(csv::describe(open.problems[0], Language::nl).rfind("Regel 3, cel 2: ", 0) == 0);
    CHECK(csv::describe(open.problems[0], Language::en).rfind("Line 3, cell 2: ", 0) == 0);
    REQUIRE(open.rows.size() == 3);  // the rows before and the unfinished one are kept for the message
    CHECK(open.rows[2].cells[1] == "begint hier\nen loopt door\n");

    // More cells than the header: a warning on that line, the row kept whole.
    const csv::Table extra = csv::read("a;b\n1;2\n3;4;5\n");
    CHECK(extra.ok());
    CHECK(has_problem(extra, csv::ProblemKind::extra_cells, 3));
    CHECK(extra.rows.at(2).cells.size() == 3);
    CHECK(csv::describe(extra.problems[0], Language::nl) == "Regel 3: deze rij heeft 3 cellen, de eerste rij 2");

    const csv::Table after = csv::read("a,b\n\"x\"y,z\n");
    CHECK(after.ok());
    CHECK(has_problem(after, csv::ProblemKind::text_after_quote, 2));
    CHECK(after.rows.at(1).cells.at(0) == "xy");
}

TEST_CASE("bounds: size, rows, cells per row, bytes per cell; binary and .xlsx refused in words") {
    csv::ReadOptions small;
    small.limits = {1000, 3, 4, 10};
    CHECK(csv::read(std::string(1001, 'a'), small).problems.at(0).kind == csv::ProblemKind::too_large);
    const csv::Table rows = csv::read("a\nb\n\nc\nd\ne\n", small);
    CHECK_FALSE(rows.ok());
    CHECK(has_problem(rows, csv::ProblemKind::too_many_rows, 5));
    CHECK(rows.rows.size() == 3);
    CHECK(has_problem(csv::read("a,b\n1,2,3,4,5\n", small), csv::ProblemKind::too_many_columns, 2));
    const csv::Table cell = csv::read("a,b\nkort,\"veel te lange cel\"\n", small);
    REQUIRE_FALSE(cell.ok());
    CHECK(cell.problems[0].kind == csv::ProblemKind::cell_too_long);
    CHECK(cell.problems[0].line == 2);
    CHECK(cell.problems[0].column == 2);

    const csv::Table binary = csv::read(std::string("a,b\n\0\0\0\x01", 8));
    CHECK(binary.problems.at(0).kind == csv::ProblemKind::not_text);
    const csv::Table xlsx = csv::read(std::string("PK\x03\x04\x14\0\x06\0", 8));
    CHECK(csv::describe(xlsx.problems.at(0), Language::nl).find("Excel-werkmap") != std::string::npos);
    CHECK(csv::read("\n\r\n ,\n").problems.at(0).kind == csv::ProblemKind::empty);
    CHECK(csv::read("").problems.at(0).kind == csv::ProblemKind::empty);
}

TEST_CASE("writer: quoting, doubled quotes, line ends, BOM for Dutch Excel") {
    CHECK(csv::write_cell("gewoon") == "gewoon");
    CHECK(csv::write_cell("Jansen, J.") == "\"Jansen, J.\"");
    CHECK(csv::write_cell("Anne \"Annie\" de Vries") == "\"Anne \"\"Annie\"\" de Vries\"");
    CHECK(csv::write_cell("regel 1\nregel 2") == "\"regel 1\nregel 2\"");
    CHECK(csv::write_cell(" spatie") == "\" spatie\"");
    CHECK(csv::write_cell("a;b") == "a;b");
    CHECK(csv::write_cell("a;b", csv::WriteOptions::excel_nl()) == "\"a;b\"");
    CHECK(csv::write({{"Naam", "Bedrag"}, {"Jos\xC3\xA9", "12,50"}}, csv::WriteOptions::excel_nl()) ==
          "\xEF\xBB\xBFNaam;Bedrag\r\nJos\xC3\xA9;12,50\r\n");
    CHECK(csv::write({{"a", "b"}}, {',', false, false, true}) == "a,b\n");
}

TEST_CASE("writer: the OWASP CSV-injection rule neutralises formulas with a single quote") {
    CHECK(csv::write_cell("=HYPERLINK(\"http://example.invalid\",\"klik\")") ==
          "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"klik\"\")\"");
    CHECK(csv::write_cell("+31 6 12345678") == "'+31 6 12345678");
    CHECK(csv::write_cell("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0");
    CHECK(csv::write_cell("@SUM(1+1)*cmd|' /C calc'!A0") == "'@SUM(1+1)*cmd|' /C calc'!A0");
    CHECK(csv::write_cell("\t=1+1", csv::WriteOptions::excel_nl()) == "'\t=1+1");
    CHECK(csv::write_cell("\r=1+1") == "\"'\r=1+1\"");
    CHECK(csv::write_cell("a=1") == "a=1");  // only the first character counts
    csv::WriteOptions raw;
    raw.neutralise_formulas = false;
    CHECK(csv::write_cell("=1+1", raw) == "=1+1");
}

TEST_CASE("round trip: what the writer writes, the reader reads back") {
    const std::vector<std::vector<std::string>> rows = {
        {"Naam", "Opmerking", "Organisatie"},
        {"Anne \"Annie\" de Vries", "regel 1\nregel 2; met puntkomma", "Caf\xC3\xA9 \xE2\x80\x99t Hoekje"},
        {"", " voor en na ", "x,y"}};
    for (const csv::WriteOptions& o : {csv::WriteOptions{}, csv::WriteOptions::excel_nl()}) {
        const csv::Table t = csv::read(csv::write(rows, o));
        REQUIRE(t.ok());
        CHECK(t.delimiter == o.delimiter);
        REQUIRE(t.rows.size() == rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) CHECK(t.rows[r].cells == rows[r]);
    }
}

TEST_CASE("a first cell that reads like Excel's sep= line is quoted, so it stays a cell (fuzz_csv finding)") {
    const std::vector<std::vector<std::string>> rows = {{"SEP=", "x"}, {"sep=;", "y"}};
    csv::WriteOptions o;
    o.neutralise_formulas = false;
    const std::string text = csv::write(rows, o);
    CHECK(text.rfind("\"SEP=\"", 0) == 0);
    csv::ReadOptions r;
    r.delimiter = ',';
    const csv::Table t = csv::read(text, r);
    REQUIRE(t.ok());
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == rows[0]);
    CHECK(t.rows[1].cells == rows[1]);
}

TEST_SUITE_END();
