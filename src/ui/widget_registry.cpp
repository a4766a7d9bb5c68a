#include "ui/widget_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdarg>
#include <cstdio>
#include <unordered_map>
#include <vector>

namespace dagdeel::ui {
namespace {

struct Widget {
    ImGuiID id;
    ImRect rect;
    std::string label;  // the visible part
    std::string key;    // the full label including "##id", for hidden labels
    bool clipped = false;  // drawn cut (ellipsis or a shortened tab)
};

std::vector<Widget> g_building, g_published;
std::unordered_map<ImGuiID, size_t> g_index;

void append_json_string(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += (char)c; }
        else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += (char)c;
    }
    out += '"';
}

}  // namespace

void widget_registry_begin_frame() {
    GImGui->TestEngineHookItems = true;
    g_building.clear();
    g_index.clear();
}

void widget_registry_end_frame() { g_published.swap(g_building); }

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
        g_building.push_back({id, last.Rect, {}, {}});
        it = g_index.find(id);
    }
    const char* end = ImGui::FindRenderedTextEnd(label);
    g_building[it->second].label.assign(label, end);
    g_building[it->second].key = label;
    g_building[it->second].clipped = clipped;
}

void mark_last_item_clipped(bool clipped) {
    const ImGuiLastItemData& last = GImGui->LastItemData;
    if (!last.ID) return;
    auto it = g_index.find(last.ID);
    if (it != g_index.end()) g_building[it->second].clipped = clipped;
}

}  // namespace dagdeel::ui

// --- Dear ImGui test-engine hooks (called from inside ImGui) ---------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    using namespace dagdeel::ui;
    if (!id) return;
    auto it = g_index.find(id);
    if (it == g_index.end()) {
        g_index[id] = g_building.size();
        g_building.push_back({id, bb, {}, {}});
    } else {
        g_building[it->second].rect = bb;
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    using namespace dagdeel::ui;
    auto it = g_index.find(id);
    if (it == g_index.end() || !label) return;
    // Keep the visible part: "Titel##title" -> "Titel", "Bestand###file" -> "Bestand".
    const char* end = ImGui::FindRenderedTextEnd(label);
    g_building[it->second].label.assign(label, end);
    g_building[it->second].key = label;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
