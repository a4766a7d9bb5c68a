// (No ImGui, no Emscripten: unit-tested natively.)
// The text the store's JavaScript and C++ pass each other, in one place:
// JSON from web/lib/storage.js decoded into the typed values of
// storage_port.hpp, and the small JSON headers the port sends with a save.
// A draft's document travels beside its header as its own string, so the
// (possibly large) JSON is never escaped into another JSON.
// Decoding never throws: a field of the wrong type reads as empty.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/storage_port.hpp"

namespace dagdeel::storage {

// {drafts: [record], bin: [entry], meta: {current, tab} | null}; with !ok, {error}.
Loaded decode_loaded(bool ok, std::string_view text);
// {id, title, created, modified, json, checksum}; nullopt when not such an object.
std::optional<DraftRecord> decode_record(std::string_view text);
std::vector<StoredVersion> decode_versions(std::string_view text);  // [{key, started, time, title, json?, checksum}]
std::vector<BinEntry> decode_bin(std::string_view text);            // [{id, title, modified, deleted}]
std::vector<std::string> decode_ids(std::string_view text);         // ["id", ...]
// {error, name} from a failed transaction; quota when name is QuotaExceededError.
SaveFailed decode_failure(std::string id, std::string_view text);

// {id, title, checksum, created, modified} (no json).
std::string encode_record_header(const DraftRecord& record);
// The record header plus {expected, version: {key, started, time} | null, drop: [key]}.
std::string encode_put_header(const PutRequest& request);
std::string encode_session(const SessionMeta& meta);  // {current, tab}

}  // namespace dagdeel::storage
