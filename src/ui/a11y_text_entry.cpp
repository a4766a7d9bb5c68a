// Real text entry (see a11y_text_entry.hpp). The page edits; ImGui only draws
// the field while nobody is typing in it. What was typed arrives as a whole
// value (text_entry_changed) and the field's widget applies it through the
// usual edit_field path, so a burst of typing stays one undo step.
#include "ui/a11y_text_entry.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/one_line.hpp"
#include "io/text_encoding.hpp"
#include "platform/platform.hpp"
#include "ui/a11y.hpp"

namespace dagdeel::ui {
namespace {

struct OpenRequest {
    ImGuiID id;
    std::string text;
    int caret;
    float font_px;
};

std::unordered_set<ImGuiID> g_multiline;
ImGuiID g_editing = 0;       // the field the page is editing
ImGuiID g_edit_request = 0;  // the page asked to edit this field
bool g_edit_select_all = false;  // ...with its text selected (a new item's title)
bool g_editing_seen = false;
std::optional<OpenRequest> g_to_open;
std::unordered_map<ImGuiID, std::string> g_typed;
std::unordered_map<ImGuiID, int> g_ended;
std::string g_ui_lang, g_doc_lang;
bool g_dark = false;
bool g_last_enter = false;
ImGuiID g_return_to = 0;

// Characters typed after the click but not yet given to ImGui (it trickles
// input over frames) would be lost once ImGui stops editing: they go into the
// page's text box instead.
std::string take_queued_text() {
    ImGuiContext& g = *GImGui;
    std::string out;
    for (int i = 0; i < g.InputEventsQueue.Size;) {
        if (g.InputEventsQueue[i].Type == ImGuiInputEventType_Text) {
            append_utf8(out, g.InputEventsQueue[i].Text.Char);
            g.InputEventsQueue.erase(g.InputEventsQueue.Data + i);
        } else {
            ++i;
        }
    }
    return out;
}

}  // namespace

bool text_entry_after_field(std::string* value, bool multiline, bool* committed) {
    ImGuiContext& g = *GImGui;
    const ImGuiID id = g.LastItemData.ID;
    if (id == 0) return false;  // clipped: not drawn this frame
    if (multiline) g_multiline.insert(id);
    bool changed = false;
    const bool imgui_active = g.ActiveId == id;
    if (imgui_active || g_edit_request == id) {
        std::string text = *value;
        int caret = -1;
        if (imgui_active && g.InputTextState.ID == id) {
            const ImGuiInputTextState& st = g.InputTextState;
            caret = st.Stb.cursor;
            // ImGui selects a one-line field's whole text when Tab (or Enter)
            // reaches it, as browsers do: typing then replaces "17:00".
            if (st.HasSelection() && std::min(st.Stb.select_start, st.Stb.select_end) == 0 &&
                std::max(st.Stb.select_start, st.Stb.select_end) >= st.CurLenW)
                caret = -2;
        }
        if (g_edit_request == id && g_edit_select_all) caret = -2;  // the page selects all
        g_edit_select_all = false;
        const std::string queued = take_queued_text();
        if (!queued.empty()) { text += queued; caret = -1; }
        if (imgui_active) ImGui::ClearActiveID();
        if (g.NavId != id) ImGui::SetFocusID(id, g.CurrentWindow);
        g.NavDisableHighlight = false;
        g_edit_request = 0;
        g_editing = id;
        g_to_open = OpenRequest{id, text, caret, ImGui::GetFontSize()};
        if (text != *value) { *value = text; changed = true; }
    }
    if (g_editing == id) g_editing_seen = true;
    if (auto t = g_typed.find(id); t != g_typed.end()) {
        std::string typed = multiline ? std::move(t->second) : one_line(std::move(t->second));
        if (typed != *value) { *value = std::move(typed); changed = true; }
        g_typed.erase(t);
    }
    g_last_enter = false;
    if (auto e = g_ended.find(id); e != g_ended.end()) {
        if (committed) *committed = true;
        g_last_enter = e->second == 3;
        if (g_editing == id) g_editing = 0;
        g_ended.erase(e);
    }
    a11y_value_last(*value);
    return changed;
}

bool text_entry_is_multiline(ImGuiID id) { return g_multiline.count(id) > 0; }
bool text_entry_is_editing(ImGuiID id) { return id && g_editing == id; }
ImGuiID text_entry_editing_id() { return g_editing; }

void text_entry_begin_frame() {
    g_multiline.clear();
    g_editing_seen = false;
}

void text_entry_end_frame() {
    if (g_to_open) {
        platform::text_entry_open(g_to_open->id, g_to_open->text, g_to_open->caret, g_to_open->font_px, g_dark);
        g_to_open.reset();
    } else if (g_editing && !g_editing_seen) {
        // The field is gone (another tab, a closed dialog): what was typed is
        // already applied; close the text box.
        g_editing = 0;
        platform::text_entry_close();
    }
}

void text_entry_set_languages(const char* ui_code, const char* document_code) {
    if (g_ui_lang == ui_code && g_doc_lang == document_code) return;
    g_ui_lang = ui_code;
    g_doc_lang = document_code;
    platform::a11y_languages(ui_code, document_code);
}

void text_entry_set_dark(bool dark) { g_dark = dark; }

bool text_entry_last_ended_by_enter() { return g_last_enter; }
void text_entry_return_on_escape(ImGuiID id) { g_return_to = id; }

void text_entry_request_edit(ImGuiID id) { g_edit_request = id; }
void text_entry_request_edit_selected(ImGuiID id) {
    g_edit_request = id;
    g_edit_select_all = true;
    platform::request_frames(3);
}
void text_entry_changed(ImGuiID id, std::string text) { g_typed[id] = std::move(text); }
void text_entry_ended(ImGuiID id, int how) {
    (void)how;  // Tab and Shift+Tab reach ImGui as keys; the rest only end the edit
    g_ended[id] = how;
    if (g_editing == id) g_editing = 0;
    if (how == 4 && g_return_to) a11y_request_focus(g_return_to);
    g_return_to = 0;
}

}  // namespace dagdeel::ui
