// Event-driven frames: nothing renders unless input, a resize, a timer or the
// app asked for it. A request schedules one requestAnimationFrame; a frame
// may ask for more. When everything settles the page renders 0 frames/s.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>

#include "platform/platform.hpp"

namespace dagdeel::platform {

std::function<void()> g_frame;  // not static: dd_run_frame_now calls it

namespace {

bool g_raf_pending = false;
int g_frames_wanted = 0;

EM_BOOL on_animation_frame(double, void*) {
    g_raf_pending = false;
    if (g_frames_wanted > 0) --g_frames_wanted;
    if (g_frame) g_frame();
    if (g_frames_wanted > 0 && !g_raf_pending) {
        g_raf_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
    return EM_FALSE;  // one-shot: never a continuous loop
}

void on_timer(void*) { request_frames(2); }

}  // namespace

void set_frame_callback(std::function<void()> frame) { g_frame = std::move(frame); }

void request_frames(int frames) {
    g_frames_wanted = std::max(g_frames_wanted, frames);
    if (!g_raf_pending) {
        g_raf_pending = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

void request_frame_after(double ms) { emscripten_set_timeout(on_timer, ms, nullptr); }

double now_ms() { return emscripten_get_now(); }

}  // namespace dagdeel::platform

// Runs a frame synchronously from inside a DOM event handler: Ctrl+C must be
// processed by ImGui before the browser fires the `copy` event that carries
// the text to the system clipboard.
extern "C" EMSCRIPTEN_KEEPALIVE void dd_run_frame_now() {
    if (dagdeel::platform::g_frame) dagdeel::platform::g_frame();
}
