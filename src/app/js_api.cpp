// The C side of window.planner (web/shell.js builds the object around these).
// Each function returns a JSON string in a static buffer, valid until the
// next call: the JS side copies it at once. Nothing may throw out of here:
// an exception escaping into JavaScript would stop the page.
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>

#include <ctime>
#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>
#include <string>

#include "app/app.hpp"
#include "app/json_reply.hpp"
#include "app/persistence.hpp"
#include "io/formats.hpp"
#include "ui/a11y_text_entry.hpp"
#include "io/open_document.hpp"
#include "io/templates.hpp"
#include "platform/platform.hpp"
#include "platform/web_renderer.hpp"
#include "ui/a11y.hpp"
#include "ui/fonts.hpp"
#include "ui/widget_registry.hpp"

using dagdeel::app::json_reply;

namespace {
std::string g_widgets_json;  // dd_api_widgets' answer, valid until its next call
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* dd_api_stats() {
    const auto& s = dagdeel::app::stats();
    ImGuiContext& g = *GImGui;
    return json_reply({{"frames", s.frames}, {"drawn", dagdeel::platform::renderer_drawn_frames()}, {"skipped", dagdeel::platform::renderer_skipped_frames()}, {"lastFrameMs", s.last_frame_ms}, {"heapBytes", emscripten_get_heap_size()},
                  {"openPopups", g.OpenPopupStack.Size}, {"hoveredId", g.HoveredIdPreviousFrame},
                  {"activeId", g.ActiveId}, {"editingId", dagdeel::ui::text_entry_editing_id()}, {"navId", g.NavDisableHighlight ? 0u : g.NavId},
                  {"a11yMs", dagdeel::ui::a11y_last_build_ms()}, {"a11yDomMs", dagdeel::ui::a11y_last_dom_ms()},
                  {"a11yNodesMs", dagdeel::ui::a11y_last_nodes_ms()}, {"a11yBuilt", dagdeel::ui::a11y_last_built()},
                  {"a11yNodes", dagdeel::ui::a11y_last_node_count()}, {"dimBg", g.DimBgRatio},
                  {"reducedMotion", dagdeel::platform::prefers_reduced_motion()}, {"renderer", dagdeel::platform::renderer_name()},
                  {"atlasGlyphs", dagdeel::ui::atlas_glyph_count()}});
}

EMSCRIPTEN_KEEPALIVE const char* dd_api_widgets() {
    g_widgets_json = dagdeel::ui::widgets_json();
    return g_widgets_json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* dd_api_current() {
    dagdeel::Draft* d = dagdeel::app::workspace().active();
    if (!d) return json_reply({{"id", nullptr}, {"title", ""}});
    const auto& sel = dagdeel::app::ui_state().selection;
    return json_reply({{"id", d->doc().id}, {"title", d->doc().event.title},
                  {"selection", {{"day", sel.day_id}, {"item", sel.item_id}, {"session", sel.session_id}}},
                  {"canUndo", d->history().can_undo()}, {"canRedo", d->history().can_redo()}});
}

// Loads any importable format as a new draft; the open draft is untouched.
EMSCRIPTEN_KEEPALIVE const char* dd_api_open(const char* text) {
    try {
        dagdeel::Workspace& ws = dagdeel::app::workspace();
        dagdeel::Opened r = dagdeel::open_document(text ? text : "", {ws.open_ids(), false, {}});
        nlohmann::json errors = nlohmann::json::array(), warnings = nlohmann::json::array();
        for (const dagdeel::Problem& p : r.problems)
            (p.is_error ? errors : warnings).push_back(dagdeel::format_problem(p));
        if (!r.document) return json_reply({{"ok", false}, {"errors", errors}, {"warnings", warnings}});
        ws.add(std::move(*r.document));
        dagdeel::app::ui_state().selection = {};
        dagdeel::platform::request_frames(3);
        return json_reply({{"ok", true}, {"errors", errors}, {"warnings", warnings}, {"id", ws.active()->doc().id}});
    } catch (const std::exception& e) {
        return json_reply({{"ok", false}, {"errors", {std::string("internal error: ") + e.what()}}});
    }
}

// Exports the open draft; {ok, text, fileName, mimeType} or {ok:false, error}.
EMSCRIPTEN_KEEPALIVE const char* dd_api_export(const char* format, const char* language) {
    try {
        dagdeel::Draft* d = dagdeel::app::workspace().active();
        if (!d) return json_reply({{"ok", false}, {"error", "no draft is open"}});
        dagdeel::WriteOptions options;
        options.language = language ? language : "";
        options.dtstamp = (long long)std::time(nullptr);
        dagdeel::ExportResult r = dagdeel::export_as(d->settled(), format ? format : "json", options);
        if (!r.ok) return json_reply({{"ok", false}, {"error", r.error}});
        return json_reply({{"ok", true}, {"text", r.text}, {"mimeType", r.mime_type},
                      {"fileName", dagdeel::export_file_name(d->doc(), r.extension)}});
    } catch (const std::exception& e) {
        return json_reply({{"ok", false}, {"error", std::string("internal error: ") + e.what()}});
    }
}

// Benchmark/test only (planner._testRead): reads a file exactly as
// planner.open does (format recognised by content) but opens no draft, so a
// benchmark can time the wasm readers without filling the workspace:
// {ok, errors, days, items}.
EMSCRIPTEN_KEEPALIVE const char* dd_api_test_read(const char* text) {
    try {
        dagdeel::Opened r = dagdeel::open_document(text ? text : "", {dagdeel::app::workspace().open_ids(), false, {}});
        nlohmann::json errors = nlohmann::json::array();
        for (const dagdeel::Problem& p : r.problems)
            if (p.is_error) errors.push_back(dagdeel::format_problem(p));
        std::size_t items = 0;
        if (r.document)
            for (const dagdeel::Day& day : r.document->days) items += day.items.size();
        return json_reply({{"ok", r.document.has_value()}, {"errors", errors},
                      {"days", r.document ? r.document->days.size() : 0}, {"items", items}});
    } catch (const std::exception& e) {
        return json_reply({{"ok", false}, {"errors", {std::string("internal error: ") + e.what()}}});
    }
}

// Test only (planner._testVersionIntervalMs): versions spaced by `ms` instead of 2 minutes.
EMSCRIPTEN_KEEPALIVE const char* dd_api_test_version_interval(double ms) {
    dagdeel::app::persistence_set_version_interval(ms < 0 ? 0 : ms);
    return json_reply({{"ok", true}});
}

}  // extern "C"
