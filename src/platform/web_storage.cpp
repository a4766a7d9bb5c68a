// The drafts store in the browser (see web_storage.hpp). Calls go to
// web/lib/storage.js (and the file picker in web/lib/files.js); what comes
// back arrives at the exported dd_storage_* functions below, is decoded into
// a typed event and handed on. Nothing may throw out into JavaScript.
#include "platform/web_storage.hpp"

#include <emscripten/emscripten.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <utility>

#include "storage/storage_codec.hpp"

extern "C" {
void dd_js_storage_install();
void dd_js_storage_open();
void dd_js_storage_put(const char* header, const char* json, std::size_t length);
void dd_js_storage_to_bin(const char* header, const char* json, double deleted);
void dd_js_storage_from_bin(const char* id);
void dd_js_storage_purge_bin(const char* ids_json);
void dd_js_storage_list_bin();
void dd_js_storage_list_versions(const char* id, int token, int with_content);
void dd_js_storage_quarantine(const char* id);
void dd_js_storage_get(const char* id);
void dd_js_storage_put_session(const char* json);
void dd_js_storage_announce(const char* id);
void dd_js_storage_schedule_tick(double ms);
void dd_js_storage_flush_done(int ok, const char* error);
void dd_js_pick_backup_file();
}

namespace dagdeel::platform {
namespace {

std::function<void(const storage::StorageEvent&)> g_handler;

}  // namespace

void WebStoragePort::open() { dd_js_storage_open(); }
void WebStoragePort::put(const storage::PutRequest& r) {
    dd_js_storage_put(storage::encode_put_header(r).c_str(), r.record.json.data(), r.record.json.size());
}
void WebStoragePort::move_to_bin(const storage::DraftRecord& r, double deleted_at) {
    dd_js_storage_to_bin(storage::encode_record_header(r).c_str(), r.json.c_str(), deleted_at);
}
void WebStoragePort::restore_from_bin(const std::string& id) { dd_js_storage_from_bin(id.c_str()); }
void WebStoragePort::purge_from_bin(const std::vector<std::string>& ids) {
    dd_js_storage_purge_bin(nlohmann::json(ids).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}
void WebStoragePort::list_bin() { dd_js_storage_list_bin(); }
void WebStoragePort::list_versions(const std::string& id, int token, bool with_content) {
    dd_js_storage_list_versions(id.c_str(), token, with_content ? 1 : 0);
}
void WebStoragePort::quarantine(const std::string& id) { dd_js_storage_quarantine(id.c_str()); }
void WebStoragePort::get(const std::string& id) { dd_js_storage_get(id.c_str()); }
void WebStoragePort::put_session(const storage::SessionMeta& meta) {
    dd_js_storage_put_session(storage::encode_session(meta).c_str());
}
void WebStoragePort::announce_open(const std::string& id) { dd_js_storage_announce(id.c_str()); }
void WebStoragePort::schedule_tick(double ms) { dd_js_storage_schedule_tick(ms); }
void WebStoragePort::flush_done(bool ok, const std::string& error) { dd_js_storage_flush_done(ok ? 1 : 0, error.c_str()); }
void WebStoragePort::pick_backup_file() { dd_js_pick_backup_file(); }

void storage_install(std::function<void(const storage::StorageEvent&)> handler) {
    g_handler = std::move(handler);
    dd_js_storage_install();
}

}  // namespace dagdeel::platform

// --- called from web/lib/storage.js and web/lib/files.js ------------------------------------
namespace {

using namespace dagdeel::storage;

std::string str(const char* s) { return s ? s : ""; }

// Decodes and delivers one event; nothing escapes into JavaScript.
template <class Make>
void deliver(Make make) {
    if (!dagdeel::platform::g_handler) return;
    try {
        dagdeel::platform::g_handler(StorageEvent(make()));
    } catch (...) {
    }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void dd_storage_loaded(int ok, const char* json) {
    deliver([&] { return decode_loaded(ok != 0, str(json)); });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_saved(const char* id, const char* checksum, double version_key) {
    deliver([&] { return Saved{str(id), str(checksum), version_key}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_save_failed(const char* id, const char* error_json) {
    deliver([&] { return decode_failure(str(id), str(error_json)); });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_save_conflict(const char* id, const char* record_json) {
    deliver([&] { return SaveConflict{str(id), decode_record(str(record_json)).value_or(DraftRecord{})}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_versions(int token, const char* id, int ok, const char* json) {
    deliver([&] { return VersionsListed{token, str(id), ok != 0, decode_versions(str(json))}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_bin_listed(const char* json) {
    deliver([&] { return BinListed{decode_bin(str(json))}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_record(const char* id, int found, const char* json) {
    deliver([&] {
        std::optional<DraftRecord> r = found ? decode_record(str(json)) : std::nullopt;
        return RecordRead{str(id), r.has_value(), r.value_or(DraftRecord{})};
    });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_remote_saved(const char* id, const char* checksum) {
    deliver([&] { return RemoteSaved{str(id), str(checksum)}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_bin_restored(const char* id, int ok, const char* json) {
    deliver([&] {
        std::optional<DraftRecord> r = ok ? decode_record(str(json)) : std::nullopt;
        return BinRestored{str(id), r.has_value(), r.value_or(DraftRecord{})};
    });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_quarantined(const char* id, int ok) {
    deliver([&] { return Quarantined{str(id), ok != 0}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_other_tabs(const char* ids_json) {
    deliver([&] { return OtherTabs{decode_ids(str(ids_json))}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_persisted(int granted) {
    deliver([&] { return Persisted{granted != 0}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_flush() {
    deliver([] { return FlushRequested{}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_tick() {
    deliver([] { return Tick{}; });
}
EMSCRIPTEN_KEEPALIVE void dd_storage_backup_chosen(const char* name, int ok, const char* text, int length) {
    deliver([&] {
        return BackupChosen{str(name), text && length > 0 ? std::string(text, (std::size_t)length) : std::string(), ok != 0};
    });
}

}  // extern "C"
