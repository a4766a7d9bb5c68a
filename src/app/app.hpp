// The running app: owns the workspace (drafts) and the UI state and renders
// frames. main.cpp wires it to the platform; js_api.cpp exposes it to
// window.planner.
#pragma once

#include <string>

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::app {

struct FrameStats {
    unsigned long long frames = 0;  // total frames rendered so far
    double last_frame_ms = 0;       // CPU time of the last frame
};

bool init();
void frame();
const FrameStats& stats();
Workspace& workspace();
ui::UiState& ui_state();

}  // namespace dagdeel::app
