#include "ui/motion.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace dagdeel::ui {

bool apply_motion_preference(bool reduce_motion) {
    ImGuiContext& g = *GImGui;
    // NewFrame() has just stepped the fade towards where it is going, using the
    // same condition as here (imgui.cpp, UpdateDimmingBackground... in NewFrame).
    const bool dimming = ImGui::GetTopMostPopupModal() != nullptr ||
                         (g.NavWindowingTarget != nullptr && g.NavWindowingHighlightAlpha > 0.0f);
    const bool fading = g.DimBgRatio > 0.0f && g.DimBgRatio < 1.0f;
    if (!reduce_motion) return fading;
    if (fading) g.DimBgRatio = dimming ? 1.0f : 0.0f;
    if (g.NavWindowingTarget && g.NavWindowingHighlightAlpha > 0.0f) g.NavWindowingHighlightAlpha = 1.0f;
    return false;
}

}  // namespace dagdeel::ui
