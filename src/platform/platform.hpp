// What the app and the UI may ask of the host page. Implemented for the
// browser in src/platform/web_*.cpp; nothing outside src/platform touches
// JavaScript or Emscripten directly.
#pragma once

#include <functional>
#include <string>

namespace dagdeel::platform {

// --- frames: rendering is event-driven --------------------------------------------
// The frame callback runs only when something asked for it: input, a resize,
// a timer, or the app itself (an animation, a pending save). Idle = 0 fps.
void set_frame_callback(std::function<void()> frame);
// Render `frames` more frames (ImGui needs a couple to settle after input).
void request_frames(int frames = 2);
// Render once after `ms` milliseconds (tooltip delays, autosave debounce).
void request_frame_after(double ms);
double now_ms();

// --- canvas ----------------------------------------------------------------------
struct CanvasSize {
    float css_width = 0, css_height = 0;  // layout size in CSS pixels
    float pixel_ratio = 1;                // devicePixelRatio
};
CanvasSize canvas_size();
void set_mouse_cursor(int imgui_cursor);  // ImGuiMouseCursor value

// --- clipboard -------------------------------------------------------------------
void set_clipboard_text(const std::string& text);
const std::string& clipboard_text();  // the last text pasted into or copied from the app

// --- page settings -----------------------------------------------------------------
std::string preferred_language();  // "nl" or "en", from navigator.languages
std::string load_setting(const std::string& key);  // localStorage; "" when absent
void store_setting(const std::string& key, const std::string& value);

// --- the page's scripting API (window.planner) ---------------------------------------
void announce_ready();  // resolves planner.ready
void log_line(const std::string& text);

}  // namespace dagdeel::platform
