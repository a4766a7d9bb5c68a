#include "platform/web_draw_fingerprint.hpp"

#include <imgui.h>

#include <cstring>

#include "core/word_hash.hpp"

namespace dagdeel::platform {
namespace {

// A big plan's frame (about 1 MB of vertices) hashes in a fraction of a
// millisecond (core/word_hash.hpp).
struct Hasher : WordHash {
    using WordHash::value;
    void value(float f) {
        std::uint32_t bits;
        std::memcpy(&bits, &f, 4);
        word(bits);
    }
};

}  // namespace

std::uint64_t draw_fingerprint(const ImDrawData& dd, int fb_width, int fb_height, const float clear[4],
                               unsigned atlas_version) {
    Hasher hash;
    hash.word((std::uint64_t)(std::uint32_t)fb_width << 32 | (std::uint32_t)fb_height);
    for (int i = 0; i < 4; ++i) hash.value(clear[i]);
    hash.word(atlas_version);
    hash.value(dd.DisplayPos.x);
    hash.value(dd.DisplayPos.y);
    hash.value(dd.FramebufferScale.x);
    hash.word((std::uint64_t)dd.CmdListsCount);
    for (int n = 0; n < dd.CmdListsCount; ++n) {
        const ImDrawList* list = dd.CmdLists[n];
        hash.bytes(list->VtxBuffer.Data, (std::size_t)list->VtxBuffer.Size * sizeof(ImDrawVert));
        hash.bytes(list->IdxBuffer.Data, (std::size_t)list->IdxBuffer.Size * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            hash.value(cmd.ClipRect.x);
            hash.value(cmd.ClipRect.y);
            hash.value(cmd.ClipRect.z);
            hash.value(cmd.ClipRect.w);
            hash.word((std::uint64_t)(std::uintptr_t)cmd.TextureId);
            hash.word((std::uint64_t)cmd.VtxOffset << 32 | cmd.IdxOffset);
            hash.word((std::uint64_t)cmd.ElemCount << 1 | (cmd.UserCallback != nullptr));
        }
    }
    return hash.get();
}

}  // namespace dagdeel::platform
