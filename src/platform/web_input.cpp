// [SECTION] DOM listeners (JavaScript, installed once from C++)
// [SECTION] Exported entry points the listeners call
// [SECTION] Key mapping (KeyboardEvent.code -> ImGuiKey)
//
// Why a hidden textarea: characters typed with dead keys (´ + e = é), IMEs and
// automation tools arrive as `input`/`composition` events on an editable
// element, never as keypresses on a canvas. Keeping the textarea focused also
// gives us real `copy` and `paste` events, the only clipboard path that works
// without permission prompts.
#include "platform/web_input.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstring>
#include <string>

#include "platform/platform.hpp"

namespace dagdeel::platform {
namespace {
std::string g_clipboard;
float g_pixel_ratio = 0;
}  // namespace

// [SECTION] DOM listeners -----------------------------------------------------------

EM_JS(void, js_install_input, (const char* selector_ptr), {
    const canvas = document.querySelector(UTF8ToString(selector_ptr));
    const withString = (s, fn) => {
        const n = lengthBytesUTF8(s) + 1;
        const p = _malloc(n);
        stringToUTF8(s, p, n);
        try { fn(p); } finally { _free(p); }
    };
    const ta = document.createElement('textarea');
    ta.id = 'dagdeel-keyboard-sink';
    ta.setAttribute('aria-hidden', 'true');
    ta.setAttribute('autocomplete', 'off');
    ta.setAttribute('autocorrect', 'off');
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('spellcheck', 'false');
    ta.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;' +
                       'border:0;padding:0;resize:none;overflow:hidden;pointer-events:none;';
    document.body.appendChild(ta);
    const focusSink = () => { if (document.activeElement !== ta) ta.focus({preventScroll: true}); };
    focusSink();
    Module.dagdeelFocusInput = focusSink;

    const mods = (e) => (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    const pos = (e) => { const r = canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };

    // Pointer: listen on window so a drag continues outside the canvas.
    window.addEventListener('pointermove', (e) => { const [x, y] = pos(e); _dd_mouse_move(x, y); });
    canvas.addEventListener('pointerdown', (e) => {
        const [x, y] = pos(e);
        _dd_mouse_move(x, y);
        _dd_mouse_button(e.button, 1);
        e.preventDefault();
        focusSink();
    });
    window.addEventListener('pointerup', (e) => { const [x, y] = pos(e); _dd_mouse_move(x, y); _dd_mouse_button(e.button, 0); });
    canvas.addEventListener('pointerleave', () => _dd_mouse_move(-3.4e38, -3.4e38));
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    canvas.addEventListener('wheel', (e) => {
        // Lines and pages are scaled to pixels; ImGui's unit is about 100 px.
        const scale = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 400 : 1;
        _dd_mouse_wheel(-e.deltaX * scale / 100, -e.deltaY * scale / 100);
        e.preventDefault();
    }, {passive: false});

    // Keys: ImGui gets every key; the browser keeps the defaults it needs to
    // produce text and clipboard events.
    ta.addEventListener('keydown', (e) => {
        const m = mods(e);
        const ctrl = e.ctrlKey || e.metaKey;
        if (ctrl && (e.code === 'KeyV')) { _dd_modifiers(m); return; }  // wait for the paste event
        withString(e.code, (p) => _dd_key(p, 1, m));
        if (ctrl && (e.code === 'KeyC' || e.code === 'KeyX')) { _dd_run_frame_now(); return; }
        const keep = (e.key.length === 1 && !ctrl) || e.key === 'Dead' || e.key === 'Process';
        if (!keep) e.preventDefault();
    });
    ta.addEventListener('keyup', (e) => { withString(e.code, (p) => _dd_key(p, 0, mods(e))); });
    let composing = false;
    ta.addEventListener('compositionstart', () => { composing = true; });
    ta.addEventListener('compositionend', (e) => {
        composing = false;
        if (e.data) withString(e.data, (p) => _dd_text(p));
        ta.value = "";
    });
    ta.addEventListener('input', (e) => {
        if (composing || e.isComposing) return;
        if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') {
            const text = e.data != null ? e.data : ta.value;
            if (text) withString(text, (p) => _dd_text(p));
        }
        ta.value = "";
    });
    ta.addEventListener('copy', (e) => {
        e.clipboardData.setData('text/plain', UTF8ToString(_dd_clipboard_text()));
        e.preventDefault();
    });
    ta.addEventListener('cut', (e) => {
        e.clipboardData.setData('text/plain', UTF8ToString(_dd_clipboard_text()));
        e.preventDefault();
    });
    ta.addEventListener('paste', (e) => {
        const text = e.clipboardData ? e.clipboardData.getData('text/plain') : "";
        e.preventDefault();
        withString(text, (p) => _dd_paste(p));
    });
    window.addEventListener('blur', () => _dd_focus(0));
    window.addEventListener('focus', () => { _dd_focus(1); focusSink(); });
    ta.addEventListener('blur', () => setTimeout(() => {
        // Give focus back unless the user moved it to a real page element.
        const a = document.activeElement;
        if (!a || a === document.body || a === canvas) focusSink();
    }, 0));

    // Size: CSS size changes and devicePixelRatio changes (zoom, other screen).
    window.addEventListener('resize', () => _dd_resize());
    const watchRatio = () => {
        matchMedia('(resolution: ' + devicePixelRatio + 'dppx)')
            .addEventListener('change', () => { _dd_resize(); watchRatio(); }, {once: true});
    };
    watchRatio();
});

EM_JS(void, js_canvas_size, (float* out), {
    const c = Module.canvas || document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    HEAPF32[out >> 2] = r.width;
    HEAPF32[(out >> 2) + 1] = r.height;
    HEAPF32[(out >> 2) + 2] = window.devicePixelRatio || 1;
});

EM_JS(void, js_set_backing_size, (int w, int h), {
    const c = Module.canvas || document.getElementById('canvas');
    if (c.width !== w) c.width = w;
    if (c.height !== h) c.height = h;
});

EM_JS(void, js_set_cursor, (const char* css), {
    const c = Module.canvas || document.getElementById('canvas');
    const v = UTF8ToString(css);
    if (c.style.cursor !== v) c.style.cursor = v;
});

EM_JS(void, js_write_clipboard, (const char* text), {
    const s = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});

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

static void apply_modifiers(int mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
}

// [SECTION] Exported entry points -----------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void dd_mouse_move(float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    request_frames(2);
    request_frame_after(600);  // hover tooltips appear after the pointer rests
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

EMSCRIPTEN_KEEPALIVE void dd_mouse_wheel(float dx, float dy) {
    ImGui::GetIO().AddMouseWheelEvent(dx, dy);
    request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void dd_modifiers(int mods) {
    apply_modifiers(mods);
    request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void dd_key(const char* code, int down, int mods) {
    apply_modifiers(mods);
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

void install_input(const char* canvas_selector) { js_install_input(canvas_selector); }

bool sync_canvas_size() {
    CanvasSize s = canvas_size();
    js_set_backing_size((int)std::lround(s.css_width * s.pixel_ratio),
                        (int)std::lround(s.css_height * s.pixel_ratio));
    const bool changed = s.pixel_ratio != g_pixel_ratio;
    g_pixel_ratio = s.pixel_ratio;
    return changed;
}

CanvasSize canvas_size() {
    float v[3] = {0, 0, 1};
    js_canvas_size(v);
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
    js_set_cursor(css);
}

void set_clipboard_text(const std::string& text) {
    g_clipboard = text;
    js_write_clipboard(text.c_str());
}

const std::string& clipboard_text() { return g_clipboard; }

}  // namespace dagdeel::platform
