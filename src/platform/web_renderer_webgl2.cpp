// WebGL2 backend for ImGui draw lists. One program, one VAO, one streaming
// vertex and index buffer; per command a scissor rectangle. The only texture
// is the font atlas. Resources can be created again after a context loss.
#include "platform/web_renderer_backends.hpp"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cstring>

#include <cstdio>

namespace dagdeel::shaders {
extern const char* const imgui_vert;
extern const char* const imgui_frag;
}  // namespace dagdeel::shaders

namespace dagdeel::platform {
namespace {

struct RendererState {
    GLuint program = 0, vao = 0, vbo = 0, ibo = 0, font_texture = 0;
    GLint u_projection = -1, u_texture = -1;
    // The shaders until the program's link status has been read (their logs
    // explain a failure); 0 once checked.
    GLuint vs = 0, fs = 0;
    bool checked = false;
} g_webgl2;
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE g_context = 0;

// No status is read here: every glGet* waits for the GPU process to finish
// all queued work, and a shader compile is the slowest of it (on software GL
// tens of ms at start-up). The status is read once, before the first draw
// (resources_ready), by which time the compile has run beside the font atlas
// and the first UI frame.
GLuint compile(GLenum type, const char* source) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

void log_shader(GLuint shader, const char* what) {
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return;
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "dagdeel: %s shader compile failed: %s\n", what, log);
}

}  // namespace

namespace webgl2 {

bool create_context(const char* canvas_selector) {
    // Opaque canvas without MSAA: ImGui anti-aliases its own shapes, and an
    // opaque drawing buffer composites faster.
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.premultipliedAlpha = EM_TRUE;
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    // Core WebGL2 is all the renderer uses. By default Emscripten enables
    // every extension the browser offers, one round trip to the GPU process
    // each (about 30 at start-up).
    attrs.enableExtensionsByDefault = EM_FALSE;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(canvas_selector, &attrs);
    if (context <= 0 || emscripten_webgl_make_context_current(context) != EMSCRIPTEN_RESULT_SUCCESS) {
        std::fprintf(stderr, "dagdeel: no WebGL2 context (%d); drawing with Canvas 2D\n", (int)context);
        return false;
    }
    g_context = context;
    return true;
}

bool create_resources() {
    if (emscripten_is_webgl_context_lost(g_context)) return false;
    g_webgl2 = RendererState{};
    g_webgl2.vs = compile(GL_VERTEX_SHADER, shaders::imgui_vert);
    g_webgl2.fs = compile(GL_FRAGMENT_SHADER, shaders::imgui_frag);
    g_webgl2.program = glCreateProgram();
    glAttachShader(g_webgl2.program, g_webgl2.vs);
    glAttachShader(g_webgl2.program, g_webgl2.fs);
    glLinkProgram(g_webgl2.program);

    glGenVertexArrays(1, &g_webgl2.vao);
    glGenBuffers(1, &g_webgl2.vbo);
    glGenBuffers(1, &g_webgl2.ibo);
    glBindVertexArray(g_webgl2.vao);
    glBindBuffer(GL_ARRAY_BUFFER, g_webgl2.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_webgl2.ibo);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, pos));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, uv));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), (void*)offsetof(ImDrawVert, col));
    glBindVertexArray(0);

    return true;
}

bool resources_ready() {
    if (g_webgl2.checked) return g_webgl2.program != 0;
    g_webgl2.checked = true;
    GLint ok = 0;
    glGetProgramiv(g_webgl2.program, GL_LINK_STATUS, &ok);
    if (!ok) {
        log_shader(g_webgl2.vs, "vertex");
        log_shader(g_webgl2.fs, "fragment");
        std::fprintf(stderr, "dagdeel: shader link failed\n");
        glDeleteProgram(g_webgl2.program);
        g_webgl2.program = 0;
    } else {
        g_webgl2.u_projection = glGetUniformLocation(g_webgl2.program, "u_projection");
        g_webgl2.u_texture = glGetUniformLocation(g_webgl2.program, "u_texture");
    }
    glDeleteShader(g_webgl2.vs);
    glDeleteShader(g_webgl2.fs);
    g_webgl2.vs = g_webgl2.fs = 0;
    return g_webgl2.program != 0;
}

void forget_resources() { g_webgl2 = RendererState{}; }

void upload_atlas(const AtlasPixels& atlas) {
    // One byte per texel (coverage); the shader treats it as alpha over
    // white. A quarter of the RGBA upload, which matters on software GL.
    if (!g_webgl2.font_texture) glGenTextures(1, &g_webgl2.font_texture);
    glBindTexture(GL_TEXTURE_2D, g_webgl2.font_texture);
    // Glyphs are rasterised at the device pixel ratio and drawn 1:1.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas.width, atlas.height, 0, GL_RED, GL_UNSIGNED_BYTE, atlas.alpha);
}

void render(ImDrawData* dd, int fb_width, int fb_height, const float clear[4]) {
    glViewport(0, 0, fb_width, fb_height);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(clear[0], clear[1], clear[2], clear[3]);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!dd || dd->CmdListsCount == 0 || fb_width <= 0 || fb_height <= 0) return;

    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_SCISSOR_TEST);

    // Orthographic projection from ImGui's CSS-pixel space to clip space.
    const float L = dd->DisplayPos.x, R = dd->DisplayPos.x + dd->DisplaySize.x;
    const float T = dd->DisplayPos.y, B = dd->DisplayPos.y + dd->DisplaySize.y;
    const float ortho[4][4] = {
        {2.0f / (R - L), 0, 0, 0},
        {0, 2.0f / (T - B), 0, 0},
        {0, 0, -1, 0},
        {(R + L) / (L - R), (T + B) / (B - T), 0, 1},
    };
    glUseProgram(g_webgl2.program);
    glUniform1i(g_webgl2.u_texture, 0);
    glUniformMatrix4fv(g_webgl2.u_projection, 1, GL_FALSE, &ortho[0][0]);
    glBindVertexArray(g_webgl2.vao);
    glBindBuffer(GL_ARRAY_BUFFER, g_webgl2.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_webgl2.ibo);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, g_webgl2.font_texture);  // the only texture ImGui draws with

    // All lists' vertices and indices in one upload each: two glBufferData
    // calls a frame instead of two per window (each one a trip through
    // JavaScript and WebGL's command buffer). WebGL2 has no
    // glDrawElementsBaseVertex, and re-pointing the attributes per list cost
    // as much as the uploads saved, so lists are packed into batches of at
    // most 65,536 vertices (16-bit indices) whose indices are rebased while
    // copying: the attribute pointers move once per batch, usually never.
    // A list with more vertices than that (VtxOffset set) is drawn with
    // its commands' own bases, as ImGui describes them.
    constexpr size_t kBatchVertices = sizeof(ImDrawIdx) == 2 ? 65536 : (size_t)-1;
    constexpr size_t kPerCommand = (size_t)-1;
    static ImVector<ImDrawVert> vertices;
    static ImVector<ImDrawIdx> indices;
    static ImVector<size_t> list_base;  // per list: the vertex its batch starts at, or kPerCommand
    vertices.resize(dd->TotalVtxCount);
    indices.resize(dd->TotalIdxCount);
    list_base.resize(dd->CmdListsCount);
    {
        size_t v = 0, i = 0, batch = 0;
        for (int n = 0; n < dd->CmdListsCount; n++) {
            const ImDrawList* list = dd->CmdLists[n];
            const size_t nv = (size_t)list->VtxBuffer.Size, ni = (size_t)list->IdxBuffer.Size;
            std::memcpy(vertices.Data + v, list->VtxBuffer.Data, nv * sizeof(ImDrawVert));
            const bool big = nv > kBatchVertices || (list->CmdBuffer.Size > 0 && list->CmdBuffer.back().VtxOffset != 0);
            if (big) {
                std::memcpy(indices.Data + i, list->IdxBuffer.Data, ni * sizeof(ImDrawIdx));
                list_base[n] = kPerCommand;
                batch = v + nv;  // the next list starts a new batch
            } else {
                if (v + nv - batch > kBatchVertices) batch = v;
                const ImDrawIdx shift = (ImDrawIdx)(v - batch);
                const ImDrawIdx* from = list->IdxBuffer.Data;
                ImDrawIdx* to = indices.Data + i;
                for (size_t k = 0; k < ni; ++k) to[k] = (ImDrawIdx)(from[k] + shift);
                list_base[n] = batch;
            }
            v += nv;
            i += ni;
        }
    }
    glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)vertices.Size * sizeof(ImDrawVert), vertices.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, (GLsizeiptr)indices.Size * sizeof(ImDrawIdx), indices.Data, GL_STREAM_DRAW);

    auto point_attributes_at = [](size_t first_vertex) {
        const size_t base = first_vertex * sizeof(ImDrawVert);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)(base + offsetof(ImDrawVert, pos)));
        glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), (void*)(base + offsetof(ImDrawVert, uv)));
        glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), (void*)(base + offsetof(ImDrawVert, col)));
    };
    const ImVec2 clip_off = dd->DisplayPos;
    const ImVec2 clip_scale = dd->FramebufferScale;
    size_t list_vertex = 0, list_index = 0;
    size_t pointed_at = 0;          // the vertex the attribute pointers start at (the VAO's 0 at first)
    int scissor[4] = {-1, -1, -1, -1};  // the last rectangle set: the same one is not set again
    for (int n = 0; n < dd->CmdListsCount; n++) {
        const ImDrawList* list = dd->CmdLists[n];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - clip_off.x) * clip_scale.x;
            const float y0 = (cmd.ClipRect.y - clip_off.y) * clip_scale.y;
            const float x1 = (cmd.ClipRect.z - clip_off.x) * clip_scale.x;
            const float y1 = (cmd.ClipRect.w - clip_off.y) * clip_scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            const int rect[4] = {(int)x0, (int)(fb_height - y1), (int)(x1 - x0), (int)(y1 - y0)};
            if (std::memcmp(rect, scissor, sizeof rect) != 0) {
                glScissor(rect[0], rect[1], rect[2], rect[3]);
                std::memcpy(scissor, rect, sizeof rect);
            }
            const size_t first_vertex = list_base[n] == kPerCommand ? list_vertex + cmd.VtxOffset : list_base[n];
            if (first_vertex != pointed_at) {
                point_attributes_at(first_vertex);
                pointed_at = first_vertex;
            }
            glDrawElements(GL_TRIANGLES, (GLsizei)cmd.ElemCount,
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           (void*)(intptr_t)((list_index + cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
        list_vertex += (size_t)list->VtxBuffer.Size;
        list_index += (size_t)list->IdxBuffer.Size;
    }
    if (pointed_at != 0) point_attributes_at(0);  // the VAO as it was set up
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace webgl2
}  // namespace dagdeel::platform
