// Drafts in the browser's IndexedDB (database "dagdeel"): the JavaScript half
// lives in web_storage.cpp. Every call starts async work and returns at once;
// results come back as StorageEvents through the handler given to
// storage_install, outside any frame (timers and saves also run while the tab
// is hidden and renders nothing).
//
// Object stores:
//   drafts      id -> {id, title, created, modified, json, checksum}
//   versions    auto key -> {key, draft, started, time, title, json, checksum}
//               (index "draft"); the newest version of a draft is replaced
//               while it is younger than the version interval, so versions
//               are kept at that spacing, at most kMaxVersions per draft
//   bin         id -> draft record + {deleted}; purged after 30 days on start
//   quarantine  auto key -> a record that failed its checksum or did not parse
//   meta        "session" -> {current, tab}
// A save is one readwrite transaction over drafts + versions (+ bin): the new
// record and its version are written together, or not at all, so an
// interrupted save leaves the previous record intact.
#pragma once

#include <functional>
#include <string>

namespace dagdeel::platform {

enum class StorageEventKind {
    loaded = 0,        // ok; text {drafts:[records], meta, persisted} or {error}
    saved = 1,         // ok, id; text {checksum} or {error, name} or {conflict:true, record}
    versions = 2,      // id; text {purpose:"list"|"recover", versions:[{key,time,title,json,checksum}]}
    bin = 3,           // text [{id,title,modified,deleted}]
    record = 4,        // ok, id; text the stored draft record (for following another tab)
    remote_saved = 5,  // id; text {checksum}: another tab saved this draft
    file_chosen = 6,   // id = file name; text = its contents (backup import)
    flush = 7,         // planner.flush() or the page being hidden: save everything now
    tick = 8,          // the timer from storage_schedule_tick
    persisted = 9,     // ok = the browser granted persistent storage
    bin_restored = 10, // ok, id; text the record now back in drafts
    quarantined = 11,  // ok, id: the bad record was moved aside
};

struct StorageEvent {
    StorageEventKind kind = StorageEventKind::loaded;
    bool ok = false;
    std::string id;
    std::string text;
};

struct StorageRecord {
    std::string id, title, json, checksum;
    double created = 0, modified = 0;
};

inline constexpr int kMaxVersions = 30;
inline constexpr double kBinDays = 30;

// Opens the database, purges the bin, reads every draft; `loaded` follows.
void storage_install(std::function<void(const StorageEvent&)> handler);
// Writes `r` unless the stored record's checksum is neither `expected` nor
// r.checksum (another tab saved in between): then `saved` reports a conflict
// with the stored record and nothing is written.
void storage_put(const StorageRecord& r, const std::string& expected, double version_interval_ms, bool new_version);
void storage_move_to_bin(const StorageRecord& r);
void storage_restore_from_bin(const std::string& id);
void storage_list_bin();
void storage_list_versions(const std::string& id, const char* purpose = "list");
void storage_quarantine(const std::string& id);  // then versions(purpose "recover")
void storage_get(const std::string& id);
void storage_put_meta(const std::string& json);
void storage_announce_open(const std::string& id);      // BroadcastChannel("dagdeel")
bool storage_open_elsewhere(const std::string& id);     // another tab has this draft open
void storage_schedule_tick(double ms);
void storage_flush_done(bool ok, const std::string& error);  // settles planner.flush()
void storage_pick_file();  // a file picker; the chosen file arrives as file_chosen
void storage_download(const std::string& name, const std::string& mime, const std::string& text);

}  // namespace dagdeel::platform
