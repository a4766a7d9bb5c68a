// The drafts store in the browser: executes the port calls of the drafts
// library (storage/storage_port.hpp) with IndexedDB and BroadcastChannel in
// web/lib/storage.js, and decodes what that JavaScript sends back into the
// port's typed events (storage/storage_codec.hpp). No policy lives here.
#pragma once

#include <functional>

#include "storage/storage_port.hpp"

namespace dagdeel::platform {

class WebStoragePort final : public storage::StoragePort {
public:
    void open() override;
    void put(const storage::PutRequest& request) override;
    void move_to_bin(const storage::DraftRecord& record, double deleted_at) override;
    void restore_from_bin(const std::string& id) override;
    void purge_from_bin(const std::vector<std::string>& ids) override;
    void list_bin() override;
    void list_versions(const std::string& id, int token, bool with_content) override;
    void quarantine(const std::string& id) override;
    void get(const std::string& id) override;
    void put_session(const storage::SessionMeta& meta) override;
    void announce_open(const std::string& id) override;
    void schedule_tick(double ms) override;
    void flush_done(bool ok, const std::string& error) override;
    void pick_backup_file() override;
};

// Installs the page half (other tabs, persistent storage, a flush when the
// page is hidden or closed) and sends every event to `handler`, outside any
// frame (saves also run while the tab is hidden and renders nothing).
void storage_install(std::function<void(const storage::StorageEvent&)> handler);

}  // namespace dagdeel::platform
