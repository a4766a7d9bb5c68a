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
#include "core/timeline_drop.hpp"
#include "edit/commands.hpp"
#include "platform/platform.hpp"
#include "ui/a11y.hpp"
#include "ui/document_access.hpp"
#include "ui/timeline_parts.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

using namespace timeline;

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
    if (a11y_combo("##timeline-day", current.c_str())) {
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
    bool band = false;  // a round's title band: moves the round
    bool session_only = false;  // Shift held: a session's own later start, not its round's
    // Where the ghost is now.
    Minutes new_start = 0, new_duration = 0;
    int new_column = 0;
};
Drag g_drag;

Minutes snap(float minutes) { return (Minutes)std::lround(minutes / kSnap) * kSnap; }


// The drop the ghost shows: the one place (core/timeline_drop) that decides
// what a move does, for the preview and the commit alike.
DropPlan planned_drop(const Document& doc, const std::vector<Column>& cols, const Drag& d) {
    DropRequest request{d.item_id, d.session_id, d.new_start, std::nullopt};
    request.session_only = d.session_only;
    const bool room_changed = !d.spans && !d.band && d.new_column != d.column && d.new_column >= 0 &&
                              d.new_column < (int)cols.size();
    if (room_changed) request.to_room = cols[d.new_column].room_id;
    return plan_drop(doc, request);
}

// One commit for the whole gesture; afterwards the dragged block is selected.
void commit_drag(Draft& draft, UiState& ui, const std::vector<Column>& cols, const Drag& d, const std::string& name) {
    const Document& before = draft.doc();
    const Item* item = item_by_id(before, d.item_id);
    if (!item) return;
    const Day* day = find_day_of_item(before, d.item_id);
    ui.selection = {day ? day->id : std::string(), d.item_id, d.session_id};
    if (d.resize) {
        if (d.new_duration == d.duration) return;
        EditResult r = set_duration(before, d.item_id, d.new_duration);
        if (r.ok) draft.commit(std::move(r.doc), label_set_duration(name));
        return;
    }
    DropPlan plan = planned_drop(before, cols, d);
    if (!plan.changes) return;
    draft.commit(std::move(plan.doc), label_move(name));
}

// Follows the mouse during a drag: snapped time and room, scrolling near the
// grid's edges, and the ghost with the time (and room) the drop will give.
void draw_drop_preview(const Document& doc, UiState& ui, const std::vector<Block>& blocks,
                       const std::vector<Column>& cols, const Grid& g, const ImRect& visible, ImDrawList* dl);

void follow_drag(const Document& doc, UiState& ui, const std::vector<Block>& blocks, const Block& dragged,
                 const std::vector<Column>& cols, const Grid& g, const ImRect& visible, ImDrawList* dl) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float scroll_x = ImGui::GetScrollX(), scroll_y = ImGui::GetScrollY();
    const float cx = mouse.x - g.origin.x, cy = mouse.y - g.origin.y;
    if (std::abs(cx - g_drag.press_content_x) > 3 || std::abs(cy - g_drag.press_content_y) > 3) g_drag.moved = true;
    const float delta_min = (cy - g_drag.press_content_y) / g.ppm;
    if (g_drag.resize) {
        g_drag.new_duration = std::max(kSnap, snap(g_drag.duration + delta_min));
    } else {
        g_drag.session_only = !g_drag.session_id.empty() && ImGui::GetIO().KeyShift;
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

    if (!g_drag.moved) return;
    ImGui::SetMouseCursor(g_drag.resize ? ImGuiMouseCursor_ResizeNS : ImGuiMouseCursor_ResizeAll);
    if (!g_drag.resize) {
        draw_drop_preview(doc, ui, blocks, cols, g, visible, dl);
        return;
    }
    const ImRect r = block_rect(g, dragged, (int)cols.size(), g_drag.start, g_drag.new_duration, g_drag.column);
    dl->AddRectFilled(r.Min, r.Max, accent(0.16f), 5.0f);
    dl->AddRect(r.Min, r.Max, accent(), 5.0f, 0, 2.0f);
    const std::string what = hhmm(g_drag.start) + "\xe2\x80\x93" + hhmm(g_drag.start + g_drag.new_duration) + "  (" +
                             std::to_string(g_drag.new_duration) + " min)";
    ui.drag_preview = std::string(T("Duur ", "Duration ")) + std::to_string(g_drag.new_duration) + " min";
    const ImVec2 size = ImGui::CalcTextSize(what.c_str());
    ImVec2 at(r.Min.x + 8, r.Max.y + 6);
    dl->AddRectFilled(ImVec2(at.x - 6, at.y - 3), ImVec2(at.x + size.x + 6, at.y + size.y + 3), accent(), 4.0f);
    dl->AddText(at, ImGui::GetColorU32(ImGuiCol_WindowBg), what.c_str());
}

// The ghost shows exactly what the drop will do: every block that moves
// (the whole round when a session is dragged up or down, the items that
// flow on after it) at its new place, and the plan in words beside the
// dragged block and in the status bar.
void draw_drop_preview(const Document& doc, UiState& ui, const std::vector<Block>& blocks,
                       const std::vector<Column>& cols, const Grid& g, const ImRect& visible, ImDrawList* dl) {
    const DropPlan plan = planned_drop(doc, cols, g_drag);
    ImRect label_at;
    bool have_label = false;
    for (const Block& b : blocks) {
        const Item* after = item_by_id(plan.doc, b.item->id);
        if (!after) continue;
        const bool is_dragged = b.item->id == g_drag.item_id && b.band == g_drag.band &&
                                (b.session ? b.session->id : std::string()) == g_drag.session_id;
        Block ghost = b;
        int column = b.column;
        if (is_dragged && !b.spans && !b.band && g_drag.new_column != g_drag.column) {
            column = g_drag.new_column;
            ghost.lane = 0, ghost.lanes = 1;
        }
        if (b.session)  // the session as the drop leaves it (its delay may change)
            for (const Session& s : after->sessions)
                if (s.id == b.session->id) ghost.session = &s;
        Minutes start = plan.changes ? after->start : b.item->start;
        if (!plan.changes && is_dragged) start = g_drag.new_start - (b.session ? b.session->delay : 0);
        const bool moves = start != b.item->start || (b.session && ghost.session->delay != b.session->delay);
        if (!is_dragged && !moves) continue;
        const ImRect r = block_rect(g, ghost, (int)cols.size(), start, after->duration, column);
        dl->AddRectFilled(r.Min, r.Max, accent(is_dragged ? 0.16f : 0.08f), 5.0f);
        dl->AddRect(r.Min, r.Max, accent(is_dragged ? 1.0f : 0.6f), 5.0f, 0, is_dragged ? 2.0f : 1.5f);
        if (is_dragged) label_at = r, have_label = true;
    }
    const std::string summary = plan.changes ? T(plan.summary_nl.c_str(), plan.summary_en.c_str())
                                             : std::string(T("Geen wijziging", "No change"));
    ui.drag_preview = summary;
    if (!have_label) return;
    // Beside the ghost: the new time, then the plan (cut to the grid's width; whole in the status bar).
    std::string what = hhmm(g_drag.new_start) + "  " + summary;
    what = ellipsized(what, std::max(120.0f, visible.Max.x - label_at.Min.x - 24));
    const ImVec2 size = ImGui::CalcTextSize(what.c_str());
    ImVec2 at(label_at.Min.x + 8, label_at.Min.y - size.y - 8);
    if (at.y < visible.Min.y + 2) at.y = label_at.Min.y + 6;
    dl->AddRectFilled(ImVec2(at.x - 6, at.y - 3), ImVec2(at.x + size.x + 6, at.y + size.y + 3), accent(), 4.0f);
    dl->AddText(at, ImGui::GetColorU32(ImGuiCol_WindowBg), what.c_str());
}

// For screen readers (a11y_mirror.cpp): each room's blocks are a list; a
// block says its time, title, room and state.
void describe_block(const Document& doc, const Block& b, bool selected, bool conflict) {
    const Item& item = *b.item;
    const std::string& room_id = b.session ? b.session->room_id : item.room_id;
    std::string room = b.spans ? T("Alle zalen", "All rooms") : std::string();
    for (const Room& r : doc.rooms)
        if (!b.spans && r.id == room_id) room = r.name;
    if (room.empty()) room = T("Zaal", "Room");
    std::string text = block_name(b) + ", " + hhmm(item.start) + "\xe2\x80\x93" + hhmm(item.end()) + ", " + room;
    text += std::string(", ") + status_name(b.session ? b.session->status : item.status);
    if (item.pinned) text += T(", vastgezet", ", pinned");
    if (conflict) text += T(", botst", ", conflict");
    a11y_name_last(text);
    a11y_selected_last(selected);
    a11y_list_last("timeline-" + room, room);
}

struct BlockPass {
    const Block* dragged = nullptr;  // the block held this frame
    std::optional<Drag> finished;    // a drag released this frame, committed after drawing
    std::string finished_name;
};

// Draws the visible blocks and handles their mouse input: the lower edge
// resizes, the rest moves; a click without moving selects.
BlockPass draw_blocks(Draft& draft, UiState& ui, const Day& day, const std::vector<Block>& blocks, const Grid& g,
                      int ncols, const ImRect& visible, ImDrawList* dl) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    BlockPass pass;
    const Document& doc = draft.doc();
    const auto conflict_keys = conflicts(draft, day.id);
    for (const Block& b : blocks) {
        const Item& item = *b.item;
        const bool is_dragged = g_drag.active && g_drag.item_id == item.id && g_drag.band == b.band &&
                                (b.session ? g_drag.session_id == b.session->id : g_drag.session_id.empty());
        const ImRect r = block_rect(g, b, ncols, item.start, item.duration, b.column);
        if (!is_dragged && !r.Overlaps(visible)) continue;  // clip: draw only what shows
        const std::string key = b.session ? b.session->id : b.band ? item.id + "-band" : item.id;

        const bool selected = ui.selection.item_id == item.id &&
                              (b.session ? ui.selection.session_id == b.session->id : ui.selection.session_id.empty());
        const RowText& texts = b.session ? draft.row_text(item, *b.session) : draft.row_text(item);
        draw_block_body(dl, texts.people, b, r, selected, in_conflict(conflict_keys, b), is_dragged && g_drag.moved,
                        item.start, item.duration);

        // Interaction: the lower edge resizes, the rest moves.
        // (A round's title band has no lower edge: it moves the round.)
        const float handle = b.band ? 0.0f : std::min(kHandle, r.GetHeight() * 0.3f);
        bool handle_hovered = false, handle_activated = false, handle_active = false, handle_released = false;
        if (!b.band) {
            ImGui::SetCursorScreenPos(ImVec2(r.Min.x, r.Max.y - handle));
            ImGui::InvisibleButton(("##resize-" + key).c_str(), ImVec2(std::max(r.GetWidth(), 1.0f), std::max(handle, 1.0f)));
            handle_hovered = ImGui::IsItemHovered();
            handle_activated = ImGui::IsItemActivated();
            handle_active = ImGui::IsItemActive();
            handle_released = ImGui::IsItemDeactivated();
        }
        ImGui::SetCursorScreenPos(r.Min);
        ImGui::InvisibleButton((block_name(b) + "##blk-" + key).c_str(),
                               ImVec2(std::max(r.GetWidth(), 1.0f), std::max(r.GetHeight() - handle, 1.0f)));
        describe_block(doc, b, selected, in_conflict(conflict_keys, b));
        const bool body_hovered = ImGui::IsItemHovered();
        const bool activated = ImGui::IsItemActivated() || handle_activated;
        const bool active = ImGui::IsItemActive() || handle_active;
        const bool released = ImGui::IsItemDeactivated() || handle_released;
        if (handle_hovered || (handle_active && g_drag.resize)) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
        else if (body_hovered && !active) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

        if (body_hovered && !g_drag.active) {
            std::string tip = block_name(b) + "\n" + hhmm(item.start) + "\xe2\x80\x93" + hhmm(item.end());
            if (b.session) tip += "\n" + std::string(T("Sessie van ", "Session of ")) + item.title;
            if (b.band) tip += "\n" + std::string(T("Slepen: de hele ronde verplaatsen", "Drag: move the whole round"));
            tip += "\n" + std::string(b.session ? T("Slepen: de hele ronde; opzij: alleen de zaal; Shift+slepen: alleen deze sessie later",
                                                    "Drag: the whole round; sideways: only the room; Shift+drag: only this session later")
                                                  : T("Slepen: verplaatsen, onderrand: duur", "Drag: move, lower edge: duration"));
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
            // A session that starts later than its round is dragged from where it shows.
            g_drag.start = g_drag.new_start = item.start + (b.session ? b.session->delay : 0);
            g_drag.duration = g_drag.new_duration = item.duration;
            g_drag.column = g_drag.new_column = b.column;
            g_drag.spans = b.spans;
            g_drag.band = b.band;
        }
        if (active && g_drag.active) pass.dragged = &b;
        if (released && g_drag.active && g_drag.item_id == item.id) {
            if (g_drag.moved) {
                pass.finished = g_drag;  // committed after drawing: a commit replaces the day we iterate
                pass.finished_name = block_name(b);
            } else {
                ui.selection = {day.id, item.id, b.session ? b.session->id : ""};
            }
            g_drag = Drag{};
            platform::request_frames();
        }
    }
    return pass;
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
    const float scroll_y = ImGui::GetScrollY();
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

    // Blocks: drawn where visible; pressing one starts a drag, releasing ends it.
    const BlockPass pass = draw_blocks(draft, ui, day, blocks, g, (int)cols.size(), visible, dl);
    const Block* dragged = pass.dragged;

    // The drag in progress: follow the mouse, snap, scroll near the edges, ghost.
    if (dragged && g_drag.active) follow_drag(doc, ui, blocks, *dragged, cols, g, visible, dl);
    if (g_drag.active && !dragged && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) g_drag = Drag{};

    // The whole content size, for scrolling.
    ImGui::SetCursorScreenPos(g.origin);
    ImGui::Dummy(ImVec2(content_w, content_h));
    const float final_scroll_x = ImGui::GetScrollX(), final_scroll_y = ImGui::GetScrollY();
    ImGui::EndChild();

    draw_sticky_headers(cols, g, top_left, body_w, final_scroll_x);
    draw_hour_labels(g, top_left, body_h, final_scroll_y);

    if (pass.finished) commit_drag(draft, ui, cols, *pass.finished, pass.finished_name);  // last: `day` and `blocks` point into the old document
}

}  // namespace dagdeel::ui
