// The reading view's data (web/lib/reading.js lays it out as a DOM page on
// phones and for share links): the announcement outline of a plan given as
// JSON, and its calendar files: the whole event, one item (with its
// sessions), or a personal agenda with one chosen session per round. All
// through open_document and export_as, so the files are those of the app's
// Export menu. Replies are JSON; nothing throws into JS.
#include <emscripten/emscripten.h>

#include <ctime>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "app/json_reply.hpp"
#include "io/announcement/announcement.hpp"
#include "io/formats.hpp"
#include "io/open_document.hpp"

namespace {

using dagdeel::app::json_reply;

dagdeel::Language language_of(const char* code, const dagdeel::Document& doc) {
    const std::string_view c = code ? code : "";
    if (c == "nl") return dagdeel::Language::nl;
    if (c == "en") return dagdeel::Language::en;
    return dagdeel::announcement_language_for(doc);
}

// Keeps the VEVENTs of one item (UID "<doc>-<item>@dagdeel" or
// "<doc>-<item>-<session>@dagdeel", ics_writer.cpp) and everything outside
// VEVENTs (calendar header, time zones).
std::string only_item_events(const std::string& ics, const std::string& uid_prefix) {
    std::string out, block;
    bool in_event = false, keep = false, in_uid = false;
    std::string unfolded_uid;
    size_t at = 0;
    while (at < ics.size()) {
        size_t end = ics.find("\r\n", at);
        if (end == std::string::npos) end = ics.size();
        const std::string line = ics.substr(at, end - at);
        at = end + 2;
        if (line == "BEGIN:VEVENT") { in_event = true; keep = false; block.clear(); unfolded_uid.clear(); }
        if (!in_event) { out += line + "\r\n"; continue; }
        block += line + "\r\n";
        const bool continues = !line.empty() && line[0] == ' ';  // a folded line (RFC 5545 3.1)
        if (line.rfind("UID:", 0) == 0) {
            unfolded_uid = line.substr(4);
            in_uid = true;
        } else if (in_uid && continues) {
            unfolded_uid += line.substr(1);
        } else {
            in_uid = false;
        }
        if (line == "END:VEVENT") {
            in_event = false;
            keep = unfolded_uid == uid_prefix + "@dagdeel" || unfolded_uid.rfind(uid_prefix + "-", 0) == 0;
            if (keep) out += block;
        }
    }
    return out;
}

bool open_plan(const char* json, dagdeel::Document& out) {
    dagdeel::OpenOptions options;
    options.json_only = true;
    dagdeel::Opened opened = dagdeel::open_document(json ? json : "", options);
    if (!opened.ok()) return false;
    out = std::move(*opened.document);
    return true;
}

}  // namespace

extern "C" {

// -> {ok, outline} (outline: write_announcement_outline_json) or {ok:false, error}.
EMSCRIPTEN_KEEPALIVE const char* dd_reading_outline(const char* json, const char* language) {
    try {
        dagdeel::Document doc;
        if (!open_plan(json, doc)) return json_reply({{"ok", false}, {"error", "unreadable plan"}});
        dagdeel::AnnouncementOptions options;
        options.language = language_of(language, doc);
        return json_reply({{"ok", true}, {"outline", nlohmann::json::parse(dagdeel::write_announcement_outline_json(doc, options))}});
    } catch (const std::exception& e) {
        return json_reply({{"ok", false}, {"error", e.what()}});
    }
}

// what: "event" | "item" (item = its id) | "personal" (choices = {"round id": "session id"}).
// -> {ok, text, fileName} or {ok:false, error}.
EMSCRIPTEN_KEEPALIVE const char* dd_reading_ics(const char* json, const char* what, const char* item, const char* choices) {
    try {
        dagdeel::Document doc;
        if (!open_plan(json, doc)) return json_reply({{"ok", false}, {"error", "unreadable plan"}});
        const std::string kind = what ? what : "event";
        dagdeel::WriteOptions options;
        options.dtstamp = (long long)std::time(nullptr);
        if (kind == "personal") {
            const nlohmann::json c = nlohmann::json::parse(choices && *choices ? choices : "{}");
            for (auto it = c.begin(); it != c.end(); ++it)
                if (it.value().is_string()) options.choices[it.key()] = it.value().get<std::string>();
        }
        const char* format = kind == "personal" ? "ics-personal" : kind == "item" ? "ics-items" : "ics";
        dagdeel::ExportResult r = dagdeel::export_as(doc, format, options);
        if (!r.ok) return json_reply({{"ok", false}, {"error", r.error}});
        std::string name = dagdeel::export_file_name(doc, r.extension);
        if (kind == "item") {
            const std::string id = item ? item : "";
            r.text = only_item_events(r.text, (doc.id.empty() ? std::string("dagdeel") : doc.id) + "-" + id);
            if (r.text.find("BEGIN:VEVENT") == std::string::npos) return json_reply({{"ok", false}, {"error", "no such item"}});
            name = name.substr(0, name.size() - 4) + "-" + id + ".ics";
        }
        return json_reply({{"ok", true}, {"text", r.text}, {"fileName", name}});
    } catch (const std::exception& e) {
        return json_reply({{"ok", false}, {"error", e.what()}});
    }
}

}  // extern "C"
