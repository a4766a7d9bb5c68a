// (No ImGui, no Emscripten: unit-tested natively, tests/unit/unit-drafts-library.cpp.)
// The life of the drafts in storage, in one place: restore on start, save
// each draft a moment after its last change, keep versions (the last 30, at
// most one per 2 minutes; a restore always starts a new one), the bin (30
// days), quarantine of damaged records (the last good version opens, nothing
// is deleted), conflict copies when two tabs changed the same draft, backup
// export and import (merge by id, keep both where they differ), and failing
// storage (the work stays in memory, with a message and a retry).
//
// It decides; a StoragePort (storage_port.hpp) executes. Time comes from an
// injected clock (ms since epoch), so tests run the debounce and the 30-day
// bin without waiting.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "edit/workspace.hpp"
#include "io/draft_backup.hpp"
#include "io/json/json_write_job.hpp"
#include "storage/storage_port.hpp"

namespace dagdeel::storage {

inline constexpr double kSaveDebounceMs = 300;
// A save writes its JSON in slices of about this long, one per tick, so a
// big plan's autosave leaves room for frames between them.
inline constexpr double kSaveSliceMs = 4;
inline constexpr double kVersionIntervalMs = 2 * 60 * 1000;  // a new version at most every 2 minutes
inline constexpr double kRetryMs = 5000;                     // after a failed save
inline constexpr int kMaxVersions = 30;
inline constexpr double kBinMs = 30.0 * 24 * 60 * 60 * 1000;  // 30 days

enum class SaveStatus { loading, saved, saving, failed, unavailable };

struct LibraryStatus {
    SaveStatus status = SaveStatus::loading;
    std::string error;     // the store's words for the last failure
    bool quota = false;    // ...and it was a full quota
    int persisted = -1;    // -1 unknown, 0 refused, 1 granted
    bool open_elsewhere = false;  // the open draft is also open in another tab
};

// Something the user must be told (the app words it in the UI language).
struct Notice {
    enum class Kind { conflict_copy, recovered, unrecoverable, backup_imported, backup_refused };
    Kind kind = Kind::conflict_copy;
    double time = 0;        // recovered: the time of the version that opened
    int added = 0, copies = 0, same = 0, skipped = 0;  // backup_imported
    std::string name, reason;                          // backup_refused
};

// A version's time as people read it in a label or message: "13-02 14:05:09" (local time).
std::string version_time_label(double ms_since_epoch);

// Where a save puts its version, given the draft's stored versions (oldest
// first): nothing when the newest already holds these bytes; the newest slot
// again while it is younger than `interval_ms` (unless `force_new`); else a
// new one, dropping the oldest beyond `max_versions`.
struct VersionPlan {
    bool write = false;
    double replace_key = 0;  // 0: add a new version
    double started = 0;
    std::vector<double> drop_keys;
};
VersionPlan plan_version(const std::vector<StoredVersion>& existing, const std::string& checksum, double now,
                         double interval_ms, bool force_new, int max_versions);

class DraftsLibrary {
public:
    using Clock = std::function<double()>;  // ms since epoch
    DraftsLibrary(Workspace& ws, StoragePort& port, Clock clock);

    void start();                                  // port.open(); Loaded follows
    void handle(const StorageEvent& event);        // everything the store reports
    // After each frame: notices edits, new drafts and deletions; schedules saves.
    void notice_changes();
    void set_session(const SessionMeta& meta);     // written when it changes
    void set_english(bool english) { english_ = english; }
    void set_version_interval(double ms) { version_interval_ms_ = ms; }  // tests of the page

    // Requests of the storage views.
    void list_versions(const std::string& id);     // -> versions()
    void watch_versions(const std::string& id) { watched_ = id; }  // re-list after each save ("" none)
    bool restore_version(std::size_t index);       // into the open draft, as one undoable step
    void list_bin();
    void watch_bin(bool shown) { bin_watched_ = shown; }  // re-list after each deletion
    void restore_from_bin(const std::string& id);
    void choose_backup() { port_.pick_backup_file(); }
    void import_backup(const std::string& name, const std::string& text);
    struct BackupFile { std::string name, text; };
    BackupFile backup_file() const;                // every draft in one "dagdeel-backup" file

    const LibraryStatus& status() const { return status_; }
    bool loaded() const { return loaded_; }
    const std::string& versions_of() const { return versions_of_; }
    const std::vector<StoredVersion>& versions() const { return versions_; }  // oldest first
    const std::vector<BinEntry>& bin() const { return bin_; }                 // newest deletion first
    unsigned listing_generation() const { return listing_generation_; }     // bumps when either list changes
    std::optional<int> take_restored_tab();        // the tab stored with the session, once
    std::vector<Notice> take_notices();
    bool take_current_changed();                   // the library opened a draft (recovery, bin restore)

private:
    struct Tracked {
        Draft* draft = nullptr;
        std::string id;
        unsigned seen_revision = 0;    // revision when last looked at
        unsigned saved_revision = 0;   // revision that is in the store (0: none)
        unsigned saving_revision = 0;
        bool in_flight = false;
        bool new_version = false;      // the next save starts a new version (after a restore)
        std::string stored_checksum;   // what the store holds for this id ("" none)
        std::string saving_checksum;
        VersionPlan saving_plan;
        double changed_at = 0, retry_at = 0;
        bool versions_known = false;   // `stored_versions` mirrors the store
        bool versions_asked = false;
        std::vector<StoredVersion> stored_versions;  // without content, oldest first
        std::unique_ptr<JsonWriteJob> writing;       // the JSON being written in slices
        unsigned writing_revision = 0;               // ... of this revision (another: start again)
        ChecksumFnv1a64 hashing;                     // ... its checksum so far
        std::size_t hashed = 0;                      // ... over this many bytes of it
        bool dirty() const { return draft->revision() != saved_revision; }
    };
    enum class Listing { history, recover, plan };

    Tracked* find(const std::string& id);
    Tracked* find(const Draft* d);
    Tracked& track(Draft& d, const std::string& stored_checksum, bool versions_known);
    Draft& adopt(Document doc, const std::string& stored_checksum, double created, double modified);
    DraftRecord record_of(Draft& d) const;
    bool write_in_slices(Tracked& t, bool force, DraftRecord& out);
    void schedule(double ms);
    void save_due(bool force);
    void start_save(Tracked& t, DraftRecord record);
    void update_status();
    void settle_flush();
    void follow_stored(Tracked& t, const DraftRecord& stored);
    int ask_versions(const std::string& id, Listing purpose, bool with_content);
    void recover(const std::string& id, std::vector<StoredVersion> versions);

    void on(const Loaded&);
    void on(const Saved&);
    void on(const SaveFailed&);
    void on(const SaveConflict&);
    void on(const VersionsListed&);
    void on(const BinListed&);
    void on(const RecordRead&);
    void on(const RemoteSaved&);
    void on(const BinRestored&);
    void on(const Quarantined&) {}
    void on(const OtherTabs&);
    void on(const Persisted&);
    void on(const FlushRequested&);
    void on(const Tick&);
    void on(const BackupChosen&);

    Workspace& ws_;
    StoragePort& port_;
    Clock clock_;
    std::vector<Tracked> tracked_;
    bool loaded_ = false, available_ = true, flush_wanted_ = false, tick_pending_ = false, english_ = false;
    int pending_ops_ = 0;  // recoveries and bin restores under way: a flush waits for them
    std::string last_error_;
    double version_interval_ms_ = kVersionIntervalMs;
    LibraryStatus status_;
    SessionMeta session_written_;
    bool session_known_ = false, bin_watched_ = false, current_changed_ = false;
    std::string announced_;
    std::vector<std::string> open_in_other_tabs_;
    std::optional<int> restored_tab_;
    std::vector<Notice> notices_;
    int next_token_ = 1;
    std::map<int, std::pair<std::string, Listing>> listings_;  // token -> (draft id, purpose)
    std::string versions_of_, watched_;
    std::vector<StoredVersion> versions_;
    std::vector<BinEntry> bin_;
    unsigned listing_generation_ = 0;
};

}  // namespace dagdeel::storage
