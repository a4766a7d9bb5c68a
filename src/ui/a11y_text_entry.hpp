// Real text entry: a text field being edited is handed to a real DOM
// <input>/<textarea> over it (web/lib/a11y.js), so the browser's spell-check
// in the plan's language, IMEs, dead keys, the clipboard and word wrap all
// work, and screen readers edit a real text box. ImGui's own InputText only
// draws the field while it is not being edited.
#pragma once

#include <imgui.h>

#include <string>

namespace dagdeel::ui {

// Called by the text field widgets right after their ImGui InputText: opens
// the page's text entry when ImGui activated the field (click, Tab, Enter, a
// screen reader), and applies what was typed there. Returns true when *value
// changed; sets *committed when the user left the field.
bool text_entry_after_field(std::string* value, bool multiline, bool* committed);

bool text_entry_is_multiline(ImGuiID id);  // for the mirror (aria-multiline, textarea)
bool text_entry_is_editing(ImGuiID id);
// The field the page is editing (0: none); planner.stats().editingId for tests.
ImGuiID text_entry_editing_id();

// Frame wiring (a11y_mirror.cpp): forget last frame's fields; after the
// mirror is sent, open the entry the frame asked for or close a vanished one.
void text_entry_begin_frame();
void text_entry_end_frame();
void text_entry_set_languages(const char* ui_code, const char* document_code);
void text_entry_set_dark(bool dark);

// True right after the field just drawn was left with Enter (find: next hit).
bool text_entry_last_ended_by_enter();
// Escape in the next edit gives keyboard focus back to `id` (Enter on a
// programme row edits the inspector's title; Escape returns to the row).
void text_entry_return_on_escape(ImGuiID id);

// From the page (platform/web_a11y.cpp).
void text_entry_request_edit(ImGuiID id);
// Asks to edit the field with this id (computed with ImGui::GetID before it is
// drawn) with its whole text selected, so typing replaces it: a new item's
// or session's title. Does not go through ImGui's keyboard navigation, whose
// focus request could be lost to a closing menu.
void text_entry_request_edit_selected(ImGuiID id);
void text_entry_changed(ImGuiID id, std::string text);
void text_entry_ended(ImGuiID id, int how);  // 0 left, 1 Tab, 2 Shift+Tab, 3 Enter, 4 Escape

}  // namespace dagdeel::ui
