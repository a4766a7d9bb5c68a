// The page around the canvas: language, settings in localStorage, and the
// hooks that resolve `window.planner.ready` (web/shell.js defines the object).
#include <emscripten/emscripten.h>

#include <cstdlib>

#include "platform/platform.hpp"

namespace dagdeel::platform {
namespace {

EM_JS(char*, js_preferred_language, (), {
    const langs = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || 'nl'];
    let pick = 'nl';
    for (const l of langs) {
        const s = String(l).toLowerCase();
        if (s.startsWith('nl')) { pick = 'nl'; break; }
        if (s.startsWith('en')) { pick = 'en'; break; }
    }
    const n = lengthBytesUTF8(pick) + 1;
    const p = _malloc(n);
    stringToUTF8(pick, p, n);
    return p;
});

EM_JS(char*, js_load_setting, (const char* key), {
    let v = null;
    try { v = localStorage.getItem('dagdeel.' + UTF8ToString(key)); } catch (e) {}
    if (v === null) return 0;
    const n = lengthBytesUTF8(v) + 1;
    const p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
});

EM_JS(void, js_store_setting, (const char* key, const char* value), {
    try { localStorage.setItem('dagdeel.' + UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

EM_JS(void, js_announce_ready, (), {
    if (Module.dagdeelReady) Module.dagdeelReady();
});

EM_JS(void, js_log_line, (const char* text), { console.log(UTF8ToString(text)); });

std::string take(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}

}  // namespace

std::string preferred_language() { return take(js_preferred_language()); }
std::string load_setting(const std::string& key) { return take(js_load_setting(key.c_str())); }
void store_setting(const std::string& key, const std::string& value) {
    js_store_setting(key.c_str(), value.c_str());
}
void announce_ready() { js_announce_ready(); }
void log_line(const std::string& text) { js_log_line(text.c_str()); }

}  // namespace dagdeel::platform
