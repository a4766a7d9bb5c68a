// The announcement rendered in the app, as readers will see it: the same
// outline (io/announcement/announcement_outline.hpp) the Markdown, text,
// HTML, clipboard and print renderers walk, drawn with ImGui.
#pragma once

#include "io/announcement/announcement_outline.hpp"

namespace dagdeel::ui {

// Draws `outline` in the current window, wrapping at `width` pixels. Links
// are underlined, show their address on hover and open in a new tab.
void draw_announcement_preview(const announce::Outline& outline, float width, bool dark_theme);

}  // namespace dagdeel::ui
