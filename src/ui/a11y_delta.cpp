#include "ui/a11y_delta.hpp"

#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "ui/json_escape.hpp"

namespace dagdeel::ui {
namespace {

// What the page holds: each node's last line, the shape, the window origins.
std::unordered_map<std::string, std::string> g_sent_lines;
std::string g_sent_shape, g_sent_origins;

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
    std::unordered_map<std::string, std::string> lines;
    lines.reserve(entries.size());
    std::string shape, order, changed, origins;
    shape.reserve(entries.size() * 24);
    order.reserve(entries.size() * 16);
    std::vector<const ImGuiWindow*> windows;
    char buf[64];
    for (const A11yEntry& e : entries) {
        shape += e.key; shape += '<'; shape += e.parent; shape += '\n';
        if (!order.empty()) order += ',';
        append_json_string(order, e.key);
        std::string line;
        append_line(line, e);
        auto old = g_sent_lines.find(e.key);
        if (old == g_sent_lines.end() || old->second != line) {
            if (!changed.empty()) changed += ',';
            changed += line;
        }
        lines.emplace(e.key, std::move(line));
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
    if (shape_changed) msg += ",\"o\":[" + order + "]";
    if (origins_changed) msg += ",\"g\":[" + origins + "]";
    msg += '}';
    g_sent_lines.swap(lines);
    g_sent_shape.swap(shape);
    g_sent_origins.swap(origins);
    return msg;
}

}  // namespace dagdeel::ui
