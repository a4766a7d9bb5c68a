// The commands a user can give (undo, redo, duplicate, delete, move, add a
// break…), each described once: label, icon, shortcut, when it is enabled
// and what it does. The Edit menu, the programme's toolbar, the keyboard and
// Help › Sneltoetsen all read this one table (as ImHex's addMenuItem
// registers an entry, its shortcut and toolbar button in one call), so a
// shortcut shown in a menu is always the one that works.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {

enum class ActionId {
    undo, redo, add_break, duplicate_item, delete_item, move_up, move_down, edit_title, paste_rows,
    toggle_drafts_pane, toggle_inspector_pane, next_pane, previous_pane,
    find,
    timeline_earlier, timeline_later, timeline_prev_room, timeline_next_room, timeline_shorter, timeline_longer,
};

// Where a shortcut is heard: everywhere, or only while the programme or the
// timeline is shown (Delete in a text field must delete a letter).
// `table` is the programme tab only, `timeline` the timeline tab only (Alt+Up
// moves a row up in the table and a block 5 minutes earlier in the timeline).
enum class ShortcutScope { anywhere, programme, table, timeline };

struct Action {
    ActionId id;
    const char* widget_id;  // "edit-undo": stable ids for tests and the menus
    const char* icon;
    const char* label_nl;
    const char* label_en;
    ImGuiKeyChord shortcut = 0;
    ImGuiKeyChord alt_shortcut = 0;  // Ctrl+Y beside Ctrl+Shift+Z
    ShortcutScope scope = ShortcutScope::anywhere;
    bool (*enabled)(Draft&, const UiState&) = nullptr;  // nullptr: whenever a draft is open
    void (*run)(Draft&, UiState&) = nullptr;
    // Actions on the window rather than the draft (show or hide a pane):
    // enabled without an open draft.
    void (*run_on_ui)(UiState&) = nullptr;
};

const std::vector<Action>& actions();
const Action& action(ActionId id);

// The label in the UI language; undo and redo name their step
// ("Ongedaan maken: Duur van Pauze wijzigen").
std::string action_label(const Action& a, Draft* draft);
// "Ctrl+Shift+Z" (or "" without a shortcut).
std::string shortcut_text(ImGuiKeyChord chord);

// Draws the action as a menu item / toolbar button and runs it when chosen.
// Every action acts on the open draft (`draft`, nullptr when none: disabled).
void action_menu_item(ActionId id, Draft* draft, UiState& ui);
void action_toolbar_button(ActionId id, Draft* draft, UiState& ui, const char* text = nullptr);
// Once per frame: runs the action whose shortcut was pressed.
void run_action_shortcuts(Draft* draft, UiState& ui);
// Help › Sneltoetsen: every shortcut of the table, and the fixed keys of the views.
void draw_shortcut_list();

}  // namespace dagdeel::ui
