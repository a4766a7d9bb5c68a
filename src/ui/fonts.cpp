#include "ui/fonts.hpp"

#include <imgui.h>

#include <cmath>

#include "ui/icons.hpp"

namespace dagdeel::ui {
namespace {

ImFont* g_heading = nullptr;

// Latin with the extensions Dutch and neighbouring languages need, plus
// typographic punctuation; matches the subset cmake/web.cmake ships.
const ImWchar kTextRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0,
};
const ImWchar kIconRanges[] = {icons::kFirst, icons::kLast, 0};

ImFont* add_font(const char* path, float size, float ratio) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig text;
    text.OversampleH = 2;  // pixel-aligned at the real resolution; 2x horizontal keeps kerning smooth
    text.OversampleV = 1;
    text.PixelSnapH = false;
    ImFont* font = io.Fonts->AddFontFromFileTTF(path, std::round(size * ratio), &text, kTextRanges);
    if (!font) return nullptr;
    ImFontConfig icon;
    icon.MergeMode = true;
    icon.PixelSnapH = true;
    icon.GlyphMinAdvanceX = std::round(size * ratio * 1.15f);  // icons line up in lists
    icon.GlyphOffset = ImVec2(0, std::round(1.0f * ratio));
    io.Fonts->AddFontFromFileTTF("/fonts/icons.ttf", std::round(size * 0.95f * ratio), &icon, kIconRanges);
    return font;
}

}  // namespace

bool build_fonts(float ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFont* body = add_font("/fonts/ui-regular.otf", kBodySize, ratio);
    g_heading = add_font("/fonts/ui-semibold.otf", kHeadingSize, ratio);
    if (!body || !g_heading) return false;
    io.FontDefault = body;
    io.FontGlobalScale = 1.0f / ratio;
    return io.Fonts->Build();
}

ImFont* heading_font() { return g_heading; }

}  // namespace dagdeel::ui
