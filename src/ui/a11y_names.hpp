// Accessible names from ImGui labels and window names (a11y_mirror.cpp):
// icons dropped, spaces as the DOM collapses them, ids in words, panes named.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>

namespace dagdeel::ui {

// Font Awesome glyphs (private use area) say nothing to a screen reader:
// names keep only the words. The _into form reuses out's buffer.
void words_only_into(const std::string& s, std::string& out);
std::string words_only(const std::string& s);

// The last resort for a field nobody labelled: its id in words
// ("##room-name" -> "room name").
std::string name_from_key(const std::string& key);

// A child window's (pane's) name for its mirror group: "Concepten", "Tijdlijn", the open tab.
std::string pane_name(const ImGuiWindow& child, const std::string& open_tab);

}  // namespace dagdeel::ui
