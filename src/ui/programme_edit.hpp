// Small steps the programme's views and actions share: where a new item goes,
// and committing an operation's result with the selection following it.
#pragma once

#include <cstddef>

#include "core/operations.hpp"
#include "edit/commands.hpp"
#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {

// The index of the selected day (the first when none is selected yet).
std::size_t current_day_index(const Document& doc, UiState& ui);
// After the selected item of `day`, or at its end.
std::size_t insert_position(const Day& day, const UiState& ui);
// Commits `r` as one step and selects what it made or acted on.
void apply_result(Draft& draft, UiState& ui, EditResult r, Label label);
// A new item of `kind` after the selection on the selected day.
void insert_after_selection(Draft& draft, UiState& ui, ItemKind kind);

}  // namespace dagdeel::ui
