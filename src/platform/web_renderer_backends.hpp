// The two ways web_renderer.cpp draws ImGui's draw lists. Internal to
// src/platform: the rest of the app sees only web_renderer.hpp.
//   webgl2   the fast path (GLSL ES 3.00 from shaders/)
//   canvas2d the path that always works: no WebGL2 at all, or while a lost
//            WebGL context waits to be restored (web/lib/canvas2d.js draws)
#pragma once

struct ImDrawData;

namespace dagdeel::platform {

// The font atlas as one byte of coverage per texel, kept by web_renderer.cpp
// so a restored context or the other backend can upload it again.
struct AtlasPixels {
    const unsigned char* alpha = nullptr;
    int width = 0, height = 0;
};

namespace webgl2 {
// Creates the context on the canvas (false when the browser gives none) and
// remembers its handle for make_current.
bool create_context(const char* canvas_selector);
// Program, buffers, vertex layout; false when the context is lost. The
// shaders compile in the GPU process meanwhile: resources_ready() reads
// whether they linked (false: draw with Canvas 2D), once, before the first
// draw.
bool create_resources();
bool resources_ready();
// Forgets GL object names without deleting them (after a context loss they
// are already gone).
void forget_resources();
void upload_atlas(const AtlasPixels& atlas);
void render(ImDrawData* draw_data, int fb_width, int fb_height, const float clear_rgba[4]);
}  // namespace webgl2

namespace canvas2d {
// A 2D context on the canvas, or on a canvas laid over it when the canvas
// already holds a (lost) WebGL context; false when the browser gives neither.
bool init(bool over_webgl_canvas);
// Shows or hides the overlay (no effect when drawing on the canvas itself).
void show(bool visible);
void upload_atlas(const AtlasPixels& atlas);
void render(ImDrawData* draw_data, int fb_width, int fb_height, const float clear_rgba[4]);
}  // namespace canvas2d

}  // namespace dagdeel::platform
