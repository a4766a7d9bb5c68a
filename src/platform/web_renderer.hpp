// Draws Dear ImGui's draw data on the page's canvas: with WebGL2 when the
// browser gives a context, otherwise (no GPU, WebGL switched off, a lost
// context waiting to be restored) with the Canvas 2D API. The choice and the
// context-loss handling live here; the backends are web_renderer_webgl2.cpp
// and web_renderer_canvas2d.cpp (+ web/lib/canvas2d.js).
#pragma once

struct ImDrawData;

namespace dagdeel::platform {

// Picks a backend for the canvas; false only when no canvas can be drawn at
// all (neither WebGL2 nor Canvas 2D).
bool renderer_init(const char* canvas_selector);
// "webgl2" or "canvas2d": the backend drawing right now.
const char* renderer_name();
// Before ImGui::NewFrame: the Canvas 2D backend fills whole paths, which the
// browser anti-aliases itself, so ImGui's feathered edges are switched off.
void renderer_prepare_style();
// (Re)uploads ImGui's font atlas; call after the atlas was rebuilt.
void renderer_upload_fonts();
// Draws the frame, or nothing when it would draw exactly the picture the
// canvas already shows (web_draw_fingerprint.hpp).
void renderer_render(ImDrawData* draw_data, int framebuffer_width, int framebuffer_height,
                     const float clear_rgba[4]);
// Frames drawn and frames skipped as identical since the start.
unsigned long long renderer_drawn_frames();
unsigned long long renderer_skipped_frames();

}  // namespace dagdeel::platform
