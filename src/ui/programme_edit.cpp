#include "ui/programme_edit.hpp"

#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {

std::size_t current_day_index(const Document& doc, UiState& ui) {
    for (std::size_t i = 0; i < doc.days.size(); ++i)
        if (doc.days[i].id == ui.selection.day_id) return i;
    if (!doc.days.empty()) ui.selection.day_id = doc.days[0].id;
    return 0;
}

std::size_t insert_position(const Day& day, const UiState& ui) {
    for (std::size_t i = 0; i < day.items.size(); ++i)
        if (day.items[i].id == ui.selection.item_id) return i + 1;
    return day.items.size();
}

void apply_result(Draft& draft, UiState& ui, EditResult r, Label label) {
    if (!r.ok) return;
    draft.commit(std::move(r.doc), std::move(label));
    if (!r.id.empty()) {
        ui.selection.item_id = r.id;
        ui.selection.session_id.clear();
        ui.scroll_to_selection = true;
    }
}

void insert_after_selection(Draft& draft, UiState& ui, ItemKind kind) {
    const Document& doc = draft.doc();
    if (doc.days.empty()) return;
    const Day& day = doc.days[current_day_index(doc, ui)];
    apply_result(draft, ui, insert_item(doc, day.id, insert_position(day, ui), kind), label_insert(kind_name(kind)));
}

}  // namespace dagdeel::ui
