// Rich text with ImGui: runs of text in a font and colour, flowed word by
// word into lines (ImFont::CalcWordWrapPositionA finds where a line breaks),
// so a bold time, a link and plain words share one wrapped paragraph.
// Headings use the heading font (the title a size larger), times and fact
// labels the bold font, lists get bullets with hanging indents.
#include "ui/announcement_preview.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

#include "platform/platform.hpp"
#include "ui/fonts.hpp"

namespace dagdeel::ui {
namespace {

using announce::Block;
using announce::BlockKind;
using announce::Entry;
using announce::Line;

struct Run {
    std::string text;
    std::string href;
    bool bold = false;
    bool muted = false;
};

struct Style {
    float right = 0;  // wrap limit, window-local x
    ImVec4 link;
};

const char* word_end(const char* s, const char* e) {
    while (s < e && *s == ' ') ++s;
    while (s < e && *s != ' ') ++s;
    return s;
}

void emit(const char* s, const char* e, const Run& run, const Style& st) {
    const bool link = !run.href.empty() && is_safe_link(run.href);
    if (link) ImGui::PushStyleColor(ImGuiCol_Text, st.link);
    else if (run.muted) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(s, e);
    if (link || run.muted) ImGui::PopStyleColor();
    if (!link) return;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, b.y - 1), ImVec2(b.x, b.y - 1), ImGui::GetColorU32(st.link));
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s", run.href.c_str());
    }
    if (ImGui::IsItemClicked()) platform::open_link(run.href);
}

// Flows runs from the cursor; wrapped lines start at the current indent.
void flow(const std::vector<Run>& runs, const Style& st) {
    bool same_line = false;  // the next chunk continues the current line
    for (const Run& run : runs) {
        if (run.bold) ImGui::PushFont(bold_font());
        const char* s = run.text.c_str();
        const char* end = s + run.text.size();
        while (s < end) {
            const char* nl = std::find(s, end, '\n');
            if (s == nl) {
                same_line = false;
                ++s;
                continue;
            }
            if (same_line) ImGui::SameLine(0, 0);
            ImFont* font = ImGui::GetFont();
            const float size = ImGui::GetFontSize();
            float avail = st.right - ImGui::GetCursorPosX();
            const char* first = word_end(s, nl);
            if (same_line && font->CalcTextSizeA(size, FLT_MAX, 0, s, first).x > avail) {
                ImGui::NewLine();  // not even one word fits: continue on the next line
                same_line = false;
                while (s < nl && *s == ' ') ++s;
                continue;
            }
            avail = std::max(avail, size);
            const char* wrap = font->CalcWordWrapPositionA(size / font->FontSize, s, nl, avail);
            if (wrap <= s) wrap = first;
            emit(s, wrap, run, st);
            same_line = true;
            s = wrap;
            if (s < nl) {  // wrapped: the rest goes on the next line
                same_line = false;
                while (s < nl && *s == ' ') ++s;
            }
        }
        if (run.bold) ImGui::PopFont();
    }
}

std::vector<Run> runs_of(const Line& line, bool bold = false, bool muted = false) {
    std::vector<Run> out;
    for (const announce::Span& s : line) out.push_back({s.text, s.href, bold, muted});
    return out;
}

// A programme row: the time in bold in a column `time_column` wide (the
// titles line up, as in the HTML page), or a bullet; wrapped lines, notes
// and sessions hang under the title.
void entry(const Entry& e, const Style& st, bool bullet, float time_column = 0) {
    const float indent_before = ImGui::GetCursorPosX();
    if (bullet) ImGui::Bullet();
    float hang = bullet ? ImGui::GetCursorPosX() - indent_before : 0;
    if (!e.time.empty()) {
        ImGui::PushFont(bold_font());
        ImGui::TextUnformatted(e.time.c_str());
        ImGui::PopFont();
        ImGui::SameLine(indent_before + time_column);
        hang = time_column;
    }
    if (hang > 0) ImGui::Indent(hang);
    flow(runs_of(e.line), st);
    for (const Line& note : e.notes) flow(runs_of(note, false, true), st);
    if (!e.children.empty()) {
        ImGui::Indent(12);
        for (const Entry& c : e.children) entry(c, st, true);
        ImGui::Unindent(12);
    }
    if (hang > 0) ImGui::Unindent(hang);
}

void heading(const Line& line, int level, const Style& st) {
    ImGui::Dummy(ImVec2(0, level <= 2 ? 10.0f : 6.0f));
    ImGui::PushFont(level <= 3 ? heading_font() : bold_font());
    if (level == 3) ImGui::SetWindowFontScale(0.85f);
    flow(runs_of(line), st);
    if (level == 3) ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    if (level <= 2) ImGui::Separator();
}

void block(const Block& b, const Style& st) {
    switch (b.kind) {
        case BlockKind::heading: heading(b.line, b.level, st); break;
        case BlockKind::paragraph:
        case BlockKind::lead:
            flow(runs_of(b.line, b.kind == BlockKind::lead), st);
            ImGui::Dummy(ImVec2(0, 6));
            break;
        case BlockKind::small:
            ImGui::Dummy(ImVec2(0, 6));
            flow(runs_of(b.line, false, true), st);
            break;
        case BlockKind::bullets:
        case BlockKind::programme: {
            float time_column = 0;
            ImGui::PushFont(bold_font());
            for (const Entry& e : b.entries)
                time_column = std::max(time_column, ImGui::CalcTextSize(e.time.c_str()).x);
            ImGui::PopFont();
            if (time_column > 0) time_column += 12;
            for (const Entry& e : b.entries) {
                entry(e, st, b.kind == BlockKind::bullets, time_column);
                if (b.kind == BlockKind::programme) ImGui::Dummy(ImVec2(0, 3));
            }
            ImGui::Dummy(ImVec2(0, 4));
            break;
        }
        case BlockKind::facts:
            for (const announce::Fact& f : b.facts) {
                std::vector<Run> runs;
                if (!f.label.empty()) runs.push_back({f.label + ": ", "", true, false});
                for (Run& r : runs_of(f.value)) runs.push_back(std::move(r));
                flow(runs, st);
            }
            ImGui::Dummy(ImVec2(0, 4));
            break;
        case BlockKind::lines:
            for (const Line& l : b.lines) flow(runs_of(l), st);
            ImGui::Dummy(ImVec2(0, 4));
            break;
    }
}

}  // namespace

void draw_announcement_preview(const announce::Outline& o, float width, bool dark_theme) {
    // Lines of a paragraph are separate items: keep them as close as text.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 2.0f));
    Style st;
    st.right = ImGui::GetCursorPosX() + width;
    st.link = dark_theme ? ImVec4(0.55f, 0.76f, 1.0f, 1) : ImVec4(0.04f, 0.30f, 0.55f, 1);
    if (!o.title.empty()) {
        ImGui::PushFont(heading_font());
        ImGui::SetWindowFontScale(1.3f);
        flow({{o.title, "", false, false}}, st);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopFont();
    }
    if (!o.subtitle.empty()) {
        ImGui::PushFont(heading_font());
        ImGui::SetWindowFontScale(0.9f);
        flow({{o.subtitle, "", false, false}}, st);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopFont();
    }
    if (!o.dateline.empty()) flow({{o.dateline, "", true, false}}, st);
    ImGui::Dummy(ImVec2(0, 6));
    for (const Block& b : o.blocks) block(b, st);
    ImGui::PopStyleVar();
}

}  // namespace dagdeel::ui
