// WCAG 2.1 1.4.3 (Contrast, minimum): every text colour of the light and dark
// theme against every surface it is drawn on, computed with WCAG's relative
// luminance formula, at least 4.5:1 (issue 13). The palette is plain data
// (src/ui/theme_palette.hpp), the one the app's theme applies.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <ios>
#include <string>

#include "ui/theme_palette.hpp"

using namespace dagdeel::ui;

namespace {

double channel(unsigned v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(unsigned rgb) {
    return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
}

double contrast(unsigned a, unsigned b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void check_palette(const Palette& p, const char* name) {
    for (auto surface : kTextSurfaces) {
        INFO(name << " surface #" << std::hex << p.*surface);
        CHECK(contrast(p.text, p.*surface) >= 4.5);
        CHECK(contrast(p.text_disabled, p.*surface) >= 4.5);
    }
    // Non-text contrast (1.4.11): the focus ring and check marks against the window, 3:1.
    CHECK(contrast(p.accent, p.window_bg) >= 3.0);
}

}  // namespace

TEST_CASE("the formula: black on white is 21:1, a colour on itself 1:1") {
    CHECK(contrast(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
    CHECK(contrast(0x777777, 0x777777) == doctest::Approx(1.0));
    CHECK(contrast(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.01));  // the known AA grey
}

TEST_CASE("light theme: text and secondary text >= 4.5:1 on every surface") { check_palette(kLightPalette, "light"); }
TEST_CASE("dark theme: text and secondary text >= 4.5:1 on every surface") { check_palette(kDarkPalette, "dark"); }

TEST_CASE("high-contrast theme: every text >= 7:1 (WCAG AAA) on every surface, focus >= 7:1") {
    const Palette& p = kHighContrastPalette;
    for (auto surface : kTextSurfaces) {
        INFO("surface #" << std::hex << p.*surface);
        CHECK(contrast(p.text, p.*surface) >= 7.0);
        CHECK(contrast(p.text_disabled, p.*surface) >= 7.0);
    }
    CHECK(contrast(p.accent, p.window_bg) >= 7.0);
    CHECK(contrast(p.text, 0x4D4000) >= 7.0);  // white on the selected row / active tab (theme.cpp)
}
