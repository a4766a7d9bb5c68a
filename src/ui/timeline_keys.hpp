// Keyboard moves for the timeline's selected block (WCAG 2.1.1, 2.5.7: every
// drag has a keyboard way). Each is one undo step, as a drag is. The actions
// table (actions.cpp) binds them: Alt+Up/Down 5 minutes earlier/later,
// Alt+Left/Right the previous/next room, Alt+Shift+Up/Down 5 minutes shorter/longer.
#pragma once

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {

constexpr Minutes kKeyboardStep = 5;

bool timeline_block_selected(Draft& draft, const UiState& ui);
bool timeline_block_has_room(Draft& draft, const UiState& ui);  // not spanning every room
void timeline_shift_start(Draft& draft, UiState& ui, Minutes delta);   // pins at the new start
void timeline_change_room(Draft& draft, UiState& ui, int direction);   // -1 previous, +1 next
void timeline_change_duration(Draft& draft, UiState& ui, Minutes delta);

}  // namespace dagdeel::ui
