// Motion in the canvas and prefers-reduced-motion. Dear ImGui animates one
// thing in this app: the dimming behind a modal dialog (and behind the
// Ctrl+Tab window switcher) fades in and out over about 0.1-0.2 s. Nothing
// scrolls smoothly (ImGui scrolls by jumps) and the caret does not blink
// (src/app/app.cpp). With reduced motion the fade jumps to its end in the
// frame it starts; without, frames keep coming until it has finished, since
// rendering is event-driven and a fade would otherwise stop half way.
#pragma once

namespace dagdeel::ui {

// Call right after ImGui::NewFrame(). Returns true while a fade is still running
// (the caller asks for another frame).
bool apply_motion_preference(bool reduce_motion);

}  // namespace dagdeel::ui
