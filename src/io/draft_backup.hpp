// What the browser stores per draft, and the backup file of all drafts.
// Pure helpers (no JavaScript): the checksum that guards every stored
// record, and the "dagdeel-backup" file written for "Download backup" and
// read again by "Import backup".
//
// Backup file (UTF-8 JSON):
//   { "format": "dagdeel-backup", "version": 1, "created": <ms since epoch>,
//     "drafts": [ { "id": "...", "title": "...", "modified": <ms>,
//                   "document": { ...the draft as write_json writes it... } } ] }
// Reading checks every draft with read_json; a draft that does not read is
// reported (with its index and the reason) and skipped, the rest still load.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/json/json_document.hpp"

namespace dagdeel {

// FNV-1a 64-bit over the bytes, as 16 lowercase hex digits. Detects torn or
// hand-damaged records; not a defence against deliberate tampering.
std::string checksum_fnv1a64(std::string_view bytes);

// The same checksum fed in pieces (a save hashes each slice of JSON as it is
// written, so no pass over megabytes is left for the end).
class ChecksumFnv1a64 {
public:
    void add(std::string_view bytes);
    std::string hex() const;

private:
    std::uint64_t h_ = 0xcbf29ce484222325ull;
};

struct BackupDraft {
    Document document;
    double modified_ms = 0;
};

std::string write_backup(const std::vector<BackupDraft>& drafts, double created_ms);

struct BackupReadResult {
    bool ok = false;                  // the file is a dagdeel backup at all
    std::vector<BackupDraft> drafts;  // the drafts that read cleanly
    std::vector<std::string> problems;  // "drafts[2]: days[0].start: ..." or a whole-file reason
};
BackupReadResult read_backup(std::string_view text);

// Merging a backup into drafts that exist: by id. Same id and same content:
// nothing to do. Same id, different content: both are kept, the backup's
// copy is added under a new id (the caller picks it and marks the title).
enum class MergeAction { add, skip_same, add_as_copy };
MergeAction merge_action(const std::vector<const Document*>& existing, const Document& incoming);

}  // namespace dagdeel
