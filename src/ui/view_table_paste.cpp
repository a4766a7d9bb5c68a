// Ctrl+V in the programme table with rows from a spreadsheet (tab-separated),
// CSV text or lines like "13.30 uur Ontvangst en inloop": a dialog maps each
// column (guessed from the header or the content), previews the items and
// adds them after the selected item as ONE undoable step.
#include <imgui.h>

#include <algorithm>

#include "core/civil_time.hpp"
#include "core/operations.hpp"
#include "io/text_import/table_paste.hpp"
#include "ui/a11y.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr const char* kPopup = "###table-paste";

struct TablePasteState {
    bool open_request = false;
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

std::string find_or_add_person(Document& doc, const std::string& name) {
    for (const Person& p : doc.people)
        if (p.name == name || (p.name.empty() && p.organisation == name)) return p.id;
    Person p;
    p.id = new_id(doc, "p-");
    p.name = name;
    doc.people.push_back(p);
    return p.id;
}

std::string find_or_add_room(Document& doc, const std::string& name) {
    for (const Room& r : doc.rooms)
        if (r.name == name) return r.id;
    Room r;
    r.id = new_id(doc, "r-");
    r.name = name;
    doc.rooms.push_back(r);
    return r.id;
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
    std::string first;
    for (const TableItem& row : rows) {
        Item it = row.item;
        it.id = new_id(doc, "i-");
        if (!row.speaker.empty()) it.people.push_back({find_or_add_person(doc, row.speaker), Role::speaker});
        if (!row.room.empty()) it.room_id = find_or_add_room(doc, row.room);
        if (!it.pinned) it.start = 0;
        if (first.empty()) first = it.id;
        doc.days[day].items.insert(doc.days[day].items.begin() + (long)position++, std::move(it));
    }
    const std::string n = std::to_string(rows.size());
    draft.commit(std::move(doc), Label{n + " onderdelen geplakt", "Paste " + n + " items"});
    ui.selection = {draft.doc().days[day].id, first, ""};
    ui.scroll_to_selection = true;
}

}  // namespace

void open_table_paste(UiState&, const std::string& text) {
    TablePasteState& s = state();
    s.table = parse_pasted_table(text);
    s.columns = guess_columns(s.table);
    s.open_request = true;
}

void draw_table_paste_dialog(Workspace& ws, UiState& ui) {
    TablePasteState& s = state();
    if (s.open_request) {
        ImGui::OpenPopup(kPopup);
        s.open_request = false;
    }
    ImGui::SetNextWindowSize(ImVec2(820, 520), ImGuiCond_Appearing);
    const std::string title = std::string(T("Rijen plakken in het programma", "Paste rows into the programme")) + kPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    Draft* draft = ws.active();
    if (!s.table.error.empty() || s.table.rows.empty()) {
        ImGui::TextWrapped("%s %s", T("Niets om te plakken:", "Nothing to paste:"),
                           s.table.error.empty() ? T("geen rijen gevonden.", "no rows found.") : s.table.error.c_str());
    } else {
        char buf[160];
        std::snprintf(buf, sizeof buf, T("%zu rijen gevonden. Kies per kolom wat erin staat.",
                                         "%zu rows found. Choose what each column holds."), s.table.rows.size());
        ImGui::TextUnformatted(buf);
        register_last_item(buf);
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
        ImGui::Separator();
        const std::vector<TableItem> rows = items_from_table(s.table, s.columns);
        if (ImGui::BeginTable("table-paste-preview", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                              ImVec2(-FLT_MIN, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() - 8))) {
            ImGui::TableSetupColumn(T("Begin", "Start"), ImGuiTableColumnFlags_WidthFixed, 70);
            ImGui::TableSetupColumn(T("Duur", "Length"), ImGuiTableColumnFlags_WidthFixed, 60);
            ImGui::TableSetupColumn(T("Titel", "Title"));
            ImGui::TableSetupColumn(T("Spreker", "Speaker"));
            ImGui::TableHeadersRow();
            for (std::size_t i = 0; i < rows.size() && i < 500; ++i) {
                const Item& it = rows[i].item;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(it.pinned ? format_hhmm(it.start).c_str() : "\xE2\x80\x94");
                ImGui::TableNextColumn();
                ImGui::Text("%d", it.duration);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(it.title.c_str());
                register_last_item((it.title + "###table-paste-row-" + std::to_string(i)).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(rows[i].speaker.c_str());
            }
            ImGui::EndTable();
        }
        ImGui::BeginDisabled(!draft || draft->doc().days.empty() || rows.empty());
        const std::string add = std::string(icons::NEW) + "  " + T("Toevoegen na de selectie", "Add after the selection") +
                                "###table-paste-add";
        if (ImGui::Button(add.c_str()) && draft) {
            add_rows(*draft, ui, rows);
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    if (ImGui::Button(T("Annuleren###table-paste-cancel", "Cancel###table-paste-cancel")) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dagdeel::ui
