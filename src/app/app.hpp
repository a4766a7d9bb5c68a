// The running app: owns the UI state and renders frames. main.cpp wires it to
// the platform; js_api.cpp exposes parts of it to window.planner.
#pragma once

#include <string>

namespace dagdeel::app {

struct FrameStats {
    unsigned long long frames = 0;  // total frames rendered so far
    double last_frame_ms = 0;       // CPU time of the last frame
};

bool init();
void frame();
const FrameStats& stats();
std::string current_title();

}  // namespace dagdeel::app
