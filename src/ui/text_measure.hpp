// Text measured once and remembered: the timeline cuts and wraps every
// visible block's texts each frame, and the same titles come back at the
// same widths frame after frame (scrolling, dragging). Measuring with
// ImGui walks every glyph, and cutting with "…" measures again per
// character, which was most of a timeline frame with a big plan open
// (issue 14). Results are kept per text, width, font and font size, and
// forgotten when the fonts are rebuilt or the store grows large.
#pragma once

#include <string>

namespace dagdeel::ui {

// `text` when it fits `width` pixels in the current font, else cut at a
// whole UTF-8 character with "…" appended.
const std::string& ellipsized_cached(const std::string& text, float width);

// The height of `text` wrapped at `width` when every word fits on a line;
// 0 when some word is wider than `width` (ImGui would break inside it).
float word_wrap_height_cached(const std::string& text, float width);

}  // namespace dagdeel::ui
