// UI state of browser storage (view_storage.cpp reads it, app/persistence.cpp
// fills it and carries out the requests). Plain data, part of UiState.
#pragma once

#include <string>
#include <vector>

namespace dagdeel::ui {

enum class SaveStatus { loading, saved, saving, failed, unavailable };

struct StoredVersion {
    double key = 0, time = 0;
    std::string title, json, checksum;
};
struct BinEntry {
    std::string id, title;
    double modified = 0, deleted = 0;
};

struct StorageState {
    SaveStatus status = SaveStatus::loading;
    std::string error;          // why the last save failed (browser's words)
    bool quota = false;         // the failure was a full quota
    int persisted = -1;         // navigator.storage.persist(): -1 unknown, 0 refused, 1 granted
    bool open_elsewhere = false;  // the open draft is also open in another tab
    std::string note;           // stays in the status bar until dismissed (conflicts, recoveries)

    bool show_history = false, show_bin = false, show_info = false;
    std::string versions_of;    // draft id the list below belongs to
    std::vector<StoredVersion> versions;  // oldest first
    std::vector<BinEntry> bin;

    // Requests from the views, done by the persistence after drawing.
    bool want_versions = false, want_bin = false, want_backup = false, want_import = false;
    int restore_version = -1;   // index into `versions`
    std::string restore_from_bin;
};

}  // namespace dagdeel::ui
