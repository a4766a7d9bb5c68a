// [SECTION] DOM listeners (web/lib/input.js, installed once from C++)
// [SECTION] Key mapping (KeyboardEvent.code -> ImGuiKey)
// [SECTION] Exported entry points the listeners call
//
// Input arrives through a hidden textarea (dead keys, IMEs, real copy and
// paste events); web/lib/input.js says why.
#include "platform/web_input.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstring>
#include <string>

#include "platform/platform.hpp"

namespace dagdeel::platform {
namespace {
std::string g_clipboard;
float g_pixel_ratio = 0;
// Hover tooltips appear after the pointer rests (ImGui counts the delay in
// frame time): one wake-up 600 ms after the last move, and only when the
// frame under the resting pointer had an item asking for a delayed tooltip.
// Scrolling or pointing at empty space then costs no frames afterwards (the
// wake-up used to render 2 frames after every rest, one timer per move).
constexpr double kRestMs = 600;
double g_rest_deadline = 0;
bool g_rest_timer = false;
void on_rest(void*) {
    const double now = now_ms();
    if (now < g_rest_deadline) {
        emscripten_set_timeout(on_rest, g_rest_deadline - now, nullptr);
        return;
    }
    g_rest_timer = false;
    if (GImGui && GImGui->HoverItemDelayId != 0) request_frames(2);
}
void wake_when_resting() {
    g_rest_deadline = now_ms() + kRestMs;
    if (g_rest_timer) return;
    g_rest_timer = true;
    emscripten_set_timeout(on_rest, kRestMs, nullptr);
}

}  // namespace

// [SECTION] DOM listeners -----------------------------------------------------------
// The listeners are JavaScript: web/lib/input.js (an Emscripten --js-library).

extern "C" {
void dd_js_install_input(const char* canvas_selector);
void dd_js_canvas_size(float* out);  // css width, css height, devicePixelRatio
int dd_js_set_backing_size(int width, int height);  // 1 when the size changed (the canvas was cleared)
void dd_js_set_cursor(const char* css);
void dd_js_write_clipboard(const char* text);
}

// [SECTION] Key mapping ------------------------------------------------------------

static ImGuiKey key_from_code(const char* code) {
    struct Entry { const char* code; ImGuiKey key; };
    static const Entry table[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape}, {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
        {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
        {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal}, {"Comma", ImGuiKey_Comma},
        {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash}, {"Semicolon", ImGuiKey_Semicolon},
        {"Quote", ImGuiKey_Apostrophe}, {"BracketLeft", ImGuiKey_LeftBracket},
        {"BracketRight", ImGuiKey_RightBracket}, {"Backslash", ImGuiKey_Backslash},
        {"Backquote", ImGuiKey_GraveAccent}, {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3},
        {"F4", ImGuiKey_F4}, {"F5", ImGuiKey_F5}, {"F6", ImGuiKey_F6}, {"F7", ImGuiKey_F7},
        {"F8", ImGuiKey_F8}, {"F9", ImGuiKey_F9}, {"F10", ImGuiKey_F10}, {"F11", ImGuiKey_F11},
        {"F12", ImGuiKey_F12},
    };
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && !code[4])
        return (ImGuiKey)(ImGuiKey_A + (code[3] - 'A'));
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && !code[6])
        return (ImGuiKey)(ImGuiKey_0 + (code[5] - '0'));
    for (const Entry& e : table)
        if (std::strcmp(code, e.code) == 0) return e.key;
    return ImGuiKey_None;
}

static void apply_modifiers(int ctrl, int shift, int alt, int meta) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
    io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
    io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
    io.AddKeyEvent(ImGuiMod_Super, meta != 0);
}

// [SECTION] Exported entry points -----------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void dd_mouse_move(float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    request_frames(2);
    wake_when_resting();
}

void dd_run_frame_now();

EMSCRIPTEN_KEEPALIVE void dd_mouse_button(int button, int down) {
    // DOM: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
    const int map[3] = {0, 2, 1};
    if (button < 0 || button > 2) return;
    // A fast click (pointer moved and pressed between two frames) must still
    // hit: ImGui's overlapping items (tabs, table rows) only take a press when
    // they were hovered in the previous frame. Render that frame now, with the
    // new pointer position, before the press, as a hovering hand would.
    if (down) dd_run_frame_now();
    ImGui::GetIO().AddMouseButtonEvent(map[button], down != 0);
    request_frames(3);
}

// Touch (web/lib/input.js) asks, with the finger at the pointer position:
// bit 1: it rests on a widget, so a drag belongs to the widget (a timeline
// block, a splitter) rather than scrolling the pane; bit 2: ImGui wants
// text, so the on-screen keyboard should show. Renders a frame first so the
// answer is about where the finger is now.
EMSCRIPTEN_KEEPALIVE int dd_touch_state() {
    dd_run_frame_now();
    int state = 0;
    if (ImGui::IsAnyItemHovered() || ImGui::IsAnyItemActive()) state |= 1;
    if (ImGui::GetIO().WantTextInput) state |= 2;
    return state;
}

EMSCRIPTEN_KEEPALIVE void dd_mouse_wheel(float dx, float dy) {
    ImGui::GetIO().AddMouseWheelEvent(dx, dy);
    request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void dd_modifiers(int ctrl, int shift, int alt, int meta) {
    apply_modifiers(ctrl, shift, alt, meta);
    request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void dd_key(const char* code, int down, int ctrl, int shift, int alt, int meta) {
    apply_modifiers(ctrl, shift, alt, meta);
    ImGuiKey key = key_from_code(code);
    if (key != ImGuiKey_None) ImGui::GetIO().AddKeyEvent(key, down != 0);
    request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void dd_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void dd_paste(const char* utf8) {
    // The pasted text becomes what ImGui reads as the clipboard, then the
    // shortcut it expects is replayed.
    g_clipboard = utf8;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    request_frames(6);
}

EMSCRIPTEN_KEEPALIVE const char* dd_clipboard_text() { return g_clipboard.c_str(); }

EMSCRIPTEN_KEEPALIVE void dd_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
    request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void dd_resize() { request_frames(2); }

}  // extern "C"

// ------------------------------------------------------------------------------------

void install_input(const char* canvas_selector) { dd_js_install_input(canvas_selector); }

namespace {
unsigned g_backing_generation = 0;
}

unsigned canvas_backing_generation() { return g_backing_generation; }

bool sync_canvas_size() {
    CanvasSize s = canvas_size();
    if (dd_js_set_backing_size((int)std::lround(s.css_width * s.pixel_ratio),
                               (int)std::lround(s.css_height * s.pixel_ratio)))
        ++g_backing_generation;
    const bool changed = s.pixel_ratio != g_pixel_ratio;
    g_pixel_ratio = s.pixel_ratio;
    return changed;
}

CanvasSize canvas_size() {
    float v[3] = {0, 0, 1};
    dd_js_canvas_size(v);
    return {v[0], v[1], v[2] > 0 ? v[2] : 1};
}

void set_mouse_cursor(int cursor) {
    const char* css = "default";
    switch (cursor) {
        case ImGuiMouseCursor_None: css = "none"; break;
        case ImGuiMouseCursor_TextInput: css = "text"; break;
        case ImGuiMouseCursor_ResizeAll: css = "move"; break;
        case ImGuiMouseCursor_ResizeNS: css = "ns-resize"; break;
        case ImGuiMouseCursor_ResizeEW: css = "ew-resize"; break;
        case ImGuiMouseCursor_ResizeNESW: css = "nesw-resize"; break;
        case ImGuiMouseCursor_ResizeNWSE: css = "nwse-resize"; break;
        case ImGuiMouseCursor_Hand: css = "pointer"; break;
        case ImGuiMouseCursor_NotAllowed: css = "not-allowed"; break;
        default: break;
    }
    dd_js_set_cursor(css);
}

void set_clipboard_text(const std::string& text) {
    g_clipboard = text;
    dd_js_write_clipboard(text.c_str());
}

const std::string& clipboard_text() { return g_clipboard; }

}  // namespace dagdeel::platform
