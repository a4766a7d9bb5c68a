#include "ui/timeline_keys.hpp"

#include <algorithm>
#include <string>

#include "core/operations.hpp"
#include "edit/commands.hpp"
#include "ui/a11y.hpp"
#include "ui/document_access.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

const Item* selected_item(Draft& draft, const UiState& ui) {
    return ui.selection.empty() ? nullptr : item_ptr(draft.doc(), ui.selection.item_id);
}

std::string name_of(const Item& item, const Session* session) { return session ? session->title : item.title; }

// Says where the block is now: the keys move something the user cannot see.
void say_where(Draft& draft, const UiState& ui) {
    const Item* item = selected_item(draft, ui);
    if (!item) return;
    std::string text = hhmm(item->start) + "\xe2\x80\x93" + hhmm(item->end());
    const std::string room_id = [&] {
        if (!ui.selection.session_id.empty())
            for (const Session& s : item->sessions)
                if (s.id == ui.selection.session_id) return s.room_id;
        return item->room_id;
    }();
    for (const Room& r : draft.doc().rooms)
        if (r.id == room_id) text += ", " + r.name;
    a11y_announce(text);
}

}  // namespace

bool timeline_block_selected(Draft& draft, const UiState& ui) {
    return ui.tab == MainTab::timeline && selected_item(draft, ui) != nullptr;
}

bool timeline_block_has_room(Draft& draft, const UiState& ui) {
    const Item* item = ui.tab == MainTab::timeline ? selected_item(draft, ui) : nullptr;
    if (!item || draft.doc().rooms.empty()) return false;
    return !item->all_rooms && (item->kind != ItemKind::round || !ui.selection.session_id.empty());
}

void timeline_shift_start(Draft& draft, UiState& ui, Minutes delta) {
    const Item* item = selected_item(draft, ui);
    if (!item) return;
    const Minutes to = std::max<Minutes>(0, item->start + delta);
    if (to == item->start) return;
    const std::string name = item->title;
    EditResult r = set_pinned(draft.doc(), item->id, true, to);
    if (!r.ok) return;
    draft.commit(std::move(r.doc), label_move(name));
    say_where(draft, ui);
}

void timeline_change_duration(Draft& draft, UiState& ui, Minutes delta) {
    const Item* item = selected_item(draft, ui);
    if (!item) return;
    const Minutes to = std::max(kKeyboardStep, item->duration + delta);
    if (to == item->duration) return;
    const std::string name = item->title;
    EditResult r = set_duration(draft.doc(), item->id, to);
    if (!r.ok) return;
    draft.commit(std::move(r.doc), label_set_duration(name));
    say_where(draft, ui);
}

void timeline_change_room(Draft& draft, UiState& ui, int direction) {
    if (!timeline_block_has_room(draft, ui)) return;
    Document doc = draft.doc();
    Item* round = nullptr;
    Session* session = ui.selection.session_id.empty() ? nullptr : session_ptr(doc, ui.selection.session_id, &round);
    Item* item = session ? round : item_ptr(doc, ui.selection.item_id);
    if (!item) return;
    std::string& room_id = session ? session->room_id : item->room_id;
    // Rooms in their listed order, without those hidden in the timeline.
    std::vector<const Room*> rooms;
    for (const Room& r : doc.rooms)
        if (std::find(ui.timeline_hidden_rooms.begin(), ui.timeline_hidden_rooms.end(), r.id) == ui.timeline_hidden_rooms.end())
            rooms.push_back(&r);
    if (rooms.empty()) return;
    int at = -1;
    for (int i = 0; i < (int)rooms.size(); ++i)
        if (rooms[i]->id == room_id) at = i;
    const int to = at < 0 ? (direction > 0 ? 0 : (int)rooms.size() - 1) : at + direction;
    if (to < 0 || to >= (int)rooms.size() || to == at) return;
    room_id = rooms[to]->id;
    const std::string name = name_of(*item, session);
    draft.commit(std::move(doc), label_move(name));
    say_where(draft, ui);
}

}  // namespace dagdeel::ui
