// Dutch and English UI text. Strings stay side by side at the call site,
// T("Bestand", "File"), so no label can exist in one language only.
// Widget ids use "###id" so switching language keeps window and widget state.
#pragma once

#include "ui/ui_state.hpp"

namespace dagdeel::ui {

void set_language(Language);
Language language();
const char* T(const char* nl, const char* en);

}  // namespace dagdeel::ui
