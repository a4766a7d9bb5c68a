#include "ui/theme.hpp"

#include <imgui.h>

#include "ui/theme_palette.hpp"

namespace dagdeel::ui {
namespace {

ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}

void apply_geometry(ImGuiStyle& s) {
    s.WindowPadding = ImVec2(14, 12);
    s.FramePadding = ImVec2(9, 6);
    s.CellPadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(7, 6);
    s.IndentSpacing = 18;
    s.ScrollbarSize = 13;
    s.GrabMinSize = 10;
    s.WindowRounding = 8;
    s.ChildRounding = 6;
    s.FrameRounding = 5;
    s.PopupRounding = 6;
    s.ScrollbarRounding = 8;
    s.GrabRounding = 5;
    s.TabRounding = 5;
    s.WindowBorderSize = 1;
    s.FrameBorderSize = 1;
    s.PopupBorderSize = 1;
    s.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    s.SeparatorTextBorderSize = 1;
    s.SeparatorTextPadding = ImVec2(0, 4);
}

}  // namespace

void apply_theme(Theme theme) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    apply_geometry(s);
    ImVec4* c = s.Colors;
    if (theme == Theme::light) {
        ImGui::StyleColorsLight(&s);
        const ImVec4 accent = rgb(0x2F7A78), accent_soft = rgb(0x2F7A78, 0.14f), accent_mid = rgb(0x2F7A78, 0.28f);
        const Palette& p = kLightPalette;
        c[ImGuiCol_Text] = rgb(p.text);
        c[ImGuiCol_TextDisabled] = rgb(p.text_disabled);
        c[ImGuiCol_WindowBg] = rgb(p.window_bg);
        c[ImGuiCol_ChildBg] = rgb(0xFFFFFF, 0.0f);
        c[ImGuiCol_PopupBg] = rgb(p.popup_bg);
        c[ImGuiCol_Border] = rgb(0xD9DEE4);
        c[ImGuiCol_BorderShadow] = rgb(0, 0.0f);
        c[ImGuiCol_FrameBg] = rgb(p.frame_bg);
        c[ImGuiCol_FrameBgHovered] = rgb(0xEEF3F3);
        c[ImGuiCol_FrameBgActive] = rgb(0xE4EFEE);
        c[ImGuiCol_TitleBg] = rgb(0xF1F3F5);
        c[ImGuiCol_TitleBgActive] = rgb(0xE9EEF0);
        c[ImGuiCol_TitleBgCollapsed] = rgb(0xF1F3F5);
        c[ImGuiCol_MenuBarBg] = rgb(p.menu_bar_bg);
        c[ImGuiCol_ScrollbarBg] = rgb(0xF4F6F7, 0.0f);
        c[ImGuiCol_ScrollbarGrab] = rgb(0xC7CED6);
        c[ImGuiCol_ScrollbarGrabHovered] = rgb(0xAEB7C1);
        c[ImGuiCol_ScrollbarGrabActive] = rgb(0x95A0AC);
        c[ImGuiCol_CheckMark] = accent;
        c[ImGuiCol_SliderGrab] = accent;
        c[ImGuiCol_SliderGrabActive] = rgb(0x245F5E);
        c[ImGuiCol_Button] = rgb(p.button);
        c[ImGuiCol_ButtonHovered] = accent_soft;
        c[ImGuiCol_ButtonActive] = accent_mid;
        c[ImGuiCol_Header] = accent_soft;
        c[ImGuiCol_HeaderHovered] = rgb(0x2F7A78, 0.20f);
        c[ImGuiCol_HeaderActive] = accent_mid;
        c[ImGuiCol_Separator] = rgb(0xE1E5EA);
        c[ImGuiCol_Tab] = rgb(p.tab);
        c[ImGuiCol_TabHovered] = accent_soft;
        c[ImGuiCol_TabActive] = rgb(0xFFFFFF);
        c[ImGuiCol_TableHeaderBg] = rgb(p.table_header_bg);
        c[ImGuiCol_TableBorderStrong] = rgb(0xD9DEE4);
        c[ImGuiCol_TableBorderLight] = rgb(0xE8EBEF);
        c[ImGuiCol_TableRowBgAlt] = rgb(p.row_alt);
        c[ImGuiCol_TextSelectedBg] = rgb(0x2F7A78, 0.25f);
        c[ImGuiCol_NavHighlight] = accent;
        c[ImGuiCol_ModalWindowDimBg] = rgb(0x1F2933, 0.30f);
    } else if (theme == Theme::contrast) {
        // White on black, borders white and 2 px, focus and selection in yellow:
        // the Windows high-contrast look many low-vision users work with.
        ImGui::StyleColorsDark(&s);
        const Palette& p = kHighContrastPalette;
        const ImVec4 accent = rgb(p.accent);
        s.FrameBorderSize = 2;
        s.WindowBorderSize = 2;
        s.PopupBorderSize = 2;
        for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = rgb(0x000000);
        c[ImGuiCol_Text] = rgb(p.text);
        c[ImGuiCol_TextDisabled] = rgb(p.text_disabled);
        c[ImGuiCol_WindowBg] = rgb(p.window_bg);
        c[ImGuiCol_ChildBg] = rgb(0x000000, 0.0f);
        c[ImGuiCol_PopupBg] = rgb(p.popup_bg);
        c[ImGuiCol_Border] = rgb(0xFFFFFF);
        c[ImGuiCol_BorderShadow] = rgb(0, 0.0f);
        c[ImGuiCol_FrameBg] = rgb(p.frame_bg);
        c[ImGuiCol_FrameBgHovered] = rgb(0x333300);
        c[ImGuiCol_FrameBgActive] = rgb(0x4D4000);
        c[ImGuiCol_TitleBg] = rgb(0x000000);
        c[ImGuiCol_TitleBgActive] = rgb(0x000000);
        c[ImGuiCol_TitleBgCollapsed] = rgb(0x000000);
        c[ImGuiCol_MenuBarBg] = rgb(p.menu_bar_bg);
        c[ImGuiCol_ScrollbarBg] = rgb(0x000000);
        c[ImGuiCol_ScrollbarGrab] = rgb(0xBFBFBF);
        c[ImGuiCol_ScrollbarGrabHovered] = accent;
        c[ImGuiCol_ScrollbarGrabActive] = accent;
        c[ImGuiCol_CheckMark] = accent;
        c[ImGuiCol_SliderGrab] = accent;
        c[ImGuiCol_SliderGrabActive] = accent;
        c[ImGuiCol_Button] = rgb(p.button);
        c[ImGuiCol_ButtonHovered] = rgb(0x333300);
        c[ImGuiCol_ButtonActive] = rgb(0x4D4000);
        c[ImGuiCol_Header] = rgb(0x4D4000);         // selected: white text 9:1 on it
        c[ImGuiCol_HeaderHovered] = rgb(0x333300);
        c[ImGuiCol_HeaderActive] = rgb(0x4D4000);
        c[ImGuiCol_Separator] = rgb(0xFFFFFF);
        c[ImGuiCol_SeparatorHovered] = accent;
        c[ImGuiCol_SeparatorActive] = accent;
        c[ImGuiCol_ResizeGrip] = rgb(0xFFFFFF, 0.0f);
        c[ImGuiCol_Tab] = rgb(p.tab);
        c[ImGuiCol_TabHovered] = rgb(0x333300);
        c[ImGuiCol_TabActive] = rgb(0x4D4000);
        c[ImGuiCol_TabUnfocused] = rgb(p.tab);
        c[ImGuiCol_TabUnfocusedActive] = rgb(0x4D4000);
        c[ImGuiCol_TableHeaderBg] = rgb(p.table_header_bg);
        c[ImGuiCol_TableBorderStrong] = rgb(0xFFFFFF);
        c[ImGuiCol_TableBorderLight] = rgb(0x808080);
        c[ImGuiCol_TableRowBg] = rgb(0x000000, 0.0f);
        c[ImGuiCol_TableRowBgAlt] = rgb(p.row_alt);
        c[ImGuiCol_TextSelectedBg] = rgb(p.accent, 0.45f);
        c[ImGuiCol_DragDropTarget] = accent;
        c[ImGuiCol_NavHighlight] = accent;
        c[ImGuiCol_NavWindowingHighlight] = accent;
        c[ImGuiCol_NavWindowingDimBg] = rgb(0x000000, 0.6f);
        c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.6f);
        c[ImGuiCol_PlotLines] = rgb(0xFFFFFF);
        c[ImGuiCol_PlotLinesHovered] = accent;
        c[ImGuiCol_PlotHistogram] = rgb(0xFFFFFF);
        c[ImGuiCol_PlotHistogramHovered] = accent;
    } else {
        ImGui::StyleColorsDark(&s);
        const ImVec4 accent = rgb(0x5FB8B3), accent_soft = rgb(0x5FB8B3, 0.16f), accent_mid = rgb(0x5FB8B3, 0.30f);
        const Palette& p = kDarkPalette;
        c[ImGuiCol_Text] = rgb(p.text);
        c[ImGuiCol_TextDisabled] = rgb(p.text_disabled);
        c[ImGuiCol_WindowBg] = rgb(p.window_bg);
        c[ImGuiCol_ChildBg] = rgb(0x23272E, 0.0f);
        c[ImGuiCol_PopupBg] = rgb(p.popup_bg);
        c[ImGuiCol_Border] = rgb(0x3A414B);
        c[ImGuiCol_BorderShadow] = rgb(0, 0.0f);
        c[ImGuiCol_FrameBg] = rgb(p.frame_bg);
        c[ImGuiCol_FrameBgHovered] = rgb(0x323A42);
        c[ImGuiCol_FrameBgActive] = rgb(0x36424A);
        c[ImGuiCol_TitleBg] = rgb(0x1E2228);
        c[ImGuiCol_TitleBgActive] = rgb(0x262B33);
        c[ImGuiCol_TitleBgCollapsed] = rgb(0x1E2228);
        c[ImGuiCol_MenuBarBg] = rgb(p.menu_bar_bg);
        c[ImGuiCol_ScrollbarBg] = rgb(0, 0.0f);
        c[ImGuiCol_ScrollbarGrab] = rgb(0x434B56);
        c[ImGuiCol_ScrollbarGrabHovered] = rgb(0x525C68);
        c[ImGuiCol_ScrollbarGrabActive] = rgb(0x616C79);
        c[ImGuiCol_CheckMark] = accent;
        c[ImGuiCol_SliderGrab] = accent;
        c[ImGuiCol_SliderGrabActive] = rgb(0x7CCAC5);
        c[ImGuiCol_Button] = rgb(p.button);
        c[ImGuiCol_ButtonHovered] = accent_soft;
        c[ImGuiCol_ButtonActive] = accent_mid;
        c[ImGuiCol_Header] = accent_soft;
        c[ImGuiCol_HeaderHovered] = rgb(0x5FB8B3, 0.22f);
        c[ImGuiCol_HeaderActive] = accent_mid;
        c[ImGuiCol_Separator] = rgb(0x3A414B);
        c[ImGuiCol_Tab] = rgb(p.tab);
        c[ImGuiCol_TabHovered] = accent_soft;
        c[ImGuiCol_TabActive] = rgb(0x23272E);
        c[ImGuiCol_TableHeaderBg] = rgb(p.table_header_bg);
        c[ImGuiCol_TableBorderStrong] = rgb(0x3A414B);
        c[ImGuiCol_TableBorderLight] = rgb(0x323841);
        c[ImGuiCol_TableRowBgAlt] = rgb(p.row_alt);
        c[ImGuiCol_TextSelectedBg] = rgb(0x5FB8B3, 0.30f);
        c[ImGuiCol_NavHighlight] = accent;
        c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.45f);
    }
}

void theme_clear_colour(Theme theme, float out[4]) {
    const ImVec4 v = rgb(theme == Theme::light      ? kLightPalette.clear
                         : theme == Theme::contrast ? kHighContrastPalette.clear
                                                    : kDarkPalette.clear);
    out[0] = v.x, out[1] = v.y, out[2] = v.z, out[3] = 1.0f;
}

}  // namespace dagdeel::ui
