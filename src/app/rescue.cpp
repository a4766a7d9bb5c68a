// The rescue page's two conversions (web/lib/rescue.js shows the page when
// no canvas can be drawn at all): the stored drafts as one backup file, and
// one draft's announcement as HTML. Both go through the same doors as the
// app (open_document, write_backup, export_as), so the files are the ones
// the app itself would give. Replies are JSON; nothing throws into JS.
#include <emscripten/emscripten.h>

#include <ctime>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/json_reply.hpp"
#include "io/draft_backup.hpp"
#include "io/formats.hpp"
#include "io/open_document.hpp"

namespace {

using dagdeel::app::json_reply;

}  // namespace

extern "C" {

// records: [{json, modified}] as stored in IndexedDB -> {ok, text, skipped}.
EMSCRIPTEN_KEEPALIVE const char* dd_rescue_backup(const char* records, double now_ms) {
    try {
        const nlohmann::json list = nlohmann::json::parse(records ? records : "[]");
        std::vector<dagdeel::BackupDraft> drafts;
        int skipped = 0;
        for (const auto& r : list) {
            dagdeel::OpenOptions options;
            options.json_only = true;
            dagdeel::Opened opened = dagdeel::open_document(r.value("json", std::string()), options);
            if (!opened.ok()) { skipped++; continue; }
            drafts.push_back({std::move(*opened.document), r.value("modified", 0.0)});
        }
        return json_reply({{"ok", true}, {"text", dagdeel::write_backup(drafts, now_ms)}, {"skipped", skipped}});
    } catch (const std::exception& e) {
        return json_reply({{"ok", false}, {"error", e.what()}});
    }
}

// One stored draft's JSON -> {ok, text, fileName} in `format` (html for the announcement).
EMSCRIPTEN_KEEPALIVE const char* dd_rescue_export(const char* json, const char* format, const char* language) {
    try {
        dagdeel::OpenOptions options;
        options.json_only = true;
        dagdeel::Opened opened = dagdeel::open_document(json ? json : "", options);
        if (!opened.ok()) return json_reply({{"ok", false}, {"error", "unreadable draft"}});
        dagdeel::WriteOptions write;
        write.language = language ? language : "";
        write.dtstamp = (long long)std::time(nullptr);
        dagdeel::ExportResult r = dagdeel::export_as(*opened.document, format ? format : "html", write);
        if (!r.ok) return json_reply({{"ok", false}, {"error", r.error}});
        return json_reply({{"ok", true}, {"text", r.text}, {"fileName", dagdeel::export_file_name(*opened.document, r.extension)}});
    } catch (const std::exception& e) {
        return json_reply({{"ok", false}, {"error", e.what()}});
    }
}

}  // extern "C"
