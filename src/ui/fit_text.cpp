#include "ui/fit_text.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {

bool text_fits(const char* text, float width) { return ImGui::CalcTextSize(text).x <= width + 0.5f; }

bool fit_text(const char* text, float width, FitTextStyle style) {
    if (style.align_to_frame) ImGui::AlignTextToFramePadding();
    const float avail = width > 0.0f ? width : ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(text);
    if (style.disabled) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const bool cut = size.x > avail + 0.5f;
    if (!cut) {
        ImGui::TextUnformatted(text);
    } else {
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        ImVec2 pos = ImGui::GetCursorScreenPos();
        pos.y += window->DC.CurrLineTextBaseOffset;
        const ImRect bb(pos, ImVec2(pos.x + avail, pos.y + size.y));
        ImGui::ItemSize(ImVec2(avail, size.y), 0.0f);
        if (ImGui::ItemAdd(bb, 0)) {
            ImGui::RenderTextEllipsis(window->DrawList, bb.Min, bb.Max, bb.Max.x, bb.Max.x, text, nullptr, &size);
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", text);
        }
    }
    if (style.disabled) ImGui::PopStyleColor();
    register_last_item(text, cut);
    return cut;
}

}  // namespace dagdeel::ui
