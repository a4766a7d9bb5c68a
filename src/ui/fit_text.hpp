// Text that must fit a cell, a tab or a list entry: drawn whole when it fits,
// otherwise cut at the width with "…" and shown whole in a tooltip on hover.
// Either way it is registered for the tests with `clipped` set when cut, so a
// test can assert that nothing is cut at common screen sizes.
#pragma once

namespace dagdeel::ui {

struct FitTextStyle {
    bool disabled = false;        // drawn in the disabled (grey) colour
    bool align_to_frame = false;  // baseline of a framed field on the same row
};

// Draws `text` in at most `width` pixels (width <= 0: the rest of the line).
// Returns true when the text was cut.
bool fit_text(const char* text, float width = 0.0f, FitTextStyle style = {});

// Whether `text` fits in `width` pixels in the current font.
bool text_fits(const char* text, float width);

}  // namespace dagdeel::ui
