// What the accessibility mirror sends to the page each frame: only what
// changed since the last message (web/lib/a11y.js keeps the rest).
//
// A node's place is sent relative to the window it is drawn in (its content
// origin: position minus scroll), and each window's origin once, as a CSS
// variable on the mirror's root. Scrolling the programme of a big plan then
// changes one window origin and adds the few rows that came into view,
// instead of moving and re-sending every row (issue 13: < 1 ms per frame).
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

namespace dagdeel::ui {

struct A11yEntry {
    std::string key, parent, role, name, value, description, labelled_by;
    unsigned states = 0;
    const ImRect* rect = nullptr;          // leaves only
    const ImGuiWindow* window = nullptr;   // the window the leaf is drawn in, or a placed row's
    // A grid row is placed at its top (anchor_y, relative to `window`'s content
    // origin) and its leaves relative to it: a row that scrolled out and is
    // re-keyed to the row that scrolled in moves once, its cells not at all.
    // Leaves in a row: the row's window and top (their place is sent relative
    // to the row, with window 0); a row: rect is null, window and anchor_y set.
    const ImGuiWindow* anchor_window = nullptr;
    float anchor_y = 0;
};

// The message for the page, or "" when the page already shows exactly this:
// {"o":[keys in order] or, when the nodes that stayed kept their parents and order,
//  "n":[[new key, the sibling it follows or ""], ...], and "d":[keys no longer drawn]
//  (when the tree's shape changed),
//  "e":[[key, parent, role, name, value, states, x, y, w, h, description, labelledBy, window], ...] (changed nodes;
//   a placed grid row: x 0, y its top, w h 0, its window; a leaf in a placed row: x y relative to the row, window 0),
//  "g":[[window, x, y], ...] (when a window's content origin moved)}
// The first `count` of `entries` are this frame's nodes (the rest is storage kept for later frames).
std::string a11y_delta_message(const std::vector<A11yEntry>& entries, std::size_t count);

}  // namespace dagdeel::ui
