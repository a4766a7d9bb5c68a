// UI state: plain data apart from the document (selection, panes, language,
// theme). Saved in the page's settings, never mixed into the model.
#pragma once

#include <string>

namespace dagdeel::ui {

enum class Language { nl, en };
enum class Theme { light, dark };

struct UiState {
    Language language = Language::nl;
    Theme theme = Theme::light;
    bool fonts_dirty = true;  // rebuild the atlas (DPR or theme change)
    std::string draft_title;  // the event title being typed
};

}  // namespace dagdeel::ui
