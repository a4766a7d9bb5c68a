// Dagdeel in the browser: init the app and hand control to the event-driven
// frame loop. Frames run from DOM events, not from a main loop.
#include <emscripten/emscripten.h>

#include <cstdio>

#include "app/app.hpp"

int main() {
    if (!dagdeel::app::init()) {
        // No canvas at all: the rescue page is up; keep the runtime for its
        // conversions (src/app/rescue.cpp).
        std::fprintf(stderr, "dagdeel: no canvas can be drawn (neither WebGL2 nor Canvas 2D)\n");
        emscripten_exit_with_live_runtime();
        return 1;
    }
    // Keep the runtime alive after main returns; frames come from events.
    emscripten_exit_with_live_runtime();
    return 0;
}
