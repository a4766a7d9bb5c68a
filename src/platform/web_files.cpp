// Files in the browser: downloads, imports from the file picker or a file
// dropped onto the page, and share links (the plan's JSON deflated into the
// URL fragment, which never leaves the browser). The JavaScript is
// web/lib/files.js; it works asynchronously and calls the named functions at
// the bottom, which queue FileEvents that the UI takes once per frame.
#include <emscripten/emscripten.h>

#include <string>
#include <vector>

#include "platform/platform.hpp"

extern "C" {
void dd_js_files_install(double max_file_bytes, double max_plan_bytes, int max_link_chars);
void dd_js_download(const char* name, const char* mime, const char* data, int length);
void dd_js_pick_import_files();
void dd_js_pick_registrations_file();
void dd_js_make_share_link(const char* json);
void dd_js_open_share_link(const char* fragment);
void dd_js_clear_share_fragment();
}

namespace dagdeel::platform {
namespace {

std::vector<FileEvent> g_events;

void queue(FileEventKind kind, const char* name, const char* text, int length, double loaded, double total) {
    FileEvent e;
    e.kind = kind;
    e.name = name ? name : "";
    if (text && length > 0) e.text.assign(text, (std::size_t)length);
    e.loaded = loaded;
    e.total = total;
    // Progress events replace the previous one of the same file.
    if (e.kind == FileEventKind::progress && !g_events.empty() && g_events.back().kind == FileEventKind::progress &&
        g_events.back().name == e.name)
        g_events.back() = std::move(e);
    else
        g_events.push_back(std::move(e));
    request_frames(3);
}

int length_of(const char* s) { return s ? (int)std::char_traits<char>::length(s) : 0; }

}  // namespace

void install_file_handlers() { dd_js_files_install(kMaxImportBytes, kMaxShareLinkPlanBytes, kMaxShareLinkChars); }

std::vector<FileEvent> take_file_events() {
    std::vector<FileEvent> out;
    out.swap(g_events);
    return out;
}

void download_file(const std::string& name, const std::string& mime_type, const std::string& content) {
    dd_js_download(name.c_str(), mime_type.c_str(), content.data(), (int)content.size());
}

void open_file_picker() { dd_js_pick_import_files(); }
void open_registrations_picker() { dd_js_pick_registrations_file(); }
void make_share_link(const std::string& json) { dd_js_make_share_link(json.c_str()); }
void open_share_link(const std::string& fragment) { dd_js_open_share_link(fragment.c_str()); }
void clear_share_fragment() { dd_js_clear_share_fragment(); }

}  // namespace dagdeel::platform

// Called from web/lib/files.js; text arrives as UTF-8 with its byte length (NUL bytes survive).
using dagdeel::platform::FileEventKind;
using dagdeel::platform::length_of;
using dagdeel::platform::queue;

extern "C" {

EMSCRIPTEN_KEEPALIVE void dd_files_progress(const char* name, double loaded, double total) {
    queue(FileEventKind::progress, name, nullptr, 0, loaded, total);
}
EMSCRIPTEN_KEEPALIVE void dd_files_loaded(const char* name, const char* text, int length, double size) {
    queue(FileEventKind::file_loaded, name, text, length, size, size);
}
EMSCRIPTEN_KEEPALIVE void dd_files_registrations_loaded(const char* name, const char* bytes, int length) {
    queue(FileEventKind::registrations_loaded, name, bytes, length, length, length);
}
EMSCRIPTEN_KEEPALIVE void dd_files_error(const char* name, const char* code, double loaded, double total) {
    queue(FileEventKind::file_error, name, code, length_of(code), loaded, total);
}
EMSCRIPTEN_KEEPALIVE void dd_files_link_offered(const char* fragment) {
    queue(FileEventKind::link_offered, "", fragment, length_of(fragment), 0, 0);
}
EMSCRIPTEN_KEEPALIVE void dd_files_link_loaded(const char* text, int length) {
    queue(FileEventKind::link_loaded, "", text, length, length, 0);
}
EMSCRIPTEN_KEEPALIVE void dd_files_link_made(const char* link, double length, double limit) {
    queue(FileEventKind::link_made, "", link, length_of(link), length, limit);
}
EMSCRIPTEN_KEEPALIVE void dd_files_link_error(const char* code, double value, double limit) {
    queue(FileEventKind::link_error, "", code, length_of(code), value, limit);
}
}
