#include "ui/timeline_parts.hpp"
#include "ui/text_measure.hpp"

#include <algorithm>
#include <cmath>

#include "ui/document_access.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui::timeline {

// [SECTION] Columns and blocks ---------------------------------------------------------





bool spans_all(const Item& item) {
    return item.all_rooms || item.kind == ItemKind::break_ || item.kind == ItemKind::lunch;
}

std::vector<Column> visible_columns(const Document& doc, const UiState& ui) {
    auto hidden = [&](const std::string& id) {
        return std::find(ui.timeline_hidden_rooms.begin(), ui.timeline_hidden_rooms.end(), id) !=
               ui.timeline_hidden_rooms.end();
    };
    std::vector<Column> cols;
    if (!hidden("")) cols.push_back({"", T("Plenair", "Main room"), 0});
    for (const Room& r : doc.rooms)
        if (!hidden(r.id)) cols.push_back({r.id, r.name.empty() ? r.id : r.name, r.capacity});
    return cols;
}

int column_of(const std::vector<Column>& cols, const Document& doc, const std::string& room_id) {
    // An unknown room id shows in the main room (validation reports it).
    const std::string key = find_room(doc, room_id) ? room_id : std::string();
    for (std::size_t i = 0; i < cols.size(); ++i)
        if (cols[i].room_id == key) return (int)i;
    return -1;  // hidden
}

std::vector<Block> layout_blocks(const Document& doc, const Day& day, const std::vector<Column>& cols) {
    std::vector<Block> blocks;
    for (const Item& item : day.items) {
        if (spans_all(item)) {
            if (!cols.empty()) blocks.push_back({&item, nullptr, 0, 0, 1, true});
            continue;
        }
        if (item.kind == ItemKind::round && !item.sessions.empty()) {
            std::vector<int> per_column(cols.size(), 0);
            const std::size_t band = blocks.size();
            blocks.push_back({&item, nullptr, 0, 0, 1, false, true, 1});
            int lo = (int)cols.size(), hi = -1;
            for (const Session& s : item.sessions) {
                const int c = column_of(cols, doc, s.room_id);
                if (c < 0) continue;
                lo = std::min(lo, c), hi = std::max(hi, c);
                blocks.push_back({&item, &s, c, per_column[c]++, 1, false});
            }
            for (std::size_t i = band + 1; i < blocks.size(); ++i) blocks[i].lanes = per_column[blocks[i].column];
            if (hi < 0) {
                blocks.erase(blocks.begin() + (long)band);  // every session's room is hidden
                continue;
            }
            blocks[band].column = lo;
            blocks[band].band_columns = hi - lo + 1;
            continue;
        }
        const int c = column_of(cols, doc, item.room_id);
        if (c >= 0) blocks.push_back({&item, nullptr, c, 0, 1, false});
    }
    return blocks;
}

// [SECTION] Colours ---------------------------------------------------------------------

ImVec4 mix(ImVec4 a, ImVec4 b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

ImVec4 hex(unsigned h) { return ImVec4(((h >> 16) & 0xFF) / 255.f, ((h >> 8) & 0xFF) / 255.f, (h & 0xFF) / 255.f, 1); }

// A muted hue per kind of item; mixed with the window background so the same
// hue reads as a soft tint on white and on the dark theme's slate.
ImVec4 kind_hue(ItemKind k) {
    switch (k) {
        case ItemKind::walk_in: case ItemKind::welcome: case ItemKind::closing: return hex(0x5B7FA6);
        case ItemKind::drinks: return hex(0xB0708A);
        case ItemKind::talk: case ItemKind::presentation: return hex(0x2F8A86);
        case ItemKind::workshop: case ItemKind::round: return hex(0x7C68B0);
        case ItemKind::discussion: return hex(0xC08A3E);
        case ItemKind::break_: case ItemKind::lunch: return hex(0x9A8F7E);
        case ItemKind::other: return hex(0x7B8794);
    }
    return hex(0x7B8794);
}

bool dark_theme() {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return bg.x + bg.y + bg.z < 1.5f;
}



BlockColours colours_for(ItemKind k, bool dim) {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const ImVec4 hue = kind_hue(k);
    const bool dark = dark_theme();
    ImVec4 fill = mix(bg, hue, dark ? 0.30f : 0.16f);
    ImVec4 edge = mix(bg, hue, dark ? 0.55f : 0.45f);
    ImVec4 bar = mix(bg, hue, dark ? 0.85f : 0.9f);
    const float a = dim ? 0.45f : 1.0f;
    fill.w = edge.w = bar.w = a;
    return {ImGui::ColorConvertFloat4ToU32(fill), ImGui::ColorConvertFloat4ToU32(edge),
            ImGui::ColorConvertFloat4ToU32(bar)};
}

ImU32 accent(float alpha) {
    ImVec4 c = ImGui::GetStyleColorVec4(ImGuiCol_CheckMark);
    c.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

ImU32 conflict_colour() { return dark_theme() ? IM_COL32(232, 104, 92, 255) : IM_COL32(200, 52, 40, 255); }

std::string block_name(const Block& b) {
    const std::string& t = b.session ? b.session->title : b.item->title;
    return t.empty() ? std::string(kind_name(b.item->kind)) : t;
}

// [SECTION] Drawing -----------------------------------------------------------------------



void add_text_clipped(ImDrawList* dl, ImVec2 pos, ImU32 col, const std::string& text, const ImVec4& clip,
                      float wrap) {
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, col, text.c_str(), text.c_str() + text.size(), wrap,
                &clip);
}

std::string ellipsized(const std::string& text, float width) { return ellipsized_cached(text, width); }

ImRect block_rect(const Grid& g, const Block& b, int ncols, Minutes start, Minutes duration, int column) {
    if (b.band) {
        const float x0 = g.x(column), y0 = g.y(start);
        return ImRect(x0 + 3, y0 + 1, x0 + g.column_width * b.band_columns - 3, y0 + kBand - 1);
    }
    const float x0 = b.spans ? g.x(0) : g.x(column) + (g.column_width / b.lanes) * b.lane;
    const float w = b.spans ? g.column_width * ncols : g.column_width / b.lanes;
    // A round's sessions sit under its title band; a session that starts
    // later than its round starts lower.
    const Minutes delay = b.session ? std::clamp(b.session->delay, 0, std::max(duration, 0)) : 0;
    const float y0 = g.y(start + delay) + (b.session ? kBand : 0.0f);
    const float y1 = std::max(g.y(start + std::max(duration, 0)), y0 + 6.0f);
    return ImRect(x0 + 3, y0 + 1, x0 + w - 3, y1 - 1);
}

void draw_block_body(ImDrawList* dl, const std::string& people, const Block& b, const ImRect& r, bool selected,
                     bool conflict, bool dim, Minutes start, Minutes duration) {
    const Item& item = *b.item;
    const Status status = b.session ? b.session->status : item.status;
    const BlockColours c = colours_for(item.kind, dim || status == Status::cancelled);
    dl->AddRectFilled(r.Min, r.Max, c.fill, 5.0f);
    dl->AddRectFilled(r.Min, ImVec2(r.Min.x + 4, r.Max.y), c.bar, 5.0f, ImDrawFlags_RoundCornersLeft);
    if (conflict) dl->AddRect(r.Min, r.Max, conflict_colour(), 5.0f, 0, 2.0f);
    else if (selected) dl->AddRect(r.Min, r.Max, accent(), 5.0f, 0, 2.0f);
    else dl->AddRect(r.Min, r.Max, c.edge, 5.0f);

    const ImVec4 clip(r.Min.x + 6, r.Min.y + 1, r.Max.x - 4, r.Max.y - 1);
    const ImU32 text = ImGui::GetColorU32(status == Status::cancelled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float line = ImGui::GetTextLineHeight();
    if (b.band) {  // the round's title across its sessions, with its time
        const std::string band = std::string(icons::ROUND) + "  " + hhmm(start) + "\xe2\x80\x93" +
                                  hhmm(start + duration) + "  " + block_name(b);
        add_text_clipped(dl, ImVec2(r.Min.x + 10, r.Min.y + (r.GetHeight() - line) * 0.5f), text,
                         ellipsized_cached(band, r.GetWidth() - 16), clip);
        return;
    }
    float y = r.Min.y + 4;
    const Minutes delay = b.session ? std::clamp(b.session->delay, 0, std::max(duration, 0)) : 0;
    std::string head = std::string(kind_icon(item.kind)) + "  " + hhmm(start + delay) + "\xe2\x80\x93" + hhmm(start + duration);
    if (delay > 0) head += "  (+" + std::to_string(delay) + " min)";
    if (item.pinned) head += std::string("  ") + icons::PIN;
    if (status == Status::tentative) head += std::string("  ") + icons::TENTATIVE;
    if (conflict) head += std::string("  ") + icons::WARNING;
    if (r.GetHeight() < line * 2.0f + 8.0f) {  // a short block: one line, time and title
        // The title first (the time is in the tooltip and the gutter), cut with "…".
        add_text_clipped(dl, ImVec2(r.Min.x + 10, r.Min.y + (r.GetHeight() - line) * 0.5f), text,
                         ellipsized_cached(block_name(b) + "  " + hhmm(start), r.GetWidth() - 16), clip);
        return;
    }
    add_text_clipped(dl, ImVec2(r.Min.x + 10, y), muted, ellipsized_cached(head, r.GetWidth() - 16), clip);
    y += line + 2;
    // Wrap at word boundaries when every word fits; otherwise one line cut
    // with "…" (ImGui would break inside a word). The tooltip has it whole.
    const std::string title = block_name(b);
    const float width = r.GetWidth() - 16;
    const float wrapped_height = word_wrap_height_cached(title, width);
    const float wrap = wrapped_height > 0 ? width : 0.0f;
    add_text_clipped(dl, ImVec2(r.Min.x + 10, y), text, wrap > 0 ? title : ellipsized_cached(title, width), clip, wrap);
    y += (wrap > 0 ? wrapped_height : line) + 2;
    if (!people.empty() && y + line <= r.Max.y)
        add_text_clipped(dl, ImVec2(r.Min.x + 10, y), muted, std::string(icons::PERSON) + "  " + people, clip, wrap);
}

// Findings about overlaps mark their items (and sessions) in red.
std::unordered_set<std::string> conflicts(Draft& draft, const std::string& day_id) {
    std::unordered_set<std::string> keys;
    for (const Finding& f : draft.findings()) {
        if (f.day_id != day_id || f.item_id.empty()) continue;
        if (f.code != "room_overlap" && f.code != "person_overlap" && f.code != "pinned_overlap") continue;
        keys.insert(f.item_id + "|" + f.session_id);
    }
    return keys;
}

bool in_conflict(const std::unordered_set<std::string>& keys, const Block& b) {
    if (keys.count(b.item->id + "|")) return true;
    return b.session && keys.count(b.item->id + "|" + b.session->id);
}

void draw_empty_day(const Day& day) {
    ImGui::Dummy(ImVec2(0, 30));
    ImGui::TextDisabled("%s", icons::TIMELINE);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", day.items.empty()
        ? T("Deze dag heeft nog geen onderdelen. Voeg ze toe op het tabblad Programma; hier zie je ze dan per zaal.",
            "This day has no items yet. Add them on the Programme tab; they then appear here per room.")
        : T("Alle zalen zijn verborgen. Kies Zalen hierboven om er weer te tonen.",
            "All rooms are hidden. Use Rooms above to show them again."));
}


void draw_sticky_headers(const std::vector<Column>& cols, const Grid& g, ImVec2 top_left, float body_w,
                         float scroll_x) {
    // Sticky headers, drawn with this frame's scroll offsets.
    ImDrawList* outer = ImGui::GetWindowDrawList();
    const ImU32 head_bg = ImGui::GetColorU32(ImGuiCol_TableHeaderBg);
    const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImVec2 strip_min(top_left.x + kGutter, top_left.y), strip_max(top_left.x + kGutter + body_w, top_left.y + kHeader - 2);
    outer->AddRectFilled(ImVec2(top_left.x, top_left.y), strip_max, head_bg, 5.0f, ImDrawFlags_RoundCornersTop);
    outer->PushClipRect(strip_min, strip_max, true);
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const float x = strip_min.x + c * g.column_width - scroll_x;
        if (x + g.column_width < strip_min.x || x > strip_max.x) continue;
        std::string name = (c == 0 && cols[c].room_id.empty() ? std::string(dagdeel::icons::VENUE) : std::string(dagdeel::icons::ROOM)) +
                           "  " + cols[c].name;
        const ImVec4 clip(x + 4, strip_min.y, x + g.column_width - 4, strip_max.y);
        add_text_clipped(outer, ImVec2(x + 10, strip_min.y + (kHeader - 2 - ImGui::GetTextLineHeight()) * 0.5f), text,
                         name, clip);
        if (cols[c].capacity > 0) {
            const std::string cap = std::string(dagdeel::icons::PEOPLE) + " " + std::to_string(cols[c].capacity);
            const float w = ImGui::CalcTextSize(cap.c_str()).x;
            if (ImGui::CalcTextSize(name.c_str()).x + w + 30 < g.column_width)
                add_text_clipped(outer, ImVec2(x + g.column_width - w - 10,
                                               strip_min.y + (kHeader - 2 - ImGui::GetTextLineHeight()) * 0.5f),
                                 muted, cap, clip);
        }
        if (c > 0) outer->AddLine(ImVec2(x, strip_min.y + 6), ImVec2(x, strip_max.y - 6), border);
    }
    outer->PopClipRect();
    outer->AddLine(ImVec2(top_left.x, strip_max.y), strip_max, border);
}

void draw_hour_labels(const Grid& g, ImVec2 top_left, float body_h, float scroll_y) {
    ImDrawList* outer = ImGui::GetWindowDrawList();
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    // Hour labels in the gutter.
    const ImVec2 gut_min(top_left.x, top_left.y + kHeader), gut_max(top_left.x + kGutter - 4, top_left.y + kHeader + body_h);
    outer->PushClipRect(gut_min, gut_max, true);
    const float line = ImGui::GetTextLineHeight();
    for (Minutes m = g.from; m <= g.to; m += 60) {
        const float y = gut_min.y + kTopPad + (m - g.from) * g.ppm - scroll_y;
        if (y < gut_min.y - line || y > gut_max.y + line) continue;
        const std::string label = hhmm(m);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        outer->AddText(ImVec2(gut_max.x - w - 6, y - line * 0.5f), muted, label.c_str());
    }
    outer->PopClipRect();
}

}  // namespace dagdeel::ui::timeline
