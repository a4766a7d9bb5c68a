// Ctrl+V in the programme table with rows from a spreadsheet (tab-separated),
// CSV text or lines like "13.30 uur Ontvangst en inloop", and .csv/.tsv files
// from Importeren… or dropped on the page: a dialog maps each column (guessed
// from the header or the content), previews the items, names every problem
// with its line, and adds them after the selected item as ONE undoable step
// (or, for a file, makes a new draft of them).
#include <imgui.h>

#include <algorithm>

#include "core/civil_time.hpp"
#include "core/operations.hpp"
#include "io/templates.hpp"
#include "io/text_import/table_paste.hpp"
#include "ui/a11y.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr const char* kTablePastePopup = "###table-paste";

struct TablePasteState {
    bool open_request = false;
    std::string file_name;  // "" for a paste
    PastedTable table;
    std::vector<TableColumn> columns;
};

TablePasteState& state() {
    static TablePasteState s;
    return s;
}

const char* column_name(TableColumn c) {
    switch (c) {
        case TableColumn::ignore: return T("negeren", "ignore");
        case TableColumn::start: return T("begintijd", "start");
        case TableColumn::end: return T("eindtijd", "end");
        case TableColumn::duration: return T("duur", "duration");
        case TableColumn::title: return T("titel", "title");
        case TableColumn::speaker: return T("spreker", "speaker");
        case TableColumn::room: return T("zaal", "room");
        case TableColumn::description: return T("omschrijving", "description");
    }
    return "";
}

// Adds the rows after the selected item (or at the end of the shown day) as one step.
void add_rows(Draft& draft, UiState& ui, const std::vector<TableItem>& rows) {
    Document doc = draft.doc();
    if (doc.days.empty() || rows.empty()) return;
    std::size_t day = 0, position = doc.days[0].items.size();
    for (std::size_t d = 0; d < doc.days.size(); ++d) {
        if (doc.days[d].id == ui.selection.day_id) day = d, position = doc.days[d].items.size();
        for (std::size_t i = 0; i < doc.days[d].items.size(); ++i)
            if (doc.days[d].items[i].id == ui.selection.item_id) day = d, position = i + 1;
    }
    const std::string first = insert_table_items(doc, day, position, rows);
    const std::string n = std::to_string(rows.size());
    draft.commit(std::move(doc), Label{n + " onderdelen geplakt", "Paste " + n + " items"});
    ui.selection = {draft.doc().days[day].id, first, ""};
    ui.scroll_to_selection = true;
}

// A file's rows as a new draft (the open one stays as it was), named after the file.
void add_as_new_draft(Workspace& ws, UiState& ui, const std::string& file_name, const std::vector<TableItem>& rows) {
    std::string title = file_name;
    if (const std::size_t dot = title.rfind('.'); dot != std::string::npos && dot > 0) title.erase(dot);
    ws.add(table_document(rows, new_document_id(), title.empty() ? T("Programma", "Programme") : title));
    ui.selection = {};
    ui.tab = MainTab::programme;
    ui.tab_requested = true;
    show_toast(ui, std::string(T("Geïmporteerd als nieuw concept: ", "Imported as a new draft: ")) + file_name);
}

const char* delimiter_name(char c) {
    switch (c) {
        case ';': return T("puntkomma's", "semicolons");
        case '\t': return T("tabs", "tabs");
        case ',': return T("komma's", "commas");
        default: return T("regels", "lines");
    }
}

// The problems with their lines, and the rows without a title (never dropped silently).
void draw_problems(const TablePasteState& s, const std::vector<int>& untitled) {
    for (const csv::Problem& p : s.table.problems) {
        const std::string text = csv::describe(p, language());
        ImGui::PushStyleColor(ImGuiCol_Text, p.is_error ? ImVec4(0.75f, 0.1f, 0.1f, 1) : ImVec4(0.55f, 0.35f, 0.0f, 1));
        ImGui::TextWrapped("%s", text.c_str());
        ImGui::PopStyleColor();
        register_last_item(text.c_str());
    }
    if (untitled.empty()) return;
    std::string lines;
    for (std::size_t i = 0; i < untitled.size() && i < 12; ++i) lines += (i ? ", " : "") + std::to_string(untitled[i]);
    if (untitled.size() > 12) lines += ", …";
    char buf[256];
    std::snprintf(buf, sizeof buf, T("%zu rij(en) zonder titel worden niet toegevoegd (regel %s).",
                                     "%zu row(s) without a title are not added (line %s)."),
                  untitled.size(), lines.c_str());
    ImGui::TextWrapped("%s", buf);
    register_last_item(buf);
}

void draw_column_choices(TablePasteState& s) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
        ImGui::PushID((int)c);
        const std::string head = c < s.table.header.size() ? s.table.header[c]
                                 : s.table.rows[0].size() > c ? s.table.rows[0][c] : "";
        ImGui::SetNextItemWidth(150);
        const std::string combo = std::string("##col-") + std::to_string(c);
        if (a11y_combo(combo.c_str(), column_name(s.columns[c]))) {
            for (TableColumn k : {TableColumn::ignore, TableColumn::start, TableColumn::end, TableColumn::duration,
                                  TableColumn::title, TableColumn::speaker, TableColumn::room, TableColumn::description})
                if (ImGui::Selectable(column_name(k), s.columns[c] == k)) s.columns[c] = k;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::TextDisabled("%s", head.substr(0, 60).c_str());
        ImGui::PopID();
    }
}

void draw_preview(const std::vector<TableItem>& rows) {
    if (!ImGui::BeginTable("table-paste-preview", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                           ImVec2(-FLT_MIN, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() - 8)))
        return;
    ImGui::TableSetupColumn(T("Begin", "Start"), ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn(T("Duur", "Length"), ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn(T("Titel", "Title"));
    ImGui::TableSetupColumn(T("Spreker", "Speaker"));
    ImGui::TableSetupColumn(T("Zaal", "Room"));
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < rows.size() && i < 500; ++i) {
        const Item& it = rows[i].item;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(it.pinned ? format_hhmm(it.start).c_str() : "\xE2\x80\x94");
        ImGui::TableNextColumn();
        ImGui::Text("%d", it.duration);
        ImGui::TableNextColumn();
        // A cell over several lines shows its first line here; the item keeps all of it.
        const std::string shown = it.title.substr(0, it.title.find('\n'));
        ImGui::TextUnformatted(shown.c_str());
        register_last_item((shown + "###table-paste-row-" + std::to_string(i)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rows[i].speaker.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rows[i].room.c_str());
    }
    if (rows.size() > 500) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextDisabled(T("… en nog %zu rijen", "… and %zu more rows"), rows.size() - 500);
    }
    ImGui::EndTable();
}

}  // namespace

void open_table_paste(UiState&, const std::string& text) {
    TablePasteState& s = state();
    s.file_name.clear();
    s.table = parse_pasted_table(text);
    s.columns = guess_columns(s.table);
    s.open_request = true;
}

void open_table_file(UiState&, const std::string& name, const std::string& bytes) {
    TablePasteState& s = state();
    s.file_name = name.empty() ? "tabel.csv" : name;
    s.table = read_table_file(bytes);
    s.columns = guess_columns(s.table);
    s.open_request = true;
}

void draw_table_paste_dialog(Workspace& ws, UiState& ui) {
    TablePasteState& s = state();
    if (s.open_request) {
        ImGui::OpenPopup(kTablePastePopup);
        s.open_request = false;
    }
    // A table gets room for its columns and preview; a refusal only its message.
    const bool refused = !s.table.error.empty() || s.table.rows.empty();
    ImGui::SetNextWindowSize(refused ? ImVec2(720, 0) : ImVec2(860, 560), ImGuiCond_Appearing);
    const std::string title = (s.file_name.empty() ? std::string(T("Rijen plakken in het programma", "Paste rows into the programme"))
                                                   : std::string(T("Tabel importeren: ", "Import table: ")) + s.file_name) +
                              kTablePastePopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    Draft* draft = ws.active();
    if (refused) {
        ImGui::TextUnformatted(s.file_name.empty() ? T("Niets om te plakken:", "Nothing to paste:")
                                                   : T("Niets om te importeren:", "Nothing to import:"));
        draw_problems(s, {});
        if (s.table.problems.empty()) ImGui::TextUnformatted(T("geen rijen gevonden.", "no rows found."));
    } else {
        char buf[200];
        if (s.file_name.empty())
            std::snprintf(buf, sizeof buf, T("%zu rijen gevonden. Kies per kolom wat erin staat.",
                                             "%zu rows found. Choose what each column holds."), s.table.rows.size());
        else
            std::snprintf(buf, sizeof buf, T("%zu rijen gevonden (%s, gescheiden door %s). Kies per kolom wat erin staat.",
                                             "%zu rows found (%s, separated by %s). Choose what each column holds."),
                          s.table.rows.size(), to_string(s.table.encoding), delimiter_name(s.table.separator));
        ImGui::TextUnformatted(buf);
        register_last_item(buf);
        draw_column_choices(s);
        ImGui::Separator();
        const std::vector<TableItem> rows = items_from_table(s.table, s.columns);
        draw_problems(s, lines_without_title(s.table, s.columns));
        draw_preview(rows);
        ImGui::BeginDisabled(!draft || draft->doc().days.empty() || rows.empty());
        const std::string add = std::string(icons::NEW) + "  " + T("Toevoegen na de selectie", "Add after the selection") +
                                "###table-paste-add";
        if (ImGui::Button(add.c_str()) && draft) {
            add_rows(*draft, ui, rows);
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (!s.file_name.empty()) {
            ImGui::BeginDisabled(rows.empty());
            if (ImGui::Button(T("Als nieuw concept###table-paste-new-draft", "As a new draft###table-paste-new-draft"))) {
                add_as_new_draft(ws, ui, s.file_name, rows);
                ImGui::CloseCurrentPopup();
            }
            ImGui::EndDisabled();
            ImGui::SameLine();
        }
    }
    if (ImGui::Button(T("Annuleren###table-paste-cancel", "Cancel###table-paste-cancel")) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dagdeel::ui
