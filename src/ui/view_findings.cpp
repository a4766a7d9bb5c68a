// The findings panel: validation results in the chosen language; clicking
// one selects the item it is about and shows it in the programme.
#include <imgui.h>

#include "ui/document_access.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {

void draw_findings(Draft& draft, UiState& ui) {
    const auto& findings = draft.findings();
    ImGui::TextDisabled("%s", icons::WARNING);
    ImGui::SameLine();
    ImGui::Text("%s (%d)", T("Controle", "Findings"), (int)findings.size());
    if (findings.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", T("Geen opmerkingen: het programma klopt.", "Nothing to report: the programme adds up."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("findings", 3, flags)) return;
    ImGui::TableSetupColumn("##severity", ImGuiTableColumnFlags_WidthFixed, 24);
    ImGui::TableSetupColumn("##message", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##where", ImGuiTableColumnFlags_WidthFixed, 220);
    const Document& doc = draft.doc();
    // Clipped: a plan with a thousand findings lays out only the visible rows.
    ImGuiListClipper clipper;
    clipper.Begin((int)findings.size());
    while (clipper.Step())
    for (std::size_t i = (std::size_t)clipper.DisplayStart; i < (std::size_t)clipper.DisplayEnd; ++i) {
        const Finding& f = findings[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const ImVec4 colour = f.severity == Severity::error ? ImVec4(0.80f, 0.22f, 0.16f, 1)
                              : f.severity == Severity::warning ? ImVec4(0.85f, 0.55f, 0.10f, 1)
                                                                : ImVec4(0.35f, 0.55f, 0.75f, 1);
        ImGui::TextColored(colour, "%s", f.severity == Severity::info ? icons::INFO : icons::WARNING);
        ImGui::TableNextColumn();
        const std::string& message = language() == Language::nl ? f.message_nl : f.message_en;
        const bool selected = !f.item_id.empty() && ui.selection.item_id == f.item_id;
        if (ImGui::Selectable((message + "###finding-" + std::to_string(i)).c_str(), selected,
                              ImGuiSelectableFlags_SpanAllColumns)) {
            if (!f.item_id.empty()) {
                ui.selection.item_id = f.item_id;
                ui.selection.session_id = f.session_id;
                const Day* day = find_day_of_item(doc, f.item_id);
                ui.selection.day_id = day ? day->id : f.day_id;
                ui.tab = MainTab::programme;
                ui.tab_requested = true;
                ui.scroll_to_selection = true;
            } else {
                ui.tab = MainTab::event;
                ui.tab_requested = true;
            }
        }
        ImGui::TableNextColumn();
        if (const Item* item = f.item_id.empty() ? nullptr : item_ptr(doc, f.item_id))
            ImGui::TextDisabled("%s %s", hhmm(item->start).c_str(), item->title.c_str());
        else if (!f.field.empty())
            ImGui::TextDisabled("%s", f.field.c_str());
    }
    ImGui::EndTable();
}

}  // namespace dagdeel::ui
