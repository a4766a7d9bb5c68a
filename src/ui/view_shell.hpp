// The application frame: menu bar, status bar and the programme workspace.
#pragma once

#include "ui/ui_state.hpp"

namespace dagdeel::ui {

void draw_shell(UiState& state);

}  // namespace dagdeel::ui
