// Dagdeel in the browser: init the app and hand control to the event-driven
// frame loop. Frames run from DOM events, not from a main loop.
#include <emscripten/emscripten.h>

#include <cstdio>

#include "app/app.hpp"

int main() {
    if (!dagdeel::app::init()) {
        std::fprintf(stderr, "dagdeel: WebGL2 could not be initialised\n");
        return 1;
    }
    // Keep the runtime alive after main returns; frames come from events.
    emscripten_exit_with_live_runtime();
    return 0;
}
