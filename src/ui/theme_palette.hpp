// The theme's text and surface colours as plain data (0xRRGGBB), apart from
// ImGui, so a unit test can hold every text colour against every surface it
// is drawn on (WCAG 1.4.3: at least 4.5:1). theme.cpp applies them.
#pragma once

namespace dagdeel::ui {

struct Palette {
    unsigned text, text_disabled;   // body text; secondary text (hints, weekday, counts)
    unsigned window_bg, popup_bg, frame_bg, button, tab, table_header_bg, row_alt, menu_bar_bg;
    unsigned accent;                // check marks, focus ring, selection edge
    unsigned clear;                 // behind every window
};

// Surfaces text is drawn on, for the contrast test.
constexpr unsigned Palette::*kTextSurfaces[] = {
    &Palette::window_bg, &Palette::popup_bg, &Palette::frame_bg, &Palette::button,
    &Palette::tab, &Palette::table_header_bg, &Palette::row_alt, &Palette::menu_bar_bg,
};

constexpr Palette kLightPalette{
    0x1F2933, 0x5C6773,
    0xFFFFFF, 0xFFFFFF, 0xF7F8FA, 0xEEF1F4, 0xEEF1F4, 0xF1F3F5, 0xF7F9FA, 0xF4F6F7,
    0x2F7A78, 0xEEF1F3,
};

constexpr Palette kDarkPalette{
    0xE4E7EB, 0xA3ADB8,
    0x23272E, 0x2A2F37, 0x2C323A, 0x323841, 0x2C323A, 0x2A2F37, 0x272C33, 0x1E2228,
    0x5FB8B3, 0x1A1D22,
};

// High contrast (issue 13): white on black, secondary text light grey, a
// yellow accent for focus and selection; every text at least 7:1 (WCAG AAA).
constexpr Palette kHighContrastPalette{
    0xFFFFFF, 0xD6D6D6,
    0x000000, 0x000000, 0x000000, 0x000000, 0x000000, 0x1A1A1A, 0x101010, 0x000000,
    0xFFD400, 0x000000,
};

}  // namespace dagdeel::ui
