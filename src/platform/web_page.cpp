// The page around the canvas: language, settings in localStorage, and the
// hooks that resolve `window.planner.ready` (web/shell.js defines the object).
// The JavaScript is web/lib/page.js.
#include <cstdlib>

#include "platform/platform.hpp"

extern "C" {
char* dd_js_preferred_language();
int dd_js_prefers_reduced_motion();
void dd_js_reading_open();
char* dd_js_load_setting(const char* key);
void dd_js_store_setting(const char* key, const char* value);
void dd_js_announce_ready();
void dd_js_mark(const char* name);
void dd_js_log_line(const char* text);
void dd_js_show_rescue_page(const char* language);
}

namespace dagdeel::platform {
namespace {

std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}

}  // namespace

std::string preferred_language() { return take(dd_js_preferred_language()); }
void show_reading_view() { dd_js_reading_open(); }
bool prefers_reduced_motion() { return dd_js_prefers_reduced_motion() != 0; }
std::string load_setting(const std::string& key) { return take(dd_js_load_setting(key.c_str())); }
void store_setting(const std::string& key, const std::string& value) { dd_js_store_setting(key.c_str(), value.c_str()); }
void announce_ready() { dd_js_announce_ready(); }
void mark(const char* name) { dd_js_mark(name); }
void log_line(const std::string& text) { dd_js_log_line(text.c_str()); }
void show_rescue_page(const std::string& language) { dd_js_show_rescue_page(language.c_str()); }

}  // namespace dagdeel::platform
