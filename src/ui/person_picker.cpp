#include "ui/person_picker.hpp"

#include <imgui.h>

#include "core/find.hpp"
#include "core/operations.hpp"
#include "ui/a11y.hpp"
#include "ui/a11y_text_entry.hpp"
#include "ui/document_access.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool names_exactly(const std::vector<const Person*>& people, const std::string& text) {
    const std::string q = fold_case(text);
    for (const Person* p : people)
        if (fold_case(p->name) == q || fold_case(p->organisation) == q || fold_case(person_display(*p)) == q) return true;
    return false;
}

}  // namespace

std::optional<PersonChoice> person_picker(const Document& doc, std::string_view selected_id, const char* pick_prefix) {
    static std::string query;  // one picker is open at a time
    if (ImGui::IsWindowAppearing()) {
        query.clear();
        text_entry_request_edit_selected(ImGui::GetID("##person-find"));
    }
    a11y_label_next(T("Persoon zoeken of toevoegen", "Find or add a person"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 17);
    bool committed = false;
    text_field("##person-find", &query, T("Zoek, of typ een nieuwe naam", "Find, or type a new name"), &committed);
    const bool enter = (committed && ImGui::IsKeyPressed(ImGuiKey_Enter)) || text_entry_last_ended_by_enter();
    const std::string text = trimmed(query);
    const auto matches = people_matching(doc, text);

    std::optional<PersonChoice> choice;
    if (enter && !text.empty()) choice = matches.empty() ? PersonChoice{{}, text} : PersonChoice{matches.front()->id, {}};
    for (const Person* p : matches)
        if (ImGui::Selectable((person_display(*p) + "###" + pick_prefix + p->id).c_str(), p->id == selected_id))
            choice = PersonChoice{p->id, {}};
    if (!text.empty() && !names_exactly(matches, text) &&
        ImGui::Selectable((std::string(T("Nieuw: ", "New: ")) + text + "###" + pick_prefix + "new").c_str()))
        choice = PersonChoice{{}, text};
    if (doc.people.empty() && text.empty())
        ImGui::TextDisabled("%s", T("Typ een naam en druk op Enter.", "Type a name and press Enter."));
    if (choice) {
        query.clear();
        ImGui::CloseCurrentPopup();
    }
    return choice;
}

std::string take_person_choice(Document& doc, const PersonChoice& choice) {
    if (!choice.person_id.empty()) return choice.person_id;
    Person p;
    p.id = new_id(doc, "p-");
    p.name = choice.new_name;
    doc.people.push_back(p);
    return p.id;
}

}  // namespace dagdeel::ui
