// Fonts: Inter (body and headings) with Font Awesome icons merged in, all
// rasterised at the device pixel ratio so text is crisp on HiDPI screens;
// FontGlobalScale maps them back to CSS pixels.
#pragma once

struct ImFont;
struct ImDrawData;

namespace dagdeel::ui {

// Rebuilds the atlas for `pixel_ratio` from the embedded fonts; false if one does not load.
bool build_fonts(float pixel_ratio);
// True (once) when the frame in `data` drew a glyph the start atlas lacks: the
// next build_fonts() then rasterises the whole subset. Call after ImGui::Render().
bool fonts_lack_drawn_glyphs(const ImDrawData* data);
int atlas_glyph_count();  // glyphs rasterised in the current atlas (planner.stats())
// Changes with every build_fonts(): widths measured before may differ.
unsigned fonts_generation();
ImFont* heading_font();
ImFont* bold_font();  // body size, semibold: times and labels in the announcement preview

constexpr float kBodySize = 15.0f;
constexpr float kHeadingSize = 19.0f;

}  // namespace dagdeel::ui
