// [SECTION] Status bar: Saved / Saving… / Not saved (why), backup at once
// [SECTION] File menu entries
// [SECTION] Windows: History, Bin, Storage
#include "ui/view_storage.hpp"

#include <imgui.h>

#include <ctime>

#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

std::string when(double ms) {
    const std::time_t t = (std::time_t)(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%02d-%02d-%04d %02d:%02d:%02d", tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

std::string why(const StorageState& s) {
    if (s.status == SaveStatus::unavailable)
        return std::string(T("de browser staat opslag hier niet toe", "the browser allows no storage here")) +
               (s.error.empty() ? "" : " (" + s.error + ")");
    if (s.quota) return std::string(T("de opslag is vol", "storage is full")) + " (" + s.error + ")";
    return s.error;
}

bool button(const char* label) {
    const bool pressed = ImGui::SmallButton(label);
    register_last_item(label);
    return pressed;
}

void status_text(const char* text) {
    ImGui::TextDisabled("%s", text);
    register_last_item((std::string(text) + "###save-status").c_str());
}

}  // namespace

// [SECTION] Status bar ------------------------------------------------------------------

void draw_storage_status(Workspace&, UiState& ui) {
    StorageState& s = ui.storage;
    ImGui::SameLine(0, 24);
    switch (s.status) {
    case SaveStatus::loading: status_text(T("Opslag laden…", "Loading storage…")); break;
    case SaveStatus::saved: status_text(T("Opgeslagen", "Saved")); break;
    case SaveStatus::saving: status_text(T("Opslaan…", "Saving…")); break;
    case SaveStatus::failed:
    case SaveStatus::unavailable: {
        const std::string text = std::string(icons::WARNING) + " " + T("Niet opgeslagen: ", "Not saved: ") + why(s) +
                                 T(" — je werk staat nog in dit tabblad", " — your work is still in this tab");
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.2f, 0.15f, 1));
        ImGui::TextUnformatted(text.c_str());
        register_last_item((text + "###storage-error").c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (button(T("Back-up downloaden###backup-now", "Download backup###backup-now"))) s.want_backup = true;
        break;
    }
    }
    if (s.open_elsewhere) {
        ImGui::SameLine(0, 16);
        ImGui::TextDisabled("%s", T("· ook open in een ander tabblad", "· also open in another tab"));
        tooltip_for_last_item(T("Wijzigingen uit het andere tabblad worden hier gevolgd; bij gelijktijdige "
                                "wijzigingen blijven beide bewaard.",
                                "Changes from the other tab are followed here; when both change at once, both are kept."));
    }
    if (!s.note.empty()) {
        ImGui::SameLine(0, 16);
        ImGui::TextUnformatted(s.note.c_str());
        register_last_item((s.note + "###storage-note").c_str());
        ImGui::SameLine();
        if (button("OK###storage-note-ok")) s.note.clear();
    }
}

// [SECTION] File menu entries ---------------------------------------------------------

void draw_storage_menu_entries(Workspace& ws, UiState& ui) {
    StorageState& s = ui.storage;
    ImGui::Separator();
    auto item = [](const char* icon, const char* text, const char* id, bool enabled = true) {
        const std::string label = std::string(icon) + "  " + text + "###" + id;
        const bool clicked = ImGui::MenuItem(label.c_str(), nullptr, false, enabled);
        register_last_item(label.c_str());
        return clicked;
    };
    if (item(icons::UNDO, T("Versies…", "History…"), "file-history", ws.active() != nullptr)) {
        s.show_history = true;
        s.want_versions = true;
    }
    if (item(icons::DELETE, T("Prullenbak…", "Bin…"), "file-bin")) {
        s.show_bin = true;
        s.want_bin = true;
    }
    if (item(icons::INFO, T("Opslag…", "Storage…"), "file-storage")) s.show_info = true;
    if (item(icons::DRAFTS, T("Back-up downloaden", "Download backup"), "file-backup")) s.want_backup = true;
    if (item(icons::DRAFTS, T("Back-up importeren…", "Import backup…"), "file-import-backup")) s.want_import = true;
}

// [SECTION] Windows --------------------------------------------------------------------

void draw_storage_windows(Workspace& ws, UiState& ui) {
    StorageState& s = ui.storage;
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    if (s.show_history) {
        ImGui::SetNextWindowSize(ImVec2(460, 380), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowPos(centre, ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
        if (ImGui::Begin(T("Versies###history", "History###history"), &s.show_history, ImGuiWindowFlags_NoCollapse)) {
            Draft* d = ws.active();
            if (!d) {
                ImGui::TextUnformatted(T("Geen concept open.", "No draft open."));
            } else {
                ImGui::TextWrapped("%s", T("Opgeslagen versies van dit concept (hoogstens één per 2 minuten, de laatste 30). "
                                           "Terugzetten is zelf een stap die je ongedaan kunt maken.",
                                           "Stored versions of this draft (at most one per 2 minutes, the last 30). "
                                           "Restoring is itself a step you can undo."));
                ImGui::Separator();
                if (s.versions_of != d->doc().id || s.versions.empty()) ImGui::TextDisabled("%s", T("Nog geen versies.", "No versions yet."));
                else
                    for (int i = (int)s.versions.size() - 1; i >= 0; --i) {
                        const StoredVersion& v = s.versions[(std::size_t)i];
                        ImGui::PushID(i);
                        char label[64];
                        std::snprintf(label, sizeof label, "%s###version-restore-%d", T("Terugzetten", "Restore"), i);
                        if (button(label)) s.restore_version = i;
                        ImGui::SameLine();
                        ImGui::Text("%s  %s", when(v.time).c_str(), v.title.c_str());
                        ImGui::PopID();
                    }
            }
        }
        ImGui::End();
    }
    if (s.show_bin) {
        ImGui::SetNextWindowSize(ImVec2(460, 320), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowPos(centre, ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
        if (ImGui::Begin(T("Prullenbak###bin", "Bin###bin"), &s.show_bin, ImGuiWindowFlags_NoCollapse)) {
            ImGui::TextWrapped("%s", T("Verwijderde concepten blijven hier 30 dagen.", "Deleted drafts stay here for 30 days."));
            ImGui::Separator();
            if (s.bin.empty()) ImGui::TextDisabled("%s", T("De prullenbak is leeg.", "The bin is empty."));
            for (const BinEntry& b : s.bin) {
                ImGui::PushID(b.id.c_str());
                if (button((std::string(T("Terugzetten", "Restore")) + "###bin-restore-" + b.id).c_str()))
                    s.restore_from_bin = b.id;
                ImGui::SameLine();
                ImGui::Text("%s  (%s %s)", b.title.empty() ? T("Naamloos concept", "Untitled draft") : b.title.c_str(),
                            T("verwijderd", "deleted"), when(b.deleted).c_str());
                ImGui::PopID();
            }
        }
        ImGui::End();
    }
    if (s.show_info) {
        ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowPos(centre, ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
        if (ImGui::Begin(T("Opslag###storage-info", "Storage###storage-info"), &s.show_info,
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::TextWrapped("%s", T("Concepten worden in deze browser bewaard (IndexedDB), zonder server, en binnen "
                                       "een seconde na elke wijziging opgeslagen.",
                                       "Drafts are kept in this browser (IndexedDB), without a server, and saved within "
                                       "a second of every change."));
            const char* persisted = s.persisted == 1 ? T("ja: de browser ruimt ze niet zomaar op",
                                                         "yes: the browser will not evict them on its own")
                                    : s.persisted == 0 ? T("nee: bij ruimtegebrek kan de browser ze wissen; download af en toe een back-up",
                                                           "no: short of space the browser may clear them; download a backup now and then")
                                                       : T("onbekend", "unknown");
            ImGui::TextWrapped("%s %s", T("Blijvende opslag toegestaan:", "Persistent storage granted:"), persisted);
            register_last_item((std::string("persisted:") + std::to_string(s.persisted) + "###storage-persisted").c_str());
            if (button(T("Back-up downloaden###info-backup", "Download backup###info-backup"))) s.want_backup = true;
        }
        ImGui::End();
    }
}

}  // namespace dagdeel::ui
