// A small WebGL2 renderer for Dear ImGui draw data (GLSL ES 3.00 from
// shaders/). Smaller and more predictable than the generic OpenGL3 backend,
// which carries desktop-GL version probing we never need in a browser.
#pragma once

struct ImDrawData;

namespace dagdeel::platform {

// Creates the WebGL2 context on the canvas, compiles the shaders, creates
// the buffers; false on failure.
bool renderer_init(const char* canvas_selector);
void renderer_shutdown();
// (Re)uploads ImGui's font atlas; call after the atlas was rebuilt.
void renderer_upload_fonts();
void renderer_render(ImDrawData* draw_data, int framebuffer_width, int framebuffer_height,
                     const float clear_rgba[4]);

}  // namespace dagdeel::platform
