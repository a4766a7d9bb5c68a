#include "ui/widget_registry.hpp"
#include "ui/json_escape.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdarg>
#include <cstdio>
#include <unordered_map>
#include <cmath>
#include <vector>

namespace dagdeel::ui {
namespace {

using Widget = WidgetRecord;

std::vector<Widget> g_building, g_published;

// What ImGui is in while the item is added: this is the only moment it is known.
void note_context(Widget& w, ImGuiContext& g) {
    w.window = g.CurrentWindow;
    if (ImGuiTable* t = g.CurrentTable) {
        w.table_id = t->ID + t->InstanceCurrent;
        // A row is known by its top in the table's content (scroll-independent):
        // with a clipper, CurrentRow counts only the rows drawn, so "row 1"
        // would be a different item after every scroll. Header rows: negative.
        const ImGuiWindow* inner = t->InnerWindow;
        w.row = (t->RowFlags & ImGuiTableRowFlags_Headers) || !inner
                    ? -1 - t->CurrentRow
                    : (int)std::lround(t->RowPosY1 - inner->Pos.y + inner->Scroll.y);
        w.column = t->CurrentColumn;
        w.header_row = (t->RowFlags & ImGuiTableRowFlags_Headers) != 0;
    }
    w.disabled = (g.CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    if (ImGuiTabBar* tb = g.CurrentTabBar) {
        w.tab_bar_id = tb->ID;
        if (ImGui::TabBarFindTabByID(tb, w.id)) {
            w.is_tab = true;
            w.tab_selected = tb->VisibleTabId == w.id || tb->SelectedTabId == w.id;
        }
    }
    if (g.CurrentWindow) w.in_menu_bar = g.CurrentWindow->DC.MenuBarAppending;
}
std::unordered_map<ImGuiID, size_t> g_index;


}  // namespace

void widget_registry_begin_frame() {
    GImGui->TestEngineHookItems = true;
    g_building.clear();
    g_index.clear();
}

void widget_registry_end_frame() { g_published.swap(g_building); }

const std::vector<WidgetRecord>& published_widgets() { return g_published; }

std::size_t widget_registry_building_count() { return g_building.size(); }

std::string widgets_json() {
    std::string out = "[";
    char buf[160];
    for (const Widget& w : g_published) {
        if (w.key.empty()) continue;
        if (out.size() > 1) out += ',';
        out += "{\"label\":";
        append_json_string(out, w.label);
        out += ",\"key\":";
        append_json_string(out, w.key);
        std::snprintf(buf, sizeof buf, ",\"id\":%u,\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"clipped\":%s}",
                      w.id, w.rect.Min.x, w.rect.Min.y, w.rect.GetWidth(), w.rect.GetHeight(),
                      w.clipped ? "true" : "false");
        out += buf;
    }
    out += "]";
    return out;
}

void register_last_item(const char* label, bool clipped) {
    const ImGuiLastItemData& last = GImGui->LastItemData;
    // Plain text has no id; name it by its text so tests can find it.
    const ImGuiID id = last.ID ? last.ID : ImHashStr(label);
    auto it = g_index.find(id);
    if (it == g_index.end()) {
        g_index[id] = g_building.size();
        Widget w;
        w.id = id;
        w.rect = last.Rect;
        w.plain_text = last.ID == 0;
        note_context(w, *GImGui);
        g_building.push_back(std::move(w));
        it = g_index.find(id);
    }
    const char* end = ImGui::FindRenderedTextEnd(label);
    g_building[it->second].label.assign(label, end);
    g_building[it->second].key = label;
    g_building[it->second].clipped = clipped;
}

void name_item(unsigned id, const char* label) {
    auto it = g_index.find(id);
    if (it == g_index.end() || !label) return;
    Widget& w = g_building[it->second];
    if (w.has_info) return;
    w.label.assign(label, ImGui::FindRenderedTextEnd(label));
    w.key = label;
    w.has_info = true;
}

void mark_last_item_clipped(bool clipped) {
    const ImGuiLastItemData& last = GImGui->LastItemData;
    if (!last.ID) return;
    auto it = g_index.find(last.ID);
    if (it != g_index.end()) g_building[it->second].clipped = clipped;
}

}  // namespace dagdeel::ui

// --- Dear ImGui test-engine hooks (called from inside ImGui) ---------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    using namespace dagdeel::ui;
    if (!id) return;
    auto it = g_index.find(id);
    if (it == g_index.end()) {
        g_index[id] = g_building.size();
        Widget w;
        w.id = id;
        w.rect = bb;
        note_context(w, *ctx);
        g_building.push_back(std::move(w));
    } else {
        g_building[it->second].rect = bb;
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    using namespace dagdeel::ui;
    auto it = g_index.find(id);
    if (it == g_index.end() || !label) return;
    // Keep the visible part: "Titel##title" -> "Titel", "Bestand###file" -> "Bestand".
    const char* end = ImGui::FindRenderedTextEnd(label);
    Widget& w = g_building[it->second];
    w.label.assign(label, end);
    w.key = label;
    w.flags = flags;
    w.has_info = true;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
