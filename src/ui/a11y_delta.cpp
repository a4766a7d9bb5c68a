#include "ui/a11y_delta.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>
#include <string_view>
#include <unordered_map>

#include "ui/json_escape.hpp"

namespace dagdeel::ui {
namespace {

// What the page holds: a hash of each node's last line, the shape (a hash of every
// key and parent in order), the window origins.
struct Sent {
    unsigned long long hash = 0;  // of everything in the node's line (FNV-1a)
    unsigned stamp = 0;           // the last frame that drew the node
    unsigned pos = 0;             // its index in that frame's order
    unsigned long long parent = 0;  // a hash of its parent's key then
};
std::unordered_map<std::string, Sent> g_sent;
unsigned g_frame_stamp = 0;
unsigned long long g_sent_shape = 0;
std::string g_sent_origins;

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
        // %.0f rounds half to even, as nearbyint does.
        p = {std::round(e.rect->Min.x) - o.x, std::round(e.rect->Min.y) - o.y - e.anchor_y,
             std::nearbyint(e.rect->GetWidth()), std::nearbyint(e.rect->GetHeight()),
             e.anchor_window ? 0u : e.window->ID};
    } else if (!e.rect && e.window) {
        p.y = e.anchor_y;
        p.window = e.window->ID;
    }
    return p;
}

// What the node's line would say, hashed: a node whose hash is what the page
// was sent is not written out at all (most nodes of a scrolling frame).
struct LineHash {
    unsigned long long h = 1469598103934665603ull;
    void bytes(const void* p, std::size_t n) {
        const unsigned char* b = (const unsigned char*)p;
        for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    }
    void text(const std::string& s) {
        const std::size_t n = s.size();
        bytes(&n, sizeof n);
        bytes(s.data(), n);
    }
};
unsigned long long line_hash(const A11yEntry& e) {
    LineHash f;
    f.text(e.parent); f.text(e.role); f.text(e.name); f.text(e.value); f.text(e.description); f.text(e.labelled_by);
    f.bytes(&e.states, sizeof e.states);
    const Place p = place_of(e);
    f.bytes(&p, sizeof p);
    return f.h;
}

unsigned long long text_hash(const std::string& s) {
    LineHash f;
    f.text(s);
    return f.h;
}

void append_line(std::string& out, const A11yEntry& e) {
    char buf[96];
    out += '[';
    append_json_string(out, e.key); out += ',';
    append_json_string(out, e.parent); out += ',';
    append_json_string(out, e.role); out += ',';
    append_json_string(out, e.name); out += ',';
    append_json_string(out, e.value);
    // Rounded parts that add up to the rounded screen position.
    const Place p = place_of(e);
    std::snprintf(buf, sizeof buf, ",%u,%.0f,%.0f,%.0f,%.0f,", e.states, p.x, p.y, p.w, p.h);
    out += buf;
    append_json_string(out, e.description); out += ',';
    append_json_string(out, e.labelled_by);
    std::snprintf(buf, sizeof buf, ",%u]", p.window);
    out += buf;
}

}  // namespace

std::string a11y_delta_message(const std::vector<A11yEntry>& all, std::size_t count) {
    const A11yEntry* const entries = all.data();
    // Lines are compared in place (no new map per frame); a node not drawn
    // this frame is forgotten when the shape is sent without it.
    ++g_frame_stamp;
    unsigned long long shape = 1469598103934665603ull;
    auto mix = [&shape](const std::string& s) {
        for (unsigned char c : s) shape = (shape ^ c) * 1099511628211ull;
        shape = (shape ^ 0xFF) * 1099511628211ull;
    };
    std::string changed, origins, inserts;
    std::vector<const ImGuiWindow*> windows;
    // When the nodes that stayed under the same parent kept their order (a
    // scroll, a row added), the page is told only where each new or re-parented
    // node goes: after which sibling. It then moves nothing else and reads no
    // full order.
    bool order_kept = true;
    unsigned last_pos = 0;
    bool any_stayed = false;
    static std::unordered_map<std::string_view, std::size_t> last_child;  // parent -> index of its last child so far
    last_child.clear();
    char buf[64];
    for (std::size_t i = 0; i < count; ++i) {
        const A11yEntry& e = entries[i];
        mix(e.key);
        mix(e.parent);
        const unsigned long long hash = line_hash(e), parent = text_hash(e.parent);
        auto [it, is_new] = g_sent.try_emplace(e.key);
        Sent& sent = it->second;
        // A node that is new, or drawn under another parent now (a widget
        // whose id moved to another row), is put in its place by the page.
        const bool moved = !is_new && sent.parent != parent;
        if (is_new || moved) {
            if (!inserts.empty()) inserts += ',';
            inserts += '[';
            append_json_string(inserts, e.key);
            inserts += ',';
            const auto sibling = last_child.find(e.parent);
            append_json_string(inserts, sibling == last_child.end() ? std::string() : entries[sibling->second].key);
            inserts += ']';
        } else {
            if (any_stayed && sent.pos <= last_pos) order_kept = false;
            last_pos = sent.pos;
            any_stayed = true;
        }
        last_child[e.parent] = i;
        sent.stamp = g_frame_stamp;
        sent.pos = static_cast<unsigned>(i);
        sent.parent = parent;
        if (sent.hash != hash) {
            if (!changed.empty()) changed += ',';
            append_line(changed, e);
            sent.hash = hash;
        }
        if (e.window) {
            bool known = false;
            for (const ImGuiWindow* w : windows) known = known || w == e.window;
            if (!known) {
                windows.push_back(e.window);
                const Origin o = origin_of(e.window);
                std::snprintf(buf, sizeof buf, "%s[%u,%.0f,%.0f]", origins.empty() ? "" : ",", e.window->ID, o.x, o.y);
                origins += buf;
            }
        }
    }
    const bool shape_changed = shape != g_sent_shape, origins_changed = origins != g_sent_origins;
    if (!shape_changed && !origins_changed && changed.empty()) return {};
    std::string msg = "{\"e\":[" + changed + "]";
    if (shape_changed) {
        if (order_kept && any_stayed) {
            msg += ",\"n\":[" + inserts;
        } else {
            msg += ",\"o\":[";
            for (std::size_t i = 0; i < count; ++i) {
                if (i) msg += ',';
                append_json_string(msg, entries[i].key);
            }
        }
        // The nodes no longer drawn, by name: the page reuses their elements
        // for the new ones without comparing every key.
        msg += "],\"d\":[";
        bool first = true;
        for (auto it = g_sent.begin(); it != g_sent.end();) {
            if (it->second.stamp == g_frame_stamp) {
                ++it;
                continue;
            }
            if (!first) msg += ',';
            first = false;
            append_json_string(msg, it->first);
            it = g_sent.erase(it);
        }
        msg += ']';
    }
    if (origins_changed) msg += ",\"g\":[" + origins + "]";
    msg += '}';
    g_sent_shape = shape;
    g_sent_origins.swap(origins);
    return msg;
}

}  // namespace dagdeel::ui
