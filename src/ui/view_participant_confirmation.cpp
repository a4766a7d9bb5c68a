// Per participant: the confirmation text (NL/EN) to copy into an e-mail, and
// their personal .ics (the "ics-personal" export with their sessions).
#include <imgui.h>

#include <cctype>
#include <ctime>

#include "core/participants.hpp"
#include "io/formats.hpp"
#include "io/registrations/registration_outputs.hpp"
#include "platform/platform.hpp"
#include "ui/i18n.hpp"
#include "ui/participants_state.hpp"
#include "ui/views.hpp"

namespace dagdeel::ui {
namespace {

struct ConfirmationState {
    std::string participant_id;
    bool open_request = false;
    Language language = Language::nl;
};
ConfirmationState g_confirmation;

}  // namespace

void open_confirmation(const std::string& participant_id, Language language) {
    g_confirmation.participant_id = participant_id;
    g_confirmation.language = language;
    g_confirmation.open_request = true;
}

void draw_confirmation_dialog(Draft& draft, UiState& ui) {
    if (g_confirmation.open_request) {
        ImGui::OpenPopup("###participant-confirmation");
        g_confirmation.open_request = false;
    }
    const std::string title = std::string(T("Bevestiging", "Confirmation")) + "###participant-confirmation";
    ImGui::SetNextWindowSize(ImVec2(620, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const Participant* p = find_participant(draft.doc(), g_confirmation.participant_id);
    if (!p) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    if (ImGui::RadioButton("Nederlands###confirmation-nl", g_confirmation.language == Language::nl)) g_confirmation.language = Language::nl;
    ImGui::SameLine();
    if (ImGui::RadioButton("English###confirmation-en", g_confirmation.language == Language::en)) g_confirmation.language = Language::en;
    const std::string text = confirmation_text(draft.doc(), *p, g_confirmation.language);
    ImGui::BeginChild("confirmation-text", ImVec2(0, 260), true);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::EndChild();
    if (ImGui::Button(T("Tekst kopiëren###confirmation-copy", "Copy text###confirmation-copy"))) {
        platform::set_clipboard_text(text);
        show_toast(ui, T("Gekopieerd", "Copied"));
    }
    ImGui::SameLine();
    if (ImGui::Button(T("Persoonlijke agenda (.ics)###confirmation-ics", "Personal calendar (.ics)###confirmation-ics"))) {
        WriteOptions o;
        o.dtstamp = (long long)std::time(nullptr);
        o.choices = personal_choices(draft.doc(), *p);
        const ExportResult r = export_as(draft.settled(), "ics-personal", o);
        if (r.ok) {
            std::string name = p->name.empty() ? "deelnemer" : p->name;
            for (char& c : name)
                if (!std::isalnum((unsigned char)c)) c = '-';
            platform::download_file(name + ".ics", r.mime_type, r.text);
        } else {
            show_toast(ui, r.error);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(T("Sluiten###confirmation-close", "Close###confirmation-close")) || ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dagdeel::ui
