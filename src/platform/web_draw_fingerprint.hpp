// A 64-bit fingerprint of what one frame would put on the canvas: Dear
// ImGui's vertices, indices and draw commands, plus the framebuffer size, the
// clear colour and the font texture's version. Event-driven frames often come
// in twos and threes after an input (ImGui settles layout and focus over a
// frame or two), and the later ones usually draw exactly what the first drew.
// The canvas keeps its last picture when nothing is drawn into it, so such a
// frame can skip the GPU work: with software WebGL (SwiftShader, machines
// without a usable GPU, our tests) that is most of a frame's CPU.
#pragma once

#include <cstdint>

struct ImDrawData;

namespace dagdeel::platform {

std::uint64_t draw_fingerprint(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height,
                               const float clear_rgba[4], unsigned atlas_version);

}  // namespace dagdeel::platform
