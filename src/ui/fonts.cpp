#include "ui/fonts.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "ui/icons.hpp"

// The subset fonts, embedded by cmake/embed_binary.cmake (generated/fonts_embedded.cpp).
namespace dagdeel::fonts {
extern const unsigned char ui_regular_ttf[];
extern const std::size_t ui_regular_ttf_size;
extern const unsigned char ui_semibold_ttf[];
extern const std::size_t ui_semibold_ttf_size;
extern const unsigned char icons_ttf[];
extern const std::size_t icons_ttf_size;
}  // namespace dagdeel::fonts

namespace dagdeel::ui {
namespace {

struct FontBytes {
    const unsigned char* data;
    std::size_t size;
};
const FontBytes kRegular{fonts::ui_regular_ttf, fonts::ui_regular_ttf_size};
const FontBytes kSemibold{fonts::ui_semibold_ttf, fonts::ui_semibold_ttf_size};
const FontBytes kIcons{fonts::icons_ttf, fonts::icons_ttf_size};

// The bytes live in the wasm's data for the whole run: the atlas reads them
// (stb_truetype never writes) and must not free them on Clear().
ImFont* add_from_memory(const FontBytes& bytes, float size_px, ImFontConfig& config, const ImWchar* ranges) {
    config.FontDataOwnedByAtlas = false;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data), (int)bytes.size,
                                                      size_px, &config, ranges);
}

ImFont* g_heading = nullptr;
ImFont* g_bold = nullptr;

// Rasterising glyphs is most of the atlas build, and the atlas is built before
// the first frame. So the start holds what the interface itself writes
// (Latin-1, which covers Dutch ë ï é ö ü, typographic punctuation, €, arrows);
// the rest of the subset cmake/web.cmake ships (Latin Extended-A: ĳ, Ł, č, ő,
// ...) is added the first time a text needs it: every font's fallback glyph is
// a box of our own, and a frame that draws that box asks for the full atlas.
const ImWchar kStartTextRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A,
    0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212, 0,
};
const ImWchar kFullTextRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x0192, 0x0192, 0x02C6, 0x02DC, 0x0300, 0x0308,
    0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193,
    0x2212, 0x2212, 0x2264, 0x2265, 0,
};
// Headings need fewer glyphs at start (typographic quotes are rare there).
const ImWchar kStartHeadingRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x20AC, 0x20AC, 0};
const ImWchar kIconRanges[] = {icons::kFirst, icons::kLast, 0};

bool g_full = false;           // the atlas holds every glyph the subset has
std::vector<ImVec2> g_fallback_uvs;  // top-left texture coordinates of the fallback boxes
constexpr ImWchar kFallback = IM_UNICODE_CODEPOINT_INVALID;  // ImGui's first choice

// A box glyph for U+FFFD in `font`: ImGui then uses it for every codepoint the
// atlas lacks, and its texture coordinates tell a frame that drew one.
int add_fallback_box(ImFont* font, float size_px) {
    const int w = std::max(3, (int)std::round(size_px * 0.45f));
    const int h = std::max(5, (int)std::round(size_px * 0.7f));
    return ImGui::GetIO().Fonts->AddCustomRectFontGlyph(font, kFallback, w, h, (float)w + std::round(size_px * 0.15f),
                                                        ImVec2(0, std::round(size_px * 0.2f)));
}

void draw_fallback_boxes(const std::vector<int>& rects) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    for (size_t i = 0; i < rects.size(); i++) {
        const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(rects[i]);
        for (int y = 0; y < r->Height; y++)
            for (int x = 0; x < r->Width; x++) {
                const bool edge = x == 0 || y == 0 || x == r->Width - 1 || y == r->Height - 1;
                pixels[(size_t)(r->Y + y) * width + r->X + x] = edge ? 0xFF : 0x00;
            }
        ImVec2 uv0, uv1;
        atlas->CalcCustomRectUV(r, &uv0, &uv1);
        g_fallback_uvs.push_back(uv0);
    }
}

ImFont* add_font(const FontBytes& bytes, float size, float ratio, const ImWchar* ranges, bool with_icons) {
    ImFontConfig text;
    // Rasterised at the real device resolution, so no oversampling is needed
    // for sharpness; 1x halves the start-up rasterising time.
    text.OversampleH = 1;
    text.OversampleV = 1;
    text.PixelSnapH = false;
    ImFont* font = add_from_memory(bytes, std::round(size * ratio), text, ranges);
    if (!font || !with_icons) return font;
    ImFontConfig icon;
    icon.MergeMode = true;
    icon.OversampleH = 1;
    icon.PixelSnapH = true;
    icon.GlyphMinAdvanceX = std::round(size * ratio * 1.15f);  // icons line up in lists
    icon.GlyphOffset = ImVec2(0, std::round(1.0f * ratio));
    add_from_memory(kIcons, std::round(size * 0.95f * ratio), icon, kIconRanges);
    return font;
}

}  // namespace

static unsigned g_fonts_generation = 0;

unsigned fonts_generation() { return g_fonts_generation; }

bool build_fonts(float ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ++g_fonts_generation;  // text measured before (ui/text_measure.cpp) is stale
    const ImWchar* text = g_full ? kFullTextRanges : kStartTextRanges;
    ImFont* body = add_font(kRegular, kBodySize, ratio, text, true);
    g_heading = add_font(kSemibold, kHeadingSize, ratio, g_full ? kFullTextRanges : kStartHeadingRanges, false);
    g_bold = add_font(kSemibold, kBodySize, ratio, text, false);
    if (!body || !g_heading || !g_bold) return false;
    io.FontDefault = body;
    io.FontGlobalScale = 1.0f / ratio;
    std::vector<int> boxes;
    g_fallback_uvs.clear();
    if (!g_full) {
        boxes.push_back(add_fallback_box(body, std::round(kBodySize * ratio)));
        boxes.push_back(add_fallback_box(g_heading, std::round(kHeadingSize * ratio)));
        boxes.push_back(add_fallback_box(g_bold, std::round(kBodySize * ratio)));
    }
    if (!io.Fonts->Build()) return false;
    if (!g_full) draw_fallback_boxes(boxes);
    return true;
}

bool fonts_lack_drawn_glyphs(const ImDrawData* data) {
    if (g_full || !data) return false;
    // A glyph quad's first vertex carries its box's top-left coordinate
    // exactly (ImGui copies the glyph's U0,V0), so equality is the test.
    for (int l = 0; l < data->CmdListsCount; l++) {
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
            for (const ImVec2& uv : g_fallback_uvs)
                if (v.uv.x == uv.x && v.uv.y == uv.y) {
                    g_full = true;
                    return true;
                }
    }
    return false;
}

int atlas_glyph_count() {
    int n = 0;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) n += font->Glyphs.Size;
    return n;
}

ImFont* heading_font() { return g_heading; }
ImFont* bold_font() { return g_bold; }

}  // namespace dagdeel::ui
