// UI state: plain data apart from the document (selection, panes, zoom,
// language, theme). Kept per session and in the page's settings; never part
// of the model.
#pragma once

#include <string>
#include <vector>

#include "core/language.hpp"
#include "core/model.hpp"
#include "ui/storage_state.hpp"
#include "ui/files_state.hpp"

namespace dagdeel::ui {

enum class Theme { light, dark, contrast };  // contrast: white on black, yellow focus (WCAG AAA text)
enum class MainTab { event, programme, timeline, people_rooms, designs, announcement, participants };  // stored as numbers: append only

struct Selection {
    std::string day_id;
    std::string item_id;
    std::string session_id;  // set when one session of a round is selected
    bool empty() const { return item_id.empty(); }
    friend bool operator==(const Selection&, const Selection&) = default;
};

struct UiState {
    Language language = Language::nl;
    Theme theme = Theme::light;
    bool fonts_dirty = true;  // rebuild the atlas (DPR or theme change)

    MainTab tab = MainTab::programme;
    bool tab_requested = false;  // select `tab` in the tab bar next frame
    Selection selection;
    bool scroll_to_selection = false;  // e.g. after clicking a finding
    bool focus_inspector_title = false;  // Enter on a row (or a new item): edit its title
    bool focus_session_title = false;    // a session just added: edit its title

    // Pane sizes in CSS pixels, remembered in settings.
    float left_width = 230;
    float right_width = 310;  // at 1280 px the programme's titles need the rest
    float findings_height = 150;
    bool show_findings = true;
    // Side panes: shown beside the content on wide screens (show_*), as
    // drawers over the content below the drawer breakpoint (*_drawer_open).
    bool show_drafts = true;
    bool show_inspector = true;
    int pane_step = 0;  // F6 / Shift+F6 asked to move the keyboard to the next / previous pane
    bool narrow_layout = false;  // set by the shell each frame
    bool drafts_drawer_open = false;
    bool inspector_drawer_open = false;

    // Timeline view.
    float timeline_pixels_per_minute = 1.6f;
    std::string timeline_day_id;
    std::vector<std::string> timeline_hidden_rooms;
    // While a timeline block is dragged: what the drop will do, shown in the
    // status bar ("Hele ronde naar 15:15; ...").
    std::string drag_preview;

    // Documents a view made (e.g. the next part of a series) that the shell
    // opens as new drafts after drawing.
    std::vector<Document> pending_new_documents;

    // A short message in the status bar ("Gekopieerd", "Concept verwijderd").
    std::string toast;
    double toast_until_ms = 0;
    bool toast_offers_undo_delete = false;

    // Browser storage: save state, history, bin (view_storage.cpp, app/persistence.cpp).
    StorageState storage;

    // Imports, exports and share links (view_files.cpp).
    FilesState files;
};

}  // namespace dagdeel::ui
