// Keeps the Workspace and the browser's storage in step: restores every
// stored draft on start, saves each draft ~300 ms after its last change (a
// timer, not a frame: hidden tabs save too), moves deleted drafts to the bin,
// follows other tabs, and carries out the storage requests of the UI
// (history, bin, backup). Plain C++ over platform/web_storage.hpp.
#pragma once

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::app {

inline constexpr double kSaveDebounceMs = 300;
inline constexpr double kVersionIntervalMs = 2 * 60 * 1000;  // a new version at most every 2 minutes
inline constexpr double kRetryMs = 5000;                     // after a failed save

void persistence_init(Workspace& ws, ui::UiState& ui);
// After drawing: notices edits, deletes, the open draft; handles UI requests.
void persistence_frame(Workspace& ws, ui::UiState& ui);

}  // namespace dagdeel::app
