// [SECTION] Tracking drafts
// [SECTION] Saving
// [SECTION] Loading, recovering, following other tabs
// [SECTION] Frame and requests
#include "app/persistence.hpp"

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>

#include "io/draft_backup.hpp"
#include "io/json/json_document.hpp"
#include "io/templates.hpp"
#include "platform/platform.hpp"
#include "platform/web_storage.hpp"
#include "ui/i18n.hpp"
#include "ui/views.hpp"

namespace dagdeel::app {
namespace {

using nlohmann::json;
using platform::StorageEvent;
using platform::StorageEventKind;

// [SECTION] Tracking drafts ------------------------------------------------------------

struct Tracked {
    Draft* draft = nullptr;
    std::string id;
    unsigned seen_revision = 0;   // revision when last looked at
    unsigned saved_revision = 0;  // revision that is in storage (0: none)
    unsigned saving_revision = 0;
    bool in_flight = false;
    bool new_version = false;     // the next save starts a new version (after a restore)
    std::string stored_checksum;  // what storage holds for this id ("" none)
    std::string saving_checksum;
    double changed_at = 0, retry_at = 0;
    bool dirty() const { return draft->revision() != saved_revision; }
};

Workspace* g_ws = nullptr;
ui::UiState* g_ui = nullptr;
std::vector<Tracked> g_tracked;
bool g_loaded = false, g_available = true, g_flush_wanted = false;
std::string g_last_error;
std::string g_meta_written, g_announced;
bool g_tick_pending = false;
int g_pending_ops = 0;  // recoveries and bin restores under way: flush waits for them

Tracked* find_by_id(const std::string& id) {
    for (Tracked& t : g_tracked)
        if (t.id == id) return &t;
    return nullptr;
}

platform::StorageRecord record_of(const Draft& d) {
    platform::StorageRecord r;
    r.id = d.doc().id;
    r.title = d.doc().event.title;
    r.json = write_json(d.doc());
    r.checksum = checksum_fnv1a64(r.json);
    r.created = d.created_ms;
    r.modified = d.modified_ms;
    return r;
}

std::string clock_time(double ms) {
    const std::time_t t = (std::time_t)(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d-%02d %02d:%02d:%02d", tm.tm_mday, tm.tm_mon + 1, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

void schedule(double ms) {
    if (g_tick_pending) return;
    g_tick_pending = true;
    platform::storage_schedule_tick(std::max(0.0, ms));
}

// Adds a draft read from storage (or recovered) and tracks it as stored.
Draft& adopt(Document doc, const std::string& stored_checksum, double created, double modified) {
    Draft& d = g_ws->add(std::move(doc), false);
    if (created > 0) d.created_ms = created;
    if (modified > 0) d.modified_ms = modified;
    Tracked t;
    t.draft = &d;
    t.id = d.doc().id;
    t.seen_revision = d.revision();
    t.saved_revision = stored_checksum.empty() ? 0 : d.revision();
    t.stored_checksum = stored_checksum;
    t.changed_at = platform::now_ms();
    g_tracked.push_back(t);
    return d;
}

void update_status() {
    if (!g_ui) return;
    ui::StorageState& s = g_ui->storage;
    if (!g_loaded) { s.status = ui::SaveStatus::loading; return; }
    if (!g_available) { s.status = ui::SaveStatus::unavailable; return; }
    bool busy = false;
    for (const Tracked& t : g_tracked) busy |= t.dirty() || t.in_flight;
    if (!g_last_error.empty() && busy) s.status = ui::SaveStatus::failed;
    else s.status = busy ? ui::SaveStatus::saving : ui::SaveStatus::saved;
    if (!busy) g_last_error.clear();
    s.error = g_last_error;
}

void settle_flush() {
    if (!g_flush_wanted) return;
    bool busy = g_pending_ops > 0;
    for (const Tracked& t : g_tracked) busy |= t.in_flight || t.dirty();
    if (!g_available) {
        g_flush_wanted = false;
        platform::storage_flush_done(false, "storage unavailable: " + g_last_error);
    } else if (!g_last_error.empty()) {
        g_flush_wanted = false;
        platform::storage_flush_done(false, g_last_error);
    } else if (!busy) {
        g_flush_wanted = false;
        platform::storage_flush_done(true, "");
    }
}

// [SECTION] Saving ----------------------------------------------------------------------

void save_due(bool force) {
    if (!g_loaded) return;
    const double now = platform::now_ms();
    double next = -1;
    for (Tracked& t : g_tracked) {
        if (t.in_flight || !t.dirty()) continue;
        double due = t.changed_at + kSaveDebounceMs;
        if (!g_last_error.empty()) due = std::max(due, t.retry_at);
        if (!force && now < due) {
            next = next < 0 ? due - now : std::min(next, due - now);
            continue;
        }
        platform::StorageRecord r = record_of(*t.draft);
        if (r.checksum == t.stored_checksum) {  // e.g. typed and undone: nothing new to store
            t.saved_revision = t.draft->revision();
            continue;
        }
        t.in_flight = true;
        t.saving_revision = t.draft->revision();
        t.saving_checksum = r.checksum;
        platform::storage_put(r, t.stored_checksum, kVersionIntervalMs, t.new_version);
        t.new_version = false;
    }
    if (next >= 0) schedule(next + 5);
    update_status();
    settle_flush();
}

void on_conflict(Tracked& t, const json& stored) {
    // Another tab saved this draft while we had changes: keep both. Ours
    // becomes a copy; the draft itself follows the stored version.
    Document mine = t.draft->doc();
    const std::string text = stored.value("json", std::string());
    ReadResult theirs = read_json(text);
    mine.id = new_document_id();
    mine.event.title += ui::T(" (jouw versie)", " (your version)");
    if (theirs.document && checksum_fnv1a64(text) == stored.value("checksum", std::string())) {
        t.draft->commit(std::move(*theirs.document), {"Wijziging uit ander tabblad", "Change from another tab"});
        t.saved_revision = t.seen_revision = t.draft->revision();
    }
    t.stored_checksum = stored.value("checksum", std::string());
    Draft& copy = g_ws->add(std::move(mine), false);
    Tracked c;  // tracked at once, so planner.flush() waits for the copy too
    c.draft = &copy;
    c.id = copy.doc().id;
    c.seen_revision = copy.revision();
    c.changed_at = platform::now_ms();
    g_tracked.push_back(c);
    g_ui->storage.note = ui::T("Dit concept is tegelijk in een ander tabblad gewijzigd. Beide zijn bewaard: "
                               "jouw wijzigingen staan in de kopie \"(jouw versie)\".",
                               "This draft was changed in another tab at the same time. Both are kept: "
                               "your changes are in the copy \"(your version)\".");
}

void on_saved(const StorageEvent& e) {
    Tracked* t = find_by_id(e.id);
    json j = json::parse(e.text, nullptr, false);
    if (!t) return;
    t->in_flight = false;
    if (e.ok) {
        t->saved_revision = t->saving_revision;
        t->stored_checksum = t->saving_checksum;
        g_last_error.clear();
        if (g_ui->storage.show_history && g_ui->storage.versions_of == t->id) g_ui->storage.want_versions = true;
    } else if (j.is_object() && j.value("conflict", false)) {
        on_conflict(*t, j["record"]);
    } else {
        g_last_error = j.is_object() ? j.value("error", std::string("unknown error")) : e.text;
        g_ui->storage.quota = j.is_object() && j.value("name", std::string()) == "QuotaExceededError";
        t->retry_at = platform::now_ms() + kRetryMs;
        schedule(kRetryMs);
    }
    save_due(false);
    platform::request_frames(2);
}

// [SECTION] Loading, recovering, following other tabs -------------------------------------

void on_loaded(const StorageEvent& e) {
    g_loaded = true;
    json j = json::parse(e.text, nullptr, false);
    if (!e.ok || !j.is_object()) {
        g_available = false;
        g_last_error = j.is_object() ? j.value("error", std::string()) : e.text;
        update_status();
        settle_flush();
        platform::request_frames(2);
        return;
    }
    std::vector<json> records;
    for (const json& r : j.value("drafts", json::array())) records.push_back(r);
    std::sort(records.begin(), records.end(), [](const json& a, const json& b) {
        return a.value("created", 0.0) < b.value("created", 0.0);
    });
    for (const json& r : records) {
        const std::string id = r.value("id", std::string());
        const std::string text = r.value("json", std::string());
        const std::string sum = r.value("checksum", std::string());
        if (find_by_id(id)) continue;
        ReadResult doc = checksum_fnv1a64(text) == sum ? read_json(text) : ReadResult{};
        if (!doc.document || doc.document->id != id) {
            platform::log_line("dagdeel: stored draft " + id + " is damaged; set aside, recovering from its versions");
            platform::storage_quarantine(id);
            ++g_pending_ops;
            continue;
        }
        adopt(std::move(*doc.document), sum, r.value("created", 0.0), r.value("modified", 0.0));
    }
    // Drafts made before the load finished (planner.open, a template) stay and get saved.
    for (auto& d : g_ws->drafts)
        if (std::none_of(g_tracked.begin(), g_tracked.end(), [&](const Tracked& t) { return t.draft == d.get(); })) {
            Tracked t;
            t.draft = d.get();
            t.id = d->doc().id;
            t.changed_at = platform::now_ms();
            g_tracked.push_back(t);
        }
    // Reopen what was open.
    const json meta = j.value("meta", json::object());
    if (meta.is_object()) {
        const std::string current = meta.value("current", std::string());
        for (std::size_t i = 0; i < g_ws->drafts.size(); ++i)
            if (g_ws->drafts[i]->doc().id == current) g_ws->current = i;
        const int tab = meta.value("tab", -1);
        if (tab >= 0 && tab <= (int)ui::MainTab::announcement) {
            g_ui->tab = (ui::MainTab)tab;
            g_ui->tab_requested = true;
        }
    }
    save_due(false);
    update_status();
    settle_flush();
    platform::request_frames(3);
}

void on_versions(const StorageEvent& e) {
    json j = json::parse(e.text, nullptr, false);
    if (!j.is_object()) return;
    const std::string purpose = j.value("purpose", std::string());
    std::vector<ui::StoredVersion> list;
    for (const json& v : j.value("versions", json::array())) {
        ui::StoredVersion s;
        s.key = v.value("key", 0.0);
        s.time = v.value("time", 0.0);
        s.title = v.value("title", std::string());
        s.json = v.value("json", std::string());
        s.checksum = v.value("checksum", std::string());
        list.push_back(std::move(s));
    }
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
    if (purpose == "recover") {
        --g_pending_ops;
        for (auto it = list.rbegin(); it != list.rend(); ++it) {
            if (checksum_fnv1a64(it->json) != it->checksum) continue;
            ReadResult r = read_json(it->json);
            if (!r.document) continue;
            adopt(std::move(*r.document), "", 0, it->time);
            g_ui->storage.note = std::string(ui::T("Een opgeslagen concept was beschadigd en is apart gezet; de laatste goede "
                                                   "versie (", "A stored draft was damaged and has been set aside; the last "
                                                   "good version (")) + clock_time(it->time) + ui::T(") is geopend.", ") is open.");
            g_ws->current = g_ws->drafts.size() - 1;
            save_due(true);
            platform::request_frames(3);
            return;
        }
        settle_flush();
        g_ui->storage.note = ui::T("Een opgeslagen concept was beschadigd en had geen goede versie; het is apart gezet "
                                   "(niet verwijderd).", "A stored draft was damaged and had no good version; it has been "
                                   "set aside (not deleted).");
        platform::request_frames(3);
        return;
    }
    g_ui->storage.versions_of = e.id;
    g_ui->storage.versions = std::move(list);
    platform::request_frames(2);
}

void on_remote_saved(const StorageEvent& e) {
    Tracked* t = find_by_id(e.id);
    json j = json::parse(e.text, nullptr, false);
    if (!t || !j.is_object() || j.value("checksum", std::string()) == t->stored_checksum) return;
    // With changes of our own, the next save notices the conflict and keeps both.
    if (t->dirty() || t->in_flight) return;
    platform::storage_get(e.id);
}

void on_record(const StorageEvent& e) {
    Tracked* t = find_by_id(e.id);
    json r = json::parse(e.text, nullptr, false);
    if (!t || !e.ok || !r.is_object() || t->dirty() || t->in_flight) return;
    const std::string text = r.value("json", std::string()), sum = r.value("checksum", std::string());
    if (sum == t->stored_checksum || checksum_fnv1a64(text) != sum) return;
    ReadResult doc = read_json(text);
    if (!doc.document) return;
    t->draft->commit(std::move(*doc.document), {"Wijziging uit ander tabblad", "Change from another tab"});
    t->saved_revision = t->seen_revision = t->draft->revision();
    t->stored_checksum = sum;
    platform::request_frames(3);
}

void on_bin_restored(const StorageEvent& e) {
    --g_pending_ops;
    settle_flush();
    json r = json::parse(e.text, nullptr, false);
    if (!e.ok || !r.is_object() || find_by_id(e.id)) return;
    const std::string text = r.value("json", std::string()), sum = r.value("checksum", std::string());
    ReadResult doc = read_json(text);
    if (!doc.document) return;
    adopt(std::move(*doc.document), sum, r.value("created", 0.0), r.value("modified", 0.0));
    g_ws->current = g_ws->drafts.size() - 1;
    g_ui->selection = {};
    g_ui->storage.want_bin = true;
    platform::request_frames(3);
}

void import_backup(const std::string& name, const std::string& text) {
    BackupReadResult r = read_backup(text);
    if (!r.ok) {
        g_ui->storage.note = std::string(ui::T("Back-up niet ingelezen (", "Backup not imported (")) + name + "): " +
                             (r.problems.empty() ? "" : r.problems[0]);
        return;
    }
    int added = 0, copies = 0, same = 0;
    for (BackupDraft& b : r.drafts) {
        std::vector<const Document*> have;
        for (auto& d : g_ws->drafts) have.push_back(&d->doc());
        switch (merge_action(have, b.document)) {
        case MergeAction::skip_same: ++same; break;
        case MergeAction::add_as_copy:
            b.document.id = new_document_id();
            b.document.event.title += ui::T(" (uit back-up)", " (from backup)");
            ++copies;
            g_ws->add(std::move(b.document), false);
            break;
        case MergeAction::add: ++added; g_ws->add(std::move(b.document), false); break;
        }
    }
    char buf[256];
    std::snprintf(buf, sizeof buf, ui::T("Back-up ingelezen: %d nieuw, %d als kopie (verschilden), %d al aanwezig, %d overgeslagen.",
                                         "Backup imported: %d new, %d as copies (they differed), %d already here, %d skipped."),
                  added, copies, same, (int)r.problems.size());
    g_ui->storage.note = buf;
}

void on_event(const StorageEvent& e) {
    switch (e.kind) {
    case StorageEventKind::loaded: on_loaded(e); break;
    case StorageEventKind::saved: on_saved(e); break;
    case StorageEventKind::versions: on_versions(e); break;
    case StorageEventKind::bin: {
        json j = json::parse(e.text, nullptr, false);
        g_ui->storage.bin.clear();
        if (j.is_array())
            for (const json& b : j)
                g_ui->storage.bin.push_back({b.value("id", std::string()), b.value("title", std::string()),
                                             b.value("modified", 0.0), b.value("deleted", 0.0)});
        std::sort(g_ui->storage.bin.begin(), g_ui->storage.bin.end(),
                  [](const auto& a, const auto& b) { return a.deleted > b.deleted; });
        platform::request_frames(2);
        break;
    }
    case StorageEventKind::record: on_record(e); break;
    case StorageEventKind::remote_saved: on_remote_saved(e); break;
    case StorageEventKind::file_chosen:
        if (e.ok) import_backup(e.id, e.text);
        platform::request_frames(3);
        break;
    case StorageEventKind::flush:
        g_flush_wanted = true;
        if (!g_loaded) break;
        if (g_available) g_last_error.clear();  // try again now; a lasting fault fails again
        save_due(true);
        break;
    case StorageEventKind::tick: g_tick_pending = false; save_due(false); platform::request_frames(1); break;
    case StorageEventKind::persisted: g_ui->storage.persisted = e.ok ? 1 : 0; break;
    case StorageEventKind::bin_restored: on_bin_restored(e); break;
    case StorageEventKind::quarantined: break;
    }
}

void download_backup() {
    std::vector<BackupDraft> all;
    for (auto& d : g_ws->drafts) all.push_back({d->doc(), d->modified_ms});
    const double now = wall_clock_ms();
    const std::time_t t = (std::time_t)(now / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char name[64];
    std::snprintf(name, sizeof name, "dagdeel-backup-%04d-%02d-%02d-%02d%02d.json", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min);
    platform::storage_download(name, "application/json", write_backup(all, now));
}

}  // namespace

// [SECTION] Frame and requests ------------------------------------------------------------

void persistence_init(Workspace& ws, ui::UiState& ui) {
    g_ws = &ws;
    g_ui = &ui;
    platform::storage_install(on_event);
}

void persistence_frame(Workspace& ws, ui::UiState& ui) {
    ui::StorageState& s = ui.storage;
    if (s.want_backup) { s.want_backup = false; download_backup(); }
    if (s.want_import) { s.want_import = false; platform::storage_pick_file(); }
    if (!g_loaded) { update_status(); return; }

    // Edits, new drafts and deletes since the last frame.
    const double now = platform::now_ms();
    for (auto& d : ws.drafts) {
        auto it = std::find_if(g_tracked.begin(), g_tracked.end(), [&](const Tracked& t) { return t.draft == d.get(); });
        if (it == g_tracked.end()) {
            Tracked t;
            t.draft = d.get();
            t.id = d->doc().id;
            t.seen_revision = d->revision();
            t.changed_at = now;
            g_tracked.push_back(t);
            schedule(kSaveDebounceMs);
        } else if (it->seen_revision != d->revision()) {
            it->seen_revision = d->revision();
            it->changed_at = now;
            schedule(kSaveDebounceMs);
        }
    }
    for (auto it = g_tracked.begin(); it != g_tracked.end();) {
        const bool present = std::any_of(ws.drafts.begin(), ws.drafts.end(), [&](auto& d) { return d.get() == it->draft; });
        if (present) { ++it; continue; }
        // Deleted: its latest state goes to the bin (the undo-delete puts it back).
        platform::storage_move_to_bin(record_of(*it->draft));
        it = g_tracked.erase(it);
        if (s.show_bin) s.want_bin = true;
    }

    // Requests from the storage views.
    Draft* active = ws.active();
    if (s.restore_version >= 0 && active && s.restore_version < (int)s.versions.size()) {
        const ui::StoredVersion& v = s.versions[(std::size_t)s.restore_version];
        ReadResult r = read_json(v.json);
        if (r.document && checksum_fnv1a64(v.json) == v.checksum) {
            r.document->id = active->doc().id;
            const std::string when = clock_time(v.time);
            active->commit(std::move(*r.document), {"Versie van " + when + " terugzetten", "Restore version of " + when});
            if (Tracked* t = find_by_id(active->doc().id)) t->new_version = true;
        }
    }
    s.restore_version = -1;
    if (!s.restore_from_bin.empty()) {
        ++g_pending_ops;
        platform::storage_restore_from_bin(s.restore_from_bin);
        s.restore_from_bin.clear();
    }
    if (s.show_history && active && s.versions_of != active->doc().id) s.want_versions = true;
    if (s.want_versions && active) { s.want_versions = false; platform::storage_list_versions(active->doc().id); }
    if (s.want_bin) { s.want_bin = false; platform::storage_list_bin(); }

    // Which draft is open (other tabs and the next start want to know).
    const std::string open_id = active ? active->doc().id : std::string();
    if (open_id != g_announced) { g_announced = open_id; platform::storage_announce_open(open_id); }
    s.open_elsewhere = !open_id.empty() && platform::storage_open_elsewhere(open_id);
    const std::string meta = json{{"current", open_id}, {"tab", (int)ui.tab}}.dump();
    if (meta != g_meta_written) { g_meta_written = meta; platform::storage_put_meta(meta); }
    update_status();
}

}  // namespace dagdeel::app
