// The drafts library: every draft of this session with its title, date and
// last change; new, from template, duplicate, rename (the title), delete with
// undo. (Persistence across sessions arrives with the storage work.)
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <ctime>

#include "io/open_document.hpp"
#include "io/templates.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

std::string time_of_day(double ms) {
    const std::time_t t = (std::time_t)(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return buf;
}

}  // namespace

void draw_drafts(Workspace& ws, UiState& ui) {
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(T("Concepten", "Drafts"));
    ImGui::PopFont();
    if (icon_button(icons::NEW, "drafts-new", T("Nieuw leeg concept", "New empty draft"), T("Nieuw", "New"))) {
        ws.add(blank_document(language_code(ui.language)));
        ui.selection = {};
        ui.tab = MainTab::event;
        ui.tab_requested = true;
    }
    ImGui::SameLine();
    if (icon_button(icons::BOOK, "drafts-template", T("Nieuw concept uit een sjabloon", "New draft from a template"),
                    T("Sjabloon", "Template")))
        ImGui::OpenPopup("template-menu");
    if (ImGui::BeginPopup("template-menu")) {
        for (const TemplateInfo& t : list_templates()) {
            if (ImGui::Selectable((std::string(ui.language == Language::nl ? t.name_nl : t.name_en) + "###tplp-" + t.id).c_str())) {
                if (auto doc = load_template(t.id)) {
                    ws.add(std::move(*doc));
                    ui.selection = {};
                    ui.tab = MainTab::programme;
                    ui.tab_requested = true;
                }
            }
        }
        ImGui::EndPopup();
    }
    ImGui::BeginDisabled(ws.active() == nullptr);
    std::optional<std::size_t> remove, duplicate;
    if (icon_button(icons::DUPLICATE, "draft-dup", T("Open concept dupliceren", "Duplicate the open draft")))
        duplicate = ws.current;
    ImGui::SameLine();
    if (icon_button(icons::DELETE, "draft-del", T("Open concept verwijderen (kan ongedaan worden gemaakt)",
                                                  "Delete the open draft (can be undone)")))
        remove = ws.current;
    ImGui::EndDisabled();
    ImGui::Separator();

    if (ws.drafts.empty()) {
        ImGui::TextWrapped("%s", T("Nog geen concepten. Maak er een met Nieuw of Sjabloon.",
                                   "No drafts yet. Make one with New or Template."));
        return;
    }
    for (std::size_t i = 0; i < ws.drafts.size(); ++i) {
        Draft& d = *ws.drafts[i];
        const Document& doc = d.doc();
        ImGui::PushID((int)i);
        const std::string title = doc.event.title.empty() ? T("Naamloos concept", "Untitled draft") : doc.event.title;
        const bool selected = i == ws.current;
        const float row_height = ImGui::GetTextLineHeightWithSpacing() * 2 + 4;
        const bool clicked = ImGui::Selectable(("###draft-" + doc.id).c_str(), selected, 0, ImVec2(0, row_height));
        register_last_item((title + "###draft-" + doc.id).c_str());  // drawn below as text; tests find it by title
        if (clicked) {
            if (ws.current != i) ui.selection = {};
            ws.current = i;
        }
        if (ImGui::BeginPopupContextItem("draft-menu")) {
            if (ImGui::MenuItem((std::string(icons::DUPLICATE) + "  " + T("Dupliceren", "Duplicate")).c_str()))
                duplicate = i;
            if (ImGui::MenuItem((std::string(icons::DELETE) + "  " + T("Verwijderen", "Delete")).c_str())) remove = i;
            ImGui::EndPopup();
        }
        const ImVec2 min = ImGui::GetItemRectMin();
        ImGui::SetCursorScreenPos(ImVec2(min.x + 4, min.y + 2));
        ImGui::PushClipRect(min, ImVec2(ImGui::GetItemRectMax().x - 4, ImGui::GetItemRectMax().y), true);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopClipRect();
        ImGui::SetCursorScreenPos(ImVec2(min.x + 4, min.y + 2 + ImGui::GetTextLineHeightWithSpacing()));
        const std::string date = doc.days.empty() ? std::string(T("geen datum", "no date")) : long_date(doc.days[0].date);
        ImGui::TextDisabled("%s · %s %s", date.c_str(), T("gewijzigd", "changed"), time_of_day(d.modified_ms).c_str());
        ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + row_height + 4));
        ImGui::PopID();
    }
    if (duplicate) {
        Document copy = ws.drafts[*duplicate]->doc();
        make_copy(copy, CopyReason::duplicate, language_code(ui.language));  // the one copy policy
        ws.add(std::move(copy));
        ui.selection = {};
    }
    if (remove) {
        const std::string title = ws.drafts[*remove]->doc().event.title;
        ws.remove(*remove);
        ui.selection = {};
        show_toast(ui, std::string(T("Concept verwijderd: ", "Draft deleted: ")) + title, true);
    }
}

}  // namespace dagdeel::ui
