// The announcement tab: the whole plan as organisers publish it, rendered
// as readers will see it (headings, bold times, bullets, links; drawn from
// the same outline as every export), or as its Markdown, plain-text or HTML
// source one click away; Dutch or English, ready to copy. Copy of the
// rendered view puts rich text (text/html) and plain text on the clipboard
// together; copy of a source view copies that source as text.
// Read-only: everything is rebuilt only when the document, the view or the
// language changes.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include "io/announcement/announcement.hpp"
#include "io/announcement/announcement_outline.hpp"
#include "platform/platform.hpp"
#include "ui/announcement_preview.hpp"
#include "ui/fonts.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

struct Preview {
    bool rendered = true;  // the rendered view; otherwise the source in `format`
    bool cached_rendered = true;
    AnnouncementPart part = AnnouncementPart::whole;  // what to show and copy
    AnnouncementPart cached_part = AnnouncementPart::whole;
    std::string cached_item_id;
    announce::Outline outline;
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
Preview g_announcement_preview;

void segmented(const char* label, const char* id, bool on, const char* tooltip, bool* clicked) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    *clicked = ImGui::Button((std::string(label) + "###" + id).c_str());
    if (on) ImGui::PopStyleColor();
    tooltip_for_last_item(tooltip);
}

// First row: the view (rendered or a source format) and the language.
void draw_view_and_language_row() {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", T("Vorm", "Format"));
    ImGui::SameLine();
    {
        bool clicked_rendered = false;
        segmented(T("Opgemaakt", "Formatted"), "ann-rendered", g_announcement_preview.rendered,
                  T("Zoals lezers het zien; Kopiëren geeft opmaak voor e-mail, Word en websites",
                    "As readers see it; Copy gives formatting for e-mail, Word and websites"),
                  &clicked_rendered);
        if (clicked_rendered) g_announcement_preview.rendered = true;
        ImGui::SameLine(0, 2);
    }
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
        segmented(label, f.id, !g_announcement_preview.rendered && g_announcement_preview.format == f.f, T(f.tip_nl, f.tip_en), &clicked);
        if (clicked) g_announcement_preview.format = f.f, g_announcement_preview.rendered = false;
        ImGui::SameLine(0, 2);
    }
    ImGui::SameLine(0, 24);
    ImGui::TextDisabled("%s", icons::LANGUAGE);
    ImGui::SameLine();
    bool clicked = false;
    segmented("Nederlands", "ann-nl", g_announcement_preview.language == AnnouncementLanguage::nl, T("Aankondiging in het Nederlands", "Announcement in Dutch"), &clicked);
    if (clicked) g_announcement_preview.language = AnnouncementLanguage::nl, g_announcement_preview.language_chosen = true;
    ImGui::SameLine(0, 2);
    segmented("English", "ann-en", g_announcement_preview.language == AnnouncementLanguage::en, T("Aankondiging in het Engels", "Announcement in English"), &clicked);
    if (clicked) g_announcement_preview.language = AnnouncementLanguage::en, g_announcement_preview.language_chosen = true;
}

// Second row: how much of the plan (a newsletter wants the programme only, a
// mail about one workshop a single item or round).
void draw_part_row() {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", T("Wat", "What"));
    ImGui::SameLine();
    struct PartChoice { AnnouncementPart part; const char* nl; const char* en; const char* id; const char* tip_nl; const char* tip_en; };
    static const PartChoice parts[] = {
        {AnnouncementPart::whole, "Hele aankondiging", "Whole announcement", "ann-whole", "Alles: inleiding, programma, praktisch, contact",
         "Everything: intro, programme, practical information, contact"},
        {AnnouncementPart::programme, "Alleen programma", "Programme only", "ann-programme", "Titel, datum en programma: voor een nieuwsbrief",
         "Title, date and programme: for a newsletter"},
        {AnnouncementPart::item, "Geselecteerd onderdeel", "Selected item", "ann-item",
         "Het onderdeel dat in het programma geselecteerd is (een ronde met al haar sessies)",
         "The item selected in the programme (a round with all its sessions)"},
    };
    for (const PartChoice& c : parts) {
        bool clicked_part = false;
        segmented(T(c.nl, c.en), c.id, g_announcement_preview.part == c.part, T(c.tip_nl, c.tip_en), &clicked_part);
        if (clicked_part) g_announcement_preview.part = c.part;
        if (&c != &parts[std::size(parts) - 1]) ImGui::SameLine(0, 2);
    }
}

// Rebuilds the outline and text only when something they depend on changed.
void rebuild_if_needed(const Draft& draft, const Document& doc, const std::string& item_id) {
    if (g_announcement_preview.draft != &draft || g_announcement_preview.revision != draft.revision() || g_announcement_preview.cached_format != g_announcement_preview.format ||
        g_announcement_preview.cached_language != g_announcement_preview.language || g_announcement_preview.cached_rendered != g_announcement_preview.rendered || g_announcement_preview.cached_part != g_announcement_preview.part ||
        g_announcement_preview.cached_item_id != item_id) {
        AnnouncementOptions options;
        options.language = g_announcement_preview.language;
        options.part = g_announcement_preview.part;
        options.item_id = item_id;
        g_announcement_preview.cached_part = g_announcement_preview.part;
        g_announcement_preview.cached_item_id = item_id;
        g_announcement_preview.outline = announce::outline_for_document(doc, options);
        g_announcement_preview.text = g_announcement_preview.rendered ? announce::render_text(g_announcement_preview.outline) : write_announcement(doc, g_announcement_preview.format, options);
        g_announcement_preview.cached_rendered = g_announcement_preview.rendered;
        g_announcement_preview.draft = &draft;
        g_announcement_preview.revision = draft.revision();
        g_announcement_preview.cached_format = g_announcement_preview.format;
        g_announcement_preview.cached_language = g_announcement_preview.language;
        g_announcement_preview.lines = 0;
        for (char c : g_announcement_preview.text) g_announcement_preview.lines += c == '\n';
    }
}

void draw_copy_button(UiState& ui) {
    ImGui::SameLine(0, 24);
    if (icon_button(icons::CLIPBOARD, "ann-copy", T("De getoonde tekst naar het klembord", "The text shown to the clipboard"),
                    T("Kopiëren", "Copy"))) {
        if (g_announcement_preview.rendered) {
            platform::copy_rich_text(announce::render_clipboard_html(g_announcement_preview.outline), g_announcement_preview.text);
            show_toast(ui, T("Gekopieerd met opmaak: plak in e-mail, Word of je website",
                             "Copied with formatting: paste into e-mail, Word or your website"));
        } else {
            platform::set_clipboard_text(g_announcement_preview.text);
            show_toast(ui, T("Gekopieerd", "Copied"));
        }
    }
    if (!g_announcement_preview.rendered) {
        ImGui::SameLine();
        ImGui::TextDisabled(T("%d regels", "%d lines"), g_announcement_preview.lines + 1);
    }
}

// The source text, wrapped to the pane (mail and CMS editors wrap too).
void draw_source() {
    ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, 760.0f));
    const char* p = g_announcement_preview.text.c_str();
    const char* end = p + g_announcement_preview.text.size();
    const bool markdown = g_announcement_preview.format == AnnouncementFormat::markdown;
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
}

}  // namespace

void draw_announcement(Draft& draft, UiState& ui) {
    const Document& doc = draft.doc();
    if (g_announcement_preview.draft != &draft) {  // another draft: its own language unless chosen
        g_announcement_preview.language_chosen = false;
    }
    if (!g_announcement_preview.language_chosen) g_announcement_preview.language = announcement_language_for(doc);
    draw_view_and_language_row();
    draw_part_row();
    rebuild_if_needed(draft, doc, g_announcement_preview.part == AnnouncementPart::item ? ui.selection.item_id : std::string());
    draw_copy_button(ui);

    if (g_announcement_preview.part == AnnouncementPart::item && g_announcement_preview.outline.blocks.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", T("Selecteer eerst een onderdeel in het programma of de tijdlijn; dat komt hier te "
                                   "staan, klaar om te kopiëren.",
                                   "First select an item in the programme or the timeline; it appears here, ready to "
                                   "copy."));
    } else if (doc.event.title.empty() && doc.days.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", T("Nog weinig te tonen: vul op het tabblad Bijeenkomst een titel en inleiding in en "
                                   "zet onderdelen in het programma; de aankondiging groeit vanzelf mee.",
                                   "Not much to show yet: give the event a title and intro on the Event tab and add "
                                   "items to the programme; the announcement grows with them."));
    }

    // Read-only: rendered as readers see it, or the source.
    ImGui::Spacing();
    ImGui::BeginChild("announcement-text", ImVec2(0, 0), ImGuiChildFlags_Border);
    if (g_announcement_preview.rendered) {
        ImGui::Indent(8);
        draw_announcement_preview(g_announcement_preview.outline, std::min(ImGui::GetContentRegionAvail().x - 8, 720.0f),
                                  ui.theme != Theme::light);
        ImGui::Unindent(8);
    } else {
        draw_source();
    }
    ImGui::EndChild();
}

}  // namespace dagdeel::ui
