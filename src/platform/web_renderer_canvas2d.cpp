// Canvas 2D backend: hands each ImGui draw list (vertices, indices and a
// compact command table) to web/lib/canvas2d.js, which fills solid
// triangles as paths and copies glyph quads from a tinted font atlas.
#include <emscripten/emscripten.h>
#include <imgui.h>

#include <vector>

#include "platform/web_renderer_backends.hpp"

extern "C" {
int dd_js_c2d_init(int over_webgl_canvas);
void dd_js_c2d_show(int visible);
void dd_js_c2d_atlas(const unsigned char* alpha, int width, int height);
void dd_js_c2d_begin(int fb_width, int fb_height, float scale, const float* clear_rgba);
// cmds: per command 7 floats: clip x0 y0 x1 y1 (CSS px), index offset, index count, vertex offset.
void dd_js_c2d_list(const ImDrawVert* vertices, const ImDrawIdx* indices, int index_bytes,
                    const float* cmds, int cmd_count);
void dd_js_c2d_end();
}

namespace dagdeel::platform::canvas2d {
namespace {
std::vector<float> g_cmds;  // reused between frames
}

bool init(bool over_webgl_canvas) { return dd_js_c2d_init(over_webgl_canvas ? 1 : 0) != 0; }

void show(bool visible) { dd_js_c2d_show(visible ? 1 : 0); }

void upload_atlas(const AtlasPixels& atlas) { dd_js_c2d_atlas(atlas.alpha, atlas.width, atlas.height); }

void render(ImDrawData* dd, int fb_width, int fb_height, const float clear[4]) {
    const float scale = dd ? dd->FramebufferScale.x : 1.0f;
    dd_js_c2d_begin(fb_width, fb_height, scale > 0 ? scale : 1.0f, clear);
    if (!dd || dd->CmdListsCount == 0 || fb_width <= 0 || fb_height <= 0) {
        dd_js_c2d_end();
        return;
    }
    const ImVec2 off = dd->DisplayPos;
    for (int n = 0; n < dd->CmdListsCount; n++) {
        const ImDrawList* list = dd->CmdLists[n];
        g_cmds.clear();
        int count = 0;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            if (cmd.ClipRect.z <= cmd.ClipRect.x || cmd.ClipRect.w <= cmd.ClipRect.y || cmd.ElemCount == 0) continue;
            g_cmds.insert(g_cmds.end(), {cmd.ClipRect.x - off.x, cmd.ClipRect.y - off.y, cmd.ClipRect.z - off.x,
                                         cmd.ClipRect.w - off.y, (float)cmd.IdxOffset, (float)cmd.ElemCount,
                                         (float)cmd.VtxOffset});
            count++;
        }
        if (count) dd_js_c2d_list(list->VtxBuffer.Data, list->IdxBuffer.Data, (int)sizeof(ImDrawIdx), g_cmds.data(), count);
    }
    dd_js_c2d_end();
}

}  // namespace dagdeel::platform::canvas2d
