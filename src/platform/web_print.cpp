// Printing, rich copy and opening links: the C++ side of web/lib/print_clipboard.js (an
// Emscripten --js-library; the functions are found by name at link time).
#include <string>

#include "platform/platform.hpp"

extern "C" {
void dd_print_html(const char* html);
void dd_copy_rich(const char* html, const char* text);
void dd_open_link(const char* url);
}

namespace dagdeel::platform {

void print_html(const std::string& html) { dd_print_html(html.c_str()); }

void copy_rich_text(const std::string& html, const std::string& text) { dd_copy_rich(html.c_str(), text.c_str()); }

void open_link(const std::string& url) { dd_open_link(url.c_str()); }

}  // namespace dagdeel::platform
