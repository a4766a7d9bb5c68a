// What the app and the UI may ask of the host page. Implemented for the
// browser in src/platform/web_*.cpp, whose JavaScript halves are the
// --js-library files in web/lib/ (called as extern "C" dd_js_* functions,
// calling back into named exported dd_* functions); nothing outside
// src/platform touches JavaScript or Emscripten directly.
#pragma once

#include <cstdint>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace dagdeel::platform {

// --- frames: rendering is event-driven --------------------------------------------
// The frame callback runs only when something asked for it: input, a resize,
// a timer, or the app itself (an animation, a pending save). Idle = 0 fps.
void set_frame_callback(std::function<void()> frame);
// Render `frames` more frames (ImGui needs a couple to settle after input).
void request_frames(int frames = 2);
// Render once after `ms` milliseconds (tooltip delays, autosave debounce).
void request_frame_after(double ms);
double now_ms();

// --- canvas ----------------------------------------------------------------------
struct CanvasSize {
    float css_width = 0, css_height = 0;  // layout size in CSS pixels
    float pixel_ratio = 1;                // devicePixelRatio
};
CanvasSize canvas_size();
// Counts the times the canvas's backing store was resized (which clears it).
unsigned canvas_backing_generation();
void set_mouse_cursor(int imgui_cursor);  // ImGuiMouseCursor value

// --- clipboard -------------------------------------------------------------------
void set_clipboard_text(const std::string& text);
const std::string& clipboard_text();  // the last text pasted into or copied from the app

// --- printing and rich copy (web_print.cpp + web/lib/print_clipboard.js) ------------
// Opens `html` (a whole page, e.g. from write_print_page) in a hidden frame and
// calls the browser's print dialog on it.
void print_html(const std::string& html);
// One clipboard entry with both text/html and text/plain (plain text only
// where the browser cannot write rich text).
void copy_rich_text(const std::string& html, const std::string& text);
// Opens an http(s)/mailto link in a new tab (noopener); the caller checks the URL.
void open_link(const std::string& url);

// --- page settings -----------------------------------------------------------------
std::string preferred_language();  // "nl" or "en", from navigator.languages
// The system asks for less motion (CSS prefers-reduced-motion: reduce); a
// change of the setting renders a frame.
bool prefers_reduced_motion();
// Shows the open draft as a page to read (web/lib/reading.js), over the
// editor until its "Bewerken" button; after the current frame.
void show_reading_view();
std::string load_setting(const std::string& key);  // localStorage; "" when absent
void store_setting(const std::string& key, const std::string& value);

// --- files: downloads, imports, share links (web_files.cpp) ----------------------------
// Reading a file and (de)compressing a share link happen in the page, out of
// frame (web/lib/files.js); the results arrive through named callbacks as
// FileEvents that the UI takes once per frame.
enum class FileEventKind {
    progress,      // name, loaded/total bytes of a file being read
    file_loaded,   // name, text (decoded as UTF-8, bad bytes become U+FFFD)
    file_error,    // name, text = code ("too-large", "read-failed:<why>"), loaded/total
    registrations_loaded,  // name, text = the chosen CSV's bytes as they are (any encoding)
    link_offered,  // text = the URL fragment holding a plan ("#plan=...")
    link_loaded,   // text = the plan's JSON from a share link
    link_made,     // text = the share link (the page's address + "#plan=...")
    link_error,    // text = code ("link-too-long", "link-base64", "link-deflate",
                   //   "link-bomb", "no-compression"), loaded/total where they apply
};
struct FileEvent {
    FileEventKind kind = FileEventKind::progress;
    std::string name;
    std::string text;
    double loaded = 0, total = 0;
};
constexpr double kMaxImportBytes = 50.0 * 1024 * 1024;      // a file to import
constexpr double kMaxShareLinkPlanBytes = 20.0 * 1024 * 1024;  // a link's plan, decompressed
constexpr int kMaxShareLinkChars = 32000;                   // a link we make
void install_file_handlers();  // drop listeners, the planner hooks; offers a #plan= fragment
std::vector<FileEvent> take_file_events();
void download_file(const std::string& name, const std::string& mime_type, const std::string& content);
void open_file_picker();                            // chosen files arrive as FileEvents
void open_registrations_picker();                   // one CSV -> registrations_loaded
void make_share_link(const std::string& json);      // -> link_made or link_error
void open_share_link(const std::string& fragment);  // -> link_loaded or link_error
void clear_share_fragment();                        // so a reload does not offer it again

// --- accessibility mirror and real text entry (web_a11y.cpp + web/lib/a11y.js) ----------
// What changed in the mirror's nodes (src/ui/a11y_delta.hpp: 32-bit words and
// NUL-separated strings); sent only when something changed.
void a11y_update(const std::uint32_t* words, std::size_t count, const std::string& strings);
void a11y_focus(unsigned widget_id);        // DOM focus to the widget's node
void a11y_announce(const std::string& text);  // aria-live="polite"
void a11y_languages(const char* ui_code, const char* document_code);
// Edits a text field in its real DOM <input>/<textarea>, caret at UTF-16 index
// `caret` (-1: the end).
void text_entry_open(unsigned widget_id, const std::string& text, int caret, float font_px, bool dark);
void text_entry_close();

// --- the page's scripting API (window.planner) ---------------------------------------
void announce_ready();  // resolves planner.ready
void mark(const char* name);  // performance.mark(name): start-up phases for the benchmark
// No canvas can be drawn at all: a plain page in `language` ("nl"/"en") that
// says why and offers the stored drafts (web/lib/rescue.js).
void show_rescue_page(const std::string& language);
void log_line(const std::string& text);

}  // namespace dagdeel::platform
