// The C side of window.planner (web/shell.js builds the object around these).
// Each function returns a JSON string owned by a static buffer, valid until
// the next call: the JS side copies it at once.
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>

#include <cstdio>
#include <string>

#include "app/app.hpp"
#include "ui/widget_registry.hpp"

namespace {
std::string g_result;

std::string json_escape(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += (char)c; }
        else if (c < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); out += b; }
        else out += (char)c;
    }
    return out;
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* dd_api_stats() {
    const auto& s = dagdeel::app::stats();
    char buf[200];
    std::snprintf(buf, sizeof buf, "{\"frames\":%llu,\"lastFrameMs\":%.3f,\"heapBytes\":%zu}", s.frames,
                  s.last_frame_ms, emscripten_get_heap_size());
    g_result = buf;
    return g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* dd_api_widgets() {
    g_result = dagdeel::ui::widgets_json();
    return g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* dd_api_current() {
    g_result = "{\"id\":null,\"title\":\"" + json_escape(dagdeel::app::current_title()) + "\"}";
    return g_result.c_str();
}

}  // extern "C"
