// The one door through which a text becomes a document, for every way in:
// planner-cli (check and convert), window.planner.open, Import…, dropped
// files, share links, backup import, stored drafts and templates.
//
// open_document detects the format from the content (our JSON, iCalendar,
// frab schedule.xml), reads it (JSON files of older versions are migrated by
// the reader), reflows it (so every way in shows the same times: an unpinned
// item's stale "start" never survives), and gives it its own id when that id
// is already open. Problems carry their location (JSON path or line).
// Never throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/formats.hpp"
#include "io/json/json_document.hpp"

namespace dagdeel {

struct OpenOptions {
    // Ids of the drafts already open: a document with one of these ids is a
    // second copy and gets a new id (its title stays: the same file opened
    // twice is two drafts that read the same).
    std::vector<std::string> open_ids;
    // Only our own JSON (stored drafts and backups): nothing else is guessed.
    bool json_only = false;
    // The file's name when there is one ("programma.csv"): only its extension
    // is used, to tell a CSV table from text (detect_import_format).
    std::string file_name;
};

struct Opened {
    std::optional<Document> document;
    std::vector<Problem> problems;
    ImportFormat format = ImportFormat::json;
    bool given_new_id = false;
    bool ok() const { return document.has_value(); }
};

Opened open_document(std::string_view text, const OpenOptions& options = {});

// Why a document is kept as a copy beside another with the same id.
enum class CopyReason {
    other_tab,    // changed in another tab at the same time: "(jouw versie)"
    from_backup,  // a backup held a different version: "(uit back-up)"
    duplicate,    // Bestand > Concept dupliceren: "(kopie)"
};
// Gives `doc` a new id and the title suffix for `reason` in `language`
// ("nl"/"en"): the one policy for copies, used by storage and backup import.
void make_copy(Document& doc, CopyReason reason, std::string_view language);

}  // namespace dagdeel

namespace dagdeel {
// open_document on a file (planner-cli): the format is told from the file's
// head and its reader's size bound applies before the file is read.
Opened open_document_file(const std::string& path, const OpenOptions& options = {});
}  // namespace dagdeel
