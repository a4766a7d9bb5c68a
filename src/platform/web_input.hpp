// Browser input for Dear ImGui: pointer, wheel, keys, text (including dead
// keys and IME through a hidden textarea), clipboard, resize and DPR changes.
#pragma once

namespace dagdeel::platform {

// Installs the DOM listeners; `canvas_selector` is e.g. "#canvas".
void install_input(const char* canvas_selector);
// Keeps the canvas backing store at CSS size x devicePixelRatio; returns true
// when the ratio changed since the last call (fonts must be rebuilt).
bool sync_canvas_size();

}  // namespace dagdeel::platform
