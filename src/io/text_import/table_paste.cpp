// [SECTION] Splitting rows and fields (TSV, CSV with quotes, "13.30 uur X" lines)
// [SECTION] Guessing columns
// [SECTION] Rows -> items
#include "io/text_import/table_paste.hpp"

#include "core/civil_time.hpp"
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

// RFC 4180 fields: quotes around a field, "" for a quote, newlines inside quotes.
std::vector<std::vector<std::string>> split_delimited(std::string_view s, char sep, std::string& error) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
            continue;
        }
        if (c == '"' && trim(field).empty()) {
            quoted = was_quoted = true;
            field.clear();
        } else if (c == sep) {
            rows.back().push_back(was_quoted ? field : trim(field));
            field.clear();
            was_quoted = false;
            if (rows.back().size() > kTableMaxColumns) {
                error = "more than " + std::to_string(kTableMaxColumns) + " columns";
                return {};
            }
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            rows.back().push_back(was_quoted ? field : trim(field));
            field.clear();
            was_quoted = false;
            rows.emplace_back();
            if (rows.size() > kTableMaxRows + 1) {
                error = "more than " + std::to_string(kTableMaxRows) + " rows";
                return {};
            }
        } else {
            field += c;
        }
    }
    if (!field.empty() || !rows.back().empty()) rows.back().push_back(was_quoted ? field : trim(field));
    std::vector<std::vector<std::string>> out;
    for (auto& r : rows) {
        bool any = false;
        for (const std::string& f : r) any |= !f.empty();
        if (any) out.push_back(std::move(r));
    }
    return out;
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

PastedTable parse_pasted_table(std::string_view input) {
    PastedTable t;
    if (input.size() > 20u * 1024u * 1024u) {
        t.error = "more than 20 MB";
        return t;
    }
    if (looks_binary(input)) {
        t.error = "this is not text";
        return t;
    }
    std::string text(input);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    if (!is_valid_utf8(text)) text = windows1252_to_utf8(text);
    t.separator = pick_separator(text);
    if (t.separator == ' ') {
        // "13.30 uur Ontvangst en inloop" / "13.30 - 14.00 Lezing": time(s) and title.
        std::size_t pos = 0;
        while (pos < text.size()) {
            std::size_t nl = text.find('\n', pos);
            std::string line = trim(std::string_view(text).substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
            pos = nl == std::string::npos ? text.size() : nl + 1;
            if (line.empty()) continue;
            if (t.rows.size() >= kTableMaxRows) {
                t.error = "more than " + std::to_string(kTableMaxRows) + " rows";
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
        }
        t.header = {};
        return t;
    }
    t.rows = split_delimited(text, t.separator, t.error);
    if (!t.error.empty() || t.rows.empty()) {
        if (t.error.empty()) t.error = "no rows";
        t.rows.clear();
        return t;
    }
    // A header: a first row without any time while a later row has one.
    bool first_has_time = false, later_has_time = false;
    for (const std::string& c : t.rows[0]) first_has_time |= is_time_cell(c);
    for (std::size_t r = 1; r < t.rows.size() && r < 20; ++r)
        for (const std::string& c : t.rows[r]) later_has_time |= is_time_cell(c);
    if (!first_has_time && later_has_time) {
        t.header = t.rows[0];
        t.rows.erase(t.rows.begin());
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

}  // namespace dagdeel
