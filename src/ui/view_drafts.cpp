// The drafts library: every draft of this session with its title, date and
// last change; new, from template, duplicate, rename (the title), delete with
// undo. (Persistence across sessions arrives with the storage work.)
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <ctime>
#include <map>

#include "io/open_document.hpp"
#include "io/templates.hpp"
#include "ui/fit_text.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

std::tm local_time(double ms) {
    const std::time_t t = (std::time_t)(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

// "14:05" today, "3 jun 14:05" on another day: a bare time is wrong the
// next morning.
std::string last_change(double ms) {
    const std::tm tm = local_time(ms);
    const std::tm now = local_time((double)std::time(nullptr) * 1000);
    char buf[48];
    if (tm.tm_year == now.tm_year && tm.tm_yday == now.tm_yday) {
        std::snprintf(buf, sizeof buf, "%s %02d:%02d", T("vandaag", "today"), tm.tm_hour, tm.tm_min);
    } else {
        static const char* nl[] = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
        static const char* en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::snprintf(buf, sizeof buf, "%d %s %d %02d:%02d", tm.tm_mday, T(nl[tm.tm_mon], en[tm.tm_mon]),
                      tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
    }
    return buf;
}

// The names the list shows: untitled drafts are numbered ("Naamloos concept
// 2"), and drafts that share a title get "(1)", "(2)" in the order they were
// made, so no two entries read the same.
std::vector<std::string> display_names(const Workspace& ws) {
    std::vector<std::string> names;
    int untitled = 0;
    for (const auto& d : ws.drafts) {
        const std::string& title = d->doc().event.title;
        if (!title.empty()) names.push_back(title);
        else names.push_back(std::string(T("Naamloos concept ", "Untitled draft ")) + std::to_string(++untitled));
    }
    std::map<std::string, int> count, seen;
    for (const std::string& n : names) ++count[n];
    for (std::string& n : names)
        if (count[n] > 1) n += " (" + std::to_string(++seen[n]) + ")";
    return names;
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
    const std::vector<std::string> names = display_names(ws);
    const float left = ImGui::GetCursorPosX();  // every entry starts here (no drift)
    for (std::size_t i = 0; i < ws.drafts.size(); ++i) {
        Draft& d = *ws.drafts[i];
        const Document& doc = d.doc();
        ImGui::PushID((int)i);
        const std::string& title = names[i];
        const bool selected = i == ws.current;
        const float row_height = ImGui::GetTextLineHeightWithSpacing() * 2 + 4;
        ImGui::SetCursorPosX(left);
        const bool clicked = ImGui::Selectable(("###draft-" + doc.id).c_str(), selected, 0, ImVec2(0, row_height));
        const std::string date = doc.days.empty() ? std::string(T("geen datum", "no date")) : long_date(doc.days[0].date);
        const std::string changed = last_change(d.modified_ms);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && !ImGui::IsPopupOpen("draft-menu")) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(title.c_str());
            ImGui::TextDisabled("%s", date.c_str());
            ImGui::TextDisabled("%s %s", T("Laatst gewijzigd:", "Last changed:"), changed.c_str());
            ImGui::EndTooltip();
        }
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const float text_width = max.x - min.x - 8;
        register_last_item((title + "###draft-" + doc.id).c_str(), !text_fits(title.c_str(), text_width));
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
        // Title and second line drawn inside the entry, cut with "…" (whole in the tooltip).
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 title_pos(min.x + 4, min.y + 2);
        ImGui::RenderTextEllipsis(draw, title_pos, ImVec2(max.x - 4, title_pos.y + ImGui::GetTextLineHeight()),
                                  max.x - 4, max.x - 4, title.c_str(), nullptr, nullptr);
        const std::string second = date + " · " + T("gewijzigd ", "changed ") + changed;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const ImVec2 second_pos(min.x + 4, min.y + 2 + ImGui::GetTextLineHeightWithSpacing());
        ImGui::RenderTextEllipsis(draw, second_pos, ImVec2(max.x - 4, second_pos.y + ImGui::GetTextLineHeight()),
                                  max.x - 4, max.x - 4, second.c_str(), nullptr, nullptr);
        ImGui::PopStyleColor();
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
