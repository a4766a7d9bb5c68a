// The C++ half of web/lib/a11y.js: the accessibility mirror and real text
// entry. Requests from the page arrive as named exported functions and only
// record what to do; the frame applies them (src/ui/a11y_mirror.cpp).
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>

#include "platform/platform.hpp"
#include "ui/a11y.hpp"
#include "ui/a11y_text_entry.hpp"

extern "C" {
void dd_js_a11y_update(const std::uint32_t* words, std::size_t count, const char* strings, std::size_t length);
void dd_js_a11y_focus(unsigned id);
void dd_js_a11y_announce(const char* text);
void dd_js_a11y_languages(const char* ui, const char* doc);
void dd_js_text_entry_open(unsigned id, const char* text, int caret, float font_px, int dark);
void dd_js_text_entry_close();

EMSCRIPTEN_KEEPALIVE void dd_a11y_focus(unsigned id) { dagdeel::ui::a11y_request_focus(id); }
EMSCRIPTEN_KEEPALIVE void dd_a11y_activate(unsigned id) { dagdeel::ui::a11y_request_activate(id); }
EMSCRIPTEN_KEEPALIVE void dd_a11y_edit(unsigned id) {
    dagdeel::ui::text_entry_request_edit(id);
    dagdeel::platform::request_frames(3);
}
EMSCRIPTEN_KEEPALIVE void dd_text_entry_changed(unsigned id, const char* text, int length) {
    dagdeel::ui::text_entry_changed(id, std::string(text ? text : "", text ? (std::size_t)length : 0));
    dagdeel::platform::request_frames(2);
}
EMSCRIPTEN_KEEPALIVE void dd_text_entry_ended(unsigned id, int how) {
    dagdeel::ui::text_entry_ended(id, how);
    dagdeel::platform::request_frames(2);
}
}

namespace dagdeel::platform {

void a11y_update(const std::uint32_t* words, std::size_t count, const std::string& strings) {
    dd_js_a11y_update(words, count, strings.data(), strings.size());
}
void a11y_focus(unsigned widget_id) { dd_js_a11y_focus(widget_id); }
void a11y_announce(const std::string& text) { dd_js_a11y_announce(text.c_str()); }
void a11y_languages(const char* ui_code, const char* document_code) { dd_js_a11y_languages(ui_code, document_code); }
void text_entry_open(unsigned widget_id, const std::string& text, int caret, float font_px, bool dark) {
    dd_js_text_entry_open(widget_id, text.c_str(), caret, font_px, dark ? 1 : 0);
}
void text_entry_close() { dd_js_text_entry_close(); }

}  // namespace dagdeel::platform
