// Find (Ctrl+F, issue 13): a small bar over the top right of the app that
// searches titles, people, rooms and descriptions of the open plan
// (core/find.hpp). Typing shows the first hit; Enter, F3 or the arrows go to
// the next or previous one; each hit is selected, shown in the programme
// (or the timeline when that is open) and scrolled into view; Escape closes.
#include <imgui.h>

#include <string>

#include "core/find.hpp"
#include "ui/a11y.hpp"
#include "ui/a11y_text_entry.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

struct FindState {
    bool open = false;
    bool focus_query = false;
    std::string query, searched, draft_id;
    unsigned revision = 0;
    std::vector<FindHit> hits;
    int current = -1;
};
FindState g_find;

const char* field_word(FindField f) {
    switch (f) {
        case FindField::title: return T("titel", "title");
        case FindField::description: return T("beschrijving", "description");
        case FindField::person: return T("persoon", "person");
        case FindField::room: return T("zaal", "room");
    }
    return "";
}

void show_hit(UiState& ui) {
    if (g_find.current < 0 || g_find.current >= (int)g_find.hits.size()) return;
    const FindHit& h = g_find.hits[g_find.current];
    ui.selection = {h.day_id, h.item_id, h.session_id};
    ui.scroll_to_selection = true;
    if (ui.tab != MainTab::programme && ui.tab != MainTab::timeline) {
        ui.tab = MainTab::programme;
        ui.tab_requested = true;
    }
    a11y_announce(std::to_string(g_find.current + 1) + T(" van ", " of ") + std::to_string(g_find.hits.size()) + ": " +
                  h.text + " (" + field_word(h.field) + ")");
}

void step(UiState& ui, int direction) {
    if (g_find.hits.empty()) return;
    const int n = (int)g_find.hits.size();
    g_find.current = ((g_find.current < 0 ? (direction > 0 ? -1 : 0) : g_find.current) + direction + n) % n;
    show_hit(ui);
}

// Searches again when the query or the plan changed; keeps the current hit
// where it can.
void refresh(Draft& draft, UiState& ui) {
    const bool plan_changed = draft.doc().id != g_find.draft_id || draft.revision() != g_find.revision;
    if (!plan_changed && g_find.query == g_find.searched) return;
    const bool query_changed = g_find.query != g_find.searched;
    g_find.searched = g_find.query;
    g_find.draft_id = draft.doc().id;
    g_find.revision = draft.revision();
    g_find.hits = find_in_document(draft.doc(), g_find.query);
    if (query_changed) {
        g_find.current = g_find.hits.empty() ? -1 : 0;
        if (!g_find.hits.empty()) show_hit(ui);
        else if (!g_find.query.empty()) a11y_announce(T("Niets gevonden", "Nothing found"));
    } else if (g_find.current >= (int)g_find.hits.size()) {
        g_find.current = g_find.hits.empty() ? -1 : 0;
    }
}

}  // namespace

void open_find(Draft&, UiState&) {
    g_find.open = true;
    g_find.focus_query = true;
}

void draw_find_bar(Workspace& ws, UiState& ui) {
    Draft* draft = ws.active();
    if (!g_find.open || !draft) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(520.0f, vp->Size.x - 16);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width - 8, vp->Pos.y + 34));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    if (!ImGui::Begin(T("Zoeken###find-bar", "Find###find-bar"), nullptr, flags)) {
        ImGui::End();
        return;
    }
    if (g_find.focus_query) {
        ImGui::SetKeyboardFocusHere();
        g_find.focus_query = false;
    }
    ImGui::SetNextItemWidth(width - 250);
    bool committed = false;
    a11y_label_next(T("Zoeken", "Find"));
    text_field("##find-query", &g_find.query, T("Titel, persoon, zaal, tekst", "Title, person, room, text"), &committed);
    refresh(*draft, ui);
    if ((committed && ImGui::IsKeyPressed(ImGuiKey_Enter)) || text_entry_last_ended_by_enter()) step(ui, 1);
    ImGui::SameLine();
    if (icon_button(icons::UP, "find-prev", T("Vorige (Shift+F3)", "Previous (Shift+F3)"))) step(ui, -1);
    ImGui::SameLine();
    if (icon_button(icons::DOWN, "find-next", T("Volgende (Enter, F3)", "Next (Enter, F3)"))) step(ui, 1);
    ImGui::SameLine();
    const std::string count = g_find.query.empty() ? std::string()
                              : g_find.hits.empty()
                                  ? std::string(T("niets gevonden", "nothing found"))
                                  : std::to_string(g_find.current + 1) + T(" van ", " of ") + std::to_string(g_find.hits.size());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
    register_last_item((count + "###find-count").c_str());
    ImGui::SameLine();
    if (icon_button(icons::CLOSE, "find-close", T("Sluiten (Escape)", "Close (Escape)"))) g_find.open = false;
    const bool here = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    ImGui::End();
    if (ImGui::IsKeyPressed(ImGuiKey_F3, false)) step(ui, ImGui::GetIO().KeyShift ? -1 : 1);
    if (here && !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) g_find.open = false;
}

}  // namespace dagdeel::ui
