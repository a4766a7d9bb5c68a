// The print dialog (view_print.cpp): one entry for the File menu, and the
// dialog itself, drawn once per frame.
#pragma once

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {

void draw_print_menu_entry(Workspace& ws, UiState& ui);
void draw_print_dialog(Workspace& ws, UiState& ui);

}  // namespace dagdeel::ui
