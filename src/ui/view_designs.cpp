// Workshop designs: a library of reusable workshops (seeds 003, 004).
//
// [SECTION] List: add, duplicate, delete
// [SECTION] Form: every field of a WorkshopDesign
// [SECTION] Actions: place in programme, add to round, preview
//
// The list is on the left, the selected design's form on the right. Fields
// commit through edit_field with merge keys "design:<id>:<field>", so typing
// in one field is one undo step.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/operations.hpp"
#include "edit/commands.hpp"
#include "io/announcement/announcement.hpp"
#include "platform/platform.hpp"
#include "ui/a11y.hpp"
#include "ui/document_access.hpp"
#include "ui/edit_field.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

std::string g_selected;        // the design shown in the form
std::string g_preview;         // the text in the preview dialog
bool g_open_preview = false;

std::string design_name(const WorkshopDesign& d) {
    return d.title.empty() ? std::string(T("(zonder titel)", "(untitled)")) : d.title;
}

WorkshopDesign* design_ptr(Document& doc, const std::string& id) {
    for (WorkshopDesign& d : doc.designs)
        if (d.id == id) return &d;
    return nullptr;
}

// [SECTION] List ---------------------------------------------------------------------------

void draw_list(Draft& draft) {
    const Document& doc = draft.doc();
    if (icon_button(icons::ADD, "design-add", T("Nieuw workshopontwerp", "New workshop design"), T("Nieuw", "New"))) {
        Document after = doc;
        WorkshopDesign d;
        d.id = new_id(after, "w-");
        d.title = T("Nieuwe workshop", "New workshop");
        g_selected = d.id;
        after.designs.push_back(d);
        draft.commit(std::move(after), {"Workshopontwerp toevoegen", "Add workshop design"});
        return;
    }
    const WorkshopDesign* sel = find_design(doc, g_selected);
    ImGui::SameLine(0, 4);
    ImGui::BeginDisabled(!sel);
    if (icon_button(icons::DUPLICATE, "design-duplicate", T("Dupliceren", "Duplicate")) && sel) {
        Document after = doc;
        WorkshopDesign copy = *sel;
        copy.id = new_id(after, "w-");
        copy.title += T(" (kopie)", " (copy)");
        g_selected = copy.id;
        const std::string name = sel->title;
        after.designs.push_back(std::move(copy));
        draft.commit(std::move(after), label_duplicate(name));
        ImGui::EndDisabled();
        return;
    }
    ImGui::SameLine(0, 4);
    if (icon_button(icons::DELETE, "design-delete",
                    T("Verwijderen (geplaatste workshops blijven staan)", "Delete (placed workshops stay)")) && sel) {
        Document after = doc;
        const std::string name = sel->title;
        // Placed items and sessions keep their content; only the link goes.
        for (Day& day : after.days)
            for (Item& item : day.items) {
                if (item.design_id == g_selected) item.design_id.clear();
                for (Session& s : item.sessions)
                    if (s.design_id == g_selected) s.design_id.clear();
            }
        std::erase_if(after.designs, [](const WorkshopDesign& d) { return d.id == g_selected; });
        g_selected.clear();
        draft.commit(std::move(after), label_delete(name));
        ImGui::EndDisabled();
        return;
    }
    ImGui::EndDisabled();
    ImGui::Separator();
    for (const WorkshopDesign& d : doc.designs) {
        const std::string label = std::string(icons::DESIGN) + "  " + design_name(d) + "###design-" + d.id;
        if (ImGui::Selectable(label.c_str(), d.id == g_selected)) g_selected = d.id;
        if (!d.pitch.empty()) tooltip_for_last_item(d.pitch.c_str());
    }
}

// [SECTION] Form ---------------------------------------------------------------------------

template <typename V, typename Widget, typename Member>
void field(Draft& draft, const std::string& id, const char* label_nl, const char* label_en, const char* field_name,
           V value, Widget widget, Member member, const std::string& name) {
    field_label(T(label_nl, label_en));
    edit_field(draft, std::move(value), widget, label_change(label_nl, label_en, name),
               merge_key("design", id, field_name), [&](Document& d, const V& v) {
                   if (WorkshopDesign* w = design_ptr(d, id)) w->*member = v;
               });
}

void draw_trainers(Draft& draft, const WorkshopDesign& d) {
    field_label(T("Trainers", "Trainers"));
    const Document& doc = draft.doc();
    std::string shown;
    for (const std::string& t : d.trainer_ids)
        if (const Person* p = find_person(doc, t)) shown += (shown.empty() ? "" : ", ") + person_display(*p);
    if (shown.empty()) shown = T("niemand gekozen", "nobody chosen");
    if (!a11y_combo("##trainers", shown.c_str())) return;
    if (doc.people.empty())
        ImGui::TextDisabled("%s", T("Voeg eerst mensen toe onder Mensen en zalen.", "Add people under People and rooms first."));
    const std::vector<Person> people = doc.people;
    const std::string id = d.id, name = d.title;
    for (const Person& p : people) {
        bool on = std::find(d.trainer_ids.begin(), d.trainer_ids.end(), p.id) != d.trainer_ids.end();
        if (ImGui::Checkbox((person_display(p) + "###trainer-" + p.id).c_str(), &on)) {
            Document after = draft.doc();
            if (WorkshopDesign* w = design_ptr(after, id)) {
                if (on) w->trainer_ids.push_back(p.id);
                else std::erase(w->trainer_ids, p.id);
            }
            draft.commit(std::move(after), label_change("Trainers", "trainers", name));
            break;  // `d` belongs to the old document now
        }
    }
    ImGui::EndCombo();
}

void draw_form(Draft& draft, const WorkshopDesign& design) {
    const WorkshopDesign d = design;  // a copy: commits replace the document
    const std::string& id = d.id;
    const std::string name = design_name(d);
    auto text = [](const char* wid) { return [wid](std::string* v, bool* c) { return text_field(wid, v, "", c); }; };
    auto multi = [](const char* wid, float h) {
        return [wid, h](std::string* v, bool* c) { return multiline_field(wid, v, h, c); };
    };
    auto lines = [](const char* wid, float h) {
        return [wid, h](std::vector<std::string>* v, bool* c) { return lines_field(wid, v, h, c); };
    };
    const float line = ImGui::GetTextLineHeightWithSpacing();

    field(draft, id, "Titel", "Title", "title", d.title, text("##design-title"), &WorkshopDesign::title, name);
    field(draft, id, "Pitch", "Pitch", "pitch", d.pitch, multi("##design-pitch", line * 2.5f), &WorkshopDesign::pitch, name);
    field(draft, id, "Beschrijving", "Description", "description", d.description,
          multi("##design-description", line * 6), &WorkshopDesign::description, name);
    field(draft, id, "Doelgroepen", "Target groups", "target_groups", d.target_groups,
          lines("##design-groups", line * 3), &WorkshopDesign::target_groups, name);
    tooltip_for_last_item(T("Eén doelgroep per regel", "One target group per line"));
    field(draft, id, "Leervragen", "Learning questions", "learning_questions", d.learning_questions,
          lines("##design-questions", line * 4), &WorkshopDesign::learning_questions, name);
    tooltip_for_last_item(T("Eén vraag per regel", "One question per line"));

    field_label(T("Vorm", "Format"));
    auto set_format = [&](WorkshopFormat f) {
        Document after = draft.doc();
        if (WorkshopDesign* w = design_ptr(after, id)) w->format = f;
        draft.commit(std::move(after), label_change("Vorm", "format", name));
    };
    if (ImGui::RadioButton(T("Open inschrijving###fmt-open", "Open enrolment###fmt-open"), d.format == WorkshopFormat::open))
        set_format(WorkshopFormat::open);
    ImGui::SameLine();
    if (ImGui::RadioButton(T("Incompany###fmt-inco", "In-company###fmt-inco"), d.format == WorkshopFormat::in_company))
        set_format(WorkshopFormat::in_company);

    field(draft, id, "Duur", "Duration", "duration", d.duration,
          [](Minutes* v, bool* c) { return duration_field("##design-duration", v, c); }, &WorkshopDesign::duration, name);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", T("0 = een dagdeel of de hele dag", "0 = one part of the day, or the whole day"));
    field(draft, id, "Aantal dagen", "Days", "days", d.days,
          [](int* v, bool* c) { ImGui::SetNextItemWidth(140); return int_field("##design-days", v, 0, 60, c); },
          &WorkshopDesign::days, name);
    field(draft, id, "Max. deelnemers", "Max. participants", "max_participants", d.max_participants,
          [](int* v, bool* c) { ImGui::SetNextItemWidth(140); return count_field("##design-max", v, 100000, c); },
          &WorkshopDesign::max_participants, name);

    field_label(T("Prijs", "Price"));
    bool free = d.price.free;
    if (ImGui::Checkbox(T("Gratis###design-free", "Free###design-free"), &free)) {
        Document after = draft.doc();
        if (WorkshopDesign* w = design_ptr(after, id)) w->price.free = free;
        draft.commit(std::move(after), label_change("Prijs", "price", name));
    }
    if (!free) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-FLT_MIN);
        edit_field(draft, d.price.text,
                   [](std::string* v, bool* c) {
                       return text_field("##design-price", v, T("Op aanvraag, € 95 incl. lunch …", "On request, € 95 incl. lunch …"), c);
                   },
                   label_change("Prijs", "price", name), merge_key("design", id, "price"),
                   [&](Document& doc, const std::string& v) { if (WorkshopDesign* w = design_ptr(doc, id)) w->price.text = v; });
    }
    field(draft, id, "Trainersprofiel", "Trainer profile", "trainer_profile", d.trainer_profile,
          multi("##design-profile", line * 3), &WorkshopDesign::trainer_profile, name);
    draw_trainers(draft, d);
    field(draft, id, "Contact", "Contact", "contact", d.contact, multi("##design-contact", line * 2.5f),
          &WorkshopDesign::contact, name);
}

// [SECTION] Actions ------------------------------------------------------------------------

std::string day_choice(const Day& day, std::size_t i) {
    std::string s = day.date.is_set() ? long_date(day.date) : std::string(T("Dag ", "Day ")) + std::to_string(i + 1);
    if (!day.label.empty()) s += " \xe2\x80\x94 " + day.label;
    return s;
}

void draw_actions(Draft& draft, UiState& ui, const WorkshopDesign& d) {
    const std::string id = d.id, title = d.title;
    const Document& doc = draft.doc();
    if (icon_button(icons::PLACE, "design-place", T("Als workshop in het programma zetten", "Put into the programme as a workshop"),
                    T("In programma plaatsen", "Place in programme")))
        ImGui::OpenPopup("place-design");
    if (ImGui::BeginPopup("place-design")) {
        if (doc.days.empty())
            ImGui::TextDisabled("%s", T("Nog geen dagen: voeg er een toe op het tabblad Programma.",
                                        "No days yet: add one on the Programme tab."));
        const Item* selected = item_by_id(doc, ui.selection.item_id);
        const auto selected_place = find_item(doc, ui.selection.item_id);
        for (std::size_t i = 0; i < doc.days.size(); ++i) {
            const Day& day = doc.days[i];
            ImGui::SeparatorText(day_choice(day, i).c_str());
            ImGui::PushID(day.id.c_str());
            std::optional<std::size_t> position;
            if (ImGui::Selectable(T("Aan het eind###end", "At the end###end"))) position = day.items.size();
            if (selected && selected_place && selected_place->day == i) {
                const std::string after = std::string(T("Na ", "After ")) + hhmm(selected->start) + "  " + selected->title + "###after";
                if (ImGui::Selectable(after.c_str())) position = selected_place->index + 1;
            }
            ImGui::PopID();
            if (position) {
                const std::string day_id = day.id;
                EditResult r = place_design(doc, id, day_id, *position);
                if (r.ok) {
                    draft.commit(std::move(r.doc), label_place_design(title));
                    ui.selection = {day_id, r.id, ""};
                    show_toast(ui, T("Geplaatst in het programma", "Placed in the programme"));
                }
                break;
            }
        }
        ImGui::EndPopup();
    }

    ImGui::SameLine();
    const Item* round = item_by_id(draft.doc(), ui.selection.item_id);
    const bool is_round = round && round->kind == ItemKind::round;
    ImGui::BeginDisabled(!is_round);
    if (icon_button(icons::ROUND, "design-to-round",
                    is_round ? T("Als sessie toevoegen aan de gekozen workshopronde", "Add as a session to the selected round")
                             : T("Kies eerst een workshopronde in het programma", "Select a parallel round in the programme first"),
                    T("Aan ronde toevoegen", "Add to round"))) {
        const std::string round_id = round->id;
        EditResult r = place_design_in_round(draft.doc(), id, round_id);
        if (r.ok) {
            draft.commit(std::move(r.doc), label_place_design(title));
            show_toast(ui, T("Toegevoegd aan de ronde", "Added to the round"));
        }
    }
    ImGui::EndDisabled();
    if (!is_round && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_ForTooltip))
        ImGui::SetTooltip("%s", T("Kies eerst een workshopronde in het programma", "Select a parallel round in the programme first"));

    ImGui::SameLine();
    if (icon_button(icons::PREVIEW, "design-preview", T("Laat de aankondiging van deze workshop zien", "Show this workshop's announcement"),
                    T("Voorbeeld", "Preview"))) {
        AnnouncementOptions options;
        options.language = ui.language == Language::en ? AnnouncementLanguage::en : AnnouncementLanguage::nl;
        g_preview = write_design_announcement(doc, d, AnnouncementFormat::text, options);
        g_open_preview = true;
    }
}

void draw_preview() {
    const char* title = T("Voorbeeld aankondiging###design-preview-dialog", "Announcement preview###design-preview-dialog");
    if (g_open_preview) ImGui::OpenPopup(title);
    g_open_preview = false;
    const ImVec2 size = ImGui::GetMainViewport()->WorkSize;
    ImGui::SetNextWindowSize(ImVec2(std::min(720.0f, size.x * 0.8f), std::min(600.0f, size.y * 0.8f)), ImGuiCond_Appearing);
    bool open = true;
    if (!ImGui::BeginPopupModal(title, &open)) return;
    if (icon_button(icons::CLIPBOARD, "design-preview-copy", T("Tekst naar het klembord", "Text to the clipboard"),
                    T("Kopiëren", "Copy")))
        platform::set_clipboard_text(g_preview);
    ImGui::SameLine();
    if (ImGui::Button(T("Sluiten###design-preview-close", "Close###design-preview-close"))) ImGui::CloseCurrentPopup();
    ImGui::BeginChild("design-preview-text", ImVec2(0, 0), ImGuiChildFlags_Border);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(g_preview.c_str(), g_preview.c_str() + g_preview.size());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::EndPopup();
}

}  // namespace

void draw_designs(Draft& draft, UiState& ui) {
    const Document& doc = draft.doc();
    if (!find_design(doc, g_selected)) g_selected = doc.designs.empty() ? std::string() : doc.designs.front().id;

    ImGui::BeginChild("designs-list", ImVec2(250, 0), ImGuiChildFlags_Border | ImGuiChildFlags_ResizeX);
    draw_list(draft);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("designs-form", ImVec2(0, 0), ImGuiChildFlags_None);
    const WorkshopDesign* d = find_design(draft.doc(), g_selected);
    if (!d) {
        ImGui::Dummy(ImVec2(0, 20));
        ImGui::TextWrapped("%s", T("Nog geen workshopontwerpen. Een ontwerp beschrijft een workshop die je vaker geeft "
                                   "(titel, pitch, doelgroepen, leervragen, prijs); maak er een met Nieuw en plaats het "
                                   "daarna in het programma of in een workshopronde.",
                                   "No workshop designs yet. A design describes a workshop you give more than once "
                                   "(title, pitch, target groups, learning questions, price); create one with New, then "
                                   "place it in the programme or in a parallel round."));
    } else {
        const WorkshopDesign copy = *d;
        draw_actions(draft, ui, copy);
        ImGui::Separator();
        ImGui::BeginChild("designs-fields", ImVec2(0, 0), ImGuiChildFlags_None);
        draw_form(draft, copy);
        ImGui::EndChild();
    }
    ImGui::EndChild();
    draw_preview();
}

}  // namespace dagdeel::ui
