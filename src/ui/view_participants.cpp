// [SECTION] index
//   toolbar:   add, import (the real file chooser), assign, erase personal data
//   table:     one editable row per participant (as People and rooms), with
//              status, choices and, per round, the session (pin by hand)
//   import:    the column-mapping dialog (unknown layouts) and the problems list
// Counts, findings and results per session/rank: view_participants_results.cpp.
#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "assign/assignment.hpp"
#include "core/participants.hpp"
#include "ui/a11y.hpp"
#include "ui/edit_field.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/participants_state.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"
#include "platform/platform.hpp"

namespace dagdeel::ui {

ParticipantsState& participants_state() {
    static ParticipantsState s;
    return s;
}

void draw_participant_results(Draft& draft, UiState& ui);  // view_participants_results.cpp
void open_confirmation(const std::string& participant_id, Language language);  // view_participant_confirmation.cpp
void draw_confirmation_dialog(Draft& draft, UiState& ui);

namespace {

constexpr ImGuiTableFlags kParticipantTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                        ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_Resizable |
                                        ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX |
                                        ImGuiTableFlags_ScrollX;

const char* status_name(ParticipantStatus s) {
    switch (s) {
        case ParticipantStatus::registered: return T("aangemeld", "registered");
        case ParticipantStatus::waiting: return T("wachtlijst", "waiting list");
        case ParticipantStatus::cancelled: return T("afgemeld", "cancelled");
    }
    return "";
}

Participant* participant_ptr(Document& d, const std::string& id) {
    for (auto& p : d.participants)
        if (p.id == id) return &p;
    return nullptr;
}

std::string choices_text(const Document& d, const Participant& p) {
    std::string out;
    for (const auto& rc : p.choices) {
        if (!out.empty()) out += " | ";
        for (std::size_t k = 0; k < rc.session_ids.size(); ++k) {
            const Session* s = find_session(d, rc.session_ids[k]);
            out += (k ? ", " : "") + std::to_string(k + 1) + ". " + (s ? s->title : rc.session_ids[k]);
        }
    }
    return out;
}

// [SECTION] import ---------------------------------------------------------------------

void finish_import(Draft& draft, UiState& ui, const RegistrationImport& im) {
    ParticipantsState& st = participants_state();
    st.problems = im.problems;
    st.imported = (int)im.participants.size();
    if (!im.participants.empty())
        draft.commit(add_imported_participants(draft.doc(), im),
                     {"Deelnemers importeren (" + std::to_string(im.participants.size()) + ")",
                      "Import participants (" + std::to_string(im.participants.size()) + ")"});
    show_toast(ui, std::string(T("Ingelezen: ", "Imported: ")) + std::to_string(im.participants.size()) +
                       T(" deelnemers", " participants"));
    if (!im.problems.empty()) st.open_problems = true;
}

void take_chosen_files(Draft& draft, UiState& ui) {
    ParticipantsState& st = participants_state();
    auto& files = ui.files.registrations;
    while (!files.empty()) {
        auto [name, bytes] = std::move(files.front());
        files.erase(files.begin());
        RegistrationImport im = read_registrations_csv(draft.doc(), bytes);
        if (!im.ok) {
            st.problems = im.problems;
            st.imported = 0;
            st.open_problems = true;
            continue;
        }
        if (!im.header_recognised) {  // another layout: let the user map the columns
            st.import_name = name;
            st.import_bytes = std::move(bytes);
            st.import = std::move(im);
            st.open_mapping = true;
            continue;
        }
        finish_import(draft, ui, im);
    }
}

std::vector<RegistrationColumn> mapping_choices(int rounds) {
    using F = RegistrationField;
    std::vector<RegistrationColumn> out = {{F::ignore},       {F::name},  {F::first_name}, {F::last_name},
                                           {F::organisation}, {F::email}, {F::phone},      {F::status},
                                           {F::registered},   {F::notes}};
    for (int k = 1; k <= 5; ++k) out.push_back({F::choice, 0, k});
    for (int r = 1; r <= rounds && rounds > 1; ++r)
        for (int k = 1; k <= 3; ++k) out.push_back({F::choice, r, k});
    return out;
}

void draw_mapping_dialog(Draft& draft, UiState& ui) {
    ParticipantsState& st = participants_state();
    if (st.open_mapping) {
        ImGui::OpenPopup("###participants-mapping");
        st.open_mapping = false;
    }
    const std::string title = std::string(T("Kolommen koppelen", "Map columns")) + "###participants-mapping";
    ImGui::SetNextWindowSize(ImVec2(760, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextWrapped("%s", T("De kolommen van dit bestand zijn niet herkend. Kies per kolom wat erin staat; de "
                               "voorbeeldrijen laten zien wat er wordt ingelezen.",
                               "The columns of this file were not recognised. Choose what each column holds; the "
                               "sample rows show what will be read."));
    const auto choices = mapping_choices((int)choice_rounds(draft.doc()).size());
    const int n = (int)st.import.header.size();
    if (n > 0 && ImGui::BeginTable("mapping", n, kParticipantTableFlags, ImVec2(0, 220))) {
        for (int c = 0; c < n; ++c) ImGui::TableSetupColumn(st.import.header[c].c_str());
        ImGui::TableHeadersRow();
        ImGui::TableNextRow();
        for (int c = 0; c < n; ++c) {
            ImGui::TableNextColumn();
            ImGui::PushID(c);
            ImGui::SetNextItemWidth(-FLT_MIN);
            RegistrationColumn& col = st.import.columns[c];
            if (a11y_combo("##map", describe_column(col, ui.language).c_str())) {
                for (const auto& option : choices)
                    if (ImGui::Selectable(describe_column(option, ui.language).c_str(), option == col)) col = option;
                ImGui::EndCombo();
            }
            ImGui::PopID();
        }
        for (const auto& row : st.import.preview) {
            ImGui::TableNextRow();
            for (int c = 0; c < n; ++c) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(c < (int)row.size() ? row[c].c_str() : "");
            }
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(T("Importeren###mapping-import", "Import###mapping-import"))) {
        const RegistrationImport im = read_registrations_csv(draft.doc(), st.import_bytes, &st.import.columns);
        ImGui::CloseCurrentPopup();
        finish_import(draft, ui, im);
        st.import_bytes.clear();
    }
    ImGui::SameLine();
    if (ImGui::Button(T("Annuleren###mapping-cancel", "Cancel###mapping-cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        st.import_bytes.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_problems_dialog(UiState& ui) {
    ParticipantsState& st = participants_state();
    if (st.open_problems) {
        ImGui::OpenPopup("###participants-problems");
        st.open_problems = false;
    }
    const std::string title = std::string(T("Importeren: meldingen", "Import: messages")) + "###participants-problems";
    ImGui::SetNextWindowSize(ImVec2(640, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::Text("%s %d", T("Ingelezen deelnemers:", "Participants imported:"), st.imported);
    ImGui::BeginChild("problems", ImVec2(0, 260), true);
    for (const auto& p : st.problems) {
        const std::string line = std::string(T("Regel ", "Line ")) + std::to_string(p.line) + ": " + p.text(ui.language);
        if (p.is_error) ImGui::TextColored(ImVec4(0.75f, 0.1f, 0.1f, 1), "%s", line.c_str());
        else ImGui::TextWrapped("%s", line.c_str());
    }
    ImGui::EndChild();
    if (ImGui::Button(T("Sluiten###participants-problems-close", "Close###participants-problems-close")) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_erase_dialog(Draft& draft, UiState& ui) {
    ParticipantsState& st = participants_state();
    if (st.open_erase) {
        ImGui::OpenPopup("###participants-erase");
        st.open_erase = false;
    }
    const std::string title = std::string(T("Persoonsgegevens wissen", "Erase personal data")) + "###participants-erase";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    ImGui::TextUnformatted(T("Alle deelnemers van deze bijeenkomst, met hun keuzes en indeling, worden gewist (AVG).",
                             "Every participant of this event, with their choices and assignment, is erased (GDPR)."));
    if (ImGui::Button(T("Wissen###erase-confirm", "Erase###erase-confirm"))) {
        draft.commit(erase_personal_data(draft.doc()), {"Persoonsgegevens wissen", "Erase personal data"});
        st.assign_summary.clear();
        show_toast(ui, T("Persoonsgegevens gewist", "Personal data erased"));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(T("Annuleren###erase-cancel", "Cancel###erase-cancel"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// [SECTION] toolbar --------------------------------------------------------------------

void run_assignment(Draft& draft, UiState& ui) {
    ParticipantsState& st = participants_state();
    const AssignmentOutcome a = assign_participants(draft.doc(), 1000);
    const std::string lang = language_code(ui.language);
    if (!a.ok) {
        st.assign_summary = a.error(lang);
        show_toast(ui, st.assign_summary);
        return;
    }
    st.assign_summary = assignment_summary(a, lang);
    st.cancelled_titles.clear();
    for (const auto& id : a.cancelled_session_ids)
        if (const Session* s = find_session(a.doc, id)) st.cancelled_titles.push_back(s->title);
    draft.commit(a.doc, {"Deelnemers indelen", "Assign participants"});
}

void draw_toolbar(Draft& draft, UiState& ui) {
    ParticipantsState& st = participants_state();
    if (icon_button(icons::ADD, "participants-add", T("Nieuwe deelnemer", "New participant"),
                    T("Deelnemer toevoegen", "Add participant"))) {
        Participant p;
        p.registered = "";
        draft.commit(add_participant(draft.doc(), p), {"Deelnemer toevoegen", "Add participant"});
    }
    ImGui::SameLine();
    if (icon_button(icons::UPLOAD, "participants-import",
                    T("Aanmeldingen uit een CSV-bestand (Microsoft Forms, Google Forms, Excel)",
                      "Registrations from a CSV file (Microsoft Forms, Google Forms, Excel)"),
                    T("Importeren (CSV)…", "Import (CSV)…")))
        platform::open_registrations_picker();
    ImGui::SameLine();
    // Rows copied from a spreadsheet or a Forms results sheet (with their
    // header row) go through the same reader as a file: Ctrl+V or this button.
    const bool paste_key = !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) &&
                           ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_V);
    if (icon_button(icons::CLIPBOARD, "participants-paste",
                    T("Rijen uit Excel of een Forms-overzicht plakken, met de kopregel (Ctrl+V)",
                      "Paste rows from Excel or a Forms results sheet, with the header row (Ctrl+V)"),
                    T("Plakken", "Paste")) ||
        paste_key) {
        if (!platform::clipboard_text().empty())
            ui.files.registrations.push_back({T("geplakte rijen", "pasted rows"), platform::clipboard_text()});
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(draft.doc().participants.empty());
    if (icon_button(icons::PEOPLE, "participants-assign",
                    T("Deel iedereen in: zo veel mogelijk eerste keuzes, nooit boven de capaciteit; vastgezette "
                      "deelnemers blijven staan",
                      "Assign everyone: as many first choices as possible, never over capacity; pinned participants stay"),
                    T("Indelen", "Assign")))
        run_assignment(draft, ui);
    ImGui::SameLine();
    if (icon_button(icons::DELETE, "participants-erase", T("Alle persoonsgegevens van deze bijeenkomst wissen (AVG)",
                                                         "Erase all personal data of this event (GDPR)"),
                    T("Persoonsgegevens wissen…", "Erase personal data…")))
        st.open_erase = true;
    ImGui::EndDisabled();
}

// [SECTION] table ----------------------------------------------------------------------

void round_cell(Draft& draft, const Participant& p, const Item& round) {
    const Placement* at = placement_in(p, round.id);
    bool pinned = false;
    for (const auto& pin : p.pins) pinned = pinned || pin.round_id == round.id;
    const Session* s = at && !at->session_id.empty() ? find_session(draft.doc(), at->session_id) : nullptr;
    std::string preview = s ? s->title : std::string(T("—", "—"));
    if (pinned) preview = std::string(icons::PIN) + " " + preview;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string id = "##round-" + round.id + "-" + p.id;
    if (!a11y_combo(id.c_str(), preview.c_str())) return;
    std::string chosen = "\x01";  // nothing picked
    if (ImGui::Selectable(T("Automatisch (niet vastgezet)", "Automatic (not pinned)"), !pinned)) chosen.clear();
    for (const Session& option : round.sessions) {
        const std::string label = std::string(T("Vastzetten: ", "Pin: ")) + option.title + "##" + option.id;
        if (ImGui::Selectable(label.c_str(), pinned && at && at->session_id == option.id)) chosen = option.id;
    }
    ImGui::EndCombo();
    if (chosen == "\x01") return;
    const std::string who = p.name.empty() ? p.email : p.name;
    draft.commit(pin_participant(draft.doc(), p.id, round.id, chosen),
                 chosen.empty() ? Label{who + " losmaken", "Unpin " + who} : Label{who + " vastzetten", "Pin " + who});
}

void text_cell(Draft& draft, const std::string& pid, const char* id, const char* hint, const char* nl, const char* en,
               std::string value, std::string Participant::*member);

// Choice `rank` (0-based) of participant `p` in `round`: sets it (or clears
// it with ""), keeping the ranks in order without gaps or repeats.
void set_choice(Draft& draft, const Participant& p, const Item& round, std::size_t rank, const std::string& session_id) {
    Participant q = p;
    auto it = std::find_if(q.choices.begin(), q.choices.end(), [&](const RoundChoices& c) { return c.round_id == round.id; });
    if (it == q.choices.end()) it = q.choices.insert(q.choices.end(), RoundChoices{round.id, {}});
    std::vector<std::string>& ids = it->session_ids;
    if (ids.size() <= rank) ids.resize(rank + 1);
    ids[rank] = session_id;
    std::vector<std::string> kept;
    for (const std::string& id : ids)
        if (!id.empty() && std::find(kept.begin(), kept.end(), id) == kept.end()) kept.push_back(id);
    ids = kept;
    if (ids.empty()) q.choices.erase(it);
    const std::string who = p.name.empty() ? p.email : p.name;
    draft.commit(update_participant(draft.doc(), q), {"Keuze van " + who + " wijzigen", "Change choice of " + who});
}

// The choices column: the ranked choices as text; a click opens an editor with,
// per round, three ranked choices and the participant's notes (diet, access).
void choices_cell(Draft& draft, const Participant& p, const std::vector<const Item*>& rounds) {
    const std::string text = choices_text(draft.doc(), p);
    const std::string shown = (text.empty() ? std::string(T("(geen)", "(none)")) : text) + "###choices";
    if (ImGui::Selectable(shown.c_str(), false, 0, ImVec2(0, ImGui::GetFrameHeight()))) ImGui::OpenPopup("choices-editor");
    tooltip_for_last_item(T("Keuzes en opmerkingen bewerken", "Edit choices and notes"));
    if (!ImGui::BeginPopup("choices-editor")) return;
    ImGui::TextUnformatted(p.name.empty() ? p.email.c_str() : p.name.c_str());
    ImGui::Separator();
    const char* ranks[] = {"1e keuze", "2e keuze", "3e keuze"};
    const char* ranks_en[] = {"1st choice", "2nd choice", "3rd choice"};
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        const Item& round = *rounds[r];
        ImGui::PushID(round.id.c_str());
        ImGui::TextDisabled("%s", (std::string(T("Ronde ", "Round ")) + std::to_string(r + 1) + " · " + round.title).c_str());
        std::vector<std::string> ids;
        for (const auto& c : p.choices)
            if (c.round_id == round.id) ids = c.session_ids;
        for (std::size_t k = 0; k < 3; ++k) {
            ImGui::PushID((int)k);
            const Session* current = k < ids.size() ? find_session(draft.doc(), ids[k]) : nullptr;
            ImGui::TextUnformatted(T(ranks[k], ranks_en[k]));
            ImGui::SameLine(110);
            ImGui::SetNextItemWidth(280);
            if (a11y_combo("##choice", current ? current->title.c_str() : T("—", "—"))) {
                if (ImGui::Selectable(T("— (geen)", "— (none)"), !current)) set_choice(draft, p, round, k, "");
                for (const Session& option : round.sessions)
                    if (ImGui::Selectable((option.title + "##" + option.id).c_str(), current && current->id == option.id))
                        set_choice(draft, p, round, k, option.id);
                ImGui::EndCombo();
            }
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    ImGui::Separator();
    ImGui::TextUnformatted(T("Opmerkingen (dieet, toegankelijkheid)", "Notes (diet, access needs)"));
    ImGui::SetNextItemWidth(390);
    text_cell(draft, p.id, "##notes", "", "Opmerkingen", "notes", p.notes, &Participant::notes);
    ImGui::EndPopup();
}

void text_cell(Draft& draft, const std::string& pid, const char* id, const char* hint, const char* nl, const char* en,
               std::string value, std::string Participant::*member) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    edit_field(draft, std::move(value), [&](std::string* v, bool* c) { return text_field(id, v, hint, c); },
               label_field(nl, en), "participant:" + pid + ":" + id,
               [&](Document& d, const std::string& v) {
                   if (Participant* q = participant_ptr(d, pid)) q->*member = v;
               });
}

Language participants_language = Language::nl;

void draw_table(Draft& draft) {
    const std::vector<Participant> people = draft.doc().participants;  // commits below replace the document
    const auto rounds = choice_rounds(draft.doc());
    const int columns = 8 + (int)rounds.size();
    // Every column fits the pane (no sideways scrolling at 1280x800, where the
    // round columns, the ones the organiser works in, fell off the right edge):
    // text columns share the width by weight, short ones keep their size.
    const ImGuiTableFlags flags = kParticipantTableFlags & ~ImGuiTableFlags_ScrollX;
    if (!ImGui::BeginTable("participants", columns, flags, ImVec2(0, 0))) return;
    const auto stretch = ImGuiTableColumnFlags_WidthStretch;
    ImGui::TableSetupColumn(T("Naam", "Name"), stretch, 1.4f);
    ImGui::TableSetupColumn(T("Organisatie", "Organisation"), stretch, 1.0f);
    ImGui::TableSetupColumn("E-mail", stretch, 1.3f);
    ImGui::TableSetupColumn(T("Telefoon", "Phone"), stretch, 0.8f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, 100);
    ImGui::TableSetupColumn(T("Aangemeld op", "Registered on"), stretch, 0.9f);
    ImGui::TableSetupColumn(T("Keuzes", "Choices"), stretch, 1.6f);
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        static std::vector<std::string> names;
        names.resize(rounds.size());
        names[r] = std::string(T("Ronde ", "Round ")) + std::to_string(r + 1);
        ImGui::TableSetupColumn(names[r].c_str(), stretch, 1.5f);
    }
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin((int)people.size());
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Participant& p = people[i];
            const std::string pid = p.id;
            ImGui::TableNextRow();
            ImGui::PushID(pid.c_str());
            ImGui::TableNextColumn();
            text_cell(draft, pid, "##name", T("Naam", "Name"), "Naam", "name", p.name, &Participant::name);
            ImGui::TableNextColumn();
            text_cell(draft, pid, "##organisation", "", "Organisatie", "organisation", p.organisation, &Participant::organisation);
            ImGui::TableNextColumn();
            text_cell(draft, pid, "##email", "naam@voorbeeld.nl", "E-mail", "e-mail", p.email, &Participant::email);
            ImGui::TableNextColumn();
            text_cell(draft, pid, "##phone", "06 …", "Telefoon", "phone", p.phone, &Participant::phone);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (a11y_combo("##status", status_name(p.status))) {
                for (auto s : {ParticipantStatus::registered, ParticipantStatus::waiting, ParticipantStatus::cancelled})
                    if (ImGui::Selectable(status_name(s), s == p.status) && s != p.status) {
                        Participant q = p;
                        q.status = s;
                        draft.commit(update_participant(draft.doc(), q), label_field("Status", "status"));
                    }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            text_cell(draft, pid, "##registered", "2026-05-01T10:30", "Aanmelddatum", "registration date", p.registered,
                      &Participant::registered);
            ImGui::TableNextColumn();
            choices_cell(draft, p, rounds);
            for (const Item* r : rounds) {
                ImGui::TableNextColumn();
                round_cell(draft, p, *r);
            }
            ImGui::TableNextColumn();
            if (icon_button(icons::MAIL, ("confirmation-" + pid).c_str(), T("Bevestiging en persoonlijke agenda", "Confirmation and personal calendar")))
                open_confirmation(pid, participants_language);
            ImGui::SameLine();
            if (icon_button(icons::DELETE, ("delete-" + pid).c_str(), T("Deelnemer verwijderen", "Delete participant"))) {
                const std::string who = p.name.empty() ? p.email : p.name;
                draft.commit(remove_participant(draft.doc(), pid), {"Deelnemer " + who + " verwijderen", "Delete participant " + who});
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace

void draw_participants(Draft& draft, UiState& ui) {
    take_chosen_files(draft, ui);
    draw_toolbar(draft, ui);
    draw_participant_results(draft, ui);
    ImGui::Spacing();
    if (draft.doc().participants.empty()) {
        ImGui::TextWrapped("%s", T("Nog geen deelnemers. Importeer de aanmeldingen (CSV uit Microsoft Forms, Google Forms "
                                   "of Excel) of voeg iemand toe. Persoonsgegevens blijven in deze browser.",
                                   "No participants yet. Import the registrations (CSV from Microsoft Forms, Google Forms "
                                   "or Excel) or add someone. Personal data stays in this browser."));
    } else {
        participants_language = ui.language;
        draw_table(draft);
    }
    draw_confirmation_dialog(draft, ui);
    draw_mapping_dialog(draft, ui);
    draw_problems_dialog(ui);
    draw_erase_dialog(draft, ui);
}

}  // namespace dagdeel::ui
