// People and rooms: the two shared lists every item refers to.
//
// [SECTION] References: where a person or room is used, moving and removing them
// [SECTION] People table
// [SECTION] Rooms table
// [SECTION] Merge and delete dialogs
//
// Each table edits inline (one undo step per typing burst, merge keys
// "person:<id>:<field>"), deletes what is unused at once and asks first when
// references would go too, and merges two ticked rows: the second's
// references move to the first, then the second is removed.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/operations.hpp"
#include "ui/document_access.hpp"
#include "ui/edit_field.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

enum class What { person, room };

// [SECTION] References ------------------------------------------------------------------

std::string item_name(const Item& item) { return item.title.empty() ? std::string(kind_name(item.kind)) : item.title; }

// Human descriptions of every place `id` is used.
std::vector<std::string> usages(const Document& doc, What what, const std::string& id) {
    std::vector<std::string> out;
    auto has = [&](const std::vector<PersonRef>& refs) {
        return std::any_of(refs.begin(), refs.end(), [&](const PersonRef& r) { return r.person_id == id; });
    };
    for (const Day& day : doc.days)
        for (const Item& item : day.items) {
            const std::string when = hhmm(item.start) + "  ";
            if (what == What::person ? has(item.people) : item.room_id == id) out.push_back(when + item_name(item));
            for (const Session& s : item.sessions)
                if (what == What::person ? has(s.people) : s.room_id == id)
                    out.push_back(when + (s.title.empty() ? item_name(item) : s.title) + "  (" + item_name(item) + ")");
        }
    if (what == What::person) {
        for (const std::string& c : doc.event.contact_ids)
            if (c == id) out.push_back(T("Contactpersoon van de bijeenkomst", "Contact for the event"));
        if (doc.event.registration.contact_person_id == id)
            out.push_back(T("Contact voor aanmelden", "Contact for registration"));
        for (const WorkshopDesign& d : doc.designs)
            for (const std::string& t : d.trainer_ids)
                if (t == id) out.push_back(std::string(T("Trainer van ", "Trainer of ")) + d.title);
    }
    return out;
}

void replace_refs(std::vector<PersonRef>& refs, const std::string& from, const std::string& to) {
    bool has_target = std::any_of(refs.begin(), refs.end(), [&](const PersonRef& r) { return r.person_id == to; });
    for (auto it = refs.begin(); it != refs.end();) {
        if (it->person_id != from) { ++it; continue; }
        if (to.empty() || has_target) { it = refs.erase(it); continue; }  // removed, or already there
        it->person_id = to;
        has_target = true;
        ++it;
    }
}

void replace_ids(std::vector<std::string>& ids, const std::string& from, const std::string& to) {
    bool has_target = std::find(ids.begin(), ids.end(), to) != ids.end();
    for (auto it = ids.begin(); it != ids.end();) {
        if (*it != from) { ++it; continue; }
        if (to.empty() || has_target) { it = ids.erase(it); continue; }
        *it = to;
        has_target = true;
        ++it;
    }
}

// Moves every reference from `from` to `to` ("" removes them), then drops `from`.
void replace_and_remove(Document& doc, What what, const std::string& from, const std::string& to) {
    for (Day& day : doc.days)
        for (Item& item : day.items) {
            if (what == What::person) replace_refs(item.people, from, to);
            else if (item.room_id == from) item.room_id = to;
            for (Session& s : item.sessions) {
                if (what == What::person) replace_refs(s.people, from, to);
                else if (s.room_id == from) s.room_id = to;
            }
        }
    if (what == What::person) {
        replace_ids(doc.event.contact_ids, from, to);
        if (doc.event.registration.contact_person_id == from) doc.event.registration.contact_person_id = to;
        for (WorkshopDesign& d : doc.designs) replace_ids(d.trainer_ids, from, to);
        std::erase_if(doc.people, [&](const Person& p) { return p.id == from; });
    } else {
        std::erase_if(doc.rooms, [&](const Room& r) { return r.id == from; });
    }
}

// UI-only state of this tab: ticked rows, a pending dialog, a field to focus.
struct TabState {
    std::vector<std::string> ticked_people, ticked_rooms;
    What dialog_what = What::person;
    std::string delete_id;                    // confirm deleting this (it is in use)
    std::string merge_keep, merge_remove;     // confirm merging
    std::string focus_id;                     // focus the name field of a new row
    bool open_delete = false, open_merge = false;
};
TabState g_people_rooms;

std::vector<std::string>& ticked(What w) { return w == What::person ? g_people_rooms.ticked_people : g_people_rooms.ticked_rooms; }

void tick_box(What w, const std::string& id) {
    auto& list = ticked(w);
    auto it = std::find(list.begin(), list.end(), id);
    bool on = it != list.end();
    if (ImGui::Checkbox("##tick", &on)) {
        if (on) list.push_back(id);
        else list.erase(it);
        if (list.size() > 2) list.erase(list.begin());  // merging takes two: keep the latest two
    }
    tooltip_for_last_item(T("Aanvinken om twee samen te voegen", "Tick two to merge them"));
}

void used_in_cell(const Document& doc, What w, const std::string& id) {
    const std::vector<std::string> used = usages(doc, w, id);
    if (used.empty()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", T("niet gebruikt", "unused"));
        return;
    }
    char label[64];
    std::snprintf(label, sizeof label, "%zu\xc3\x97###used", used.size());
    if (ImGui::Button(label)) ImGui::OpenPopup("used-in");
    tooltip_for_last_item(T("Waar dit gebruikt wordt", "Where this is used"));
    if (ImGui::BeginPopup("used-in")) {
        ImGui::TextDisabled("%s", T("Gebruikt in", "Used in"));
        for (const std::string& u : used) ImGui::BulletText("%s", u.c_str());
        ImGui::EndPopup();
    }
}

void delete_button(Draft& draft, What w, const std::string& id, const std::string& name) {
    if (!icon_button(icons::DELETE, "delete", w == What::person ? T("Persoon verwijderen", "Delete person")
                                                                : T("Zaal verwijderen", "Delete room")))
        return;
    if (usages(draft.doc(), w, id).empty()) {
        Document doc = draft.doc();
        replace_and_remove(doc, w, id, "");
        draft.commit(std::move(doc), w == What::person ? Label{"Persoon " + name + " verwijderen", "Delete person " + name}
                                                       : Label{"Zaal " + name + " verwijderen", "Delete room " + name});
        std::erase(ticked(w), id);
    } else {
        g_people_rooms.dialog_what = w;
        g_people_rooms.delete_id = id;
        g_people_rooms.open_delete = true;
    }
}

template <typename Get>
void text_cell(Draft& draft, const char* id, const char* hint, const std::string& key, Label label,
               std::string value, Get get) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    edit_field(draft, std::move(value),
               [&](std::string* v, bool* c) { return text_field(id, v, hint, c); }, std::move(label), key,
               [&](Document& d, const std::string& v) {
                   if (std::string* field = get(d)) *field = v;
               });
}

void section_heading(const char* icon, const char* text, int count) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(icon);
    ImGui::SameLine();
    ImGui::Text("%s", text);
    ImGui::SameLine();
    ImGui::TextDisabled("(%d)", count);
}

constexpr ImGuiTableFlags kPeopleRoomsTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                        ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_Resizable |
                                        ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;

void merge_button(What w, const Document& doc) {
    auto& list = ticked(w);
    // Forget ticks of rows that no longer exist (undo, delete).
    std::erase_if(list, [&](const std::string& id) {
        return w == What::person ? !dagdeel::find_person(doc, id) : !dagdeel::find_room(doc, id);
    });
    ImGui::BeginDisabled(list.size() != 2);
    if (icon_button(icons::MERGE, w == What::person ? "merge-people" : "merge-rooms",
                    T("Vink twee rijen aan en voeg ze samen: verwijzingen naar de tweede gaan naar de eerste",
                      "Tick two rows and merge them: references to the second move to the first"),
                    T("Samenvoegen", "Merge"))) {
        g_people_rooms.dialog_what = w;
        g_people_rooms.merge_keep = list[0];
        g_people_rooms.merge_remove = list[1];
        g_people_rooms.open_merge = true;
    }
    ImGui::EndDisabled();
}

// [SECTION] People table ------------------------------------------------------------------

void draw_people(Draft& draft) {
    const std::vector<Person> people = draft.doc().people;  // a copy: commits below replace the document
    section_heading(icons::PEOPLE, T("Mensen", "People"), (int)people.size());
    ImGui::SameLine(0, 20);
    if (icon_button(icons::ADD, "add-person", T("Nieuwe persoon of organisatie", "New person or organisation"),
                    T("Persoon toevoegen", "Add person"))) {
        Document doc = draft.doc();
        Person p;
        p.id = new_id(doc, "p-");
        g_people_rooms.focus_id = p.id;
        doc.people.push_back(p);
        draft.commit(std::move(doc), {"Persoon toevoegen", "Add person"});
    }
    ImGui::SameLine();
    merge_button(What::person, draft.doc());

    if (people.empty()) {
        ImGui::TextWrapped("%s", T("Nog niemand. Voeg sprekers, begeleiders en contactpersonen hier één keer toe; "
                                   "koppel ze daarna aan onderdelen in het paneel rechts.",
                                   "Nobody yet. Add speakers, leaders and contacts here once; then link them to "
                                   "items in the panel on the right."));
        return;
    }
    if (!ImGui::BeginTable("people", 7, kPeopleRoomsTableFlags)) return;
    ImGui::TableSetupColumn("##tick", ImGuiTableColumnFlags_WidthFixed, 28);
    ImGui::TableSetupColumn(T("Naam", "Name"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(T("Organisatie", "Organisation"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(T("E-mail", "E-mail"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(T("Telefoon", "Phone"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(T("Gebruikt in", "Used in"), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 40);
    ImGui::TableHeadersRow();
    for (const Person& p : people) {
        const std::string id = p.id;
        const std::string shown = p.name.empty() ? p.organisation : p.name;
        ImGui::TableNextRow();
        ImGui::PushID(id.c_str());
        auto field = [&](const char* f) { return [id, f](Document& d) -> std::string* {
            Person* q = person_ptr(d, id);
            if (!q) return nullptr;
            const std::string n = f;
            return n == "name" ? &q->name : n == "organisation" ? &q->organisation : n == "email" ? &q->email : &q->phone;
        }; };
        ImGui::TableNextColumn();
        tick_box(What::person, id);
        ImGui::TableNextColumn();
        if (g_people_rooms.focus_id == id) { ImGui::SetKeyboardFocusHere(); g_people_rooms.focus_id.clear(); }
        text_cell(draft, "##name", T("Naam", "Name"), "person:" + id + ":name", label_change("Naam", "name", shown), p.name,
                  field("name"));
        ImGui::TableNextColumn();
        text_cell(draft, "##organisation", T("Organisatie", "Organisation"), "person:" + id + ":organisation",
                  label_change("Organisatie", "organisation", shown), p.organisation, field("organisation"));
        ImGui::TableNextColumn();
        text_cell(draft, "##email", "naam@voorbeeld.nl", "person:" + id + ":email", label_change("E-mail", "e-mail", shown),
                  p.email, field("email"));
        ImGui::TableNextColumn();
        text_cell(draft, "##phone", "06 …", "person:" + id + ":phone", label_change("Telefoon", "phone", shown), p.phone,
                  field("phone"));
        ImGui::TableNextColumn();
        used_in_cell(draft.doc(), What::person, id);
        ImGui::TableNextColumn();
        delete_button(draft, What::person, id, shown);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// [SECTION] Rooms table ---------------------------------------------------------------------

void draw_rooms(Draft& draft) {
    const std::vector<Room> rooms = draft.doc().rooms;
    section_heading(icons::ROOM, T("Zalen", "Rooms"), (int)rooms.size());
    ImGui::SameLine(0, 20);
    if (icon_button(icons::ADD, "add-room", T("Nieuwe zaal of ruimte", "New room or space"),
                    T("Zaal toevoegen", "Add room"))) {
        Document doc = draft.doc();
        Room r;
        r.id = new_id(doc, "r-");
        r.name = std::string(T("Zaal ", "Room ")) + std::to_string(doc.rooms.size() + 1);
        g_people_rooms.focus_id = r.id;
        doc.rooms.push_back(r);
        draft.commit(std::move(doc), {"Zaal toevoegen", "Add room"});
    }
    ImGui::SameLine();
    merge_button(What::room, draft.doc());

    if (rooms.empty()) {
        ImGui::TextWrapped("%s", T("Nog geen zalen. Zonder zalen speelt alles in de plenaire zaal; voeg zalen toe "
                                   "voor parallelle sessies en sleep ze op de tijdlijn naar hun zaal.",
                                   "No rooms yet. Without rooms everything happens in the main room; add rooms for "
                                   "parallel sessions and drag them to their room on the timeline."));
        return;
    }
    if (!ImGui::BeginTable("rooms", 6, kPeopleRoomsTableFlags)) return;
    ImGui::TableSetupColumn("##tick", ImGuiTableColumnFlags_WidthFixed, 28);
    ImGui::TableSetupColumn(T("Naam", "Name"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(T("Capaciteit", "Capacity"), ImGuiTableColumnFlags_WidthFixed, 130);
    ImGui::TableSetupColumn(T("Notities", "Notes"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(T("Gebruikt in", "Used in"), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 40);
    ImGui::TableHeadersRow();
    for (const Room& r : rooms) {
        const std::string id = r.id;
        ImGui::TableNextRow();
        ImGui::PushID(id.c_str());
        ImGui::TableNextColumn();
        tick_box(What::room, id);
        ImGui::TableNextColumn();
        if (g_people_rooms.focus_id == id) { ImGui::SetKeyboardFocusHere(); g_people_rooms.focus_id.clear(); }
        text_cell(draft, "##name", T("Naam", "Name"), "room:" + id + ":name", label_change("Naam", "name", r.name), r.name,
                  [id](Document& d) -> std::string* { Room* q = room_ptr(d, id); return q ? &q->name : nullptr; });
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        edit_field(draft, r.capacity, [](int* v, bool* c) { return count_field("##capacity", v, 100000, c); },
                   label_change("Capaciteit", "capacity", r.name), "room:" + id + ":capacity",
                   [id](Document& d, int v) { if (Room* q = room_ptr(d, id)) q->capacity = v; });
        tooltip_for_last_item(T("Aantal plaatsen; 0 = onbekend", "Number of seats; 0 = unknown"));
        ImGui::TableNextColumn();
        text_cell(draft, "##notes", T("Beamer, opstelling, verdieping …", "Projector, layout, floor …"),
                  "room:" + id + ":notes", label_change("Notities", "notes", r.name), r.notes,
                  [id](Document& d) -> std::string* { Room* q = room_ptr(d, id); return q ? &q->notes : nullptr; });
        ImGui::TableNextColumn();
        used_in_cell(draft.doc(), What::room, id);
        ImGui::TableNextColumn();
        delete_button(draft, What::room, id, r.name);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// [SECTION] Merge and delete dialogs ----------------------------------------------------------

std::string display_name(const Document& doc, What w, const std::string& id) {
    if (w == What::person) {
        const Person* p = dagdeel::find_person(doc, id);
        return p ? (person_display(*p).empty() ? id : person_display(*p)) : id;
    }
    const Room* r = dagdeel::find_room(doc, id);
    return r && !r->name.empty() ? r->name : id;
}

void draw_dialogs(Draft& draft) {
    if (g_people_rooms.open_delete) ImGui::OpenPopup(T("Verwijderen?###confirm-delete", "Delete?###confirm-delete"));
    if (g_people_rooms.open_merge) ImGui::OpenPopup(T("Samenvoegen###confirm-merge", "Merge###confirm-merge"));
    g_people_rooms.open_delete = g_people_rooms.open_merge = false;
    const Document& doc = draft.doc();

    if (ImGui::BeginPopupModal(T("Verwijderen?###confirm-delete", "Delete?###confirm-delete"), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        const std::string name = display_name(doc, g_people_rooms.dialog_what, g_people_rooms.delete_id);
        const auto used = usages(doc, g_people_rooms.dialog_what, g_people_rooms.delete_id);
        ImGui::Text(T("%s wordt gebruikt op %zu plaats(en):", "%s is used in %zu place(s):"), name.c_str(), used.size());
        for (const std::string& u : used) ImGui::BulletText("%s", u.c_str());
        ImGui::TextWrapped("%s", T("Verwijderen haalt deze verwijzingen ook weg. Ongedaan maken kan daarna nog.",
                                   "Deleting also removes these references. You can still undo it afterwards."));
        ImGui::Spacing();
        if (icon_button(icons::DELETE, "confirm-delete-yes", "", T("Verwijderen", "Delete"))) {
            Document after = doc;
            replace_and_remove(after, g_people_rooms.dialog_what, g_people_rooms.delete_id, "");
            draft.commit(std::move(after), g_people_rooms.dialog_what == What::person
                                               ? Label{"Persoon " + name + " verwijderen", "Delete person " + name}
                                               : Label{"Zaal " + name + " verwijderen", "Delete room " + name});
            std::erase(ticked(g_people_rooms.dialog_what), g_people_rooms.delete_id);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(T("Annuleren###confirm-delete-no", "Cancel###confirm-delete-no"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    if (ImGui::BeginPopupModal(T("Samenvoegen###confirm-merge", "Merge###confirm-merge"), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        const std::string keep = display_name(doc, g_people_rooms.dialog_what, g_people_rooms.merge_keep);
        const std::string remove = display_name(doc, g_people_rooms.dialog_what, g_people_rooms.merge_remove);
        const auto used = usages(doc, g_people_rooms.dialog_what, g_people_rooms.merge_remove);
        ImGui::Text("%s  %s", T("Behouden:", "Keep:"), keep.c_str());
        ImGui::Text("%s  %s", T("Opgaan in de eerste:", "Merge into it:"), remove.c_str());
        ImGui::TextDisabled(T("%zu verwijzing(en) gaan over naar %s; daarna verdwijnt %s.",
                              "%zu reference(s) move to %s; then %s is removed."),
                            used.size(), keep.c_str(), remove.c_str());
        ImGui::Spacing();
        if (icon_button(icons::MERGE, "confirm-merge-yes", "", T("Samenvoegen", "Merge"))) {
            Document after = doc;
            replace_and_remove(after, g_people_rooms.dialog_what, g_people_rooms.merge_remove, g_people_rooms.merge_keep);
            draft.commit(std::move(after), {remove + " samenvoegen met " + keep, "Merge " + remove + " into " + keep});
            ticked(g_people_rooms.dialog_what).clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (icon_button(icons::REDO, "confirm-merge-swap", T("Andersom: de tweede behouden", "The other way round: keep the second")))
            std::swap(g_people_rooms.merge_keep, g_people_rooms.merge_remove);
        ImGui::SameLine();
        if (ImGui::Button(T("Annuleren###confirm-merge-no", "Cancel###confirm-merge-no"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace

void draw_people_rooms(Draft& draft, UiState&) {
    draw_people(draft);
    ImGui::Dummy(ImVec2(0, 14));
    draw_rooms(draft);
    draw_dialogs(draft);
}

}  // namespace dagdeel::ui
