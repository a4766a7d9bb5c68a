#include "platform/web_draw_fingerprint.hpp"

#include <imgui.h>

#include <cstring>

namespace dagdeel::platform {
namespace {

// Multiply-xorshift over 8-byte words: about a nanosecond per word in wasm,
// so even a big plan's frame (≈1 MB of vertices) costs a fraction of a
// millisecond. A collision (2^-64) would show the previous picture until
// the next input.
struct Hasher {
    std::uint64_t h = 0x243F6A8885A308D3ull;
    void word(std::uint64_t w) {
        h ^= w;
        h *= 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    void bytes(const void* data, std::size_t size) {
        const unsigned char* p = static_cast<const unsigned char*>(data);
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            word(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, p + i, size - i);
        word(tail ^ (std::uint64_t)size << 56);
    }
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
    return hash.h;
}

}  // namespace dagdeel::platform
