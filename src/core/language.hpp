// The two languages Dagdeel speaks (interface, messages, announcements):
// one type for the UI, the CLI and every writer.
#pragma once

#include <string_view>

namespace dagdeel {

enum class Language { nl, en };

// "nl" / "en": how a language is stored (settings, Document::event.language).
constexpr const char* language_code(Language l) { return l == Language::en ? "en" : "nl"; }
// "en", "en-GB", "EN" -> en; anything else -> `fallback`.
constexpr Language language_from_code(std::string_view code, Language fallback = Language::nl) {
    if (code.size() >= 2 && (code[0] == 'e' || code[0] == 'E') && (code[1] == 'n' || code[1] == 'N'))
        return Language::en;
    if (code.size() >= 2 && (code[0] == 'n' || code[0] == 'N') && (code[1] == 'l' || code[1] == 'L'))
        return Language::nl;
    return fallback;
}

}  // namespace dagdeel
