// (No ImGui, no Emscripten: unit-tested natively with a fake port.)
// The seam between the drafts library (drafts_library.hpp, which decides)
// and a store that only executes: in the browser src/platform/web_storage.cpp
// + web/lib/storage.js over IndexedDB, in the unit tests a fake that records
// the calls. Every port call starts work and returns at once; its result
// comes back later as one of the typed events below, handed to
// DraftsLibrary::handle().
//
// What the store holds (IndexedDB object stores of database "dagdeel"):
//   drafts      id -> DraftRecord
//   versions    auto key -> {key, draft, started, time, title, json, checksum}
//   bin         id -> DraftRecord + {deleted}
//   quarantine  auto key -> {draftId, time, record}: records set aside, never deleted
//   meta        "session" -> SessionMeta
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace dagdeel::storage {

// One draft as stored: the document as write_json writes it, with the
// FNV-1a checksum of exactly those bytes (io/draft_backup.hpp).
struct DraftRecord {
    std::string id, title, json, checksum;
    double created = 0, modified = 0;  // ms since epoch
};

struct StoredVersion {
    double key = 0;      // the store's key (0: not stored yet)
    double started = 0;  // when this version slot was opened (spacing is measured from here)
    double time = 0;     // when it was last written
    std::string title, json, checksum;  // json empty when listed without content
};

struct BinEntry {
    std::string id, title;
    double modified = 0, deleted = 0;
};

struct SessionMeta {
    std::string current;  // id of the open draft
    int tab = -1;         // the UI's main tab, opaque here
    friend bool operator==(const SessionMeta&, const SessionMeta&) = default;
};

// A save, carried out as ONE transaction so a tab closed mid-save leaves the
// previous record and versions intact:
//   1. compare: when the stored record's checksum is neither `expected` nor
//      record.checksum, another tab saved in between: abort -> SaveConflict;
//   2. put the record (keeping the stored `created`), delete it from the bin;
//   3. when write_version: put the version (replace `version.key` when > 0,
//      else add one), then delete the versions `drop_version_keys`.
struct PutRequest {
    DraftRecord record;
    std::string expected;  // checksum we believe is stored ("" none)
    bool write_version = false;
    StoredVersion version;  // json/checksum/title are the record's
    std::vector<double> drop_version_keys;
};

// --- events: what the store reports back -------------------------------------------
struct Loaded {           // after open()
    bool ok = false;
    std::string error;    // why the store is unavailable (when !ok)
    std::vector<DraftRecord> drafts;
    std::vector<BinEntry> bin;
    SessionMeta session;
};
struct Saved { std::string id, checksum; double version_key = 0; };  // the new/replaced version's key
struct SaveFailed { std::string id, error; bool quota = false; };
struct SaveConflict { std::string id; DraftRecord stored; };  // nothing was written
struct VersionsListed { int token = 0; std::string id; bool ok = false; std::vector<StoredVersion> versions; };
struct BinListed { std::vector<BinEntry> entries; };
struct RecordRead { std::string id; bool found = false; DraftRecord record; };
struct RemoteSaved { std::string id, checksum; };   // another tab saved this draft
struct BinRestored { std::string id; bool ok = false; DraftRecord record; };
struct Quarantined { std::string id; bool ok = false; };
struct OtherTabs { std::vector<std::string> open_ids; };  // drafts open in other tabs
struct Persisted { bool granted = false; };        // navigator.storage.persist()
struct FlushRequested {};  // planner.flush() or the page being hidden: save everything now
struct Tick {};            // the timer asked for with schedule_tick
struct BackupChosen { std::string name, text; bool ok = false; };  // a backup file picked for import

using StorageEvent = std::variant<Loaded, Saved, SaveFailed, SaveConflict, VersionsListed, BinListed, RecordRead,
                                  RemoteSaved, BinRestored, Quarantined, OtherTabs, Persisted, FlushRequested, Tick,
                                  BackupChosen>;

struct StoragePort {
    virtual ~StoragePort() = default;
    virtual void open() = 0;                          // -> Loaded
    virtual void put(const PutRequest& request) = 0;  // -> Saved | SaveFailed | SaveConflict
    virtual void move_to_bin(const DraftRecord& record, double deleted_at) = 0;
    virtual void restore_from_bin(const std::string& id) = 0;  // -> BinRestored
    virtual void purge_from_bin(const std::vector<std::string>& ids) = 0;  // with their versions
    virtual void list_bin() = 0;                               // -> BinListed
    // -> VersionsListed carrying `token`; without content the versions' json is left out.
    virtual void list_versions(const std::string& id, int token, bool with_content) = 0;
    virtual void quarantine(const std::string& id) = 0;  // moves the stored record aside -> Quarantined
    virtual void get(const std::string& id) = 0;         // -> RecordRead
    virtual void put_session(const SessionMeta& meta) = 0;
    virtual void announce_open(const std::string& id) = 0;  // tells other tabs
    virtual void schedule_tick(double ms) = 0;               // -> Tick
    virtual void flush_done(bool ok, const std::string& error) = 0;  // settles planner.flush()
    virtual void pick_backup_file() = 0;                     // -> BackupChosen
};

}  // namespace dagdeel::storage
