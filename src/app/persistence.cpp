// The app's side of storage: the drafts library decides, the web port
// executes, this file only translates between them and UiState.
#include "app/persistence.hpp"

#include <cstdio>
#include <memory>

#include "platform/platform.hpp"
#include "platform/web_storage.hpp"
#include "storage/drafts_library.hpp"
#include "ui/i18n.hpp"

namespace dagdeel::app {
namespace {

platform::WebStoragePort g_port;
std::unique_ptr<storage::DraftsLibrary> g_library;
ui::UiState* g_ui = nullptr;
Workspace* g_saved_workspace = nullptr;
unsigned g_listing_seen = ~0u;
std::string g_versions_asked;  // the draft whose history was asked for last

std::string words(const storage::Notice& n) {
    using Kind = storage::Notice::Kind;
    switch (n.kind) {
    case Kind::conflict_copy:
        return ui::T("Dit concept is tegelijk in een ander tabblad gewijzigd. Beide zijn bewaard: "
                     "jouw wijzigingen staan in de kopie \"(jouw versie)\".",
                     "This draft was changed in another tab at the same time. Both are kept: "
                     "your changes are in the copy \"(your version)\".");
    case Kind::recovered:
        return std::string(ui::T("Een opgeslagen concept was beschadigd en is apart gezet; de laatste goede versie (",
                                 "A stored draft was damaged and has been set aside; the last good version (")) +
               storage::version_time_label(n.time) + ui::T(") is geopend.", ") is open.");
    case Kind::unrecoverable:
        return ui::T("Een opgeslagen concept was beschadigd en had geen goede versie; het is apart gezet (niet verwijderd).",
                     "A stored draft was damaged and had no good version; it has been set aside (not deleted).");
    case Kind::backup_refused:
        return std::string(ui::T("Back-up niet ingelezen (", "Backup not imported (")) + n.name + "): " + n.reason;
    case Kind::backup_imported: {
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      ui::T("Back-up ingelezen: %d nieuw, %d als kopie (verschilden), %d al aanwezig, %d overgeslagen.",
                            "Backup imported: %d new, %d as copies (they differed), %d already here, %d skipped."),
                      n.added, n.copies, n.same, n.skipped);
        return buf;
    }
    }
    return {};
}

ui::SaveStatus ui_status(storage::SaveStatus s) {
    switch (s) {
    case storage::SaveStatus::loading: return ui::SaveStatus::loading;
    case storage::SaveStatus::saved: return ui::SaveStatus::saved;
    case storage::SaveStatus::saving: return ui::SaveStatus::saving;
    case storage::SaveStatus::failed: return ui::SaveStatus::failed;
    case storage::SaveStatus::unavailable: return ui::SaveStatus::unavailable;
    }
    return ui::SaveStatus::loading;
}

// What the library knows, shown by the storage views.
void sync_ui(ui::UiState& ui) {
    storage::DraftsLibrary& lib = *g_library;
    ui::StorageState& s = ui.storage;
    const storage::LibraryStatus& st = lib.status();
    s.status = ui_status(st.status);
    s.error = st.error;
    s.quota = st.quota;
    s.persisted = st.persisted;
    s.open_elsewhere = st.open_elsewhere;
    for (const storage::Notice& n : lib.take_notices()) s.note = words(n);
    if (lib.listing_generation() != g_listing_seen) {
        g_listing_seen = lib.listing_generation();
        if (s.versions_of != lib.versions_of()) g_versions_asked.clear();
        s.versions_of = lib.versions_of();
        s.versions.clear();
        for (const storage::StoredVersion& v : lib.versions()) s.versions.push_back({v.key, v.time, v.title, v.json, v.checksum});
        s.bin.clear();
        for (const storage::BinEntry& b : lib.bin()) s.bin.push_back({b.id, b.title, b.modified, b.deleted});
    }
    if (std::optional<int> tab = lib.take_restored_tab(); tab && *tab >= 0 && *tab <= (int)ui::MainTab::participants) {
        ui.tab = (ui::MainTab)*tab;
        ui.tab_requested = true;
    }
    if (lib.take_current_changed()) ui.selection = {};
}

// What the storage views and the drafts show, in short: a frame is drawn
// after a storage event only when it changed, so timers, version listings
// and the persistence answer leave an idle page at 0 frames per second.
std::string visible_state(const Workspace& ws, const ui::UiState& ui) {
    const ui::StorageState& s = ui.storage;
    unsigned long long revisions = 0;
    for (const auto& d : ws.drafts) revisions = revisions * 31 + d->revision();
    return std::to_string((int)s.status) + '|' + s.error + '|' + s.note + '|' +
           std::to_string(s.show_info ? s.persisted : -2) + '|' +  // shown only in the Storage window
           std::to_string(s.open_elsewhere) + std::to_string(s.quota) + '|' + s.versions_of + '|' +
           std::to_string(s.versions.size()) + '|' + std::to_string(s.bin.size()) + '|' + std::to_string(g_listing_seen) +
           '|' + std::to_string(ws.drafts.size()) + '|' + std::to_string(ws.current) + '|' + std::to_string(revisions) +
           '|' + std::to_string((int)ui.tab);
}

}  // namespace

void persistence_init(Workspace& ws, ui::UiState& ui) {
    g_ui = &ui;
    g_saved_workspace = &ws;
    g_library = std::make_unique<storage::DraftsLibrary>(ws, g_port, wall_clock_ms);
    platform::storage_install([](const storage::StorageEvent& e) {
        const std::string before = visible_state(*g_saved_workspace, *g_ui);
        g_library->handle(e);
        sync_ui(*g_ui);
        if (visible_state(*g_saved_workspace, *g_ui) != before) platform::request_frames(2);
    });
    g_library->start();
}

void persistence_set_version_interval(double ms) {
    if (g_library) g_library->set_version_interval(ms);
}

void persistence_frame(Workspace& ws, ui::UiState& ui) {
    storage::DraftsLibrary& lib = *g_library;
    ui::StorageState& s = ui.storage;
    lib.set_english(ui.language == Language::en);
    if (s.want_backup) {
        s.want_backup = false;
        const storage::DraftsLibrary::BackupFile file = lib.backup_file();
        platform::download_file(file.name, "application/json", file.text);
    }
    if (s.want_import) { s.want_import = false; lib.choose_backup(); }
    lib.notice_changes();
    if (lib.loaded()) {
        Draft* active = ws.active();
        if (s.restore_version >= 0) lib.restore_version((std::size_t)s.restore_version);
        s.restore_version = -1;
        if (!s.restore_from_bin.empty()) {
            lib.restore_from_bin(s.restore_from_bin);
            s.restore_from_bin.clear();
        }
        const std::string active_id = active ? active->doc().id : std::string();
        if (s.show_history && active && s.versions_of != active_id && g_versions_asked != active_id) s.want_versions = true;
        if (s.want_versions && active) {
            s.want_versions = false;
            g_versions_asked = active_id;
            lib.list_versions(active_id);
        }
        lib.watch_versions(s.show_history ? active_id : std::string());
        lib.watch_bin(s.show_bin);
        if (s.want_bin) { s.want_bin = false; lib.list_bin(); }
        lib.set_session({active_id, (int)ui.tab});
    }
    sync_ui(ui);
}

}  // namespace dagdeel::app
