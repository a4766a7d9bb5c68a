#include "ui/fonts.hpp"

#include <imgui.h>

#include <cmath>

#include "ui/icons.hpp"

namespace dagdeel::ui {
namespace {

ImFont* g_heading = nullptr;
ImFont* g_bold = nullptr;

// Latin with the extensions Dutch and neighbouring languages need, plus
// typographic punctuation; matches the subset cmake/web.cmake ships.
const ImWchar kTextRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0,
};
// Headings need fewer glyphs (Latin-1 covers ë ï é ö ü and typographic
// quotes are rare in headings); fewer glyphs = a faster start.
const ImWchar kHeadingRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x20AC, 0x20AC, 0};
const ImWchar kIconRanges[] = {icons::kFirst, icons::kLast, 0};

ImFont* add_font(const char* path, float size, float ratio, const ImWchar* ranges, bool with_icons) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig text;
    // Rasterised at the real device resolution, so no oversampling is needed
    // for sharpness; 1x halves the start-up rasterising time.
    text.OversampleH = 1;
    text.OversampleV = 1;
    text.PixelSnapH = false;
    ImFont* font = io.Fonts->AddFontFromFileTTF(path, std::round(size * ratio), &text, ranges);
    if (!font || !with_icons) return font;
    ImFontConfig icon;
    icon.MergeMode = true;
    icon.OversampleH = 1;
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
    ImFont* body = add_font("/fonts/ui-regular.ttf", kBodySize, ratio, kTextRanges, true);
    g_heading = add_font("/fonts/ui-semibold.ttf", kHeadingSize, ratio, kHeadingRanges, false);
    g_bold = add_font("/fonts/ui-semibold.ttf", kBodySize, ratio, kTextRanges, false);
    if (!body || !g_heading || !g_bold) return false;
    io.FontDefault = body;
    io.FontGlobalScale = 1.0f / ratio;
    return io.Fonts->Build();
}

ImFont* heading_font() { return g_heading; }
ImFont* bold_font() { return g_bold; }

}  // namespace dagdeel::ui
