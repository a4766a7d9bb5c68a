// [SECTION] Menu bar
// [SECTION] Status bar
// [SECTION] Programme workspace
#include "ui/view_shell.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include "platform/platform.hpp"
#include "ui/fonts.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"

namespace dagdeel::ui {
namespace {

std::string icon_label(const char* icon, const char* text, const char* id) {
    return std::string(icon) + "  " + text + "###" + id;
}

void set_language_and_remember(UiState& state, Language l) {
    state.language = l;
    set_language(l);
    platform::store_setting("language", l == Language::nl ? "nl" : "en");
}

void set_theme_and_remember(UiState& state, Theme t) {
    state.theme = t;
    state.fonts_dirty = true;  // the theme is applied with the atlas rebuild
    platform::store_setting("theme", t == Theme::light ? "light" : "dark");
}

// [SECTION] Menu bar ----------------------------------------------------------------

void draw_menu_bar(UiState& state) {
    if (!ImGui::BeginMainMenuBar()) return;
    ImGui::TextUnformatted(icons::CALENDAR);
    ImGui::PushFont(heading_font());
    ImGui::SetWindowFontScale(kBodySize / kHeadingSize);
    ImGui::TextUnformatted("Dagdeel");
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::Spacing();
    if (ImGui::BeginMenu(icon_label(icons::LANGUAGE, T("Beeld", "View"), "menu-view").c_str())) {
        ImGui::SeparatorText(T("Taal", "Language"));
        if (ImGui::MenuItem("Nederlands", nullptr, state.language == Language::nl))
            set_language_and_remember(state, Language::nl);
        if (ImGui::MenuItem("English", nullptr, state.language == Language::en))
            set_language_and_remember(state, Language::en);
        ImGui::SeparatorText(T("Thema", "Theme"));
        if (ImGui::MenuItem(icon_label(icons::LIGHT, T("Licht", "Light"), "theme-light").c_str(), nullptr,
                            state.theme == Theme::light))
            set_theme_and_remember(state, Theme::light);
        if (ImGui::MenuItem(icon_label(icons::DARK, T("Donker", "Dark"), "theme-dark").c_str(), nullptr,
                            state.theme == Theme::dark))
            set_theme_and_remember(state, Theme::dark);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(icon_label(icons::HELP, T("Help", "Help"), "menu-help").c_str())) {
        ImGui::TextDisabled("Dagdeel 0.1");
        ImGui::TextUnformatted(T("Programma's voor bijeenkomsten, offline in je browser.",
                                 "Programmes for meetings, offline in your browser."));
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

// [SECTION] Status bar --------------------------------------------------------------

void draw_status_bar(const UiState& state) {
    ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeight();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_MenuBar;
    if (ImGui::BeginViewportSideBar("##statusbar", viewport, ImGuiDir_Down, height, flags)) {
        if (ImGui::BeginMenuBar()) {
            ImGui::TextDisabled("%s", icons::INFO);
            const std::string title = state.draft_title.empty()
                                          ? std::string(T("Naamloos concept", "Untitled draft"))
                                          : state.draft_title;
            ImGui::TextUnformatted(title.c_str());
            const char* right = state.language == Language::nl ? "NL" : "EN";
            ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(right).x - 16);
            ImGui::TextDisabled("%s", right);
            ImGui::EndMenuBar();
        }
    }
    ImGui::End();
}

// [SECTION] Programme workspace -----------------------------------------------------

void draw_programme(UiState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float margin = 14.0f;
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + margin, viewport->WorkPos.y + margin));
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x - 2 * margin, viewport->WorkSize.y - 2 * margin));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    const std::string title = std::string(icons::PROGRAMME) + "  " + T("Programma", "Programme") + "###programme";
    if (ImGui::Begin(title.c_str(), nullptr, flags)) {
        ImGui::PushFont(heading_font());
        ImGui::TextUnformatted(state.draft_title.empty() ? T("Nieuwe bijeenkomst", "New meeting")
                                                         : state.draft_title.c_str());
        ImGui::PopFont();
        ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(T("Titel", "Title"));
        ImGui::SameLine(110);
        ImGui::SetNextItemWidth(std::min(520.0f, ImGui::GetContentRegionAvail().x));
        ImGui::InputTextWithHint("##event-title", T("Bijv. Inspiratiebijeenkomst Lokaal samenspel",
                                                    "E.g. Inspiration evening on local democracy"),
                                 &state.draft_title);
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        ImGui::TextDisabled("%s", icons::CALENDAR);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", T("Nog geen programma-onderdelen. De programma-editor, de tijdlijn en het "
                                   "opslaan van concepten volgen in de volgende versies van Dagdeel.",
                                   "No programme items yet. The programme editor, the timeline and saving "
                                   "drafts arrive in the next versions of Dagdeel."));
    }
    ImGui::End();
}

}  // namespace

void draw_shell(UiState& state) {
    draw_menu_bar(state);
    draw_status_bar(state);
    draw_programme(state);
}

}  // namespace dagdeel::ui
