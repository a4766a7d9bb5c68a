// [SECTION] Item fields
// [SECTION] People on an item or session
// [SECTION] Sessions of a parallel round
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/default_role.hpp"
#include "core/operations.hpp"
#include "edit/commands.hpp"
#include "ui/a11y.hpp"
#include "ui/a11y_text_entry.hpp"
#include "ui/document_access.hpp"
#include "ui/edit_field.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/person_picker.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr float kColumn = 120.0f;

// A combo over the rooms; "" = none / the main room.
bool room_combo(const Document& doc, const char* id, std::string* room_id) {
    bool changed = false;
    const std::string shown = room_id->empty() ? T("(hoofdzaal)", "(main room)") : room_display(doc, *room_id);
    if (a11y_combo(id, shown.c_str())) {
        if (ImGui::Selectable(T("(hoofdzaal)", "(main room)"), room_id->empty())) { room_id->clear(); changed = true; }
        for (const Room& r : doc.rooms) {
            std::string label = r.name + (r.capacity ? " (" + std::to_string(r.capacity) + ")" : "") + "###" + r.id;
            if (ImGui::Selectable(label.c_str(), r.id == *room_id)) { *room_id = r.id; changed = true; }
        }
        ImGui::EndCombo();
    }
    return changed;
}

// The room combo's width: what is left beside the "+" button after it (the
// frame height was too little: the button is its icon plus padding, and it
// stuck out of the pane by a few pixels).
float room_combo_width() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float button = ImGui::CalcTextSize(icons::ADD).x + 2 * style.FramePadding.x;
    return ImGui::GetContentRegionAvail().x - button - style.ItemSpacing.x - 1;
}

// A room made on the spot from the inspector: name and capacity, added to
// the shared list and chosen at once. Returns the new room's id.
std::string new_room_button(Draft& draft) {
    std::string made;
    ImGui::SameLine();
    if (icon_button(icons::ADD, "new-room", T("Nieuwe zaal", "New room"))) ImGui::OpenPopup("new-room-popup");
    if (ImGui::BeginPopup("new-room-popup")) {
        static std::string name;
        static int capacity = 0;
        ImGui::SetNextItemWidth(200);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::InputTextWithHint("##room-name", T("Naam van de zaal", "Room name"), &name);
        ImGui::SetNextItemWidth(200);
        ImGui::InputInt(T("capaciteit###room-capacity", "capacity###room-capacity"), &capacity);
        if (ImGui::Button(T("Toevoegen###add-room", "Add###add-room")) && !name.empty()) {
            Document d = draft.doc();
            Room room;
            room.id = new_id(d, "r-");
            room.name = name;
            room.capacity = std::max(0, capacity);
            d.rooms.push_back(room);
            draft.commit(std::move(d), {"Zaal toevoegen", "Add room"});
            made = room.id;
            name.clear();
            capacity = 0;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    return made;
}

// [SECTION] People ------------------------------------------------------------------------

// Edits a list of people with roles; `apply` writes the new list into a document copy.
template <typename Apply>
void people_editor(Draft& draft, const std::vector<PersonRef>& people, const std::string& owner, Role new_role,
                   Apply apply) {
    const Document& doc = draft.doc();
    ImGui::PushID(owner.c_str());
    for (std::size_t i = 0; i < people.size(); ++i) {
        ImGui::PushID((int)i);
        const PersonRef& ref = people[i];
        const Person* p = dagdeel::find_person(doc, ref.person_id);
        // Person, role and the remove button on one line when they fit whole;
        // in the narrow item panel the role and the remove button go under the
        // person (the role was cut to "Bege", the name to "de gemeente Groni").
        const ImGuiStyle& style = ImGui::GetStyle();
        float role_w = 0;
        for (Role role : {Role::speaker, Role::leader, Role::moderator, Role::host, Role::other})
            role_w = std::max(role_w, ImGui::CalcTextSize(role_name(role)).x);
        role_w += 2 * style.FramePadding.x + ImGui::GetFrameHeight();
        const float remove_w = ImGui::CalcTextSize(icons::CLOSE).x + 2 * style.FramePadding.x;
        const float avail = ImGui::GetContentRegionAvail().x;
        const float name_w = p ? ImGui::CalcTextSize(person_display(*p).c_str()).x + 2 * style.FramePadding.x +
                                     ImGui::GetFrameHeight()
                               : 160.0f;
        const bool one_line = avail >= name_w + role_w + remove_w + 2 * style.ItemSpacing.x;
        ImGui::SetNextItemWidth(one_line ? avail - role_w - remove_w - 2 * style.ItemSpacing.x : avail);
        if (a11y_combo("##person", p ? person_display(*p).c_str() : ref.person_id.c_str())) {
            for (const Person& candidate : doc.people) {
                if (ImGui::Selectable((person_display(candidate) + "###" + candidate.id).c_str(), candidate.id == ref.person_id)) {
                    auto list = people;
                    list[i].person_id = candidate.id;
                    Document d = doc;
                    apply(d, list);
                    draft.commit(std::move(d), {"Persoon wijzigen", "Change person"});
                }
            }
            ImGui::EndCombo();
        }
        if (one_line) ImGui::SameLine();
        ImGui::SetNextItemWidth(role_w);
        if (a11y_combo("##role", role_name(ref.role))) {
            for (Role role : {Role::speaker, Role::leader, Role::moderator, Role::host, Role::other}) {
                if (ImGui::Selectable(role_name(role), role == ref.role)) {
                    auto list = people;
                    list[i].role = role;
                    Document d = doc;
                    apply(d, list);
                    draft.commit(std::move(d), {"Rol wijzigen", "Change role"});
                }
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (icon_button(icons::CLOSE, "remove-person", T("Persoon weghalen", "Remove person"))) {
            auto list = people;
            list.erase(list.begin() + (std::ptrdiff_t)i);
            Document d = doc;
            apply(d, list);
            draft.commit(std::move(d), {"Persoon weghalen", "Remove person"});
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (icon_button(icons::PERSON, "add-person", T("Iemand toevoegen", "Add someone"), T("Persoon", "Person")))
        ImGui::OpenPopup("add-person-popup");
    if (ImGui::BeginPopup("add-person-popup")) {
        static std::string new_name, new_org;
        if (auto choice = person_picker(doc, {}, "pick-")) {
            Document d = doc;
            auto list = people;
            list.push_back({take_person_choice(d, *choice), new_role});
            apply(d, list);
            draft.commit(std::move(d), {"Persoon toevoegen", "Add person"});
        }
        ImGui::SeparatorText(T("Nieuwe persoon met organisatie", "New person with organisation"));
        ImGui::SetNextItemWidth(220);
        ImGui::InputTextWithHint("##new-name", T("Naam", "Name"), &new_name);
        ImGui::SetNextItemWidth(220);
        ImGui::InputTextWithHint("##new-org", T("Organisatie", "Organisation"), &new_org);
        if (ImGui::Button(T("Toevoegen###add-new-person", "Add###add-new-person")) && (!new_name.empty() || !new_org.empty())) {
            Document d = doc;
            Person p;
            p.id = new_id(d, "p-");
            p.name = new_name;
            p.organisation = new_org;
            d.people.push_back(p);
            auto list = people;
            list.push_back({p.id, new_role});
            apply(d, list);
            draft.commit(std::move(d), {"Persoon toevoegen", "Add person"});
            new_name.clear();
            new_org.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    ImGui::PopID();
}

// [SECTION] Sessions ------------------------------------------------------------------------

void draw_sessions(Draft& draft, UiState& ui, const Item& round) {
    ImGui::SeparatorText(T("Sessies in deze ronde", "Sessions in this round"));
    const Document& doc = draft.doc();
    for (std::size_t s = 0; s < round.sessions.size(); ++s) {
        const Session& session = round.sessions[s];
        ImGui::PushID(session.id.c_str());
        // One session open at a time: the selected one (from here or the table).
        const bool is_selected = ui.selection.session_id == session.id;
        ImGui::SetNextItemOpen(is_selected, ImGuiCond_Always);
        const bool open = ImGui::CollapsingHeader(
            ((session.title.empty() ? std::string(T("(zonder titel)", "(untitled)")) : session.title) + "###head").c_str());
        if (ImGui::IsItemClicked()) ui.selection.session_id = is_selected ? std::string() : session.id;
        if (open) {
            const std::string key = "session:" + session.id + ":";
            field_label(T("Titel", "Title"), kColumn);
            if (ui.focus_session_title) {  // a session just added: type its title at once
                text_entry_request_edit_selected(ImGui::GetID("##title"));
                // ...with its fields in view: its people and room come next, and a
                // session added below the fold left its own Persoon button unseen.
                ImGui::SetScrollHereY(0.2f);
                ui.focus_session_title = false;
            }
            edit_field(draft, session.title, [](std::string* v, bool* c) { return text_field("##title", v, "", c); },
                       label_field("Sessietitel", "session title"), key + "title",
                       [&](Document& d, const std::string& v) { if (Session* x = session_ptr(d, session.id)) x->title = v; });
            field_label(T("Zaal", "Room"), kColumn);
            std::string room = session.room_id;
            ImGui::SetNextItemWidth(room_combo_width());
            bool pick = room_combo(draft.doc(), "##room", &room);
            if (std::string made = new_room_button(draft); !made.empty()) { room = made; pick = true; }
            if (pick) {
                Document d = draft.doc();
                if (Session* x = session_ptr(d, session.id)) x->room_id = room;
                draft.commit(std::move(d), label_field("Zaal", "room"));
            }
            field_label(T("Capaciteit", "Capacity"), kColumn);
            edit_field(draft, session.capacity, [](int* v, bool* c) { return count_field("##capacity", v, 100000, c); },
                       label_field("Capaciteit", "capacity"), key + "capacity",
                       [&](Document& d, int v) { if (Session* x = session_ptr(d, session.id)) x->capacity = v; });
            // Registrations (issue 16): the fewest participants the session needs,
            // and whether the assignment may cancel it when fewer chose it.
            field_label(T("Minimum", "Minimum"), kColumn);
            edit_field(draft, session.minimum, [](int* v, bool* c) { return count_field("##minimum", v, 100000, c); },
                       label_field("Minimum", "minimum"), key + "minimum",
                       [&](Document& d, int v) { if (Session* x = session_ptr(d, session.id)) x->minimum = v; });
            ImGui::SetCursorPosX(kColumn);
            bool cancel = session.cancel_if_under_minimum;
            // The whole label where the pane is wide enough, a short one (never
            // cut) in the 310 px pane; the tooltip says it in full either way.
            const char* whole = T("Vervalt onder het minimum", "Cancelled below the minimum");
            const float box = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
            const bool fits = ImGui::GetContentRegionAvail().x >= box + ImGui::CalcTextSize(whole).x;
            const std::string cancel_label =
                std::string(fits ? whole : T("Kan vervallen", "May be cancelled")) + "###cancel-under-minimum";
            if (ImGui::Checkbox(cancel_label.c_str(), &cancel)) {
                Document d = doc;
                if (Session* x = session_ptr(d, session.id)) x->cancel_if_under_minimum = cancel;
                draft.commit(std::move(d), label_field("Vervalt onder het minimum", "cancelled below the minimum"));
            }
            tooltip_for_last_item(T("Bij het indelen mag deze sessie vervallen als minder deelnemers dan het minimum "
                                    "haar kozen; hun keuzes gaan dan naar de andere sessies.",
                                    "When assigning, this session may be cancelled if fewer participants than the "
                                    "minimum chose it; they are then placed in the other sessions."));
            // Explicit, never by accident: a session that starts later than its round.
            field_label(T("Begint later (min)", "Starts later (min)"), kColumn);
            edit_field(draft, session.delay, [max = round.duration](int* v, bool* c) { return int_field("##delay", v, 0, max, c); },
                       label_field("Begint later", "starts later"), key + "delay",
                       [&](Document& d, int v) { if (Session* x = session_ptr(d, session.id)) x->delay = v; });
            tooltip_for_last_item(T("Minuten na het begin van de ronde; de sessie eindigt met de ronde.",
                                    "Minutes after the round starts; the session ends with the round."));
            field_label(T("Status", "Status"), kColumn);
            if (a11y_combo("##status", status_name(session.status))) {
                for (Status st : {Status::confirmed, Status::tentative, Status::cancelled})
                    if (ImGui::Selectable(status_name(st), st == session.status)) {
                        Document d = doc;
                        if (Session* x = session_ptr(d, session.id)) x->status = st;
                        draft.commit(std::move(d), label_field("Status", "status"));
                    }
                ImGui::EndCombo();
            }
            ImGui::TextDisabled("%s", T("Begeleiding", "Leaders"));
            people_editor(draft, session.people, session.id, default_role(round.kind, true), [&](Document& d, const std::vector<PersonRef>& list) {
                if (Session* x = session_ptr(d, session.id)) x->people = list;
            });
            if (icon_button(icons::UP, "s-up", T("Sessie omhoog", "Session up")) && s > 0) {
                Document d = doc;
                Item* r = item_ptr(d, round.id);
                std::swap(r->sessions[s], r->sessions[s - 1]);
                draft.commit(std::move(d), {"Sessie verplaatsen", "Move session"});
            }
            ImGui::SameLine();
            if (icon_button(icons::DOWN, "s-down", T("Sessie omlaag", "Session down")) && s + 1 < round.sessions.size()) {
                Document d = doc;
                Item* r = item_ptr(d, round.id);
                std::swap(r->sessions[s], r->sessions[s + 1]);
                draft.commit(std::move(d), {"Sessie verplaatsen", "Move session"});
            }
            ImGui::SameLine();
            if (icon_button(icons::DELETE, "s-del", T("Sessie verwijderen", "Delete session"))) {
                EditResult r = delete_session(doc, session.id);
                if (r.ok) draft.commit(std::move(r.doc), {"Sessie verwijderen", "Delete session"});
                ImGui::PopID();
                break;
            }
        }
        ImGui::PopID();
    }
    if (icon_button(icons::ADD, "add-session", T("Sessie toevoegen aan deze ronde", "Add a session to this round"),
                    T("Sessie", "Session"))) {
        EditResult r = add_session(doc, round.id);
        if (r.ok) {
            draft.commit(std::move(r.doc), {"Sessie toevoegen", "Add session"});
            ui.selection.session_id = r.id;
            ui.focus_session_title = true;
        }
    }
}

}  // namespace

// [SECTION] Item fields ----------------------------------------------------------------------

void draw_inspector(Draft& draft, UiState& ui) {
    const Document& doc = draft.doc();
    const Item* found = item_ptr(doc, ui.selection.item_id);
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(T("Onderdeel", "Item"));
    ImGui::PopFont();
    if (!found) {
        ImGui::TextWrapped("%s", T("Selecteer een onderdeel in het programma of de tijdlijn om het hier te bewerken.",
                                   "Select an item in the programme or the timeline to edit it here."));
        return;
    }
    const Item item = *found;  // a copy: commits below replace the document
    const std::string key = "item:" + item.id + ":";
    auto set = [&](auto member) {
        return [member, id = item.id](Document& d, const auto& v) { if (Item* it = item_ptr(d, id)) it->*member = v; };
    };

    field_label(T("Titel", "Title"), kColumn);
    if (ui.focus_inspector_title) {
        text_entry_request_edit_selected(ImGui::GetID("##item-title"));
        ui.focus_inspector_title = false;
    }
    edit_field(draft, item.title, [](std::string* v, bool* c) { return text_field("##item-title", v, "", c); },
               label_field("Titel", "title"), key + "title", set(&Item::title));

    // Duration next to the title: the two things typed for every new item
    // (Tab from the title goes straight to it).
    field_label(T("Duur", "Duration"), kColumn);
    edit_field(draft, item.duration, [](Minutes* v, bool* c) { return duration_field("##inspector-duration", v, c); },
               label_set_duration(item.title), key + "duration", set(&Item::duration));
    // start – end beside it when the pane is wide enough (never cut off)
    const std::string span = hhmm(item.start) + " – " + hhmm(item.end());
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x >= ImGui::CalcTextSize(span.c_str()).x) ImGui::TextDisabled("%s", span.c_str());
    else ImGui::NewLine();

    field_label(T("Begin", "Start"), kColumn);
    edit_field(draft, item.start, [](Minutes* v, bool* c) { return time_field("##start", v, c); },
               label_pin(item.title, true), key + "start", [&](Document& d, Minutes v) {
                   // Typing a start time pins it: that is what the user asked for.
                   if (Item* it = item_ptr(d, item.id)) { it->start = v; it->pinned = true; }
               });
    ImGui::SameLine();
    bool pinned = item.pinned;
    if (ImGui::Checkbox(T("vast###pinned", "pinned###pinned"), &pinned)) {
        EditResult r = set_pinned(doc, item.id, pinned, item.start);
        if (r.ok) draft.commit(std::move(r.doc), label_pin(item.title, pinned));
    }
    tooltip_for_last_item(T("Een vaste begintijd schuift niet mee met eerdere onderdelen.",
                            "A pinned start does not move when earlier items change."));
    ImGui::SetCursorPosX(kColumn);
    bool time_hidden = item.time_hidden;
    if (ImGui::Checkbox(T("Tijd verbergen###time-hidden", "Hide time###time-hidden"),
                        &time_hidden)) {
        Document d = doc;
        if (Item* it = item_ptr(d, item.id)) it->time_hidden = time_hidden;
        draft.commit(std::move(d), label_field("Tijd in aankondiging", "time in announcement"));
    }
    // A short label that fits the 310 px pane; the tooltip says what it means.
    tooltip_for_last_item(T("Tijd niet in de aankondiging: die noemt dit onderdeel zonder tijd (zoals \"Pauze\" in veel programma's).",
                            "Time not in the announcement: it lists this item without a time (as many programmes list \"Break\")."));

    field_label(T("Soort", "Kind"), kColumn);
    if (a11y_combo("##kind", (std::string(kind_icon(item.kind)) + "  " + kind_name(item.kind)).c_str())) {
        for (ItemKind k : {ItemKind::walk_in, ItemKind::welcome, ItemKind::talk, ItemKind::presentation, ItemKind::workshop,
                           ItemKind::round, ItemKind::discussion, ItemKind::break_, ItemKind::lunch, ItemKind::closing,
                           ItemKind::drinks, ItemKind::other})
            if (ImGui::Selectable((std::string(kind_icon(k)) + "  " + kind_name(k)).c_str(), k == item.kind)) {
                Document d = doc;
                if (Item* it = item_ptr(d, item.id)) it->kind = k;
                draft.commit(std::move(d), label_field("Soort", "kind"));
            }
        ImGui::EndCombo();
    }

    field_label(T("Zaal", "Room"), kColumn);
    std::string room = item.room_id;
    ImGui::SetNextItemWidth(room_combo_width());
    bool pick_room = room_combo(draft.doc(), "##item-room", &room);
    if (std::string made = new_room_button(draft); !made.empty()) { room = made; pick_room = true; }
    if (pick_room) {
        Document d = draft.doc();
        if (Item* it = item_ptr(d, item.id)) it->room_id = room;
        draft.commit(std::move(d), label_field("Zaal", "room"));
    }
    ImGui::SetCursorPosX(kColumn);
    bool all_rooms = item.all_rooms;
    if (ImGui::Checkbox(T("Plenair: in alle zalen###all-rooms", "Plenary: spans all rooms###all-rooms"), &all_rooms)) {
        Document d = doc;
        if (Item* it = item_ptr(d, item.id)) it->all_rooms = all_rooms;
        draft.commit(std::move(d), label_field("Plenair", "plenary"));
    }

    field_label(T("Status", "Status"), kColumn);
    if (a11y_combo("##item-status", status_name(item.status))) {
        for (Status st : {Status::confirmed, Status::tentative, Status::cancelled})
            if (ImGui::Selectable(status_name(st), st == item.status)) {
                Document d = doc;
                if (Item* it = item_ptr(d, item.id)) it->status = st;
                draft.commit(std::move(d), label_field("Status", "status"));
            }
        ImGui::EndCombo();
    }

    ImGui::TextUnformatted(T("Beschrijving", "Description"));
    edit_field(draft, item.description,
               [](std::string* v, bool* c) { return multiline_field("##item-description", v, 90, c); },
               label_field("Beschrijving", "description"), key + "description", set(&Item::description));

    ImGui::SeparatorText(T("Mensen", "People"));
    people_editor(draft, item.people, item.id, default_role(item.kind, false), [&](Document& d, const std::vector<PersonRef>& list) {
        if (Item* it = item_ptr(d, item.id)) it->people = list;
    });

    if (item.kind == ItemKind::round) draw_sessions(draft, ui, item);
}

}  // namespace dagdeel::ui
