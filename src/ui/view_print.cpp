// Bestand › Afdrukken… / File › Print…: a dialog that offers the four print
// pages (io/print/print.hpp) for the open draft, in Dutch or English, and
// hands the chosen page to the browser's print dialog (where "Save as PDF"
// gives the PDF). The page itself is made by the core, so the CLI's
// `convert --to print-*` writes exactly what is printed here.
#include <imgui.h>

#include "io/print/print.hpp"
#include "platform/platform.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/view_print.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr const char* kPrintPopup = "###print-dialog";

struct PrintDialog {
    bool open_requested = false;
    PrintPage page = PrintPage::announcement;
    AnnouncementLanguage language = AnnouncementLanguage::nl;
};
PrintDialog g_print;

struct Choice {
    PrintPage page;
    const char* id;
    const char* nl;
    const char* en;
    const char* about_nl;
    const char* about_en;
};
const Choice kChoices[] = {
    {PrintPage::announcement, "print-announcement", "Aankondiging", "Announcement",
     "A4 staand: de aankondiging zoals je hem verstuurt.", "A4 portrait: the announcement as you send it."},
    {PrintPage::programme, "print-programme", "Programma voor de deur", "Programme for the door",
     "Per dag één A4 liggend: tijden onder elkaar, zalen naast elkaar, grote letters.",
     "Per day one A4 landscape: times down, rooms across, large type."},
    {PrintPage::rooms, "print-rooms", "Zaalbordjes", "Room signs",
     "Per zaal een A4 met de naam en wat er die dag gebeurt.", "Per room an A4 with its name and what happens there."},
    {PrintPage::people, "print-people", "Briefing voor sprekers en leiders", "Speaker and leader briefing",
     "Per persoon: onderdelen, tijden, zalen, met wie, locatie en contactpersoon.",
     "Per person: items, times, rooms, with whom, venue and contact person."},
    {PrintPage::attendance, "print-attendance", "Presentielijsten", "Attendance lists",
     "Per sessie een A4 met de ingedeelde deelnemers en een kolom voor de handtekening.",
     "Per session an A4 with the assigned participants and a column to sign."},
    {PrintPage::badges, "print-badges", "Naambadges", "Name badges",
     "Acht per A4: naam en organisatie in grote letters.", "Eight per A4: name and organisation in large type."},
};

}  // namespace

void draw_print_menu_entry(Workspace& ws, UiState& ui) {
    Draft* d = ws.active();
    if (ImGui::MenuItem(icon_label(icons::PRINT, T("Afdrukken…", "Print…"), "file-print").c_str(), nullptr, false,
                        d != nullptr)) {
        g_print.open_requested = true;
        g_print.language = announcement_language_for(d->doc());
        (void)ui;
    }
}

void draw_print_dialog(Workspace& ws, UiState& ui) {
    Draft* d = begin_draft_modal(ws, T("Afdrukken", "Print"), kPrintPopup, g_print.open_requested, 560);
    if (!d) return;
    ImGui::TextWrapped("%s", T("Kies wat je wilt afdrukken. Het afdrukvenster van je browser gaat open; kies daar "
                               "\"Opslaan als PDF\" voor een PDF.",
                               "Choose what to print. Your browser's print dialog opens; choose \"Save as PDF\" "
                               "there for a PDF."));
    ImGui::Spacing();
    for (const Choice& c : kChoices) {
        if (ImGui::RadioButton((std::string(T(c.nl, c.en)) + "###" + c.id).c_str(), g_print.page == c.page)) g_print.page = c.page;
        ImGui::Indent(28);
        ImGui::TextDisabled("%s", T(c.about_nl, c.about_en));
        ImGui::Unindent(28);
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(T("Taal van de pagina", "Language of the page"));
    if (ImGui::RadioButton("Nederlands###print-nl", g_print.language == AnnouncementLanguage::nl))
        g_print.language = AnnouncementLanguage::nl;
    ImGui::SameLine();
    if (ImGui::RadioButton("English###print-en", g_print.language == AnnouncementLanguage::en))
        g_print.language = AnnouncementLanguage::en;
    ImGui::Spacing();
    ImGui::Separator();
    if (ImGui::Button(icon_label(icons::PRINT, T("Afdrukken", "Print"), "print-go").c_str())) {
        platform::print_html(write_print_page(d->doc(), g_print.page, g_print.language));
        show_toast(ui, T("Afdrukvenster geopend", "Print dialog opened"));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(T("Annuleren###print-cancel", "Cancel###print-cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dagdeel::ui
