// [SECTION] Splitting rows and fields (TSV and CSV through io/csv, "13.30 uur X" lines)
// [SECTION] Guessing columns
// [SECTION] Rows -> items
#include "io/text_import/table_paste.hpp"

#include <algorithm>
#include <cstdio>

#include "core/civil_time.hpp"
#include "core/operations.hpp"
#include "io/text_import/text_import_internal.hpp"

namespace dagdeel {

using namespace text_import;

const char* to_string(TableColumn c) {
    switch (c) {
        case TableColumn::ignore: return "ignore";
        case TableColumn::start: return "start";
        case TableColumn::end: return "end";
        case TableColumn::duration: return "duration";
        case TableColumn::title: return "title";
        case TableColumn::speaker: return "speaker";
        case TableColumn::room: return "room";
        case TableColumn::description: return "description";
    }
    return "ignore";
}

namespace {

// [SECTION] Splitting ---------------------------------------------------------------------------

// Delimited text through the one CSV reader; its rows, lines and problems into `t`.
void take_csv(PastedTable& t, std::string_view text, char delimiter) {
    csv::ReadOptions options;
    options.delimiter = delimiter;
    options.limits.max_bytes = kTableMaxBytes;
    options.limits.max_rows = kTableMaxRows;
    options.limits.max_columns = kTableMaxColumns;
    csv::Table table = csv::read(text, options);
    t.separator = table.delimiter;
    t.encoding = table.encoding;
    t.problems = std::move(table.problems);
    for (const csv::Problem& p : t.problems)
        if (p.is_error && t.error.empty()) t.error = csv::describe(p, Language::en);
    if (!t.error.empty()) return;  // the rows read are not offered: the file is not what it seems
    for (csv::Row& r : table.rows) {
        for (std::string& cell : r.cells) cell = trim(cell);
        t.lines.push_back(r.line);
        t.rows.push_back(std::move(r.cells));
    }
}

char pick_separator(std::string_view s) {
    std::size_t tabs = 0, commas = 0, semis = 0;
    bool quoted = false;
    for (char c : s.substr(0, 65536)) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        tabs += c == '\t';
        commas += c == ',';
        semis += c == ';';
    }
    if (tabs > 0) return '\t';
    if (semis > 0 && semis >= commas / 2) return ';';
    if (commas > 0) return ',';
    return ' ';
}

bool is_time_cell(const std::string& s) {
    auto t = leading_time(s);
    return t && t->finish >= trim(s).size() - 0 && !s.empty();
}

}  // namespace

namespace {

void refuse(PastedTable& t, csv::ProblemKind kind, std::string detail, std::string english) {
    t.problems.insert(t.problems.begin(), {kind, true, 0, 0, std::move(detail)});
    t.error = std::move(english);
}

// A header: a first row without any time while a later row has one.
void split_header(PastedTable& t) {
    if (t.rows.size() < 2) return;
    bool first_has_time = false, later_has_time = false;
    for (const std::string& c : t.rows[0]) first_has_time |= is_time_cell(c);
    for (std::size_t r = 1; r < t.rows.size() && r < 20; ++r)
        for (const std::string& c : t.rows[r]) later_has_time |= is_time_cell(c);
    if (!first_has_time && later_has_time) {
        t.header = t.rows[0];
        t.rows.erase(t.rows.begin());
        t.lines.erase(t.lines.begin());
    }
}

}  // namespace

PastedTable parse_pasted_table(std::string_view input) {
    PastedTable t;
    if (input.size() > kTableMaxBytes) {
        refuse(t, csv::ProblemKind::too_large, std::to_string(kTableMaxBytes), "more than 20 MB");
        return t;
    }
    std::string text = csv::decode(input, &t.encoding);
    if (looks_binary(text)) {
        refuse(t, csv::ProblemKind::not_text, {}, "this is not text");
        return t;
    }
    t.separator = pick_separator(text);
    if (t.separator != ' ') {
        const csv::Encoding encoding = t.encoding;  // the text is UTF-8 by now
        take_csv(t, text, t.separator);
        t.encoding = encoding;
        if (t.error.empty()) split_header(t);
        return t;
    }
    // "13.30 uur Ontvangst en inloop" / "13.30 - 14.00 Lezing": time(s) and title.
    std::size_t pos = 0;
    int line_number = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        std::string line = trim(std::string_view(text).substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
        pos = nl == std::string::npos ? text.size() : nl + 1;
        ++line_number;
        if (line.empty()) continue;
        if (t.rows.size() >= kTableMaxRows) {
            refuse(t, csv::ProblemKind::too_many_rows, std::to_string(kTableMaxRows),
                   "more than " + std::to_string(kTableMaxRows) + " rows");
            t.problems.front().line = line_number;
            t.rows.clear();
            t.lines.clear();
            return t;
        }
        std::vector<std::string> row(3);
        if (auto time = leading_time(line)) {
            row[0] = format_hhmm(time->start);
            if (time->end) row[1] = format_hhmm(*time->end);
            row[2] = trim(std::string_view(line).substr(time->finish));
        } else {
            row[2] = line;
        }
        t.rows.push_back(std::move(row));
        t.lines.push_back(line_number);
    }
    if (t.rows.empty()) refuse(t, csv::ProblemKind::empty, {}, "no rows");
    return t;
}

PastedTable read_table_file(std::string_view bytes) {
    PastedTable t;
    take_csv(t, bytes, 0);
    if (!t.error.empty()) return t;
    split_header(t);
    // A file's first row of words is its header even when no row holds a time
    // (a list of workshops with their leaders): guess_columns reads the words.
    if (t.header.empty() && t.rows.size() >= 2) {
        bool words = true;
        for (const std::string& c : t.rows[0]) words = words && !c.empty() && !parse_duration(c) && !is_time_cell(c);
        if (words) {
            t.header = t.rows[0];
            t.rows.erase(t.rows.begin());
            t.lines.erase(t.lines.begin());
        }
    }
    return t;
}

// [SECTION] Guessing columns --------------------------------------------------------------------

std::vector<TableColumn> guess_columns(const PastedTable& t) {
    std::size_t width = t.header.size();
    for (const auto& r : t.rows) width = std::max(width, r.size());
    if (t.separator == ' ') return {TableColumn::start, TableColumn::end, TableColumn::title};
    std::vector<TableColumn> out(width, TableColumn::ignore);
    auto from_header = [](const std::string& h) {
        const std::string l = lower(h);
        struct W { const char* w; TableColumn c; };
        static const W words[] = {{"eind", TableColumn::end}, {"end", TableColumn::end}, {"tot", TableColumn::end},
                                  {"duur", TableColumn::duration}, {"duration", TableColumn::duration},
                                  {"minuten", TableColumn::duration}, {"min", TableColumn::duration},
                                  {"tijd", TableColumn::start}, {"start", TableColumn::start}, {"begin", TableColumn::start},
                                  {"time", TableColumn::start}, {"van", TableColumn::start}, {"spreker", TableColumn::speaker},
                                  {"sprekers", TableColumn::speaker}, {"door", TableColumn::speaker},
                                  {"speaker", TableColumn::speaker}, {"wie", TableColumn::speaker},
                                  {"begeleider", TableColumn::speaker}, {"zaal", TableColumn::room},
                                  {"ruimte", TableColumn::room}, {"room", TableColumn::room}, {"locatie", TableColumn::room},
                                  {"omschrijving", TableColumn::description}, {"beschrijving", TableColumn::description},
                                  {"description", TableColumn::description}, {"toelichting", TableColumn::description},
                                  {"titel", TableColumn::title}, {"onderdeel", TableColumn::title},
                                  {"title", TableColumn::title}, {"programma", TableColumn::title},
                                  {"activiteit", TableColumn::title}, {"wat", TableColumn::title}, {"item", TableColumn::title}};
        for (const W& w : words)
            if (contains_word(l, w.w)) return w.c;
        return TableColumn::ignore;
    };
    bool any_header = false;
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        out[c] = from_header(t.header[c]);
        any_header |= out[c] != TableColumn::ignore;
    }
    if (!any_header) {
        // From the content: times (first = start, second = end), durations, long text, names.
        bool have_start = false, have_title = false;
        for (std::size_t c = 0; c < width; ++c) {
            int times = 0, durations = 0, names = 0, filled = 0;
            std::size_t length = 0;
            for (const auto& r : t.rows) {
                if (c >= r.size() || r[c].empty()) continue;
                ++filled;
                length += r[c].size();
                if (is_time_cell(r[c])) ++times;
                else if (parse_duration(r[c])) ++durations;
                else if (looks_like_person_name(split_person(r[c]).name)) ++names;
            }
            if (!filled) continue;
            if (times * 2 > filled) out[c] = have_start ? TableColumn::end : TableColumn::start, have_start = true;
            else if (durations * 2 > filled) out[c] = TableColumn::duration;
            else if (names * 2 > filled && have_title) out[c] = TableColumn::speaker;
            else if (!have_title) out[c] = TableColumn::title, have_title = true;
            else if (length / filled > 60) out[c] = TableColumn::description;
            else out[c] = TableColumn::room;
        }
    }
    return out;
}

// [SECTION] Rows -> items -------------------------------------------------------------------

std::vector<TableItem> items_from_table(const PastedTable& t, const std::vector<TableColumn>& columns) {
    std::vector<TableItem> out;
    for (const auto& row : t.rows) {
        TableItem ti;
        Item& it = ti.item;
        std::optional<Minutes> start, end, duration;
        for (std::size_t c = 0; c < row.size() && c < columns.size(); ++c) {
            const std::string& v = row[c];
            if (v.empty()) continue;
            switch (columns[c]) {
                case TableColumn::start: if (auto m = parse_time_of_day(v)) start = m; else if (auto l = leading_time(v)) start = l->start, end = l->end; break;
                case TableColumn::end: if (auto m = parse_time_of_day(v)) end = m; break;
                case TableColumn::duration: duration = parse_duration(v); break;
                case TableColumn::title: it.title = v; break;
                case TableColumn::speaker: ti.speaker = v; break;
                case TableColumn::room: ti.room = v; break;
                case TableColumn::description: it.description = v; break;
                case TableColumn::ignore: break;
            }
        }
        if (it.title.empty()) continue;
        std::string title = it.title;
        const Mark mark = take_status_mark(title);
        it.title = title;
        it.status = mark == Mark::tentative ? Status::tentative : mark == Mark::cancelled ? Status::cancelled : Status::confirmed;
        it.kind = kind_for_title(it.title);
        if (start) {
            it.start = *start;
            it.pinned = true;
        }
        it.duration = duration ? *duration : (start && end && *end > *start) ? *end - *start : default_duration(it.kind);
        out.push_back(std::move(ti));
    }
    return out;
}

std::vector<int> lines_without_title(const PastedTable& t, const std::vector<TableColumn>& columns) {
    std::vector<int> out;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        bool titled = false;
        for (std::size_t c = 0; c < t.rows[r].size() && c < columns.size(); ++c)
            titled |= columns[c] == TableColumn::title && !t.rows[r][c].empty();
        if (!titled) out.push_back(r < t.lines.size() ? t.lines[r] : (int)r + 1);
    }
    return out;
}

// [SECTION] Rows -> a document ------------------------------------------------------------------

namespace {

std::string find_or_add_person(Document& doc, const std::string& name) {
    for (const Person& p : doc.people)
        if (p.name == name || (p.name.empty() && p.organisation == name)) return p.id;
    Person p;
    p.id = new_id(doc, "p-");
    p.name = name;
    doc.people.push_back(p);
    return p.id;
}

std::string find_or_add_room(Document& doc, const std::string& name) {
    for (const Room& r : doc.rooms)
        if (r.name == name) return r.id;
    Room r;
    r.id = new_id(doc, "r-");
    r.name = name;
    doc.rooms.push_back(r);
    return r.id;
}

// FNV-1a: the same file gives the same document id (stable CLI output).
std::string table_document_id(std::string_view bytes) {
    unsigned long long h = 1469598103934665603ull;
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    char buf[24];
    std::snprintf(buf, sizeof buf, "doc-%016llx", h);
    return buf;
}

}  // namespace

std::string insert_table_items(Document& doc, std::size_t day, std::size_t position, const std::vector<TableItem>& rows) {
    if (day >= doc.days.size() || rows.empty()) return {};
    std::vector<Item>& items = doc.days[day].items;
    position = std::min(position, items.size());
    std::string first;
    for (const TableItem& row : rows) {
        Item it = row.item;
        it.id = new_id(doc, "i-");
        if (!row.speaker.empty()) it.people.push_back({find_or_add_person(doc, row.speaker), Role::speaker});
        if (!row.room.empty()) it.room_id = find_or_add_room(doc, row.room);
        if (!it.pinned) it.start = 0;
        if (first.empty()) first = it.id;
        doc.days[day].items.insert(doc.days[day].items.begin() + (long)position++, std::move(it));
    }
    return first;
}

ReadResult read_table_document(std::string_view bytes) {
    ReadResult out;
    const PastedTable t = read_table_file(bytes);
    for (const csv::Problem& p : t.problems) {
        csv::Problem bare = p;  // the location goes into Problem's line and column, not the text
        bare.line = bare.column = 0;
        out.problems.push_back({"", csv::describe(bare, Language::en), p.is_error, p.line, p.column});
    }
    if (!t.error.empty()) return out;
    const std::vector<TableColumn> columns = guess_columns(t);
    if (std::find(columns.begin(), columns.end(), TableColumn::title) == columns.end()) {
        out.problems.push_back({"", "no column holds titles: name one \"titel\" or \"title\" in the first row", true, 1, 0});
        return out;
    }
    const std::vector<TableItem> rows = items_from_table(t, columns);
    for (int line : lines_without_title(t, columns))
        out.problems.push_back({"", "row without a title: not imported", false, line, 0});
    if (rows.empty()) {
        out.problems.push_back({"", "no row has a title", true, 0, 0});
        return out;
    }
    out.document = table_document(rows, table_document_id(bytes), "Programma");
    return out;
}

Document table_document(const std::vector<TableItem>& rows, std::string id, std::string title) {
    Document doc;
    doc.id = std::move(id);
    doc.event.title = std::move(title);
    Day day;
    day.id = "d-1";
    // The day starts at the first row's time (a programme without times starts at 9.00).
    day.start = 9 * 60;
    for (const TableItem& r : rows)
        if (r.item.pinned) {
            day.start = r.item.start;
            break;
        }
    doc.days.push_back(std::move(day));
    insert_table_items(doc, 0, 0, rows);
    return doc;
}

bool looks_like_csv_table(std::string_view text) {
    csv::ReadOptions options;
    options.limits.max_rows = 21;
    options.limits.max_cell_bytes = 4096;
    const csv::Table t = csv::read(text.substr(0, 65536), options);
    if (t.rows.size() < 2) return false;
    // The last row may be cut off by the 64 kB window (or be the 22nd): not counted.
    const std::size_t n = std::min<std::size_t>(t.rows.size() - (t.rows.size() > 2 ? 1 : 0), 20);
    const std::size_t width = t.rows[0].cells.size();
    if (width < (t.delimiter == ',' ? 3u : 2u)) return false;
    for (std::size_t r = 0; r < n; ++r)
        if (t.rows[r].cells.size() != width) return false;
    for (const csv::Problem& p : t.problems)
        if (p.is_error && p.kind != csv::ProblemKind::too_many_rows && p.kind != csv::ProblemKind::unclosed_quote)
            return false;
    if (t.delimiter == ',') {
        // Prose puts a space after its commas ("Welkom, allemaal"); CSV writers do not.
        std::size_t cells = 0, spaced = 0;
        for (std::size_t r = 0; r < n; ++r)
            for (std::size_t c = 1; c < t.rows[r].cells.size(); ++c) {
                ++cells;
                spaced += !t.rows[r].cells[c].empty() && t.rows[r].cells[c][0] == ' ';
            }
        if (spaced * 2 > cells) return false;
    }
    return true;
}

}  // namespace dagdeel
