// Where every labelled widget was drawn in the last frame, from Dear ImGui's
// test-engine hooks. Browser tests use it to click and type into real widgets
// by their visible label, exactly where a person would; the accessibility
// mirror (a11y_mirror.hpp) builds the DOM's semantics from the same records.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

namespace dagdeel::ui {

void widget_registry_begin_frame();  // enables the hooks for this frame
void widget_registry_end_frame();    // publishes the frame's widgets
// JSON array: [{"label","key","id","x","y","w","h","clipped"}] in CSS pixels;
// label is the visible text, key the full ImGui label ("##event-title" for a
// field whose label is drawn separately); clipped is true when the label or
// text was drawn cut (ellipsis, shortened tab), so tests can assert that
// nothing a user must read is cut at common screen sizes.
std::string widgets_json();

// For widgets that do not report their label to the test hooks (tab items in
// this ImGui version): registers the last item under `label`.
void register_last_item(const char* label, bool clipped = false);
// Names an item ImGui added without telling the test-engine hooks its label
// (BeginCombo in 1.90 calls ItemAdd only): found by planner.widgets() and tests.
void name_item(unsigned id, const char* label);
// Marks the last item as drawn with its label or text cut.
void mark_last_item_clipped(bool clipped = true);

// One widget as the hooks saw it, with the context ImGui was in when it was
// added (which window, table cell, tab bar, menu bar): enough to give it a role.
struct WidgetRecord {
    ImGuiID id = 0;
    ImRect rect;
    std::string label;  // the visible part
    std::string key;    // the full label including "##id", for hidden labels
    ImGuiItemStatusFlags flags = 0;
    bool has_info = false;        // ImGui reported a label (a real widget, not only an id)
    bool plain_text = false;      // registered text without an id of its own
    ImGuiWindow* window = nullptr;
    ImGuiID table_id = 0;         // 0 outside a table
    int row = -1, column = -1;    // row: its top in the table's content (stays while scrolling); headers < 0
    ImGuiID tab_bar_id = 0;       // the innermost tab bar around the item
    bool is_tab = false, tab_selected = false;
    bool in_menu_bar = false;
    bool header_row = false;      // a table's header row
    bool disabled = false;
    bool clipped = false;         // drawn cut (ellipsis or a shortened tab)
};

// How many widgets the frame being drawn has registered so far.
std::size_t widget_registry_building_count();

// The last published frame, in the order the widgets were drawn.
const std::vector<WidgetRecord>& published_widgets();

}  // namespace dagdeel::ui
