#include "ui/i18n.hpp"

namespace dagdeel::ui {
namespace {
Language g_language = Language::nl;
}

void set_language(Language l) { g_language = l; }
Language language() { return g_language; }
const char* T(const char* nl, const char* en) { return g_language == Language::nl ? nl : en; }

}  // namespace dagdeel::ui
