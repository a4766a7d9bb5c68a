#include "ui/actions.hpp"

#include "ui/a11y.hpp"
#include "ui/a11y_text_entry.hpp"

#include <imgui_internal.h>

#include <algorithm>

#include "core/operations.hpp"
#include "edit/commands.hpp"
#include "platform/platform.hpp"
#include "ui/document_access.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/programme_edit.hpp"
#include "ui/timeline_keys.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

// [SECTION] when an action can run

bool can_undo(Draft& d, const UiState&) { return d.history().can_undo(); }
bool can_redo(Draft& d, const UiState&) { return d.history().can_redo(); }
bool has_day(Draft& d, const UiState&) { return !d.doc().days.empty(); }
bool has_selected_item(Draft& d, const UiState& ui) { return item_ptr(d.doc(), ui.selection.item_id) != nullptr; }
bool has_selected_item_only(Draft& d, const UiState& ui) {
    return has_selected_item(d, ui) && ui.selection.session_id.empty();
}

// [SECTION] what an action does

// Said aloud to screen-reader users: what was undone or redone.
void say_step(const Label* step, const char* nl, const char* en) {
    if (step) a11y_announce(std::string(T(nl, en)) + ": " + step->text(language_code(language())));
}
void undo(Draft& d, UiState&) {
    say_step(d.history().undo_label(), "Ongedaan gemaakt", "Undone");
    d.undo();
}
void redo(Draft& d, UiState&) {
    say_step(d.history().redo_label(), "Opnieuw gedaan", "Redone");
    d.redo();
}
void add_break(Draft& d, UiState& ui) { insert_after_selection(d, ui, ItemKind::break_); }
void duplicate(Draft& d, UiState& ui) {
    const Item* it = item_ptr(d.doc(), ui.selection.item_id);
    apply_result(d, ui, duplicate_item(d.doc(), it->id), label_duplicate(it->title));
}
void remove(Draft& d, UiState& ui) {
    const Item* it = item_ptr(d.doc(), ui.selection.item_id);
    const std::string title = it->title;
    EditResult r = delete_item(d.doc(), it->id);
    if (!r.ok) return;
    d.commit(std::move(r.doc), label_delete(title));
    ui.selection.item_id.clear();
    ui.selection.session_id.clear();
}
void move_by(Draft& d, UiState& ui, int step) {
    const Day* day = find_day_of_item(d.doc(), ui.selection.item_id);
    if (!day) return;
    const std::size_t pos = insert_position(*day, ui) - 1;
    if ((step < 0 && pos == 0) || (step > 0 && pos + 1 >= day->items.size())) return;
    const Item& it = day->items[pos];
    apply_result(d, ui, move_item(d.doc(), it.id, day->id, pos + step), label_move(it.title));
}
void move_up(Draft& d, UiState& ui) { move_by(d, ui, -1); }
void move_down(Draft& d, UiState& ui) { move_by(d, ui, +1); }
void edit_title(Draft&, UiState& ui) {
    ui.focus_inspector_title = true;
    text_entry_return_on_escape(ImGui::GetFocusID());  // Escape comes back to the row
}
// Rows copied from a spreadsheet (or "13.30 uur Ontvangst" lines) become
// items through the column-mapping dialog (view_table_paste.cpp).
void paste_rows(Draft&, UiState& ui) {
    if (ui.tab == MainTab::programme) open_table_paste(ui, platform::clipboard_text());
}

// Side panes: beside the content when wide, drawers over it when narrow
// (view_shell.cpp decides which from the window width).
void toggle_drafts_pane(UiState& ui) {
    if (ui.narrow_layout) {
        ui.drafts_drawer_open = !ui.drafts_drawer_open;
        ui.inspector_drawer_open = false;
    } else {
        ui.show_drafts = !ui.show_drafts;
    }
}
// F6 / Shift+F6 as in browsers and office programs: the keyboard's way from
// pane to pane (drafts, centre, findings, item panel); view_shell.cpp moves.
void next_pane(UiState& ui) { ui.pane_step = 1; }
void previous_pane(UiState& ui) { ui.pane_step = -1; }
void toggle_inspector_pane(UiState& ui) {
    if (ui.narrow_layout) {
        ui.inspector_drawer_open = !ui.inspector_drawer_open;
        ui.drafts_drawer_open = false;
    } else {
        ui.show_inspector = !ui.show_inspector;
    }
}

// Every draft action acts on the open draft: without one, none is enabled.
bool enabled(const Action& a, Draft* d, const UiState& ui) {
    if (a.run_on_ui) return true;
    return d && (!a.enabled || a.enabled(*d, ui));
}

void run(const Action& a, Draft* d, UiState& ui) {
    if (a.run_on_ui) a.run_on_ui(ui);
    else if (d) a.run(*d, ui);
}

}  // namespace

const std::vector<Action>& actions() {
    using S = ShortcutScope;
    static const std::vector<Action> table = {
        {ActionId::undo, "edit-undo", icons::UNDO, "Ongedaan maken", "Undo", ImGuiMod_Ctrl | ImGuiKey_Z, 0, S::anywhere,
         can_undo, undo},
        {ActionId::redo, "edit-redo", icons::REDO, "Opnieuw", "Redo", ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z,
         ImGuiMod_Ctrl | ImGuiKey_Y, S::anywhere, can_redo, redo},
        {ActionId::add_break, "add-break", icons::BREAK, "Pauze invoegen na de selectie",
         "Insert a break after the selection", 0, 0, S::programme, has_day, add_break},
        {ActionId::duplicate_item, "dup-item", icons::DUPLICATE, "Onderdeel dupliceren", "Duplicate item",
         ImGuiMod_Ctrl | ImGuiKey_D, 0, S::programme, has_selected_item, duplicate},
        {ActionId::delete_item, "del-item", icons::DELETE, "Onderdeel verwijderen", "Delete item", ImGuiKey_Delete, 0,
         S::programme, has_selected_item_only, remove},
        {ActionId::move_up, "up-item", icons::UP, "Onderdeel omhoog", "Move item up", ImGuiMod_Alt | ImGuiKey_UpArrow,
         0, S::table, has_selected_item, move_up},
        {ActionId::move_down, "down-item", icons::DOWN, "Onderdeel omlaag", "Move item down",
         ImGuiMod_Alt | ImGuiKey_DownArrow, 0, S::table, has_selected_item, move_down},
        {ActionId::edit_title, "edit-title", icons::EDIT, "Titel bewerken", "Edit title", ImGuiKey_Enter, 0,
         S::programme, has_selected_item, edit_title},
        {ActionId::paste_rows, "paste-rows", icons::UPLOAD, "Rijen uit een spreadsheet plakken…",
         "Paste rows from a spreadsheet…", ImGuiMod_Ctrl | ImGuiKey_V, 0, S::programme, has_day, paste_rows},
        // Ctrl+B and Ctrl+Alt+B as in common editors (side bar, secondary side bar).
        {ActionId::toggle_drafts_pane, "pane-drafts-toggle", icons::PANE_LEFT, "Conceptenlijst tonen/verbergen",
         "Show/hide the drafts list", ImGuiMod_Ctrl | ImGuiKey_B, 0, S::anywhere, nullptr, nullptr,
         toggle_drafts_pane},
        {ActionId::toggle_inspector_pane, "pane-inspector-toggle", icons::PANE_RIGHT, "Onderdeelpaneel tonen/verbergen",
         "Show/hide the item panel", ImGuiMod_Ctrl | ImGuiMod_Alt | ImGuiKey_B, 0, S::anywhere, nullptr, nullptr,
         toggle_inspector_pane},
        {ActionId::next_pane, "pane-next", icons::RIGHT, "Naar het volgende paneel", "To the next pane", ImGuiKey_F6, 0,
         S::anywhere, nullptr, nullptr, next_pane},
        {ActionId::previous_pane, "pane-previous", icons::LEFT, "Naar het vorige paneel", "To the previous pane",
         ImGuiMod_Shift | ImGuiKey_F6, 0, S::anywhere, nullptr, nullptr, previous_pane},
        {ActionId::find, "find", icons::SEARCH, "Zoeken…", "Find…", ImGuiMod_Ctrl | ImGuiKey_F, 0, S::anywhere, nullptr,
         open_find},
        {ActionId::timeline_earlier, "tl-earlier", icons::UP, "Blok 5 minuten eerder", "Block 5 minutes earlier",
         ImGuiMod_Alt | ImGuiKey_UpArrow, 0, S::timeline, timeline_block_selected,
         [](Draft& d, UiState& ui) { timeline_shift_start(d, ui, -kKeyboardStep); }},
        {ActionId::timeline_later, "tl-later", icons::DOWN, "Blok 5 minuten later", "Block 5 minutes later",
         ImGuiMod_Alt | ImGuiKey_DownArrow, 0, S::timeline, timeline_block_selected,
         [](Draft& d, UiState& ui) { timeline_shift_start(d, ui, kKeyboardStep); }},
        {ActionId::timeline_prev_room, "tl-prev-room", icons::LEFT, "Blok naar de vorige zaal", "Block to the previous room",
         ImGuiMod_Alt | ImGuiKey_LeftArrow, 0, S::timeline, timeline_block_has_room,
         [](Draft& d, UiState& ui) { timeline_change_room(d, ui, -1); }},
        {ActionId::timeline_next_room, "tl-next-room", icons::RIGHT, "Blok naar de volgende zaal", "Block to the next room",
         ImGuiMod_Alt | ImGuiKey_RightArrow, 0, S::timeline, timeline_block_has_room,
         [](Draft& d, UiState& ui) { timeline_change_room(d, ui, 1); }},
        {ActionId::timeline_shorter, "tl-shorter", icons::UP, "Blok 5 minuten korter", "Block 5 minutes shorter",
         ImGuiMod_Alt | ImGuiMod_Shift | ImGuiKey_UpArrow, 0, S::timeline, timeline_block_selected,
         [](Draft& d, UiState& ui) { timeline_change_duration(d, ui, -kKeyboardStep); }},
        {ActionId::timeline_longer, "tl-longer", icons::DOWN, "Blok 5 minuten langer", "Block 5 minutes longer",
         ImGuiMod_Alt | ImGuiMod_Shift | ImGuiKey_DownArrow, 0, S::timeline, timeline_block_selected,
         [](Draft& d, UiState& ui) { timeline_change_duration(d, ui, kKeyboardStep); }},
    };
    return table;
}

const Action& action(ActionId id) {
    for (const Action& a : actions())
        if (a.id == id) return a;
    return actions().front();
}

std::string action_label(const Action& a, Draft* d) {
    std::string text = T(a.label_nl, a.label_en);
    const std::string lang = language_code(language());
    if (d && a.id == ActionId::undo)
        if (const Label* l = d->history().undo_label()) text += ": " + l->text(lang);
    if (d && a.id == ActionId::redo)
        if (const Label* l = d->history().redo_label()) text += ": " + l->text(lang);
    return text;
}

std::string shortcut_text(ImGuiKeyChord chord) {
    if (!chord) return {};
    std::string s;
    if (chord & ImGuiMod_Ctrl) s += "Ctrl+";
    if (chord & ImGuiMod_Shift) s += "Shift+";
    if (chord & ImGuiMod_Alt) s += "Alt+";
    const ImGuiKey key = (ImGuiKey)(chord & ~ImGuiMod_Mask_);
    switch (key) {
    case ImGuiKey_UpArrow: return s + T("Pijl omhoog", "Up arrow");
    case ImGuiKey_DownArrow: return s + T("Pijl omlaag", "Down arrow");
    case ImGuiKey_Delete: return s + "Delete";
    case ImGuiKey_Enter: return s + "Enter";
    default: return s + ImGui::GetKeyName(key);
    }
}

void action_menu_item(ActionId id, Draft* d, UiState& ui) {
    const Action& a = action(id);
    const std::string label = std::string(a.icon) + "  " + action_label(a, d) + "###" + a.widget_id;
    const std::string keys = shortcut_text(a.shortcut);
    if (ImGui::MenuItem(label.c_str(), keys.empty() ? nullptr : keys.c_str(), false, enabled(a, d, ui)))
        run(a, d, ui);
}

void action_toolbar_button(ActionId id, Draft* d, UiState& ui, const char* text) {
    const Action& a = action(id);
    const bool on = enabled(a, d, ui);
    const std::string keys = shortcut_text(a.shortcut);
    const std::string tip = action_label(a, d) + (keys.empty() ? "" : " (" + keys + ")");
    ImGui::BeginDisabled(!on);
    if (icon_button(a.icon, a.widget_id, tip.c_str(), text) && on) run(a, d, ui);
    ImGui::EndDisabled();
}

void run_action_shortcuts(Draft* d, UiState& ui) {
    // Text fields have their own undo, Delete and Enter: leave the keys to them.
    if (ImGui::GetIO().WantTextInput) return;
    const bool in_programme = ui.tab == MainTab::programme || ui.tab == MainTab::timeline;
    for (const Action& a : actions()) {
        if (a.scope == ShortcutScope::programme && !in_programme) continue;
        if (a.scope == ShortcutScope::table && ui.tab != MainTab::programme) continue;
        if (a.scope == ShortcutScope::timeline && ui.tab != MainTab::timeline) continue;
        // Enter on a focused button presses the button (ImGui does that); it
        // edits the selected row's title only from the row itself.
        if (a.shortcut == ImGuiKey_Enter && a11y_keyboard_on_button()) continue;
        for (ImGuiKeyChord chord : {a.shortcut, a.alt_shortcut}) {
            // No key repeat (a held Delete must not empty the programme), and
            // modifiers match exactly, so Ctrl+Z does not fire for Ctrl+Shift+Z.
            // Cmd on a Mac counts as Ctrl.
            if (!chord || !ImGui::IsKeyPressed((ImGuiKey)(chord & ~ImGuiMod_Mask_), false)) continue;
            ImGuiKeyChord mods = ImGui::GetIO().KeyMods & ImGuiMod_Mask_;
            if (mods & ImGuiMod_Super) mods = (mods & ~ImGuiMod_Super) | ImGuiMod_Ctrl;
            if (mods != (chord & ImGuiMod_Mask_)) continue;
            if (enabled(a, d, ui)) run(a, d, ui);
            return;  // one action per frame: the document it saw has changed
        }
    }
}

void draw_shortcut_list() {
    for (const Action& a : actions()) {
        if (!a.shortcut) continue;
        std::string keys = shortcut_text(a.shortcut);
        if (a.alt_shortcut) keys += T(" of ", " or ") + shortcut_text(a.alt_shortcut);
        std::string line = keys + ": " + T(a.label_nl, a.label_en);
        if (a.scope == ShortcutScope::table) line += T(" (programma)", " (programme)");
        if (a.scope == ShortcutScope::timeline) line += T(" (tijdlijn)", " (timeline)");
        ImGui::BulletText("%s", line.c_str());
        register_last_item(line.c_str());  // findable by tests (and the accessibility mirror)
    }
    ImGui::BulletText("%s", T("Pijl omhoog/omlaag: selectie verplaatsen", "Up/down arrow: move the selection"));
}

}  // namespace dagdeel::ui
