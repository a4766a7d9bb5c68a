// The announcement tab: the whole plan as organisers publish it, in
// Markdown, plain text or HTML source, Dutch or English, ready to copy.
// Read-only: the text comes from write_announcement and is rebuilt only when
// the document, the format or the language changes.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "io/announcement/announcement.hpp"
#include "platform/platform.hpp"
#include "ui/fonts.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

struct Preview {
    AnnouncementFormat format = AnnouncementFormat::markdown;
    AnnouncementLanguage language = AnnouncementLanguage::nl;
    bool language_chosen = false;  // until then: the document's language
    // The cache: text for (draft, revision, format, language).
    const Draft* draft = nullptr;
    unsigned revision = 0;
    AnnouncementFormat cached_format = AnnouncementFormat::markdown;
    AnnouncementLanguage cached_language = AnnouncementLanguage::nl;
    std::string text;
    int lines = 0;
};
Preview g;

void segmented(const char* label, const char* id, bool on, const char* tooltip, bool* clicked) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    *clicked = ImGui::Button((std::string(label) + "###" + id).c_str());
    if (on) ImGui::PopStyleColor();
    tooltip_for_last_item(tooltip);
}

}  // namespace

void draw_announcement(Draft& draft, UiState& ui) {
    const Document& doc = draft.doc();
    if (g.draft != &draft) {  // another draft: its own language unless chosen
        g.language_chosen = false;
    }
    if (!g.language_chosen) g.language = announcement_language_for(doc);

    // Toolbar: format, language, copy.
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", T("Vorm", "Format"));
    ImGui::SameLine();
    struct FormatChoice { AnnouncementFormat f; const char* label; const char* id; const char* tip_nl; const char* tip_en; };
    static const FormatChoice formats[] = {
        {AnnouncementFormat::markdown, "Markdown", "ann-md", "Voor websites en CMS'en die Markdown lezen", "For websites and CMSs that read Markdown"},
        {AnnouncementFormat::text, nullptr, "ann-txt", "Voor e-mail en nieuwsbrieven", "For e-mail and newsletters"},
        {AnnouncementFormat::html, nullptr, "ann-html", "Een complete webpagina (HTML-bron)", "A complete web page (HTML source)"},
    };
    for (const FormatChoice& f : formats) {
        const char* label = f.label ? f.label
                            : f.f == AnnouncementFormat::text ? T("Platte tekst", "Plain text")
                                                              : T("HTML-bron", "HTML source");
        bool clicked = false;
        segmented(label, f.id, g.format == f.f, T(f.tip_nl, f.tip_en), &clicked);
        if (clicked) g.format = f.f;
        ImGui::SameLine(0, 2);
    }
    ImGui::SameLine(0, 24);
    ImGui::TextDisabled("%s", icons::LANGUAGE);
    ImGui::SameLine();
    bool clicked = false;
    segmented("Nederlands", "ann-nl", g.language == AnnouncementLanguage::nl, T("Aankondiging in het Nederlands", "Announcement in Dutch"), &clicked);
    if (clicked) g.language = AnnouncementLanguage::nl, g.language_chosen = true;
    ImGui::SameLine(0, 2);
    segmented("English", "ann-en", g.language == AnnouncementLanguage::en, T("Aankondiging in het Engels", "Announcement in English"), &clicked);
    if (clicked) g.language = AnnouncementLanguage::en, g.language_chosen = true;

    // Rebuild only when something it depends on changed.
    if (g.draft != &draft || g.revision != draft.revision() || g.cached_format != g.format ||
        g.cached_language != g.language || g.text.empty()) {
        AnnouncementOptions options;
        options.language = g.language;
        g.text = write_announcement(doc, g.format, options);
        g.draft = &draft;
        g.revision = draft.revision();
        g.cached_format = g.format;
        g.cached_language = g.language;
        g.lines = 0;
        for (char c : g.text) g.lines += c == '\n';
    }

    ImGui::SameLine(0, 24);
    if (icon_button(icons::CLIPBOARD, "ann-copy", T("De hele tekst naar het klembord", "The whole text to the clipboard"),
                    T("Kopiëren", "Copy"))) {
        platform::set_clipboard_text(g.text);
        show_toast(ui, T("Gekopieerd", "Copied"));
    }
    ImGui::SameLine();
    ImGui::TextDisabled(T("%d regels", "%d lines"), g.lines + 1);

    if (doc.event.title.empty() && doc.days.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", T("Nog weinig te tonen: vul op het tabblad Bijeenkomst een titel en inleiding in en "
                                   "zet onderdelen in het programma; de aankondiging groeit vanzelf mee.",
                                   "Not much to show yet: give the event a title and intro on the Event tab and add "
                                   "items to the programme; the announcement grows with them."));
    }

    // The text, wrapped to the pane (mail and CMS editors wrap too); read-only.
    ImGui::Spacing();
    ImGui::BeginChild("announcement-text", ImVec2(0, 0), ImGuiChildFlags_Border);
    ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, 760.0f));
    const char* p = g.text.c_str();
    const char* end = p + g.text.size();
    const bool markdown = g.format == AnnouncementFormat::markdown;
    while (p < end) {
        const char* nl = std::find(p, end, '\n');
        if (nl == p) {
            ImGui::Dummy(ImVec2(0, 2));
        } else if (markdown && *p == '#') {
            ImGui::PushFont(heading_font());
            ImGui::TextUnformatted(p, nl);
            ImGui::PopFont();
        } else {
            ImGui::TextUnformatted(p, nl);
        }
        p = nl + 1;
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace dagdeel::ui
