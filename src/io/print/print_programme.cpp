// The programme for the door: per day one A4 landscape sheet, a table with
// time running down and rooms across.
//
// Lanes (columns) are the rooms used that day, in the plan's room order; a
// round's sessions without a room get numbered lanes ("Keuze 1"), so the
// sessions of a round always sit side by side. Items for all rooms, and
// items without a room (the day's main room), span the width. Slots that
// start together share a row when their lanes differ.
//
// The type is as large as the sheet allows (readable from two metres: up to
// 32 pt, never below 10 pt): for each candidate size the row heights are
// estimated from the text lengths (and the longest word must fit its
// column), and the largest size that fills at most one sheet is taken. The
// page has no script, so this is decided here.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/civil_time.hpp"
#include "io/print/print_page.hpp"
#include "io/print/print_writers.hpp"

namespace dagdeel::print {
namespace {

struct Cell {
    const Slot* slot = nullptr;
    int lane = 0;
    int span = 1;
};
struct Row {
    Minutes start = 0, end = 0;
    std::vector<Cell> cells;  // in lane order
};
struct Grid {
    std::vector<std::string> lanes;
    std::vector<Row> rows;
};

// The time column ("13.30–14.00" in bold at .85 of the type size), in em.
constexpr double kTimeColumnEm = 7.8;

std::size_t utf8_length(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool spans(const Slot& s) { return s.all_rooms || (s.session == nullptr && s.room_id.empty()); }

Grid grid_for_day(const Document& doc, const std::vector<Slot>& slots, Lang lang) {
    Grid g;
    std::map<std::string, int> lane_of_room;
    for (const Room& r : doc.rooms) {
        const bool used = std::any_of(slots.begin(), slots.end(),
                                      [&](const Slot& s) { return !s.all_rooms && s.room_id == r.id; });
        if (!used) continue;
        lane_of_room[r.id] = static_cast<int>(g.lanes.size());
        g.lanes.push_back(r.name.empty() ? r.id : r.name);
    }
    // Numbered lanes for sessions without a (known) room: as many as the
    // largest round needs.
    std::map<const Item*, int> roomless;
    int numbered = 0;
    for (const Slot& s : slots)
        if (s.session && !lane_of_room.count(s.room_id)) numbered = std::max(numbered, ++roomless[s.item]);
    const int first_numbered = static_cast<int>(g.lanes.size());
    for (int i = 1; i <= numbered; ++i)
        g.lanes.push_back(std::string(tr(lang, "Keuze ", "Choice ")) + std::to_string(i));
    if (g.lanes.empty()) g.lanes.push_back(tr(lang, "Programma", "Programme"));
    const int width = static_cast<int>(g.lanes.size());

    std::map<const Item*, int> next_numbered;
    for (const Slot& s : slots) {
        Cell c{&s, 0, width};
        if (!spans(s)) {
            auto room = lane_of_room.find(s.room_id);
            c.lane = room != lane_of_room.end() ? room->second : first_numbered + next_numbered[s.item]++;
            c.span = 1;
        }
        // Joins the last row when it starts at the same time and the lane is free.
        Row* row = g.rows.empty() ? nullptr : &g.rows.back();
        bool fits = row && row->start == s.start && c.span == 1;
        if (fits)
            for (const Cell& other : row->cells)
                if (other.span > 1 || other.lane == c.lane) fits = false;
        if (!fits) {
            g.rows.push_back({s.start, s.end, {}});
            row = &g.rows.back();
        }
        row->end = std::max(row->end, s.end);
        row->cells.push_back(c);
        std::sort(row->cells.begin(), row->cells.end(), [](const Cell& a, const Cell& b) { return a.lane < b.lane; });
    }
    return g;
}

std::size_t longest_word(const std::string& s) {
    std::size_t longest = 0, run = 0;
    for (char c : s) {
        if (c == ' ') run = 0;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) longest = std::max(longest, ++run);
    }
    return longest;
}

// Millimetres the table needs at `pt` points: each row as high as its
// tallest cell (title lines + leader lines), with average glyph widths of
// DejaVu Sans (measured on the seeds: about 0.5 em; 0.58 bold and 0.52
// regular err wide, which keeps one sheet).
// Infinite when a word cannot fit its column.
double table_height_mm(const Document& doc, const Grid& g, double pt, Lang lang) {
    constexpr double kMmPerPt = 0.3528, kSheetWidth = 277.0, kCellPadding = 4.0, kBold = 0.58, kRegular = 0.52;
    const double em = pt * kMmPerPt;
    const double time_col = kTimeColumnEm * em + kCellPadding;
    const double lane = (kSheetWidth - time_col) / static_cast<double>(g.lanes.size());
    bool too_wide = false;
    auto lines = [&](const std::string& text, double width, double size, double glyph) {
        if (text.empty()) return 0.0;
        if (static_cast<double>(longest_word(text)) * glyph * size > width - kCellPadding) too_wide = true;
        const double per_line = std::max(1.0, std::floor((width - kCellPadding) / (glyph * size)));
        return std::ceil(static_cast<double>(utf8_length(text)) / per_line);
    };
    for (const std::string& lane_name : g.lanes) lines(lane_name, lane, 0.8 * em, kBold);
    double total = 1.3 * 0.8 * em + kCellPadding;  // header row (CSS line-height 1.3)
    for (const Row& r : g.rows) {
        double tallest = 1.3 * em;
        for (const Cell& c : r.cells) {
            const double w = lane * c.span;
            const std::string who = people_text(doc, *c.slot->people, lang);
            tallest = std::max(tallest, lines(c.slot->title, w, em, kBold) * 1.3 * em +
                                            lines(who, w, 0.8 * em, kRegular) * 1.3 * 0.8 * em);
        }
        total += tallest + kCellPadding;
    }
    return too_wide ? 1e9 : total;
}

double type_size_for(const Document& doc, const Grid& g, Lang lang) {
    constexpr double kAvailableMm = 165.0;  // 190 mm inside the margins, less the heading
    for (double pt : {32.0, 28.0, 26.0, 24.0, 22.0, 20.0, 18.0, 16.0, 15.0, 14.0, 13.0, 12.0, 11.0})
        if (table_height_mm(doc, g, pt, lang) <= kAvailableMm) return pt;
    return 10.0;
}

std::string cell_time_range(Minutes a, Minutes b, Lang lang) {
    return lang == Lang::nl ? format_hdotmm(a) + "–" + format_hdotmm(b) : format_hhmm(a) + "–" + format_hhmm(b);
}

std::string cell_html(const Document& doc, const Cell& c, Lang lang) {
    std::string out = c.span > 1 ? "<td colspan=\"" + std::to_string(c.span) + "\" class=\"wide\">" : "<td>";
    out += "<span class=\"title\">" + esc(c.slot->title) + "</span>";
    const std::string who = people_text(doc, *c.slot->people, lang);
    if (!who.empty()) out += "<span class=\"who\">" + esc(who) + "</span>";
    return out + "</td>";
}

std::string day_sheet(const Document& doc, const Day& day, Lang lang) {
    const std::vector<Slot> slots = slots_of_day(day, lang);
    const Grid g = grid_for_day(doc, slots, lang);
    const double pt = type_size_for(doc, g, lang);
    char size[96];
    std::snprintf(size, sizeof size, " style=\"font-size: %.0fpt\"", pt);
    std::string out = "<section class=\"sheet door\"" + std::string(size) + ">\n<header>\n";
    out += "<h1>" + esc(event_title(doc, lang)) + "</h1>\n";
    const std::string when = day_heading(day, lang);
    if (!when.empty()) out += "<p class=\"when\">" + esc(when) + "</p>\n";
    out += "</header>\n<table>\n<thead><tr><th scope=\"col\" class=\"time\">" +
           std::string(tr(lang, "Tijd", "Time")) + "</th>";
    for (const std::string& lane : g.lanes) out += "<th scope=\"col\">" + esc(lane) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const Row& r : g.rows) {
        out += "<tr><th scope=\"row\" class=\"time\">" + esc(cell_time_range(r.start, r.end, lang)) + "</th>";
        int lane = 0;
        for (const Cell& c : r.cells) {
            for (; lane < c.lane; ++lane) out += "<td></td>";
            out += cell_html(doc, c, lang);
            lane = c.lane + c.span;
        }
        for (; lane < static_cast<int>(g.lanes.size()); ++lane) out += "<td></td>";
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
    return out;
}

const char* const kProgrammeStyle = R"CSS(
@page { size: A4 landscape; margin: 10mm; }
.door header { display: flex; align-items: baseline; justify-content: space-between; gap: 6mm;
  border-bottom: 2pt solid #000000; padding-bottom: 1.5mm; margin-bottom: 2mm; }
.door h1 { font-size: 1.15em; }
.door .when { margin: 0; font-size: .9em; font-weight: bold; white-space: nowrap; }
.door table { width: 100%; table-layout: fixed; }
.door thead th { font-size: .8em; border-bottom: 1.5pt solid #000000; padding: 1mm 2mm; }
.door thead th.time { width: 9.75em; }  /* 7.8em of the sheet type: this cell is at .8 */
.door tbody th.time { font-size: .85em; }
.door tbody th, .door td { padding: 2mm 2mm; vertical-align: top; border-bottom: .75pt solid #555555; }
.door td { border-left: .75pt solid #555555; overflow-wrap: anywhere; }
.door td.wide { background: #eeeeee; }
.door .title { display: block; font-weight: bold; }
.door .who { display: block; font-size: .8em; }
.door tr { break-inside: avoid; page-break-inside: avoid; }
@media screen { .door { width: 277mm; } }
)CSS";

}  // namespace

std::string write_programme_page(const Document& doc, Lang lang) {
    std::string body;
    for (const Day& day : doc.days)
        if (!day.items.empty()) body += day_sheet(doc, day, lang);
    if (body.empty())
        body = "<section class=\"sheet door\">\n<h1>" + esc(event_title(doc, lang)) + "</h1>\n<p>" +
               tr(lang, "Het programma is nog leeg: zet eerst onderdelen in het programma.",
                  "The programme is still empty: add items to the programme first.") +
               "</p>\n</section>\n";
    return page(lang, std::string(tr(lang, "Programma – ", "Programme – ")) + event_title(doc, lang), kProgrammeStyle, body);
}

}  // namespace dagdeel::print
