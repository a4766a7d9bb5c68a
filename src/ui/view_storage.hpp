// Storage in the UI (view_storage.cpp): the save state in the status bar,
// the File menu entries, and the History / Bin / Storage windows.
#pragma once

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {

void draw_storage_status(Workspace& ws, UiState& ui);        // inside the status bar's menu bar
void draw_storage_menu_entries(Workspace& ws, UiState& ui);  // inside the File menu
void draw_storage_windows(Workspace& ws, UiState& ui);       // after the panes

}  // namespace dagdeel::ui
