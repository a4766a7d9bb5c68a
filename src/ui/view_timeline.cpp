// The timeline: one day, time running down, rooms side by side.
//
// [SECTION] Columns and blocks (what goes where)
// [SECTION] Colours
// [SECTION] Toolbar: day, zoom, room filter
// [SECTION] Drag: move in time / to another room, resize the lower edge
// [SECTION] Drawing: hour grid, blocks, ghost, sticky headers
//
// Layout: a corner and the room header strip on top, the hour gutter on the
// left, and one scrolling child for the grid. The header strip and gutter
// are drawn outside the child with the child's scroll offsets, so they stay
// in view while the grid scrolls. Only blocks in the visible range are drawn.
//
// A drag is one commit on release (never one per frame): the block being
// dragged stays where it is and a ghost shows the new place and time.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/operations.hpp"
#include "edit/commands.hpp"
#include "platform/platform.hpp"
#include "ui/document_access.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr float kGutter = 58.0f;     // hour labels
constexpr float kHeader = 34.0f;     // room names
constexpr float kMinColumn = 170.0f;
constexpr float kTopPad = 10.0f;     // room for the first hour label
constexpr float kHandle = 7.0f;      // the lower edge that resizes
constexpr Minutes kSnap = 5;

// [SECTION] Columns and blocks ---------------------------------------------------------

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
};

bool spans_all(const Item& item) {
    return item.all_rooms || item.kind == ItemKind::break_ || item.kind == ItemKind::lunch;
}

std::vector<Column> visible_columns(const Document& doc, const UiState& ui) {
    auto hidden = [&](const std::string& id) {
        return std::find(ui.timeline_hidden_rooms.begin(), ui.timeline_hidden_rooms.end(), id) !=
               ui.timeline_hidden_rooms.end();
    };
    std::vector<Column> cols;
    if (!hidden("")) cols.push_back({"", T("Plenair", "Main room"), 0});
    for (const Room& r : doc.rooms)
        if (!hidden(r.id)) cols.push_back({r.id, r.name.empty() ? r.id : r.name, r.capacity});
    return cols;
}

int column_of(const std::vector<Column>& cols, const Document& doc, const std::string& room_id) {
    // An unknown room id shows in the main room (validation reports it).
    const std::string key = find_room(doc, room_id) ? room_id : std::string();
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (cols[i].room_id == key) return (int)i;
    return -1;  // hidden
}

std::vector<Block> layout_blocks(const Document& doc, const Day& day, const std::vector<Column>& cols) {
    std::vector<Block> blocks;
    for (const Item& item : day.items) {
        if (spans_all(item)) {
            if (!cols.empty()) blocks.push_back({&item, nullptr, 0, 0, 1, true});
            continue;
        }
        if (item.kind == ItemKind::round && !item.sessions.empty()) {
            std::vector<int> per_column(cols.size(), 0);
            const std::size_t first = blocks.size();
            for (const Session& s : item.sessions) {
                const int c = column_of(cols, doc, s.room_id);
                if (c < 0) continue;
                blocks.push_back({&item, &s, c, per_column[c]++, 1, false});
            }
            for (std::size_t i = first; i < blocks.size(); ++i) blocks[i].lanes = per_column[blocks[i].column];
            continue;
        }
        const int c = column_of(cols, doc, item.room_id);
        if (c >= 0) blocks.push_back({&item, nullptr, c, 0, 1, false});
    }
    return blocks;
}

// [SECTION] Colours ---------------------------------------------------------------------

ImVec4 mix(ImVec4 a, ImVec4 b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

ImVec4 hex(unsigned h) { return ImVec4(((h >> 16) & 0xFF) / 255.f, ((h >> 8) & 0xFF) / 255.f, (h & 0xFF) / 255.f, 1); }

// A muted hue per kind of item; mixed with the window background so the same
// hue reads as a soft tint on white and on the dark theme's slate.
ImVec4 kind_hue(ItemKind k) {
    switch (k) {
        case ItemKind::walk_in: case ItemKind::welcome: case ItemKind::closing: return hex(0x5B7FA6);
        case ItemKind::drinks: return hex(0xB0708A);
        case ItemKind::talk: case ItemKind::presentation: return hex(0x2F8A86);
        case ItemKind::workshop: case ItemKind::round: return hex(0x7C68B0);
        case ItemKind::discussion: return hex(0xC08A3E);
        case ItemKind::break_: case ItemKind::lunch: return hex(0x9A8F7E);
        case ItemKind::other: return hex(0x7B8794);
    }
    return hex(0x7B8794);
}

bool dark_theme() {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return bg.x + bg.y + bg.z < 1.5f;
}

struct BlockColours { ImU32 fill, edge, bar; };

BlockColours colours_for(ItemKind k, bool dim) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const ImVec4 hue = kind_hue(k);
    const bool dark = dark_theme();
    ImVec4 fill = mix(bg, hue, dark ? 0.30f : 0.16f);
    ImVec4 edge = mix(bg, hue, dark ? 0.55f : 0.45f);
    ImVec4 bar = mix(bg, hue, dark ? 0.85f : 0.9f);
    const float a = dim ? 0.45f : 1.0f;
    fill.w = edge.w = bar.w = a;
    return {ImGui::ColorConvertFloat4ToU32(fill), ImGui::ColorConvertFloat4ToU32(edge),
            ImGui::ColorConvertFloat4ToU32(bar)};
}

ImU32 accent(float alpha = 1.0f) {
    ImVec4 c = ImGui::GetStyleColorVec4(ImGuiCol_CheckMark);
    c.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

ImU32 conflict_colour() { return dark_theme() ? IM_COL32(232, 104, 92, 255) : IM_COL32(200, 52, 40, 255); }

// [SECTION] Toolbar ----------------------------------------------------------------------

std::string day_title(const Day& day, std::size_t index) {
    std::string s = day.date.is_set() ? long_date(day.date)
                                      : std::string(T("Dag ", "Day ")) + std::to_string(index + 1);
    if (!day.label.empty()) s += " \xe2\x80\x94 " + day.label;
    return s;
}

void zoom_to(UiState& ui, float ppm) { ui.timeline_pixels_per_minute = std::clamp(ppm, 0.5f, 6.0f); }

void draw_toolbar(const Document& doc, UiState& ui, std::size_t day_index) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(icons::CALENDAR);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(340.0f, ImGui::GetContentRegionAvail().x * 0.45f));
    const std::string current = day_title(doc.days[day_index], day_index);
    if (ImGui::BeginCombo("##timeline-day", current.c_str())) {
        for (std::size_t i = 0; i < doc.days.size(); ++i) {
            const std::string label = day_title(doc.days[i], i) + "###day-" + doc.days[i].id;
            if (ImGui::Selectable(label.c_str(), i == day_index)) ui.timeline_day_id = doc.days[i].id;
        }
        ImGui::EndCombo();
    }
    tooltip_for_last_item(T("Welke dag de tijdlijn toont", "Which day the timeline shows"));

    ImGui::SameLine(0, 20);
    if (icon_button(icons::ZOOM_OUT, "timeline-zoom-out", T("Uitzoomen", "Zoom out")))
        zoom_to(ui, ui.timeline_pixels_per_minute / 1.25f);
    ImGui::SameLine(0, 4);
    if (icon_button(icons::ZOOM_IN, "timeline-zoom-in", T("Inzoomen (of Ctrl + scrollwiel)", "Zoom in (or Ctrl + mouse wheel)")))
        zoom_to(ui, ui.timeline_pixels_per_minute * 1.25f);
    ImGui::SameLine();
    ImGui::TextDisabled("%d%%", (int)std::lround(ui.timeline_pixels_per_minute / 1.6f * 100.0f));

    ImGui::SameLine(0, 20);
    const int total = (int)doc.rooms.size() + 1;
    const int hidden = (int)ui.timeline_hidden_rooms.size();
    char label[96];
    std::snprintf(label, sizeof label, "%s  %s (%d/%d)###timeline-rooms", icons::FILTER, T("Zalen", "Rooms"),
                  total - std::min(hidden, total), total);
    if (ImGui::Button(label)) ImGui::OpenPopup("timeline-room-filter");
    tooltip_for_last_item(T("Kies welke zalen als kolom te zien zijn", "Choose which rooms show as columns"));
    if (ImGui::BeginPopup("timeline-room-filter")) {
        auto toggle = [&](const std::string& id, const std::string& name) {
            auto it = std::find(ui.timeline_hidden_rooms.begin(), ui.timeline_hidden_rooms.end(), id);
            bool shown = it == ui.timeline_hidden_rooms.end();
            if (ImGui::Checkbox((name + "###room-" + id).c_str(), &shown)) {
                if (shown) ui.timeline_hidden_rooms.erase(it);
                else ui.timeline_hidden_rooms.push_back(id);
            }
        };
        toggle("", T("Plenair", "Main room"));
        for (const Room& r : doc.rooms) toggle(r.id, r.name.empty() ? r.id : r.name);
        if (doc.rooms.empty())
            ImGui::TextDisabled("%s", T("Voeg zalen toe onder Mensen en zalen.", "Add rooms under People and rooms."));
        ImGui::Separator();
        if (ImGui::Button(T("Alles tonen###rooms-all", "Show all###rooms-all"))) ui.timeline_hidden_rooms.clear();
        ImGui::EndPopup();
    }
}

// [SECTION] Drag --------------------------------------------------------------------------

struct Drag {
    bool active = false;
    bool resize = false;
    bool moved = false;    // past the click threshold: a drag, not a click
    std::string item_id, session_id;
    float press_content_x = 0, press_content_y = 0;  // in grid content coordinates
    Minutes start = 0, duration = 0;                 // before the drag
    int column = 0;
    bool spans = false;
    // Where the ghost is now.
    Minutes new_start = 0, new_duration = 0;
    int new_column = 0;
};
Drag g_drag;

Minutes snap(float minutes) { return (Minutes)std::lround(minutes / kSnap) * kSnap; }

std::string block_name(const Block& b) {
    const std::string& t = b.session ? b.session->title : b.item->title;
    return t.empty() ? std::string(kind_name(b.item->kind)) : t;
}

// One commit for the whole gesture.
void commit_drag(Draft& draft, const std::vector<Column>& cols, const Drag& d, const std::string& name) {
    const Document& before = draft.doc();
    const Item* item = item_by_id(before, d.item_id);
    if (!item) return;
    if (d.resize) {
        if (d.new_duration == d.duration) return;
        EditResult r = set_duration(before, d.item_id, d.new_duration);
        if (r.ok) draft.commit(std::move(r.doc), label_set_duration(name));
        return;
    }
    const bool time_changed = d.new_start != d.start;
    const bool room_changed = !d.spans && d.new_column != d.column && d.new_column >= 0 &&
                              d.new_column < (int)cols.size();
    if (!time_changed && !room_changed) return;
    Document doc = before;
    if (time_changed) {
        EditResult r = set_pinned(std::move(doc), d.item_id, true, d.new_start);
        if (!r.ok) return;
        doc = std::move(r.doc);
    }
    if (room_changed) {
        const std::string& room = cols[d.new_column].room_id;
        if (!d.session_id.empty()) {
            if (Session* s = session_ptr(doc, d.session_id)) s->room_id = room;
        } else if (Item* it = item_ptr(doc, d.item_id)) {
            it->room_id = room;
        }
    }
    draft.commit(std::move(doc), label_move(name));
}

// [SECTION] Drawing -----------------------------------------------------------------------

struct Grid {
    ImVec2 origin;  // screen position of (first column, range_from) in the scrolled content
    float column_width = kMinColumn;
    float ppm = 1.6f;
    Minutes from = 0, to = 0;
    float y(Minutes m) const { return origin.y + kTopPad + (m - from) * ppm; }
    float x(int col) const { return origin.x + col * column_width; }
};

void add_text_clipped(ImDrawList* dl, ImVec2 pos, ImU32 col, const std::string& text, const ImVec4& clip,
                      float wrap = 0.0f) {
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, col, text.c_str(), text.c_str() + text.size(), wrap,
                &clip);
}

ImRect block_rect(const Grid& g, const Block& b, int ncols, Minutes start, Minutes duration, int column) {
    const float x0 = b.spans ? g.x(0) : g.x(column) + (g.column_width / b.lanes) * b.lane;
    const float w = b.spans ? g.column_width * ncols : g.column_width / b.lanes;
    const float y0 = g.y(start), y1 = std::max(g.y(start + std::max(duration, 0)), y0 + 6.0f);
    return ImRect(x0 + 3, y0 + 1, x0 + w - 3, y1 - 1);
}

void draw_block_body(ImDrawList* dl, const Document& doc, const Block& b, const ImRect& r, bool selected,
                     bool conflict, bool dim, Minutes start, Minutes duration) {
    const Item& item = *b.item;
    const Status status = b.session ? b.session->status : item.status;
    const BlockColours c = colours_for(item.kind, dim || status == Status::cancelled);
    dl->AddRectFilled(r.Min, r.Max, c.fill, 5.0f);
    dl->AddRectFilled(r.Min, ImVec2(r.Min.x + 4, r.Max.y), c.bar, 5.0f, ImDrawFlags_RoundCornersLeft);
    if (conflict) dl->AddRect(r.Min, r.Max, conflict_colour(), 5.0f, 0, 2.0f);
    else if (selected) dl->AddRect(r.Min, r.Max, accent(), 5.0f, 0, 2.0f);
    else dl->AddRect(r.Min, r.Max, c.edge, 5.0f);

    const ImVec4 clip(r.Min.x + 6, r.Min.y + 1, r.Max.x - 4, r.Max.y - 1);
    const ImU32 text = ImGui::GetColorU32(status == Status::cancelled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float line = ImGui::GetTextLineHeight();
    float y = r.Min.y + 4;
    std::string head = std::string(kind_icon(item.kind)) + "  " + hhmm(start) + "\xe2\x80\x93" + hhmm(start + duration);
    if (item.pinned) head += std::string("  ") + icons::PIN;
    if (status == Status::tentative) head += std::string("  ") + icons::TENTATIVE;
    if (conflict) head += std::string("  ") + icons::WARNING;
    if (r.GetHeight() < line * 2.0f + 8.0f) {  // a short block: one line, time and title
        add_text_clipped(dl, ImVec2(r.Min.x + 10, r.Min.y + (r.GetHeight() - line) * 0.5f), text,
                         hhmm(start) + "  " + block_name(b), clip);
        return;
    }
    add_text_clipped(dl, ImVec2(r.Min.x + 10, y), muted, head, clip);
    y += line + 2;
    // Narrow lanes clip rather than wrap: ImGui breaks inside words when a word is wider than the line.
    const float wrap = r.GetWidth() > 150 ? r.GetWidth() - 16 : 0.0f;
    const std::string title = block_name(b);
    add_text_clipped(dl, ImVec2(r.Min.x + 10, y), text, title, clip, wrap);
    y += (wrap > 0 ? ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap).y : line) + 2;
    const std::string people = people_line(doc, b.session ? b.session->people : item.people);
    if (!people.empty() && y + line <= r.Max.y)
        add_text_clipped(dl, ImVec2(r.Min.x + 10, y), muted, std::string(icons::PERSON) + "  " + people, clip, wrap);
}

// Findings about overlaps mark their items (and sessions) in red.
std::unordered_set<std::string> conflicts(Draft& draft, const std::string& day_id) {
    std::unordered_set<std::string> keys;
    for (const Finding& f : draft.findings()) {
        if (f.day_id != day_id || f.item_id.empty()) continue;
        if (f.code != "room_overlap" && f.code != "person_overlap" && f.code != "pinned_overlap") continue;
        keys.insert(f.item_id + "|" + f.session_id);
    }
    return keys;
}

bool in_conflict(const std::unordered_set<std::string>& keys, const Block& b) {
    if (keys.count(b.item->id + "|")) return true;
    return b.session && keys.count(b.item->id + "|" + b.session->id);
}

void draw_empty_day(const Day& day) {
    ImGui::Dummy(ImVec2(0, 30));
    ImGui::TextDisabled("%s", icons::TIMELINE);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", day.items.empty()
        ? T("Deze dag heeft nog geen onderdelen. Voeg ze toe op het tabblad Programma; hier zie je ze dan per zaal.",
            "This day has no items yet. Add them on the Programme tab; they then appear here per room.")
        : T("Alle zalen zijn verborgen. Kies Zalen hierboven om er weer te tonen.",
            "All rooms are hidden. Use Rooms above to show them again."));
}

}  // namespace

void draw_timeline(Draft& draft, UiState& ui) {
    const Document& doc = draft.doc();
    if (doc.days.empty()) {
        ImGui::Dummy(ImVec2(0, 30));
        ImGui::TextWrapped("%s", T("Dit concept heeft nog geen dagen. Voeg een dag toe op het tabblad Programma.",
                                   "This draft has no days yet. Add a day on the Programme tab."));
        return;
    }
    std::size_t day_index = 0;
    for (std::size_t i = 0; i < doc.days.size(); ++i)
        if (doc.days[i].id == ui.timeline_day_id) day_index = i;
    const Day& day = doc.days[day_index];
    ui.timeline_day_id = day.id;

    draw_toolbar(doc, ui, day_index);
    ImGui::Spacing();

    const std::vector<Column> cols = visible_columns(doc, ui);
    const std::vector<Block> blocks = layout_blocks(doc, day, cols);
    if (cols.empty() || day.items.empty()) {
        draw_empty_day(day);
        return;
    }
    const auto conflict_keys = conflicts(draft, day.id);

    // The time range: the day's span and every item, whole hours, an hour
    // below the end to drag into.
    Minutes lo = day.start, hi = std::max(day.end, day.start + 60);
    if (day.doors_open) lo = std::min(lo, *day.doors_open);
    for (const Item& it : day.items) lo = std::min(lo, it.start), hi = std::max(hi, it.end());
    Grid g;
    g.from = std::max(0, lo / 60 * 60);
    g.to = (hi + 59) / 60 * 60 + 60;
    g.ppm = ui.timeline_pixels_per_minute;

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const float body_w = std::max(100.0f, avail.x - kGutter), body_h = std::max(80.0f, avail.y - kHeader);
    g.column_width = std::max(kMinColumn, std::floor((body_w - ImGui::GetStyle().ScrollbarSize) / cols.size()));
    const float content_w = g.column_width * cols.size();
    const float content_h = kTopPad * 2 + (g.to - g.from) * g.ppm;

    // The scrolling grid.
    ImGui::SetCursorScreenPos(ImVec2(top_left.x + kGutter, top_left.y + kHeader));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const bool ctrl = ImGui::GetIO().KeyCtrl;
    ImGui::BeginChild("timeline-grid", ImVec2(body_w, body_h), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar | (ctrl ? ImGuiWindowFlags_NoScrollWithMouse : 0));
    ImGui::PopStyleVar();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    g.origin = ImGui::GetCursorScreenPos();
    const ImVec2 win_pos = ImGui::GetWindowPos();
    const float scroll_x = ImGui::GetScrollX(), scroll_y = ImGui::GetScrollY();
    const ImRect visible(win_pos, ImVec2(win_pos.x + ImGui::GetWindowWidth(), win_pos.y + ImGui::GetWindowHeight()));

    // Ctrl + wheel zooms around the time under the mouse.
    if (ctrl && ImGui::IsWindowHovered() && ImGui::GetIO().MouseWheel != 0.0f) {
        const float mouse_min = (ImGui::GetIO().MousePos.y - g.origin.y - kTopPad) / g.ppm;
        zoom_to(ui, g.ppm * (ImGui::GetIO().MouseWheel > 0 ? 1.15f : 1 / 1.15f));
        ImGui::SetScrollY(std::max(0.0f, scroll_y + mouse_min * (ui.timeline_pixels_per_minute - g.ppm)));
    }

    // Hour grid and column separators.
    const ImU32 hour_line = ImGui::GetColorU32(ImGuiCol_Separator);
    const ImU32 half_line = ImGui::GetColorU32(ImGuiCol_Separator, 0.45f);
    for (Minutes m = g.from; m <= g.to; m += 30) {
        const float y = g.y(m);
        if (y < visible.Min.y - 2 || y > visible.Max.y + 2) continue;
        dl->AddLine(ImVec2(g.x(0), y), ImVec2(g.x(0) + content_w, y), m % 60 ? half_line : hour_line);
    }
    for (std::size_t c = 1; c < cols.size(); ++c)
        dl->AddLine(ImVec2(g.x((int)c), visible.Min.y), ImVec2(g.x((int)c), visible.Max.y), hour_line);
    // The day's programme span, softly shaded outside it.
    const ImU32 outside = ImGui::GetColorU32(ImGuiCol_FrameBg, 0.7f);
    dl->AddRectFilled(ImVec2(g.x(0), g.y(g.from)), ImVec2(g.x(0) + content_w, g.y(day.start)), outside);
    dl->AddRectFilled(ImVec2(g.x(0), g.y(day.end)), ImVec2(g.x(0) + content_w, g.y(g.to)), outside);

    // Blocks.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const Block* dragged = nullptr;
    std::optional<Drag> finished;
    std::string finished_name;
    for (const Block& b : blocks) {
        const Item& item = *b.item;
        const std::string key = b.session ? b.session->id : item.id;
        const bool is_dragged = g_drag.active && g_drag.item_id == item.id &&
                                g_drag.session_id == (b.session ? b.session->id : std::string());
        const ImRect r = block_rect(g, b, (int)cols.size(), item.start, item.duration, b.column);
        if (!is_dragged && !r.Overlaps(visible)) continue;  // clip: draw only what shows

        const bool selected = ui.selection.item_id == item.id &&
                              (b.session ? ui.selection.session_id == b.session->id : ui.selection.session_id.empty());
        draw_block_body(dl, doc, b, r, selected, in_conflict(conflict_keys, b), is_dragged && g_drag.moved,
                        item.start, item.duration);

        // Interaction: the lower edge resizes, the rest moves.
        const float handle = std::min(kHandle, r.GetHeight() * 0.3f);
        ImGui::SetCursorScreenPos(ImVec2(r.Min.x, r.Max.y - handle));
        ImGui::InvisibleButton(("##resize-" + key).c_str(), ImVec2(std::max(r.GetWidth(), 1.0f), std::max(handle, 1.0f)));
        const bool handle_hovered = ImGui::IsItemHovered();
        const bool handle_activated = ImGui::IsItemActivated();
        const bool handle_active = ImGui::IsItemActive();
        const bool handle_released = ImGui::IsItemDeactivated();
        ImGui::SetCursorScreenPos(r.Min);
        ImGui::InvisibleButton((block_name(b) + "##blk-" + key).c_str(),
                               ImVec2(std::max(r.GetWidth(), 1.0f), std::max(r.GetHeight() - handle, 1.0f)));
        const bool body_hovered = ImGui::IsItemHovered();
        const bool activated = ImGui::IsItemActivated() || handle_activated;
        const bool active = ImGui::IsItemActive() || handle_active;
        const bool released = ImGui::IsItemDeactivated() || handle_released;
        if (handle_hovered || (handle_active && g_drag.resize)) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
        else if (body_hovered && !active) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

        if (body_hovered && !g_drag.active) {
            std::string tip = block_name(b) + "\n" + hhmm(item.start) + "\xe2\x80\x93" + hhmm(item.end());
            if (b.session) tip += "\n" + std::string(T("Sessie van ", "Session of ")) + item.title;
            tip += "\n" + std::string(T("Slepen: verplaatsen, onderrand: duur", "Drag: move, lower edge: duration"));
            tooltip_for_last_item(tip.c_str());
        }
        if (activated) {
            g_drag = Drag{};
            g_drag.active = true;
            g_drag.resize = handle_activated;
            g_drag.item_id = item.id;
            g_drag.session_id = b.session ? b.session->id : "";
            g_drag.press_content_x = mouse.x - g.origin.x;
            g_drag.press_content_y = mouse.y - g.origin.y;
            g_drag.start = g_drag.new_start = item.start;
            g_drag.duration = g_drag.new_duration = item.duration;
            g_drag.column = g_drag.new_column = b.column;
            g_drag.spans = b.spans;
        }
        if (active && g_drag.active) dragged = &b;
        if (released && g_drag.active && g_drag.item_id == item.id) {
            if (g_drag.moved) {
                finished = g_drag;  // committed after drawing: a commit replaces the day we iterate
                finished_name = block_name(b);
            } else {
                ui.selection = {day.id, item.id, b.session ? b.session->id : ""};
            }
            g_drag = Drag{};
            platform::request_frames();
        }
    }

    // The drag in progress: follow the mouse, snap, scroll near the edges, ghost.
    if (dragged && g_drag.active) {
        const float cx = mouse.x - g.origin.x, cy = mouse.y - g.origin.y;
        if (std::abs(cx - g_drag.press_content_x) > 3 || std::abs(cy - g_drag.press_content_y) > 3) g_drag.moved = true;
        const float delta_min = (cy - g_drag.press_content_y) / g.ppm;
        if (g_drag.resize) {
            g_drag.new_duration = std::max(kSnap, snap(g_drag.duration + delta_min));
        } else {
            g_drag.new_start = std::max(0, g_drag.start + snap(delta_min));
            if (!g_drag.spans)
                g_drag.new_column = std::clamp((int)std::floor(cx / g.column_width), 0, (int)cols.size() - 1);
        }
        const float edge = 36.0f;
        float dy = 0, dx = 0;
        if (mouse.y < visible.Min.y + edge) dy = -(visible.Min.y + edge - mouse.y) * 0.4f;
        if (mouse.y > visible.Max.y - edge) dy = (mouse.y - (visible.Max.y - edge)) * 0.4f;
        if (mouse.x < visible.Min.x + edge) dx = -(visible.Min.x + edge - mouse.x) * 0.4f;
        if (mouse.x > visible.Max.x - edge) dx = (mouse.x - (visible.Max.x - edge)) * 0.4f;
        // Keep frames coming only while the scroll can still move (idle = 0 fps otherwise).
        const float to_y = std::clamp(scroll_y + dy, 0.0f, ImGui::GetScrollMaxY());
        const float to_x = std::clamp(scroll_x + dx, 0.0f, ImGui::GetScrollMaxX());
        if (to_y != scroll_y) ImGui::SetScrollY(to_y);
        if (to_x != scroll_x) ImGui::SetScrollX(to_x);
        if (to_y != scroll_y || to_x != scroll_x) platform::request_frames();

        if (g_drag.moved) {
            const Block& b = *dragged;
            Block ghost_block = b;
            ghost_block.lane = 0, ghost_block.lanes = 1;
            if (g_drag.new_column == g_drag.column) ghost_block = b;
            const ImRect r = block_rect(g, ghost_block, (int)cols.size(), g_drag.new_start, g_drag.new_duration,
                                        g_drag.new_column);
            dl->AddRectFilled(r.Min, r.Max, accent(0.16f), 5.0f);
            dl->AddRect(r.Min, r.Max, accent(), 5.0f, 0, 2.0f);
            std::string what = hhmm(g_drag.new_start) + "\xe2\x80\x93" + hhmm(g_drag.new_start + g_drag.new_duration);
            if (g_drag.resize) what += "  (" + std::to_string(g_drag.new_duration) + " min)";
            else if (!g_drag.spans) what += "  " + cols[g_drag.new_column].name;
            const ImVec2 size = ImGui::CalcTextSize(what.c_str());
            ImVec2 at(r.Min.x + 8, r.Min.y - size.y - 8);
            if (at.y < visible.Min.y + 2) at.y = r.Min.y + 6;
            dl->AddRectFilled(ImVec2(at.x - 6, at.y - 3), ImVec2(at.x + size.x + 6, at.y + size.y + 3), accent(), 4.0f);
            dl->AddText(at, ImGui::GetColorU32(ImGuiCol_WindowBg), what.c_str());
            ImGui::SetMouseCursor(g_drag.resize ? ImGuiMouseCursor_ResizeNS : ImGuiMouseCursor_ResizeAll);
        }
    }
    if (g_drag.active && !dragged && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) g_drag = Drag{};

    // The whole content size, for scrolling.
    ImGui::SetCursorScreenPos(g.origin);
    ImGui::Dummy(ImVec2(content_w, content_h));
    const float final_scroll_x = ImGui::GetScrollX(), final_scroll_y = ImGui::GetScrollY();
    ImGui::EndChild();

    // Sticky headers, drawn with this frame's scroll offsets.
    ImDrawList* outer = ImGui::GetWindowDrawList();
    const ImU32 head_bg = ImGui::GetColorU32(ImGuiCol_TableHeaderBg);
    const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImVec2 strip_min(top_left.x + kGutter, top_left.y), strip_max(top_left.x + kGutter + body_w, top_left.y + kHeader - 2);
    outer->AddRectFilled(ImVec2(top_left.x, top_left.y), strip_max, head_bg, 5.0f, ImDrawFlags_RoundCornersTop);
    outer->PushClipRect(strip_min, strip_max, true);
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const float x = strip_min.x + c * g.column_width - final_scroll_x;
        if (x + g.column_width < strip_min.x || x > strip_max.x) continue;
        std::string name = (c == 0 && cols[c].room_id.empty() ? std::string(icons::VENUE) : std::string(icons::ROOM)) +
                           "  " + cols[c].name;
        const ImVec4 clip(x + 4, strip_min.y, x + g.column_width - 4, strip_max.y);
        add_text_clipped(outer, ImVec2(x + 10, strip_min.y + (kHeader - 2 - ImGui::GetTextLineHeight()) * 0.5f), text,
                         name, clip);
        if (cols[c].capacity > 0) {
            const std::string cap = std::string(icons::PEOPLE) + " " + std::to_string(cols[c].capacity);
            const float w = ImGui::CalcTextSize(cap.c_str()).x;
            if (ImGui::CalcTextSize(name.c_str()).x + w + 30 < g.column_width)
                add_text_clipped(outer, ImVec2(x + g.column_width - w - 10,
                                               strip_min.y + (kHeader - 2 - ImGui::GetTextLineHeight()) * 0.5f),
                                 muted, cap, clip);
        }
        if (c > 0) outer->AddLine(ImVec2(x, strip_min.y + 6), ImVec2(x, strip_max.y - 6), border);
    }
    outer->PopClipRect();
    outer->AddLine(ImVec2(top_left.x, strip_max.y), strip_max, border);

    // Hour labels in the gutter.
    const ImVec2 gut_min(top_left.x, top_left.y + kHeader), gut_max(top_left.x + kGutter - 4, top_left.y + kHeader + body_h);
    outer->PushClipRect(gut_min, gut_max, true);
    const float line = ImGui::GetTextLineHeight();
    for (Minutes m = g.from; m <= g.to; m += 60) {
        const float y = gut_min.y + kTopPad + (m - g.from) * g.ppm - final_scroll_y;
        if (y < gut_min.y - line || y > gut_max.y + line) continue;
        const std::string label = hhmm(m);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        outer->AddText(ImVec2(gut_max.x - w - 6, y - line * 0.5f), muted, label.c_str());
    }
    outer->PopClipRect();

    if (finished) commit_drag(draft, cols, *finished, finished_name);  // last: `day` and `blocks` point into the old document
}

}  // namespace dagdeel::ui
