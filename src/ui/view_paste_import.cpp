// Bestand › Plakken als nieuw concept / File › Paste as new draft: a dialog
// with a text area (paste with Ctrl+V), a live preview of what the
// announcement reader (io/text_import) recognised and what it did not, and a
// button that makes a NEW draft. The open draft is never touched; lines that
// were not understood go to the new draft's notes.
// [SECTION] Labels
// [SECTION] Preview
// [SECTION] Dialog
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/civil_time.hpp"
#include "io/templates.hpp"
#include "io/text_import/text_import.hpp"
#include "platform/platform.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr const char* kPopup = "###paste-import";

struct PasteState {
    bool open_request = false;
    std::string text;
    std::string analysed;  // the text `result` belongs to
    AnnouncementImport result;
    bool analysed_once = false;
};

PasteState& state() {
    static PasteState s;
    return s;
}

// [SECTION] Labels ----------------------------------------------------------------------------

const char* meaning_label(LineMeaning m) {
    switch (m) {
        case LineMeaning::skipped: return T("overgeslagen", "skipped");
        case LineMeaning::title: return T("titel", "title");
        case LineMeaning::subtitle: return T("ondertitel", "subtitle");
        case LineMeaning::date: return T("datum", "date");
        case LineMeaning::time: return T("tijd", "time");
        case LineMeaning::venue: return T("locatie", "venue");
        case LineMeaning::price: return T("prijs", "price");
        case LineMeaning::capacity: return T("max. deelnemers", "max. participants");
        case LineMeaning::registration: return T("aanmelden", "registration");
        case LineMeaning::contact: return T("contact", "contact");
        case LineMeaning::organisers: return T("organisatie", "organisers");
        case LineMeaning::audience: return T("voor wie", "audience");
        case LineMeaning::intro: return T("inleiding", "intro");
        case LineMeaning::description: return T("beschrijving", "description");
        case LineMeaning::question: return T("vraag", "question");
        case LineMeaning::goal: return T("leerdoel", "goal");
        case LineMeaning::licence: return T("licentie", "licence");
        case LineMeaning::link: return T("link", "link");
        case LineMeaning::series: return T("reeks", "series");
        case LineMeaning::chair: return T("dagvoorzitter", "day chair");
        case LineMeaning::programme_heading: return T("programma", "programme");
        case LineMeaning::programme_item: return T("programmaonderdeel", "programme item");
        case LineMeaning::round: return T("ronde", "round");
        case LineMeaning::session: return T("sessie", "session");
        case LineMeaning::heading: return T("kop", "heading");
        case LineMeaning::cue: return T("inleidende regel", "lead-in");
        case LineMeaning::unrecognised: return T("niet herkend \xE2\x86\x92 notities", "not recognised \xE2\x86\x92 notes");
    }
    return "";
}

Date today() {
    const long long days = (long long)(wall_clock_ms() / 86400000.0);
    return civil_from_days(days);
}

void analyse_if_changed(PasteState& s) {
    if (s.analysed_once && s.analysed == s.text) return;
    TextImportOptions options;
    options.today = today();
    s.result = import_announcement_text(s.text, options);
    s.analysed = s.text;
    s.analysed_once = true;
}

// [SECTION] Preview ---------------------------------------------------------------------------

void draw_summary(const AnnouncementImport& r) {
    if (!r.result.document) {
        for (const Problem& p : r.result.problems)
            if (p.is_error) ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.15f, 1), "%s", p.message.c_str());
        return;
    }
    const Document& d = *r.result.document;
    auto row = [](const char* label, const std::string& value) {
        if (value.empty()) return;
        ImGui::TextDisabled("%s", label);
        ImGui::SameLine(150);
        ImGui::TextWrapped("%s", value.c_str());
    };
    row(T("Titel", "Title"), d.event.title);
    row(T("Ondertitel", "Subtitle"), d.event.subtitle);
    for (const Day& day : d.days) {
        std::string when = day.date.is_set() ? long_date(day.date) : T("(geen datum)", "(no date)");
        if (day.end > day.start) when += ", " + hhmm(day.start) + "\xE2\x80\x93" + hhmm(day.end);
        row(T("Datum", "Date"), when);
    }
    std::string venue = d.event.venue.name;
    for (const std::string* p : {&d.event.venue.address, &d.event.venue.city})
        if (!p->empty()) venue += (venue.empty() ? "" : ", ") + *p;
    row(T("Locatie", "Venue"), venue);
    std::size_t items = 0, sessions = 0;
    for (const Day& day : d.days)
        for (const Item& it : day.items) {
            ++items;
            sessions += it.sessions.size();
        }
    char buf[160];
    std::snprintf(buf, sizeof buf, T("%zu onderdelen, %zu sessies in rondes, %zu personen", "%zu items, %zu sessions in rounds, %zu people"),
                  items, sessions, d.people.size());
    row(T("Programma", "Programme"), buf);
    std::snprintf(buf, sizeof buf, T("%d regels herkend, %d niet herkend (die komen in de notities)",
                                     "%d lines recognised, %d not recognised (they go to the notes)"),
                  r.recognised, r.unrecognised);
    ImGui::Spacing();
    if (r.unrecognised > 0) ImGui::TextColored(ImVec4(0.7f, 0.4f, 0.0f, 1), "%s", buf);
    else ImGui::TextUnformatted(buf);
    register_last_item(buf);  // so tests (and the accessibility mirror) can read the summary
}

void draw_line_table(const AnnouncementImport& r) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("paste-lines", 3, flags, ImVec2(-FLT_MIN, -FLT_MIN))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(T("Regel", "Line"), ImGuiTableColumnFlags_WidthFixed, 44);
    ImGui::TableSetupColumn(T("Herkend als", "Read as"), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn(T("Tekst", "Text"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin((int)r.lines.size());
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ImportedLine& l = r.lines[(std::size_t)i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%d", l.number);
            ImGui::TableNextColumn();
            const bool bad = l.meaning == LineMeaning::unrecognised;
            if (bad) ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.15f, 1), "%s", meaning_label(l.meaning));
            else ImGui::TextUnformatted(meaning_label(l.meaning));
            register_last_item((std::string(meaning_label(l.meaning)) + "###paste-kind-" + std::to_string(i)).c_str());
            ImGui::TableNextColumn();
            const std::string shown = l.text.size() > 160 ? l.text.substr(0, 160) + "\xE2\x80\xA6" : l.text;
            ImGui::TextUnformatted(shown.c_str());
            register_last_item((shown + "###paste-line-" + std::to_string(i)).c_str());
            if (!l.detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", l.detail.c_str());
        }
    ImGui::EndTable();
}

void make_draft(Workspace& ws, UiState& ui, PasteState& s) {
    Document doc = std::move(*s.result.result.document);
    doc.id = new_document_id();  // every paste is its own draft
    const std::string title = doc.event.title;
    ws.add(std::move(doc));  // a new draft; the open one stays as it was
    ui.selection = {};
    ui.tab = MainTab::programme;
    ui.tab_requested = true;
    show_toast(ui, std::string(T("Nieuw concept gemaakt uit de geplakte tekst: ", "New draft made from the pasted text: ")) + title);
    s.text.clear();
    s.analysed_once = false;
}

}  // namespace

// [SECTION] Dialog ----------------------------------------------------------------------------

void draw_paste_import_menu_item(UiState&) {
    const std::string label = std::string(icons::CLIPBOARD) + "  " +
                              T("Plakken als nieuw concept\xE2\x80\xA6", "Paste as new draft\xE2\x80\xA6") + "###file-paste";
    if (ImGui::MenuItem(label.c_str())) state().open_request = true;
}

void draw_paste_import_dialog(Workspace& ws, UiState& ui) {
    draw_table_paste_dialog(ws, ui);  // the other paste dialog (rows into the programme)
    PasteState& s = state();
    if (s.open_request) {
        ImGui::OpenPopup(kPopup);
        s.open_request = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(1100.0f, vp->WorkSize.x - 40), std::min(680.0f, vp->WorkSize.y - 40)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string title = std::string(T("Plakken als nieuw concept", "Paste as new draft")) + kPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextWrapped("%s", T("Plak een aankondiging (uit een e-mail, een webpagina of een document; platte tekst, "
                               "Markdown of HTML) en Dagdeel maakt er een concept van. Je ziet eerst wat herkend is. "
                               "Het open concept blijft zoals het is.",
                               "Paste an announcement (from an e-mail, a web page or a document; plain text, Markdown "
                               "or HTML) and Dagdeel makes a draft of it. You see first what was recognised. The open "
                               "draft stays as it is."));
    ImGui::Spacing();
    const float footer = ImGui::GetFrameHeightWithSpacing() + 8;
    const float height = ImGui::GetContentRegionAvail().y - footer;
    const float half = ImGui::GetContentRegionAvail().x * 0.45f;
    ImGui::BeginGroup();
    ImGui::TextUnformatted(T("Tekst (Ctrl+V om te plakken)", "Text (Ctrl+V to paste)"));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##paste-text", &s.text, ImVec2(half, height - ImGui::GetTextLineHeightWithSpacing()),
                              ImGuiInputTextFlags_AllowTabInput);
    ImGui::EndGroup();
    ImGui::SameLine();
    analyse_if_changed(s);
    ImGui::BeginChild("paste-preview", ImVec2(0, height), true);
    if (s.text.empty()) {
        ImGui::TextDisabled("%s", T("Nog niets geplakt.", "Nothing pasted yet."));
    } else {
        draw_summary(s.result);
        ImGui::Separator();
        draw_line_table(s.result);
    }
    ImGui::EndChild();
    const bool can_make = s.result.result.document.has_value() && !s.text.empty();
    ImGui::BeginDisabled(!can_make);
    const std::string make = std::string(icons::NEW) + "  " + T("Concept maken", "Make draft") + "###paste-make";
    if (ImGui::Button(make.c_str())) {
        make_draft(ws, ui, s);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(T("Leegmaken###paste-clear", "Clear###paste-clear"))) s.text.clear();
    ImGui::SameLine();
    if (ImGui::Button(T("Annuleren###paste-cancel", "Cancel###paste-cancel")) ||
        (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive()))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dagdeel::ui
