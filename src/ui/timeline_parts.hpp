// The timeline's parts that do not change the document: which columns and
// blocks a day has, the grid's geometry, colours, and drawing a block, the
// room headers and the hour labels. view_timeline.cpp handles input and drags.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui::timeline {

constexpr float kGutter = 58.0f;     // hour labels
constexpr float kHeader = 34.0f;     // room names
// Narrow enough that the seed's plenary column and three rooms fit beside
// both side panes at 1280 px; titles wrap at word boundaries in the width.
constexpr float kMinColumn = 118.0f;
constexpr float kBand = 22.0f;       // a round's title band above its sessions
constexpr float kTopPad = 10.0f;     // room for the first hour label
constexpr float kHandle = 7.0f;      // the lower edge that resizes
constexpr Minutes kSnap = 5;

struct Column {
    std::string room_id;  // "" = the main room (plenair)
    std::string name;
    int capacity = 0;
};

struct Block {
    const Item* item = nullptr;
    const Session* session = nullptr;  // a session of a round, placed in its room
    int column = 0;                    // index into the visible columns
    int lane = 0, lanes = 1;           // sessions sharing a column split it
    bool spans = false;                // all_rooms items and breaks: every column
    // A round's title band across the columns of its sessions (column ..
    // column + band_columns - 1); dragging it moves the whole round.
    bool band = false;
    int band_columns = 1;
};

struct Grid {
    ImVec2 origin;  // screen position of (first column, range_from) in the scrolled content
    float column_width = kMinColumn;
    float ppm = 1.6f;
    Minutes from = 0, to = 0;
    float y(Minutes m) const { return origin.y + kTopPad + (m - from) * ppm; }
    float x(int col) const { return origin.x + col * column_width; }
};

struct BlockColours {
    ImU32 fill, edge, bar;
};

std::vector<Column> visible_columns(const Document& doc, const UiState& ui);
int column_of(const std::vector<Column>& cols, const Document& doc, const std::string& room_id);
std::vector<Block> layout_blocks(const Document& doc, const Day& day, const std::vector<Column>& cols);

BlockColours colours_for(ItemKind k, bool dim);
ImU32 accent(float alpha = 1.0f);
ImU32 conflict_colour();

// The title a block shows (its kind's name when it has none).
std::string block_name(const Block& b);
void add_text_clipped(ImDrawList* dl, ImVec2 pos, ImU32 col, const std::string& text, const ImVec4& clip,
                      float wrap = 0.0f);
// `text` cut to `width` with "…" (whole when it fits); remembered (ui/text_measure.hpp).
std::string ellipsized(const std::string& text, float width);
ImRect block_rect(const Grid& g, const Block& b, int ncols, Minutes start, Minutes duration, int column);
// `people`: the names on the block (Draft::row_text), drawn when there is room.
void draw_block_body(ImDrawList* dl, const std::string& people, const Block& b, const ImRect& r, bool selected,
                     bool conflict, bool dim, Minutes start, Minutes duration);
// Overlap findings of the day, as "item|session" keys.
std::unordered_set<std::string> conflicts(Draft& draft, const std::string& day_id);
bool in_conflict(const std::unordered_set<std::string>& keys, const Block& b);
void draw_empty_day(const Day& day);
// Drawn outside the scrolling grid with its scroll offsets, so they stay in view.
void draw_sticky_headers(const std::vector<Column>& cols, const Grid& g, ImVec2 top_left, float body_w,
                         float scroll_x);
void draw_hour_labels(const Grid& g, ImVec2 top_left, float body_h, float scroll_y);

}  // namespace dagdeel::ui::timeline
