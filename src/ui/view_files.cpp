// [SECTION] Export menu (downloads, the personal-agenda dialog)
// [SECTION] File menu entries: import, share link
// [SECTION] Per frame: file events, parsing, progress note, dialogs
//
// Everything the page does with files goes through platform.hpp (web_files.cpp);
// formats go through io/formats.hpp, so the menu offers exactly what
// planner.export() offers. An import always becomes a new draft.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <iterator>
#include <optional>
#include <ctime>

#include "core/participants.hpp"
#include "io/formats.hpp"
#include "io/open_document.hpp"
#include "io/templates.hpp"
#include "io/text_encoding.hpp"
#include "platform/platform.hpp"
#include "ui/a11y.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr const char* kProblemsPopup = "###import-problems";
constexpr const char* kPersonalPopup = "###ics-personal";
constexpr const char* kOfferPopup = "###link-offer";
constexpr const char* kSharePopup = "###link-share";
constexpr const char* kLinkMessagePopup = "###link-message";

std::string label(const char* icon, const char* text, const char* id) {
    return std::string(icon) + "  " + text + "###" + id;
}

// Text that tests can find by its words (plain text has no widget id).
void text_line(const std::string& text) {
    ImGui::TextWrapped("%s", text.c_str());
    register_last_item(text.c_str());
}

std::string megabytes(double bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
    return buf;
}

bool has_dated_day(const Document& doc) {
    for (const Day& d : doc.days)
        if (d.date.is_set()) return true;
    return false;
}

// [SECTION] Export menu -----------------------------------------------------------------

const char* group_label(FormatGroup g) {
    switch (g) {
    case FormatGroup::plan: return T("Plan", "Plan");
    case FormatGroup::calendar: return T("Agenda (iCalendar)", "Calendar (iCalendar)");
    case FormatGroup::announcement: return T("Aankondiging", "Announcement");
    case FormatGroup::design: return T("Workshopontwerpen", "Workshop designs");
    case FormatGroup::conference: return T("Congresapps", "Conference apps");
    case FormatGroup::print: return T("Afdrukpagina's (printen via Bestand > Afdrukken…)", "Print pages (print from File > Print…)");
    }
    return "";
}

void download(UiState& ui, const Document& doc, ExportResult r) {
    if (!r.ok) {
        show_toast(ui, std::string(T("Exporteren mislukt: ", "Export failed: ")) + r.error);
        return;
    }
    const std::string name = export_file_name(doc, r.extension);
    platform::download_file(name, r.mime_type, r.text);
    show_toast(ui, std::string(T("Gedownload: ", "Downloaded: ")) + name);
}

void export_format(UiState& ui, const Document& doc, const ExportFormat& format) {
    if (format.group == FormatGroup::conference && !has_dated_day(doc)) {
        show_toast(ui, T("Exporteren mislukt: een congresprogramma (schedule.xml/json) heeft een datum nodig. "
                         "Vul eerst de datum van de dag in.",
                         "Export failed: a conference schedule (schedule.xml/json) needs a date. "
                         "Fill in the day's date first."));
        return;
    }
    if (format.group == FormatGroup::design && doc.designs.empty()) {
        show_toast(ui, T("Exporteren mislukt: dit plan heeft nog geen workshopontwerp (tab Workshopontwerpen).",
                         "Export failed: this plan has no workshop design yet (Workshop designs tab)."));
        return;
    }
    WriteOptions options;
    options.dtstamp = (long long)std::time(nullptr);
    if (format.menu_asks_choices) options.choices = ui.files.personal_choices;
    options.include_participants = ui.files.include_participants;
    download(ui, doc, export_as(doc, format.name, options));
}

std::vector<const Item*> rounds_of(const Document& doc) {
    std::vector<const Item*> rounds;
    for (const Day& d : doc.days)
        for (const Item& it : d.items)
            if (!it.sessions.empty()) rounds.push_back(&it);
    return rounds;
}

void export_personal(UiState& ui, const Document& doc) {
    if (const ExportFormat* f = find_export_format("ics-personal")) export_format(ui, doc, *f);
}

void draw_personal_dialog(Workspace& ws, UiState& ui) {
    Draft* d = begin_draft_modal(ws, T("Persoonlijke agenda", "Personal agenda"), kPersonalPopup,
                                 ui.files.open_personal, 520);
    if (!d) return;
    const Document& doc = d->doc();
    ImGui::TextWrapped("%s", T("Kies per ronde de sessie die in de agenda komt. De plenaire onderdelen komen er altijd in.",
                               "Pick the session for the agenda in each round. Plenary items are always included."));
    ImGui::Spacing();
    const std::vector<const Item*> rounds = rounds_of(doc);
    if (rounds.empty()) ImGui::TextDisabled("%s", T("Dit programma heeft geen rondes.", "This programme has no rounds."));
    for (const Item* round : rounds) {
        ImGui::PushID(round->id.c_str());
        std::string& choice = ui.files.personal_choices[round->id];
        const Session* chosen = &round->sessions.front();
        for (const Session& s : round->sessions)
            if (s.id == choice) chosen = &s;
        choice = chosen->id;
        const std::string round_label = hhmm(round->start) + "  " + round->title;
        ImGui::TextUnformatted(round_label.c_str());
        ImGui::SetNextItemWidth(-1);
        if (a11y_combo("##session", chosen->title.c_str())) {
            for (const Session& s : round->sessions) {
                ImGui::PushID(s.id.c_str());
                if (ImGui::Selectable(s.title.empty() ? "…" : s.title.c_str(), s.id == choice)) choice = s.id;
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (ImGui::Button(label(icons::DOWNLOAD, T("Exporteren", "Export"), "ics-personal-export").c_str())) {
        export_personal(ui, d->settled());  // with every SEQUENCE stamped
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(T("Annuleren###ics-personal-cancel", "Cancel###ics-personal-cancel")) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// [SECTION] Importing -------------------------------------------------------------------

void import_text(Workspace& ws, UiState& ui, const FilesState::Pending& p) {
    // Bytes that are not UTF-8 (web/lib/files.js hands them over as they are)
    // are decoded by the one encoding policy (io/text_encoding.hpp).
    const std::string text = to_utf8(p.text);
    // A table (.csv, .tsv, or rows that split evenly) goes to the column-mapping
    // dialog, which adds its rows to the open draft or makes a new one.
    if (!p.from_link && detect_import_format(text, p.name) == ImportFormat::csv) {
        open_table_file(ui, p.name, p.text);
        return;
    }
    ImportReport report;
    report.name = p.name;
    Opened r = open_document(text, {ws.open_ids(), false, p.name});
    for (const Problem& problem : r.problems)
        (problem.is_error ? report.errors : report.warnings).push_back(format_problem(problem));
    if (r.document) {
        ws.add(std::move(*r.document));  // a new draft; the open one stays as it was
        ui.selection = {};
        ui.tab = MainTab::programme;
        ui.tab_requested = true;
        report.imported = true;
        show_toast(ui, std::string(p.from_link ? T("Geopend als nieuw concept: ", "Opened as a new draft: ")
                                               : T("Geïmporteerd als nieuw concept: ", "Imported as a new draft: ")) +
                           p.name);
    } else if (report.errors.empty()) {
        report.errors.push_back(T("Geen plan gevonden in dit bestand.", "No plan found in this file."));
    }
    if (!report.errors.empty() || !report.warnings.empty()) {
        ui.files.reports.push_back(std::move(report));
        ui.files.open_reports = true;
    }
}

void import_refused(UiState& ui, const platform::FileEvent& e) {
    ImportReport report;
    report.name = e.name;
    if (e.text == "too-large") {
        report.errors.push_back(std::string(T("Het bestand is te groot om in te lezen: ", "The file is too large to read: ")) +
                                megabytes(e.loaded) + T(" (hoogstens ", " (at most ") + megabytes(e.total) + ").");
    } else {
        const std::string why = e.text.rfind("read-failed:", 0) == 0 ? e.text.substr(12) : e.text;
        report.errors.push_back(std::string(T("Het bestand kon niet worden gelezen", "The file could not be read")) +
                                (why.empty() ? "." : ": " + why));
    }
    ui.files.reports.push_back(std::move(report));
    ui.files.open_reports = true;
}

std::string link_error_text(const platform::FileEvent& e) {
    if (e.text == "link-too-long") {
        char buf[320];
        std::snprintf(buf, sizeof buf,
                      T("Dit plan is te groot voor een deellink (%.0f tekens, hoogstens %.0f). "
                        "Exporteer het als bestand (Exporteren > JSON) en deel dat bestand.",
                        "This plan is too large for a share link (%.0f characters, at most %.0f). "
                        "Export it as a file (Export > JSON) and share the file instead."),
                      e.loaded, e.total);
        return buf;
    }
    if (e.text == "link-base64")
        return T("Deze deellink is beschadigd: het plan erin is geen geldige base64url-tekst. "
                 "Vraag de afzender om de link opnieuw te kopiëren.",
                 "This share link is damaged: the plan in it is not valid base64url text. "
                 "Ask the sender to copy the link again.");
    if (e.text == "link-bomb")
        return std::string(T("Deze deellink is niet geopend: uitgepakt wordt hij groter dan ",
                             "This share link was not opened: unpacked it grows beyond ")) +
               megabytes(e.total) + T(". Een echt plan is veel kleiner; vertrouw deze link niet.",
                                      ". A real plan is far smaller; do not trust this link.");
    if (e.text == "no-compression")
        return T("Deze browser kan geen deellinks inpakken of uitpakken (CompressionStream ontbreekt). "
                 "Gebruik een recente browser of deel een bestand.",
                 "This browser cannot pack or unpack share links (no CompressionStream). "
                 "Use a recent browser or share a file.");
    return T("Deze deellink is beschadigd: hij bevat geen leesbaar ingepakt plan.",
             "This share link is damaged: it holds no readable packed plan.");
}

void handle_events(UiState& ui) {
    FilesState& f = ui.files;
    for (platform::FileEvent& e : platform::take_file_events()) {
        switch (e.kind) {
            case platform::FileEventKind::progress:
                f.reading = true;
                f.reading_name = e.name;
                f.reading_loaded = e.loaded;
                f.reading_total = e.total;
                break;
            case platform::FileEventKind::file_loaded:
                if (f.reading_name == e.name) f.reading = false;
                f.pending.push_back({e.name, std::move(e.text), false});
                break;
            case platform::FileEventKind::file_error:
                if (f.reading_name == e.name) f.reading = false;
                import_refused(ui, e);
                break;
            case platform::FileEventKind::registrations_loaded:
                f.registrations.push_back({e.name, std::move(e.text)});
                break;
            case platform::FileEventKind::link_offered:
                f.offered_fragment = std::move(e.text);
                f.open_offer = true;
                break;
            case platform::FileEventKind::link_loaded:
                f.pending.push_back({T("Deellink", "Share link"), std::move(e.text), true});
                break;
            case platform::FileEventKind::link_made:
                f.share_link = std::move(e.text);
                platform::set_clipboard_text(f.share_link);
                f.open_share = true;
                break;
            case platform::FileEventKind::link_error:
                f.link_message = link_error_text(e);
                f.open_link_message = true;
                break;
        }
    }
}

// A small note at the bottom of the window while a file is read or parsed.
void draw_progress_note(UiState& ui) {
    FilesState& f = ui.files;
    if (!f.reading && f.pending.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##files-progress", nullptr, flags)) {
        if (f.reading) {
            const float fraction = f.reading_total > 0 ? (float)(f.reading_loaded / f.reading_total) : 0.0f;
            char text[160];
            std::snprintf(text, sizeof text, "%s %s  %d%%", T("Bezig met inlezen…", "Reading…"),
                          f.reading_name.c_str(), (int)(fraction * 100 + 0.5f));
            text_line(text);
            ImGui::ProgressBar(fraction, ImVec2(360, 0), "");
        } else {
            text_line(std::string(T("Bezig met verwerken… ", "Processing… ")) + f.pending.front().name);
        }
    }
    ImGui::End();
}

void draw_problems_dialog(UiState& ui) {
    FilesState& f = ui.files;
    if (f.open_reports) {
        ImGui::OpenPopup(kProblemsPopup);
        f.open_reports = false;
    }
    const std::string title = std::string(T("Importeren", "Import")) + kProblemsPopup;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(680.0f, vp->WorkSize.x - 40), 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(300, 0), ImVec2(FLT_MAX, vp->WorkSize.y - 60));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const float list_height = std::min(ImGui::GetTextLineHeightWithSpacing() * 16, vp->WorkSize.y * 0.6f);
    ImGui::BeginChild("problems", ImVec2(0, list_height), true);
    for (std::size_t i = 0; i < f.reports.size(); ++i) {
        const ImportReport& r = f.reports[i];
        ImGui::PushID((int)i);
        ImGui::SeparatorText(r.name.c_str());
        text_line(r.imported ? (r.warnings.empty() ? T("Geïmporteerd als nieuw concept.", "Imported as a new draft.")
                                                   : T("Geïmporteerd als nieuw concept, met opmerkingen:",
                                                       "Imported as a new draft, with remarks:"))
                             : T("Niet geïmporteerd. Het open concept is niet veranderd.",
                                 "Not imported. The open draft was not changed."));
        int shown = 0;
        auto list = [&](const std::vector<std::string>& lines, const char* icon, ImVec4 colour) {
            for (const std::string& line : lines) {
                if (++shown > 200) break;
                ImGui::PushStyleColor(ImGuiCol_Text, colour);
                ImGui::TextUnformatted(icon);
                ImGui::PopStyleColor();
                ImGui::SameLine();
                text_line(line);
            }
        };
        list(r.errors, icons::WARNING, ImVec4(0.75f, 0.2f, 0.15f, 1));
        list(r.warnings, icons::INFO, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const std::size_t total = r.errors.size() + r.warnings.size();
        if (total > 200) {
            char more[96];
            std::snprintf(more, sizeof more, T("… en nog %zu", "… and %zu more"), total - 200);
            ImGui::TextDisabled("%s", more);
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (ImGui::Button(T("Sluiten###import-problems-close", "Close###import-problems-close")) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        f.reports.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// [SECTION] Share-link dialogs ----------------------------------------------------------

void draw_offer_dialog(UiState& ui) {
    FilesState& f = ui.files;
    if (f.open_offer) {
        ImGui::OpenPopup(kOfferPopup);
        f.open_offer = false;
    }
    const std::string title = std::string(T("Deellink", "Share link")) + kOfferPopup;
    ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    text_line(T("Dit plan openen als nieuw concept?", "Open this plan as a new draft?"));
    ImGui::TextDisabled("%s", T("Je open concepten blijven zoals ze zijn.", "Your open drafts stay as they are."));
    ImGui::Spacing();
    if (ImGui::Button(label(icons::OPEN, T("Openen als nieuw concept", "Open as a new draft"), "link-accept").c_str())) {
        platform::open_share_link(f.offered_fragment);
        platform::clear_share_fragment();
        f.offered_fragment.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(T("Niet openen###link-decline", "Don't open###link-decline")) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        platform::clear_share_fragment();
        f.offered_fragment.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_share_dialog(UiState& ui) {
    FilesState& f = ui.files;
    if (f.open_share) {
        ImGui::OpenPopup(kSharePopup);
        f.open_share = false;
    }
    const std::string title = std::string(T("Deellink", "Share link")) + kSharePopup;
    ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    text_line(T("De link is gekopieerd. Wie hem opent, krijgt dit plan als nieuw concept.",
                "The link was copied. Whoever opens it gets this plan as a new draft."));
    ImGui::TextDisabled("%s", T("Het plan zit in de link zelf; er wordt niets verstuurd of opgeslagen op een server.",
                                "The plan is inside the link itself; nothing is sent to or stored on a server."));
    char size[64];
    std::snprintf(size, sizeof size, T("%zu tekens", "%zu characters"), f.share_link.size());
    ImGui::TextDisabled("%s", size);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##share-link", f.share_link.data(), f.share_link.size() + 1, ImGuiInputTextFlags_ReadOnly);
    if (ImGui::Button(label(icons::CLIPBOARD, T("Opnieuw kopiëren", "Copy again"), "link-copy").c_str()))
        platform::set_clipboard_text(f.share_link);
    ImGui::SameLine();
    if (ImGui::Button(T("Sluiten###link-share-close", "Close###link-share-close")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_link_message(UiState& ui) {
    FilesState& f = ui.files;
    if (f.open_link_message) {
        ImGui::OpenPopup(kLinkMessagePopup);
        f.open_link_message = false;
    }
    const std::string title = std::string(T("Deellink", "Share link")) + kLinkMessagePopup;
    ImGui::SetNextWindowSize(ImVec2(480, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    text_line(f.link_message);
    ImGui::Spacing();
    if (ImGui::Button(T("Sluiten###link-message-close", "Close###link-message-close")) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void draw_export_menu(Workspace& ws, UiState& ui) {
    if (!ImGui::BeginMenu(label(icons::DOWNLOAD, T("Exporteren", "Export"), "menu-export").c_str())) return;
    Draft* d = ws.active();
    if (d && has_personal_data(d->doc()))
        ImGui::MenuItem(T("Deelnemers (persoonsgegevens) meenemen in JSON###export-include-participants",
                          "Include participants (personal data) in JSON###export-include-participants"),
                        nullptr, &ui.files.include_participants);
    // The rows of the one format table (io/formats.hpp), in its order, under
    // a heading per group: the menu offers exactly what planner.export does.
    std::optional<FormatGroup> group;
    for (const ExportFormat& f : export_formats()) {
        if (f.group != group) {
            group = f.group;
            ImGui::SeparatorText(group_label(f.group));
        }
        const std::string text = std::string(T(f.label_nl, f.label_en)) + "###export-" + f.name;
        const bool on = d && (f.group != FormatGroup::design || !d->doc().designs.empty());
        if (!ImGui::MenuItem(text.c_str(), nullptr, false, on)) continue;
        if (f.menu_asks_choices) ui.files.open_personal = true;
        else export_format(ui, d->settled(), f);  // with every SEQUENCE stamped
    }
    ImGui::EndMenu();
}

void draw_file_menu_entries(Workspace& ws, UiState&) {
    ImGui::Separator();
    if (ImGui::MenuItem(label(icons::UPLOAD, T("Importeren…", "Import…"), "file-import").c_str()))
        platform::open_file_picker();
    Draft* d = ws.active();
    if (ImGui::MenuItem(label(icons::SHARE, T("Deellink kopiëren", "Copy share link"), "file-share").c_str(), nullptr,
                        false, d != nullptr)) {
        platform::make_share_link(write_json(erase_personal_data(d->settled())));  // never personal data
    }
}

void draw_file_dialogs(Workspace& ws, UiState& ui) {
    platform::install_file_handlers();
    handle_events(ui);
    FilesState& f = ui.files;
    // Parse one read file per frame, after a frame has shown "Processing…".
    if (!f.pending.empty()) {
        if (f.pending_note_drawn) {
            FilesState::Pending p = std::move(f.pending.front());
            f.pending.erase(f.pending.begin());
            import_text(ws, ui, p);
            f.pending_note_drawn = false;
        } else {
            f.pending_note_drawn = true;
        }
        platform::request_frames(3);
    }
    draw_progress_note(ui);
    draw_personal_dialog(ws, ui);
    draw_problems_dialog(ui);
    draw_offer_dialog(ui);
    draw_share_dialog(ui);
    draw_link_message(ui);
}

}  // namespace dagdeel::ui
