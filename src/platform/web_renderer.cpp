// Which backend draws, and what happens when the WebGL context goes away.
//
// Start: WebGL2 if the browser gives a context, else Canvas 2D on the same
// canvas. Context lost (GPU reset, driver crash, too many tabs, a test's
// WEBGL_lose_context): draw with Canvas 2D on an overlay at once, so the
// user never sees a blank page; restored: rebuild the GL program, buffers and
// font texture and hide the overlay. Nothing of the document lives on the
// GPU, so a loss loses nothing but those resources.
#include "platform/web_renderer.hpp"

#include <emscripten/html5.h>
#include <imgui.h>

#include <cstdio>
#include <string>
#include <vector>

#include "platform/web_draw_fingerprint.hpp"
#include "platform/platform.hpp"
#include "platform/web_renderer_backends.hpp"

namespace dagdeel::platform {
namespace {

enum class Backend { webgl2, canvas2d };

struct State {
    std::string selector;
    Backend backend = Backend::canvas2d;
    bool has_webgl = false;        // a WebGL2 context exists (lost or not)
    bool canvas2d_ready = false;   // canvas2d::init succeeded
    std::vector<unsigned char> atlas;  // the font atlas, kept for re-uploads
    int atlas_width = 0, atlas_height = 0;
    unsigned atlas_version = 0, webgl_atlas = 0, canvas2d_atlas = 0;  // which version each backend holds
    // What the canvas shows now; cleared whenever it may no longer show it
    // (a backend switch, a lost or restored context, a resized canvas).
    std::uint64_t shown = 0;
    bool shown_valid = false;
    unsigned shown_generation = 0;
    unsigned long long drawn = 0, skipped = 0;
} g_renderer;

AtlasPixels atlas_pixels() { return {g_renderer.atlas.data(), g_renderer.atlas_width, g_renderer.atlas_height}; }

bool use_canvas2d(bool over_webgl_canvas) {
    if (!g_renderer.canvas2d_ready) g_renderer.canvas2d_ready = canvas2d::init(over_webgl_canvas);
    if (!g_renderer.canvas2d_ready) return false;
    g_renderer.backend = Backend::canvas2d;
    canvas2d::show(true);
    return true;
}

EM_BOOL on_context_lost(int, const void*, void*) {
    log_line("dagdeel: WebGL context lost; drawing with Canvas 2D until it is restored");
    webgl2::forget_resources();
    g_renderer.webgl_atlas = 0;
    g_renderer.shown_valid = false;
    use_canvas2d(true);
    request_frames(2);
    return EM_TRUE;  // preventDefault: tells the browser we want the context back
}

EM_BOOL on_context_restored(int, const void*, void*) {
    if (!webgl2::create_resources()) return EM_TRUE;  // stay on Canvas 2D
    log_line("dagdeel: WebGL context restored");
    g_renderer.backend = Backend::webgl2;
    g_renderer.shown_valid = false;
    if (g_renderer.canvas2d_ready) canvas2d::show(false);
    request_frames(2);
    return EM_TRUE;
}

}  // namespace

bool renderer_init(const char* canvas_selector) {
    g_renderer.selector = canvas_selector;
    if (webgl2::create_context(canvas_selector)) {
        g_renderer.has_webgl = true;
        emscripten_set_webglcontextlost_callback(canvas_selector, nullptr, EM_FALSE, on_context_lost);
        emscripten_set_webglcontextrestored_callback(canvas_selector, nullptr, EM_FALSE, on_context_restored);
        if (webgl2::create_resources()) {
            g_renderer.backend = Backend::webgl2;
        } else if (!use_canvas2d(true)) {
            return false;
        }
    } else if (!use_canvas2d(false)) {
        return false;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "dagdeel_web";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    return true;
}

const char* renderer_name() { return g_renderer.backend == Backend::webgl2 ? "webgl2" : "canvas2d"; }

void renderer_prepare_style() {
    ImGuiStyle& style = ImGui::GetStyle();
    const bool feathered = g_renderer.backend == Backend::webgl2;
    style.AntiAliasedFill = feathered;
    style.AntiAliasedLines = feathered;
    style.AntiAliasedLinesUseTex = feathered;
}

void renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    g_renderer.atlas.assign(pixels, pixels + (size_t)width * height);
    g_renderer.atlas_width = width;
    g_renderer.atlas_height = height;
    g_renderer.atlas_version++;
    io.Fonts->SetTexID((ImTextureID)(intptr_t)1);  // one texture: the atlas
    // ImGui's copy is no longer needed; ours serves re-uploads.
    io.Fonts->ClearTexData();
}

unsigned long long renderer_drawn_frames() { return g_renderer.drawn; }
unsigned long long renderer_skipped_frames() { return g_renderer.skipped; }

void renderer_render(ImDrawData* dd, int fb_width, int fb_height, const float clear[4]) {
    if (g_renderer.backend == Backend::webgl2 && !webgl2::resources_ready()) {
        // The shaders did not link (read only now, so the compile did not
        // hold up the start): Canvas 2D over the WebGL canvas, as after a
        // lost context; the next frame takes its style (renderer_prepare_style).
        log_line("dagdeel: the WebGL2 shaders did not link; drawing with Canvas 2D");
        if (!use_canvas2d(true)) return;
        g_renderer.shown_valid = false;
        request_frames(2);
    }
    const std::uint64_t picture = draw_fingerprint(*dd, fb_width, fb_height, clear, g_renderer.atlas_version) ^
                                  (g_renderer.backend == Backend::webgl2 ? 0x5bd1e995ull : 0);
    if (g_renderer.shown_valid && picture == g_renderer.shown && g_renderer.shown_generation == canvas_backing_generation()) {
        ++g_renderer.skipped;
        return;
    }
    g_renderer.shown = picture;
    g_renderer.shown_valid = true;
    g_renderer.shown_generation = canvas_backing_generation();
    ++g_renderer.drawn;
    if (g_renderer.backend == Backend::webgl2) {
        if (g_renderer.webgl_atlas != g_renderer.atlas_version) {
            webgl2::upload_atlas(atlas_pixels());
            g_renderer.webgl_atlas = g_renderer.atlas_version;
        }
        webgl2::render(dd, fb_width, fb_height, clear);
        return;
    }
    if (g_renderer.canvas2d_atlas != g_renderer.atlas_version) {
        canvas2d::upload_atlas(atlas_pixels());
        g_renderer.canvas2d_atlas = g_renderer.atlas_version;
    }
    canvas2d::render(dd, fb_width, fb_height, clear);
}

}  // namespace dagdeel::platform
