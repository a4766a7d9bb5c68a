// What views may tell the accessibility mirror beyond what Dear ImGui's hooks
// already report (a11y_mirror.cpp turns every labelled widget into DOM
// semantics by itself). Each call describes the LAST item drawn, except
// a11y_label_next, which names the next unlabelled field ("Titel" drawn as
// text, then an "##event-title" input). Everything is per frame.
#pragma once

#include <string>

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {

enum class A11yRole { automatic, button, combobox, textbox, option, listitem, heading, status };

void a11y_label_next(const char* name);
void a11y_name_last(const std::string& name);
void a11y_value_last(const std::string& value);
void a11y_role_last(A11yRole role);
void a11y_selected_last(bool selected);
void a11y_expanded_last(bool expanded);
void a11y_invalid_last(const std::string& message);
// Puts the last item in a list named `name` (drafts, findings, a room's blocks).
void a11y_list_last(const std::string& list_key, const std::string& name);

// Said by a screen reader without moving focus (aria-live="polite"): save
// status, undo/redo, new findings, import results. Repeats of the same text
// within a moment are said once.
void a11y_announce(const std::string& text);

// Once per frame after drawing: says status messages, save problems, import
// results and new findings (a11y_announcements.cpp).
void a11y_announce_changes(Workspace& ws, const UiState& ui);

// BeginCombo that the mirror knows to be a combobox showing `preview`.
bool a11y_combo(const char* label, const char* preview, int flags = 0);

// Frame wiring (app.cpp): requests from assistive technology are applied
// before NewFrame; the mirror is rebuilt after Render, and sent to the page
// only when it differs from the last one sent.
void a11y_before_new_frame();
void a11y_begin_frame();
void a11y_end_frame();
double a11y_last_build_ms();  // what the last end_frame cost (benchmarks)
double a11y_last_nodes_ms();  // of that, hashing and building the nodes (when built)
double a11y_last_dom_ms();    // of that, the page's DOM update (web/lib/a11y.js)
bool a11y_last_built();       // the last frame built the nodes (its widgets differed)
std::size_t a11y_last_node_count();  // nodes in the last mirror

// Keyboard focus is on a button (not a field, not a table row): Enter presses
// it rather than running a shortcut bound to Enter.
bool a11y_keyboard_on_button();

// From the page (platform/web_a11y.cpp): a node was focused or activated.
void a11y_request_focus(unsigned id);
void a11y_request_activate(unsigned id);

}  // namespace dagdeel::ui
