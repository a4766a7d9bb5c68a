// [SECTION] Toolbar: add an item of a kind, insert a break, duplicate, delete, move
// [SECTION] The table: computed times, kind, title, people, room, duration, status, pin
// [SECTION] Keyboard shortcuts
//
// Large programmes stay fast: rows are clipped (only visible rows are laid
// out) with ImGuiListClipper over a flat list of item and session rows.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "core/operations.hpp"
#include "edit/commands.hpp"
#include "ui/a11y.hpp"
#include "ui/actions.hpp"
#include "ui/document_access.hpp"
#include "ui/programme_edit.hpp"
#include "ui/edit_field.hpp"
#include "ui/fit_text.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "platform/platform.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

// A row's duration: a compact field and narrow -/+ buttons, so that at 1280 px
// the title column keeps the width ("Welkom en kennismaking" was cut).
constexpr float kRowDurationField = 54.0f;
constexpr float kRowStepButton = 20.0f;


struct Row {
    std::size_t item = 0;
    int session = -1;  // -1: the item itself
};


// Status in a narrow column: its icon; the tooltip and the inspector have the name.
void status_cell(Status status) {
    const char* icon = status == Status::confirmed ? icons::CONFIRMED : status == Status::tentative ? icons::TENTATIVE : icons::CANCELLED;
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", icon);
    tooltip_for_last_item(status_name(status));
}

// Every row is as tall as a framed field, so the duration stepper fits the
// row, text sits on the fields' baseline and the selection covers it all.
float row_height() { return ImGui::GetFrameHeight(); }

// A title cell: kind (or warning) icon, the title cut with "…" when the
// column is too narrow (whole on hover), and "(o.v.)" when tentative.
void title_cell(const char* icon, bool flagged, const std::string& title, Status status) {
    ImGui::AlignTextToFramePadding();
    if (flagged) ImGui::TextColored(ImVec4(0.8f, 0.25f, 0.15f, 1), "%s", icons::WARNING);
    else ImGui::TextDisabled("%s", icon);
    ImGui::SameLine();
    const char* tbc = T("(o.v.)", "(tbc)");
    const float reserve = status == Status::tentative ? ImGui::CalcTextSize(tbc).x + ImGui::GetStyle().ItemSpacing.x : 0;
    const char* shown = title.empty() ? T("(zonder titel)", "(untitled)") : title.c_str();
    fit_text(shown, std::max(20.0f, ImGui::GetContentRegionAvail().x - reserve),
             {.disabled = status == Status::cancelled, .align_to_frame = true});
    if (status == Status::tentative) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tbc);
    }
}

// Column headers drawn one by one so each is registered for the tests with
// whether it was cut.
void header_row(int columns) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < columns; ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        const char* name = ImGui::TableGetColumnName(c);
        const float room = ImGui::GetContentRegionAvail().x;
        ImGui::TableHeader(name);
        if (name && *name && name[0] != '#') register_last_item(name, !text_fits(name, room));
    }
}

const ItemKind kAddableKinds[] = {ItemKind::walk_in, ItemKind::welcome,    ItemKind::talk,  ItemKind::presentation,
                                  ItemKind::workshop, ItemKind::round,     ItemKind::discussion, ItemKind::break_,
                                  ItemKind::lunch,   ItemKind::closing,    ItemKind::drinks, ItemKind::other};

// [SECTION] Toolbar -----------------------------------------------------------------------

void draw_toolbar(Draft& draft, UiState& ui) {
    if (icon_button(icons::ADD, "add-item", T("Onderdeel toevoegen na de selectie", "Add an item after the selection"),
                    T("Onderdeel", "Item")))
        ImGui::OpenPopup("add-kind");
    if (ImGui::BeginPopup("add-kind")) {
        for (ItemKind kind : kAddableKinds) {
            const std::string label = std::string(kind_icon(kind)) + "  " + kind_name(kind) + "###add-" + to_string(kind);
            if (ImGui::Selectable(label.c_str())) {
                insert_after_selection(draft, ui, kind);
                ui.focus_inspector_title = true;  // a new item: type its title at once (fewer steps)
            }
        }
        ImGui::EndPopup();
    }
    // The rest are actions of the one table (ui/actions.hpp): the same
    // labels, shortcuts and rules as the Edit menu and the keyboard.
    ImGui::SameLine();
    action_toolbar_button(ActionId::add_break, &draft, ui, T("Pauze", "Break"));
    for (ActionId id : {ActionId::duplicate_item, ActionId::delete_item, ActionId::move_up, ActionId::move_down}) {
        ImGui::SameLine();
        action_toolbar_button(id, &draft, ui);
    }
}

// [SECTION] The table ----------------------------------------------------------------------


void draw_item_row(Draft& draft, UiState& ui, const Day& day, std::size_t index) {
    const Document& doc = draft.doc();
    const Item& item = day.items[index];
    ImGui::PushID(item.id.c_str());
    ImGui::TableNextRow(0, row_height());
    const bool selected = ui.selection.item_id == item.id && ui.selection.session_id.empty();
    const bool flagged = draft.has_finding(item.id, "");

    // The row's texts are kept until the next edit (Draft::row_text): a
    // scrolled frame only looks them up.
    const RowText& texts = draft.row_text(item);
    ImGui::TableNextColumn();  // start – end, selectable across the row
    char label[64];
    std::snprintf(label, sizeof label, "%s###row", texts.times.c_str());
    if (ImGui::Selectable(label, selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                          ImVec2(0, row_height()))) {
        ui.selection = {day.id, item.id, ""};
    }
    a11y_name_last(texts.spoken);  // a screen reader hears the row's time and title
    a11y_selected_last(selected);
    if (selected && ui.scroll_to_selection) {
        ImGui::SetScrollHereY(0.4f);
        ui.scroll_to_selection = false;
    }
    // Drag rows to reorder.
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload("dagdeel-item", item.id.c_str(), item.id.size() + 1);
        ImGui::Text("%s %s", kind_icon(item.kind), item.title.c_str());
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload("dagdeel-item")) {
            const std::string moved((const char*)p->Data);
            if (moved != item.id) {
                const Item* m = item_ptr(doc, moved);
                const std::string title = m ? m->title : moved;
                apply_result(draft, ui, move_item(doc, moved, day.id, index), label_move(title));
            }
        }
        ImGui::EndDragDropTarget();
    }

    ImGui::TableNextColumn();
    title_cell(kind_icon(item.kind), flagged, item.title, item.status);

    ImGui::TableNextColumn();
    fit_text(texts.people.c_str(), 0, {.align_to_frame = true});
    ImGui::TableNextColumn();
    fit_text(item.all_rooms ? T("alle zalen", "all rooms") : texts.room.c_str(), 0, {.align_to_frame = true});

    ImGui::TableNextColumn();
    // edit_field's pattern, with the undo label and merge key built only
    // when the duration changes (not for every row of every frame).
    Minutes duration = item.duration;
    bool committed = false;
    if (duration_field("##duration", &duration, &committed, kRowDurationField, kRowStepButton)) {
        Document changed = draft.doc();
        if (Item* it = item_ptr(changed, item.id)) it->duration = duration;
        draft.commit(std::move(changed), label_set_duration(item.title), merge_key("item", item.id, "duration"));
    }
    if (committed) draft.break_merge();

    ImGui::TableNextColumn();
    status_cell(item.status);

    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, item.pinned ? ImGui::GetStyleColorVec4(ImGuiCol_CheckMark)
                                                     : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (ImGui::Button((std::string(icons::PIN) + "###pin").c_str(), ImVec2(row_height(), row_height()))) {
        EditResult r = set_pinned(doc, item.id, !item.pinned, item.start);
        if (r.ok) draft.commit(std::move(r.doc), label_pin(item.title, !item.pinned));
    }
    ImGui::PopStyleColor();
    tooltip_for_last_item(item.pinned ? T("Begintijd vast: klik om los te maken", "Start pinned: click to unpin")
                                      : T("Begintijd vastzetten", "Pin the start time"));
    ImGui::PopID();
}

void draw_session_row(Draft& draft, UiState& ui, const Day& day, const Item& round, std::size_t s) {
    const Session& session = round.sessions[s];
    ImGui::PushID(session.id.c_str());
    ImGui::TableNextRow(0, row_height());
    const bool selected = ui.selection.session_id == session.id;
    ImGui::TableNextColumn();
    if (ImGui::Selectable("###session-row", selected, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, row_height())))
        ui.selection = {day.id, round.id, session.id};
    a11y_name_last(session.title);
    a11y_selected_last(selected);
    ImGui::TableNextColumn();
    ImGui::Indent(18);
    title_cell(icons::WORKSHOP, draft.has_finding(round.id, session.id), session.title, session.status);
    ImGui::Unindent(18);
    const RowText& texts = draft.row_text(round, session);
    ImGui::TableNextColumn();
    fit_text(texts.people.c_str(), 0, {.align_to_frame = true});
    ImGui::TableNextColumn();
    fit_text(texts.room.c_str(), 0, {.align_to_frame = true});
    ImGui::TableNextColumn();
    if (session.capacity > 0) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("max %d", session.capacity);
    }
    ImGui::TableNextColumn();
    status_cell(session.status);
    ImGui::TableNextColumn();
    ImGui::PopID();
}

}  // namespace

void draw_programme(Draft& draft, UiState& ui) {
    const Document& doc = draft.doc();
    if (doc.days.empty()) {
        ImGui::TextWrapped("%s", T("Dit concept heeft nog geen dag. Voeg er een toe bij Bijeenkomst.",
                                   "This draft has no day yet. Add one under Event."));
        return;
    }
    const std::size_t day_index = current_day_index(doc, ui);
    if (doc.days.size() > 1) {
        for (std::size_t i = 0; i < doc.days.size(); ++i) {
            if (i) ImGui::SameLine();
            const std::string label = std::string(T("Dag ", "Day ")) + std::to_string(i + 1) + "###day-" + doc.days[i].id;
            if (ImGui::RadioButton(label.c_str(), i == day_index)) {
                ui.selection = {doc.days[i].id, "", ""};
            }
        }
    }
    const Day& day = doc.days[day_index];
    ImGui::PushFont(heading_font());
    const std::string heading = long_date(day.date);
    ImGui::TextUnformatted(heading.c_str());
    register_last_item(heading.c_str());  // tests read the date as shown
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s – %s%s", hhmm(day.start).c_str(), hhmm(day.end).c_str(),
                        day.doors_open ? (std::string(T(", inloop vanaf ", ", doors open ")) + hhmm(*day.doors_open)).c_str() : "");
    draw_toolbar(draft, ui);

    const Day& current = draft.doc().days[day_index];  // the toolbar may have committed
    if (current.items.empty()) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", T("Nog geen onderdelen op deze dag. Voeg er een toe met Onderdeel of Pauze.",
                                   "No items on this day yet. Add one with Item or Break."));
        return;
    }
    std::vector<Row> rows;
    rows.reserve(current.items.size());
    for (std::size_t i = 0; i < current.items.size(); ++i) {
        rows.push_back({i, -1});
        for (std::size_t s = 0; s < current.items[i].sessions.size(); ++s) rows.push_back({i, (int)s});
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("programme", 7, flags)) return;
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));  // times on the fields' baseline
    ImGui::TableSetupScrollFreeze(0, 1);
    // Fixed columns are exactly as wide as their content or header; the
    // title column takes the slack.
    auto fixed = [](const char* header, float content) {
        return std::max(content, ImGui::CalcTextSize(header, nullptr, true).x);
    };
    const float stepper = kRowDurationField + 4.0f + 2.0f * kRowStepButton;  // the row's duration_field
    ImGui::TableSetupColumn(T("Tijd", "Time"), ImGuiTableColumnFlags_WidthFixed,
                            fixed(T("Tijd", "Time"), ImGui::CalcTextSize("00:00 – 00:00").x + 8));
    ImGui::TableSetupColumn(T("Onderdeel", "Item"), ImGuiTableColumnFlags_WidthStretch, 5.0f);
    ImGui::TableSetupColumn(T("Wie", "Who"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    // Room: as wide as its header or "alle zalen", whichever is wider (a stretch
    // column at 1280 px cut "Room"); longer room names end in "…" with the
    // whole name on hover.
    ImGui::TableSetupColumn(T("Zaal", "Room"), ImGuiTableColumnFlags_WidthFixed,
                            fixed(T("Zaal", "Room"), ImGui::CalcTextSize(T("alle zalen", "all rooms")).x + 8));
    ImGui::TableSetupColumn(T("Duur", "Duration"), ImGuiTableColumnFlags_WidthFixed, fixed(T("Duur", "Duration"), stepper));
    ImGui::TableSetupColumn(T("Status", "Status"), ImGuiTableColumnFlags_WidthFixed,
                            fixed(T("Status", "Status"), ImGui::GetFrameHeight()));
    ImGui::TableSetupColumn("##pin", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    header_row(7);

    // Find the selected row so the clipper lays it out when asked to scroll to it.
    int selected_row = -1;
    if (ui.scroll_to_selection)
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (current.items[rows[r].item].id == ui.selection.item_id && rows[r].session < 0) selected_row = (int)r;

    ImGuiListClipper clipper;
    clipper.Begin((int)rows.size());
    if (selected_row >= 0) clipper.IncludeItemByIndex(selected_row);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Day& d = draft.doc().days[day_index];
            if (rows[r].item >= d.items.size()) break;  // a row action changed the day this frame
            const Item& item = d.items[rows[r].item];
            if (rows[r].session < 0) draw_item_row(draft, ui, d, rows[r].item);
            else if ((std::size_t)rows[r].session < item.sessions.size())
                draw_session_row(draft, ui, d, item, (std::size_t)rows[r].session);
        }
    }
    ImGui::PopStyleVar();
    ImGui::EndTable();
}

// [SECTION] Keyboard shortcuts ----------------------------------------------------------------

// Plain arrows walk the programme's rows only while the keyboard is there:
// not in an open menu or combo (arrows choose an option), not in the item
// panel or the drafts (arrows move between their widgets).
static bool arrows_for_the_programme() {
    ImGuiContext& g = *GImGui;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return false;
    if (!g.NavWindow || g.NavDisableHighlight) return true;  // the mouse was used last
    for (const ImGuiWindow* w = g.NavWindow; w; w = w->ParentWindow)
        if (std::strstr(w->Name, "pane-center")) return true;
    return false;
}

void handle_shortcuts(Workspace& ws, UiState& ui) {
    Draft* draft = ws.active();
    run_action_shortcuts(draft, ui);  // undo, redo, duplicate, delete, move, edit: ui/actions.hpp
    draft = ws.active();
    if (!draft || ImGui::GetIO().WantTextInput) return;
    if (ui.tab != MainTab::programme && ui.tab != MainTab::timeline) return;
    // Plain arrows move the selection through the day's items.
    const Document& doc = draft->doc();
    if (ImGui::GetIO().KeyMods != ImGuiMod_None || !arrows_for_the_programme()) return;
    const int step = ImGui::IsKeyPressed(ImGuiKey_DownArrow) ? 1 : ImGui::IsKeyPressed(ImGuiKey_UpArrow) ? -1 : 0;
    if (step != 0 && !doc.days.empty()) {
        const Day& day = doc.days[current_day_index(doc, ui)];
        if (day.items.empty()) return;
        int index = -1;
        for (std::size_t i = 0; i < day.items.size(); ++i)
            if (day.items[i].id == ui.selection.item_id) index = (int)i;
        index = std::clamp(index < 0 ? 0 : index + step, 0, (int)day.items.size() - 1);
        ui.selection = {day.id, day.items[index].id, ""};
        ui.scroll_to_selection = true;
    }
}

}  // namespace dagdeel::ui
