#include "ui/a11y_delta.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>
#include <cstdlib>
#include <cstring>

#include "core/word_hash.hpp"
#include "ui/a11y_slots.hpp"

namespace dagdeel::ui {
namespace {

constexpr const char* kRoles[] = {DAGDEEL_A11Y_ROLES};
constexpr unsigned kMultiline = 128;  // Entry::states' bit (a11y_mirror.cpp): a textarea, not an input

// What the page holds: each key's slot and last line (ui/a11y_slots.hpp), the window origins.
A11ySlots g_slots;
std::vector<std::uint32_t> g_sent_origins;
unsigned g_messages = 0;

struct Origin {
    float x, y;
};
Origin origin_of(const ImGuiWindow* w) {
    return {std::round(w->Pos.x - w->Scroll.x), std::round(w->Pos.y - w->Scroll.y)};
}

// Where the page puts a node: relative to a window's content origin, or to
// its placed row (window 0). Whole pixels, as sent.
struct Place {
    float x = 0, y = 0, w = 0, h = 0;
    unsigned window = 0;
};
Place place_of(const A11yEntry& e) {
    Place p;
    if (e.rect && (e.anchor_window || e.window)) {
        const Origin o = origin_of(e.anchor_window ? e.anchor_window : e.window);
        p = {std::round(e.rect->Min.x) - o.x, std::round(e.rect->Min.y) - o.y - e.anchor_y,
             std::nearbyint(e.rect->GetWidth()), std::nearbyint(e.rect->GetHeight()),
             e.anchor_window ? 0u : e.window->ID};
    } else if (!e.rect && e.window) {
        p.y = e.anchor_y;
        p.window = e.window->ID;
    }
    return p;
}

bool is_widget_key(const std::string& key) { return key.size() > 1 && key[0] == 'w' && key[1] >= '0' && key[1] <= '9'; }
unsigned widget_id_of(const std::string& key) {
    return is_widget_key(key) ? (unsigned)std::strtoul(key.c_str() + 1, nullptr, 10) : 0u;
}

// What a node's element can become: same role and tag, a widget's or a
// container's, and a grid cell keeps its column ("cell:table:row:column"):
// a row without a room cell must not give its duration cell to a room cell.
unsigned kind_of(const A11yEntry& e, unsigned role) {
    unsigned kind = role | ((e.states & kMultiline) ? 1u << 6 : 0u) | (is_widget_key(e.key) ? 1u << 7 : 0u);
    if (e.key.compare(0, 5, "cell:") == 0) kind |= ((unsigned)std::atoi(e.key.c_str() + e.key.rfind(':') + 1) + 1) << 8;
    return kind;
}

// What the node's line would say, hashed: a node whose hash is what the page
// was sent is not written out at all (most nodes of a scrolling frame).
// The key is not in it: a container handed on to a new key (a row's cells as
// the row scrolls in) whose line is the same shows the same thing, and the
// key is only kept for debugging. A widget's id is (its element's id).
unsigned long long line_hash(const A11yEntry& e, unsigned parent_slot) {
    WordHash f;
    f.bytes(&parent_slot, sizeof parent_slot);
    const unsigned widget = widget_id_of(e.key);
    f.bytes(&widget, sizeof widget);
    f.text(e.role); f.text(e.name); f.text(e.value); f.text(e.description); f.text(e.labelled_by);
    f.bytes(&e.states, sizeof e.states);
    const Place p = place_of(e);
    f.bytes(&p, sizeof p);
    return f.get();
}

// Strings go into one table, each followed by a NUL (a NUL inside one is dropped).
std::uint32_t add_string(A11yMessage& m, std::uint32_t& count, const std::string& s) {
    if (s.find('\0') == std::string::npos) m.strings += s;
    else for (char c : s) if (c) m.strings += c;
    m.strings += '\0';
    return count++;
}

void append_entry(std::vector<std::uint32_t>& out, A11yMessage& m, std::uint32_t& strings, const A11yEntry& e,
                  unsigned slot, unsigned parent_slot, unsigned role, bool fresh) {
    const Place p = place_of(e);
    const std::uint32_t line[A11yMessage::kEntryWords] = {
        slot, parent_slot, role, e.states,
        (std::uint32_t)(std::int32_t)p.x, (std::uint32_t)(std::int32_t)p.y, (std::uint32_t)p.w, (std::uint32_t)p.h,
        p.window, widget_id_of(e.key), widget_id_of(e.labelled_by),
        add_string(m, strings, e.key), add_string(m, strings, e.name), add_string(m, strings, e.value),
        add_string(m, strings, e.description), fresh ? 1u : 0u};
    out.insert(out.end(), line, line + A11yMessage::kEntryWords);
}

}  // namespace

unsigned a11y_role_code(const std::string& role) {
    // Asked for every node of every built frame: lengths are compared first.
    static const std::vector<std::string_view> roles(std::begin(kRoles), std::end(kRoles));
    static const unsigned group = (unsigned)(std::find(roles.begin(), roles.end(), "group") - roles.begin());
    const std::string_view r = role;
    for (unsigned i = 0; i < roles.size(); ++i)
        if (roles[i].size() == r.size() && roles[i] == r) return i;
    return group;
}

void a11y_delta_message(const std::vector<A11yEntry>& all, std::size_t count, A11yMessage& out) {
    const A11yEntry* const entries = all.data();
    ++g_messages;
    static std::vector<A11ySlots::Node> nodes;
    static std::vector<unsigned> roles;
    nodes.resize(count);
    roles.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        roles[i] = a11y_role_code(entries[i].role);
        nodes[i] = {entries[i].key, entries[i].parent, kind_of(entries[i], roles[i])};
    }
    g_slots.assign(nodes);

    static std::vector<std::uint32_t> changed, list, order, origins;
    changed.clear(); list.clear(); order.clear(); origins.clear();
    out.strings.clear();
    std::uint32_t strings = 0;
    std::vector<const ImGuiWindow*> windows;
    // When the nodes that stayed under each parent kept their order (a
    // scroll, a row added), the page is told only where each new or
    // re-parented node goes: after which sibling. It then moves nothing else
    // and reads no full order. The order is per parent element: the widgets of
    // a row handed on to the row that scrolled in stay in their row's element.
    bool order_kept = true, any_stayed = false;
    struct Children {
        unsigned last = 0, last_stamp = 0;      // the last child so far in this frame
        unsigned last_pos = 0, pos_stamp = 0;   // the last stayed child's place in the previous frame
    };
    static std::vector<Children> children;  // by parent slot
    static std::vector<unsigned> moved;      // by slot: the message that put its element somewhere
    for (std::size_t i = 0; i < count; ++i) {
        const A11yEntry& e = entries[i];
        A11ySlots::State& sent = *g_slots.state[i];
        const unsigned parent = g_slots.parent_slot[i];
        const bool fresh = g_slots.fresh[i] != A11ySlots::kKept;
        Children* siblings = nullptr;
        if (parent != A11ySlots::kNone) {
            if (parent >= children.size()) children.resize(parent + 64);
            siblings = &children[parent];
        }
        const unsigned prev = siblings && siblings->last_stamp == g_messages ? siblings->last : A11ySlots::kNone;
        // A handed-on element already under its parent after the same sibling,
        // which itself stays put, is where it belongs (the cells of a row that
        // scrolled in): the page need not touch it.
        const bool in_place = g_slots.fresh[i] == A11ySlots::kHandedOn && sent.parent_slot == parent &&
                              sent.prev == prev && (prev == A11ySlots::kNone || prev >= moved.size() || moved[prev] != g_messages);
        if ((fresh && !in_place) || sent.parent_slot != parent) {
            list.push_back(sent.slot);
            list.push_back(prev);
            if (sent.slot >= moved.size()) moved.resize(sent.slot + 64, 0);
            moved[sent.slot] = g_messages;
        } else if (siblings && !fresh) {
            if (siblings->pos_stamp == g_messages && sent.pos <= siblings->last_pos) order_kept = false;
            siblings->last_pos = sent.pos;
            siblings->pos_stamp = g_messages;
            any_stayed = true;
        }
        order.push_back(sent.slot);
        if (siblings) {
            siblings->last = sent.slot;
            siblings->last_stamp = g_messages;
        }
        sent.pos = static_cast<unsigned>(i);
        sent.parent_slot = parent;
        sent.prev = prev;
        const unsigned long long hash = line_hash(e, parent);
        // A handed-on element whose line is unchanged is left as it is.
        if (g_slots.fresh[i] == A11ySlots::kNewElement || sent.hash != hash) {
            append_entry(changed, out, strings, e, sent.slot, parent, roles[i], fresh);
            sent.hash = hash;
        }
        if (e.window) {
            bool known = false;
            for (const ImGuiWindow* w : windows) known = known || w == e.window;
            if (!known) {
                windows.push_back(e.window);
                const Origin o = origin_of(e.window);
                origins.insert(origins.end(), {e.window->ID, (std::uint32_t)(std::int32_t)o.x, (std::uint32_t)(std::int32_t)o.y});
            }
        }
    }
    const bool shape_changed = !list.empty() || !g_slots.left.empty() || !order_kept;
    const bool origins_changed = origins != g_sent_origins;
    out.words.clear();
    if (!shape_changed && !origins_changed && changed.empty()) {
        out.strings.clear();
        return;
    }
    const unsigned mode = !shape_changed ? 0 : (order_kept && any_stayed) ? 1 : 2;
    const std::vector<std::uint32_t>& sent_list = mode == 1 ? list : order;
    const std::size_t list_length = mode == 0 ? 0 : mode == 1 ? list.size() / 2 : order.size();
    const std::uint32_t sent_origins = origins_changed ? (std::uint32_t)(origins.size() / 3) : 0;
    out.words.insert(out.words.end(), {sent_origins, (std::uint32_t)(changed.size() / A11yMessage::kEntryWords), mode,
                                       (std::uint32_t)list_length, (std::uint32_t)g_slots.left.size()});
    if (origins_changed) out.words.insert(out.words.end(), origins.begin(), origins.end());
    out.words.insert(out.words.end(), changed.begin(), changed.end());
    if (mode != 0) out.words.insert(out.words.end(), sent_list.begin(), sent_list.end());
    out.words.insert(out.words.end(), g_slots.left.begin(), g_slots.left.end());
    g_sent_origins.swap(origins);
}

}  // namespace dagdeel::ui
