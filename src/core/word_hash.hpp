// A 64-bit change detector over 8-byte words (multiply-xorshift): about a
// nanosecond per word in wasm, where a byte-at-a-time FNV-1a costs about one
// per byte. Used to tell whether something is the same as last frame (the
// picture drawn, the accessibility mirror's inputs and lines), never for
// security or for anything stored. A collision (2^-64) would keep the old
// picture or line until the next change.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

namespace dagdeel {

class WordHash {
public:
    void word(std::uint64_t w) {
        h_ ^= w;
        h_ *= 0x9E3779B97F4A7C15ull;
        h_ ^= h_ >> 29;
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
        word(tail ^ (std::uint64_t)size << 56);  // the length: "ab"+"c" differs from "a"+"bc"
    }
    template <class T> void value(const T& v) { bytes(&v, sizeof v); }
    void text(const std::string& s) { bytes(s.data(), s.size()); }
    std::uint64_t get() const { return h_; }

private:
    std::uint64_t h_ = 0x243F6A8885A308D3ull;
};

}  // namespace dagdeel
