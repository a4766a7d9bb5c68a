// Init and per-frame wiring: platform input and canvas -> ImGui -> UI -> renderer.
#include "app/app.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include "app/persistence.hpp"
#include "io/ics/ics_event_prints.hpp"
#include "platform/platform.hpp"
#include "platform/web_input.hpp"
#include "platform/web_renderer.hpp"
#include "ui/a11y.hpp"
#include "ui/a11y_text_entry.hpp"
#include "ui/fonts.hpp"
#include "ui/i18n.hpp"
#include "ui/motion.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"

namespace dagdeel::app {
namespace {

ui::UiState g_state;
Workspace g_workspace;
FrameStats g_stats;
double g_last_time = 0;
bool g_ready_announced = false;

void load_settings() {
    std::string lang = platform::load_setting("language");
    if (lang.empty()) lang = platform::preferred_language();
    g_state.language = language_from_code(lang);
    ui::set_language(g_state.language);
    const std::string theme = platform::load_setting("theme");
    g_state.theme = theme == "dark" ? ui::Theme::dark : theme == "contrast" ? ui::Theme::contrast : ui::Theme::light;
}

void clipboard_set(void*, const char* text) { platform::set_clipboard_text(text ? text : ""); }
const char* clipboard_get(void*) { return platform::clipboard_text().c_str(); }

}  // namespace

bool init() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // pane sizes are saved with our own settings, not imgui.ini on a fake FS
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep rendering while idle
    io.BackendPlatformName = "dagdeel_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.SetClipboardTextFn = clipboard_set;
    io.GetClipboardTextFn = clipboard_get;

    g_workspace.calendar_printer = calendar_item_prints;  // SEQUENCE follows every edit
    g_workspace.defer_calendar = true;  // ... stamped in slices after the edit's frame (advance_calendars)
    load_settings();
    // The backing store at its final size before the context exists: resizing
    // it in the first frame reallocated the drawing buffer and waited on the
    // GPU process (tens of ms on software GL).
    platform::sync_canvas_size();
    if (!platform::renderer_init("#canvas")) {
        std::string lang = platform::load_setting("language");
        platform::show_rescue_page(lang.empty() ? platform::preferred_language() : lang);
        return false;
    }
    platform::mark("dd-renderer-ready");
    platform::install_input("#canvas");
    platform::set_frame_callback(frame);
    persistence_init(g_workspace, g_state);  // restores stored drafts asynchronously
    platform::request_frames(3);
    platform::mark("dd-init-end");
    // The first frame right away, not in the next animation frame: that
    // waited 10-25 ms for the browser's frame clock (and a service worker's
    // `load` handler) with nothing else to do. Frames after it stay on
    // requestAnimationFrame.
    frame();
    return true;
}

// Calendar revisions (SEQUENCE) waiting since an edit or an open are stamped
// here, at the end of later frames, about kCalendarSliceMs at a time: a
// keystroke in a big plan's event title used to print every day's calendar
// entries inside its own frame. The frame that made the change is left
// alone (it already did the edit), and frames keep coming until the queue
// is empty. Exports and saves finish the queue themselves (Draft::settled).
constexpr double kCalendarSliceMs = 3;

void advance_calendars() {
    static unsigned seen_revision = 0;
    static const Draft* seen_draft = nullptr;
    const Draft* active = g_workspace.active();
    const bool edited_now = active && (active != seen_draft || active->revision() != seen_revision);
    seen_draft = active;
    seen_revision = active ? active->revision() : 0;
    bool waiting = false;
    for (auto& d : g_workspace.drafts) {
        if (!d->calendar_pending()) continue;
        if (!edited_now && !waiting) d->advance_calendar(kCalendarSliceMs);
        waiting = waiting || d->calendar_pending();
    }
    if (waiting) platform::request_frames(1);
}

void frame() {
    const double start = platform::now_ms();
    ImGuiIO& io = ImGui::GetIO();
    if (!g_ready_announced) platform::mark("dd-frame-start");  // start-up phases (tests/bench/start_bench.mjs)

    const bool ratio_changed = platform::sync_canvas_size();
    const platform::CanvasSize size = platform::canvas_size();
    if (ratio_changed || g_state.fonts_dirty) {
        platform::mark("dd-fonts-start");
        ui::apply_theme(g_state.theme);
        ui::build_fonts(size.pixel_ratio);
        platform::renderer_upload_fonts();
        platform::mark("dd-fonts-end");
        g_state.fonts_dirty = false;
    }
    io.DisplaySize = ImVec2(size.css_width, size.css_height);
    io.DisplayFramebufferScale = ImVec2(size.pixel_ratio, size.pixel_ratio);
    io.DeltaTime = g_last_time > 0 ? (float)std::max(1e-4, (start - g_last_time) / 1000.0) : 1.0f / 60.0f;
    g_last_time = start;

    platform::renderer_prepare_style();
    ui::a11y_before_new_frame();  // focus or press what a screen reader asked for
    ui::widget_registry_begin_frame();
    ImGui::NewFrame();
    const bool fading = ui::apply_motion_preference(platform::prefers_reduced_motion());
    ui::a11y_begin_frame();
    ui::draw_shell(g_workspace, g_state);
    ui::draw_find_bar(g_workspace, g_state);
    ImGui::Render();
    ui::widget_registry_end_frame();
    {
        const Draft* d = g_workspace.active();
        ui::text_entry_set_languages(language_code(g_state.language),
                                     d ? language_code(language_from_code(d->doc().event.language)) : language_code(g_state.language));
        ui::text_entry_set_dark(g_state.theme != ui::Theme::light);
    }
    ui::a11y_announce_changes(g_workspace, g_state);
    ui::a11y_end_frame();  // the DOM mirror, only when it changed
    persistence_frame(g_workspace, g_state);  // notices edits; saves run later on a timer
    advance_calendars();

    if (ui::fonts_lack_drawn_glyphs(ImGui::GetDrawData())) {
        // A text needs glyphs beyond the start atlas (ui/fonts.cpp): draw
        // this frame again once the full atlas is built, not with boxes.
        g_state.fonts_dirty = true;
        platform::request_frames(2);
        return;
    }
    if (!g_ready_announced) platform::mark("dd-ui-end");
    float clear[4];
    ui::theme_clear_colour(g_state.theme, clear);
    platform::renderer_render(ImGui::GetDrawData(), (int)(size.css_width * size.pixel_ratio),
                              (int)(size.css_height * size.pixel_ratio), clear);
    platform::set_mouse_cursor(ImGui::GetMouseCursor());

    // Keep rendering while a button is held (drags, held scroll arrows), and
    // while ImGui still holds queued input: it trickles fast typing over
    // several frames, and an idle stop here would swallow the last letters.
    // Also while a focus move is still on its way (a new person's name field
    // takes the keyboard a frame or two after the click): stopping here left
    // the field unfocused until the next key, and that key's letter was lost.
    const ImGuiContext& g = *GImGui;
    const bool focus_pending = g.NavMoveSubmitted || g.NavMoveScoringItems || g.NavMoveForwardToNextFrame ||
                               g.NavNextActivateId != 0 || g.NavActivateId != 0 || g.NavInitRequest ||
                               g.ActiveId != g.ActiveIdPreviousFrame;
    if (ImGui::IsAnyMouseDown() || !g.InputEventsQueue.empty() || focus_pending || fading) platform::request_frames(2);

    g_stats.frames++;
    g_stats.last_frame_ms = platform::now_ms() - start;
    if (!g_ready_announced) {
        g_ready_announced = true;
        platform::announce_ready();
    }
}

const FrameStats& stats() { return g_stats; }
Workspace& workspace() { return g_workspace; }
ui::UiState& ui_state() { return g_state; }

}  // namespace dagdeel::app
