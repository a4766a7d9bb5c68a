// What the accessibility mirror sends to the page each frame: only what
// changed since the last message (web/lib/a11y.js keeps the rest).
//
// A node's place is sent relative to the window it is drawn in (its content
// origin: position minus scroll), and each window's origin once, as a CSS
// variable on the mirror's root. Scrolling the programme of a big plan then
// changes one window origin and adds the few rows that came into view,
// instead of moving and re-sending every row (issue 13: < 1 ms per frame).
//
// The message is numbers and a string table, not JSON: the page reads the
// numbers straight from wasm memory and keeps its elements in an array by
// slot (ui/a11y_slots.hpp), so a frame costs it no parsing, no maps by key
// and no pool of leaving elements.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>
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

// The roles by number, as web/lib/a11y.js's ROLES lists them (same order).
#define DAGDEEL_A11Y_ROLES                                                                                   \
    "root", "main", "dialog", "menu", "listbox", "tooltip", "menubar", "tablist", "tabpanel", "grid", "row", \
        "columnheader", "gridcell", "list", "listitem", "group", "button", "combobox", "textbox", "option",  \
        "heading", "status", "text", "tab", "checkbox", "menuitemcheckbox", "menuitem"
unsigned a11y_role_code(const std::string& role);  // "group"'s for a role not in the list

// One message (all numbers are 32-bit words; x and y may be negative):
//   header: [origins, entries, mode, list length, left]
//   origins × [window id, x, y]        windows whose content origin moved
//   entries × kEntryWords, changed nodes in tree order:
//     [slot, parent slot, role, states, x, y, w, h, window, widget id (0: a container),
//      labelled-by widget id (0: none), key, name, value, description (indices into `strings`),
//      fresh (1: a new key at this slot: write everything)]
//     a placed grid row: x 0, y its top, w h 0, its window; a leaf in a placed row:
//     x y relative to the row, window 0.
//   list: mode 1: × [slot, the sibling slot it follows or kNone] (new or re-parented nodes;
//         the others kept their order); mode 2: × [slot], every node in order; mode 0: empty
//   left × [slot]: nodes no longer drawn whose element goes
// `strings`: the message's strings, each followed by a NUL (the page splits them).
struct A11yMessage {
    static constexpr unsigned kEntryWords = 16;
    std::vector<std::uint32_t> words;
    std::string strings;
    bool empty() const { return words.empty(); }
};

// Fills `out` (emptied when the page already shows exactly this). The first
// `count` of `entries` are this frame's nodes (the rest is storage kept for
// later frames); entries[0] is the root.
void a11y_delta_message(const std::vector<A11yEntry>& entries, std::size_t count, A11yMessage& out);

}  // namespace dagdeel::ui
