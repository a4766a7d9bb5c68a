// Small widgets the views share: icon buttons with tooltips, pane
// splitters, and fields that accept what people type for times ("13.30",
// "1330"), durations ("1h15", "90 min") and dates (with a calendar popup).
// Each field reports a finished edit the same way: it returns true when the
// value changed, and `*committed` says whether the user left the field
// (so the caller can end a typing burst in the undo history).
#pragma once

#include <string>

#include "core/model.hpp"
#include "edit/workspace.hpp"
#include "ui/i18n.hpp"

namespace dagdeel::ui {

// A modal dialog about the open draft: opens when `open_requested` (then
// clears it), `width` wide, titled `title` with the stable id `popup_id`
// ("###print"). Returns the draft while the dialog shows (the caller ends
// it with ImGui::EndPopup()), nullptr when it is closed or no draft is open.
Draft* begin_draft_modal(Workspace& ws, const char* title, const char* popup_id, bool& open_requested, float width);

// A button showing `icon` (and `text` when given); the tooltip names it.
bool icon_button(const char* icon, const char* id, const char* tooltip, const char* text = nullptr);
// The label of a menu entry or button: `icon`, then `text`, with the stable id `id`.
std::string icon_label(const char* icon, const char* text, const char* id);
void tooltip_for_last_item(const char* text);

// A draggable bar between panes; `size` is the pane before it, clamped.
void vertical_splitter(const char* id, float* size, float min_size, float max_size, float height);
void horizontal_splitter(const char* id, float* size, float min_size, float max_size, float width);

// A labelled row: label on the left at a fixed column, widget after it.
void field_label(const char* label, float column = 170.0f);

bool text_field(const char* id, std::string* value, const char* hint = "", bool* committed = nullptr);
bool multiline_field(const char* id, std::string* value, float height, bool* committed = nullptr);
// One entry per line: key questions, organisers, target groups.
bool lines_field(const char* id, std::vector<std::string>* lines, float height, bool* committed = nullptr);
bool int_field(const char* id, int* value, int min_value, int max_value, bool* committed = nullptr);
// A count where 0 means unknown (capacity, maximum participants): shown empty
// with the hint "onbekend"/"unknown"; clearing the field sets 0.
bool count_field(const char* id, int* value, int max_value, bool* committed = nullptr);
bool time_field(const char* id, Minutes* value, bool* committed = nullptr);
bool optional_time_field(const char* id, std::optional<Minutes>* value, bool* committed = nullptr);
bool duration_field(const char* id, Minutes* value, bool* committed = nullptr, float field_width = 64.0f,
                    float button_width = 0.0f);  // 0: buttons as wide as they are high
bool date_field(const char* id, Date* value, bool* committed = nullptr);

// Names and icons for enums, in the current language.
const char* kind_icon(ItemKind kind);
const char* kind_name(ItemKind kind);
const char* status_name(Status status);
const char* role_name(Role role);
// "dinsdag 13 februari 2018" / "Tuesday 13 February 2018".
std::string long_date(const Date& date);
std::string hhmm(Minutes m);

}  // namespace dagdeel::ui
