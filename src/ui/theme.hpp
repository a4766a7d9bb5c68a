// The calm Dagdeel look: soft neutral surfaces, one teal accent, rounded
// corners, generous spacing. Light and dark share the same geometry.
#pragma once

#include "ui/ui_state.hpp"

namespace dagdeel::ui {

void apply_theme(Theme theme);
// Background colour behind all windows (the GL clear colour), RGBA 0..1.
void theme_clear_colour(Theme theme, float out[4]);

}  // namespace dagdeel::ui
