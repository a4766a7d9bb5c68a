// Wires the drafts library (storage/drafts_library.hpp: the whole storage
// lifecycle, unit-tested) to the browser's store (platform/web_storage.hpp)
// and to the UI: carries out the storage views' requests, copies the save
// status, lists and notices into UiState, and words notices in NL/EN.
#pragma once

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::app {

void persistence_init(Workspace& ws, ui::UiState& ui);
// After drawing: notices edits, deletes, the open draft; handles UI requests.
void persistence_frame(Workspace& ws, ui::UiState& ui);
// planner._testVersionIntervalMs: space versions by `ms` instead of 2 minutes.
void persistence_set_version_interval(double ms);

}  // namespace dagdeel::app
