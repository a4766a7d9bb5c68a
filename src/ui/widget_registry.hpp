// Where every labelled widget was drawn in the last frame, from Dear ImGui's
// test-engine hooks. Browser tests use it to click and type into real widgets
// by their visible label, exactly where a person would.
#pragma once

#include <string>

namespace dagdeel::ui {

void widget_registry_begin_frame();  // enables the hooks for this frame
void widget_registry_end_frame();    // publishes the frame's widgets
// JSON array: [{"label","key","id","x","y","w","h","clipped"}] in CSS pixels;
// label is the visible text, key the full ImGui label ("##event-title" for a
// field whose label is drawn separately); clipped is true when the label or
// text was drawn cut (ellipsis, shortened tab), so tests can assert that
// nothing a user must read is cut at common screen sizes.
std::string widgets_json();

}  // namespace dagdeel::ui

namespace dagdeel::ui {
// For widgets that do not report their label to the test hooks (tab items in
// this ImGui version): registers the last item under `label`.
void register_last_item(const char* label, bool clipped = false);
// Marks the last item as drawn with its label or text cut.
void mark_last_item_clipped(bool clipped = true);
}  // namespace dagdeel::ui
