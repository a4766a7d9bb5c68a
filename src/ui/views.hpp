// Every view of the app: a function of (document, UI state) that draws and,
// for changes, commits a new document to the draft's history. Views never
// change the document in place.
#pragma once

#include "edit/workspace.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {

void draw_shell(Workspace& workspace, UiState& ui);       // menu bar, panes, status bar

void draw_drafts(Workspace& workspace, UiState& ui);      // left pane: the drafts library
void draw_event_form(Draft& draft, UiState& ui);          // tab: event details
void draw_programme(Draft& draft, UiState& ui);           // tab: table per day
void draw_timeline(Draft& draft, UiState& ui);            // tab: rooms side by side
void draw_people_rooms(Draft& draft, UiState& ui);        // tab: shared lists
void draw_participants(Draft& draft, UiState& ui);        // tab: registrations and assignment
void draw_designs(Draft& draft, UiState& ui);             // tab: workshop designs library
void draw_announcement(Draft& draft, UiState& ui);        // tab: announcement preview + copy
void draw_inspector(Draft& draft, UiState& ui);           // right pane: the selected item
void draw_findings(Draft& draft, UiState& ui);            // bottom: validation findings

// Keyboard shortcuts that act on the draft (undo/redo, delete, duplicate).
void handle_shortcuts(Workspace& workspace, UiState& ui);

// Files (view_files.cpp): the Export menu, the File menu's import and share
// entries, and once per frame the file events, progress note and dialogs.
void draw_export_menu(Workspace& workspace, UiState& ui);
void draw_file_menu_entries(Workspace& workspace, UiState& ui);
void draw_file_dialogs(Workspace& workspace, UiState& ui);

// Bestand › Plakken als nieuw concept (view_paste_import.cpp): the menu entry and, once per frame, its dialog.
void draw_paste_import_menu_item(UiState& ui);
void draw_paste_import_dialog(Workspace& workspace, UiState& ui);
// Ctrl+V of spreadsheet rows in the programme (view_table_paste.cpp); its dialog is drawn by draw_paste_import_dialog.
void open_table_paste(UiState& ui, const std::string& text);
// A .csv/.tsv file from Importeren… or dropped on the page: the same dialog,
// which can also make a new draft of it.
void open_table_file(UiState& ui, const std::string& name, const std::string& bytes);
void draw_table_paste_dialog(Workspace& workspace, UiState& ui);

// Find (Ctrl+F, view_find.cpp): the action opens the bar; the app draws it
// over the shell once per frame.
void open_find(Draft& draft, UiState& ui);
void draw_find_bar(Workspace& workspace, UiState& ui);

void show_toast(UiState& ui, std::string text, bool offers_undo_delete = false);

}  // namespace dagdeel::ui
