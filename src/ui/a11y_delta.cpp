#include "ui/a11y_delta.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>
#include <unordered_map>

#include "ui/json_escape.hpp"

namespace dagdeel::ui {
namespace {

// What the page holds: each node's last line, the shape (a hash of every
// key and parent in order), the window origins.
struct Sent {
    std::string line;
    unsigned stamp = 0;  // the last frame that drew the node
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

void append_line(std::string& out, const A11yEntry& e) {
    char buf[96];
    out += '[';
    append_json_string(out, e.key); out += ',';
    append_json_string(out, e.parent); out += ',';
    append_json_string(out, e.role); out += ',';
    append_json_string(out, e.name); out += ',';
    append_json_string(out, e.value);
    if (e.rect && e.window) {
        // Rounded parts that add up to the rounded screen position.
        const Origin o = origin_of(e.window);
        std::snprintf(buf, sizeof buf, ",%u,%.0f,%.0f,%.0f,%.0f,", e.states, std::round(e.rect->Min.x) - o.x,
                      std::round(e.rect->Min.y) - o.y, e.rect->GetWidth(), e.rect->GetHeight());
    } else {
        std::snprintf(buf, sizeof buf, ",%u,0,0,0,0,", e.states);
    }
    out += buf;
    append_json_string(out, e.description); out += ',';
    append_json_string(out, e.labelled_by);
    std::snprintf(buf, sizeof buf, ",%u]", e.rect && e.window ? e.window->ID : 0u);
    out += buf;
}

}  // namespace

std::string a11y_delta_message(const std::vector<A11yEntry>& entries) {
    // Lines are compared in place (no new map per frame); a node not drawn
    // this frame is forgotten when the shape is sent without it.
    ++g_frame_stamp;
    unsigned long long shape = 1469598103934665603ull;
    auto mix = [&shape](const std::string& s) {
        for (unsigned char c : s) shape = (shape ^ c) * 1099511628211ull;
        shape = (shape ^ 0xFF) * 1099511628211ull;
    };
    std::string changed, origins, line;
    std::vector<const ImGuiWindow*> windows;
    char buf[64];
    for (const A11yEntry& e : entries) {
        mix(e.key);
        mix(e.parent);
        line.clear();
        append_line(line, e);
        Sent& sent = g_sent[e.key];
        sent.stamp = g_frame_stamp;
        if (sent.line != line) {
            if (!changed.empty()) changed += ',';
            changed += line;
            sent.line = line;
        }
        if (e.rect && e.window) {
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
        msg += ",\"o\":[";
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (i) msg += ',';
            append_json_string(msg, entries[i].key);
        }
        msg += ']';
        for (auto it = g_sent.begin(); it != g_sent.end();)
            it = it->second.stamp == g_frame_stamp ? std::next(it) : g_sent.erase(it);
    }
    if (origins_changed) msg += ",\"g\":[" + origins + "]";
    msg += '}';
    g_sent_shape = shape;
    g_sent_origins.swap(origins);
    return msg;
}

}  // namespace dagdeel::ui
