#include "ui/text_measure.hpp"

#include <imgui.h>

#include <cstring>
#include <unordered_map>

#include "ui/fonts.hpp"

namespace dagdeel::ui {
namespace {

constexpr std::size_t kMaxEntries = 8192;  // a big plan's visible blocks, many times over

struct Store {
    unsigned generation = ~0u;
    std::unordered_map<std::string, std::string> cut;
    std::unordered_map<std::string, float> wrapped;
};

Store& store() {
    static Store s;
    if (s.generation != fonts_generation() || s.cut.size() + s.wrapped.size() > kMaxEntries) {
        s.cut.clear();
        s.wrapped.clear();
        s.generation = fonts_generation();
    }
    return s;
}

// The text, then the width, font and size as bytes: a different font or
// width is a different entry.
std::string key_of(const std::string& text, float width) {
    const ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    std::string key;
    key.reserve(text.size() + sizeof width + sizeof font + sizeof size);
    key.append(text);
    key.append(reinterpret_cast<const char*>(&width), sizeof width);
    key.append(reinterpret_cast<const char*>(&font), sizeof font);
    key.append(reinterpret_cast<const char*>(&size), sizeof size);
    return key;
}

std::string ellipsized_now(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size()).x <= width) return text;
    const char* ellipsis = "\xe2\x80\xa6";
    const float room = width - ImGui::CalcTextSize(ellipsis).x;
    std::size_t n = text.size();
    while (n > 0) {
        do --n; while (n > 0 && (text[n] & 0xC0) == 0x80);  // whole UTF-8 characters
        if (ImGui::CalcTextSize(text.c_str(), text.c_str() + n).x <= room) break;
    }
    return text.substr(0, n) + ellipsis;
}

float word_wrap_height_now(const std::string& text, float width) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        if (ImGui::CalcTextSize(text.c_str() + start, text.c_str() + end).x > width) return 0.0f;
        start = end + 1;
    }
    return ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size(), false, width).y;
}

}  // namespace

const std::string& ellipsized_cached(const std::string& text, float width) {
    Store& s = store();
    std::string key = key_of(text, width);
    auto it = s.cut.find(key);
    if (it == s.cut.end()) it = s.cut.emplace(std::move(key), ellipsized_now(text, width)).first;
    return it->second;
}

float word_wrap_height_cached(const std::string& text, float width) {
    Store& s = store();
    std::string key = key_of(text, width);
    auto it = s.wrapped.find(key);
    if (it == s.wrapped.end()) it = s.wrapped.emplace(std::move(key), word_wrap_height_now(text, width)).first;
    return it->second;
}

}  // namespace dagdeel::ui
