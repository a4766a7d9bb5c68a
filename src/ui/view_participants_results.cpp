// The Participants tab's live figures (issue 16): registered against the
// maximum, per session against its capacity with who is in it, the waiting
// list in registration order, findings, and the last assignment's summary.
#include <imgui.h>

#include "core/participants.hpp"
#include "ui/i18n.hpp"
#include "ui/participants_state.hpp"
#include "ui/views.hpp"

namespace dagdeel::ui {

void draw_participant_results(Draft& draft, UiState& ui) {
    const Document& d = draft.doc();
    const ParticipantCounts c = count_participants(d);
    ParticipantsState& st = participants_state();
    std::string line = std::string(T("Aangemeld: ", "Registered: ")) + std::to_string(c.registered);
    if (c.maximum > 0) line += std::string(T(" van max. ", " of max. ")) + std::to_string(c.maximum);
    line += std::string(T(" · wachtlijst: ", " · waiting list: ")) + std::to_string(c.waiting);
    line += std::string(T(" · afgemeld: ", " · cancelled: ")) + std::to_string(c.cancelled);
    ImGui::TextUnformatted(line.c_str());
    if (!st.assign_summary.empty()) {
        ImGui::TextWrapped("%s %s", T("Indeling:", "Assignment:"), st.assign_summary.c_str());
        for (const auto& t : st.cancelled_titles)
            ImGui::TextWrapped("%s %s", T("Gaat niet door (te weinig deelnemers):", "Cancelled (too few participants):"),
                               t.c_str());
    }
    const auto findings = participant_findings(d, language_code(ui.language));
    for (const auto& f : findings) ImGui::TextColored(ImVec4(0.70f, 0.40f, 0.0f, 1.0f), "! %s", f.message.c_str());
    if (c.sessions.empty()) return;
    if (!ImGui::CollapsingHeader(T("Per sessie###participants-per-session", "Per session###participants-per-session"),
                                 ImGuiTreeNodeFlags_DefaultOpen))
        return;
    const auto rounds = choice_rounds(d);
    for (const auto& sc : c.sessions) {
        const Item* round = nullptr;
        const Session* s = find_session(d, sc.session_id, &round);
        int round_number = 0;
        for (std::size_t r = 0; r < rounds.size(); ++r)
            if (rounds[r] == round) round_number = (int)r + 1;
        std::string label = std::string(T("Ronde ", "Round ")) + std::to_string(round_number) + " · " + s->title + " · " +
                            std::to_string(sc.placed) + " / " +
                            (sc.capacity > 0 ? std::to_string(sc.capacity) : std::string(T("onbeperkt", "no limit"))) +
                            std::string(T(" · 1e keuze van ", " · first choice of ")) + std::to_string(sc.first_choice);
        label += "###session-" + sc.session_id;
        if (sc.capacity > 0 && sc.placed > sc.capacity) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.1f, 0.1f, 1));
        const bool open = ImGui::TreeNode(label.c_str());
        if (sc.capacity > 0 && sc.placed > sc.capacity) ImGui::PopStyleColor();
        if (!open) continue;
        for (std::size_t i : registration_order(d)) {
            const Participant& p = d.participants[i];
            if (p.status != ParticipantStatus::registered) continue;
            const Placement* at = placement_in(p, sc.round_id);
            if (!at || at->session_id != sc.session_id) continue;
            const int rank = choice_rank(d, p, *round, sc.session_id);
            std::string who = p.name.empty() ? p.email : p.name;
            who += rank > 0 ? " (" + std::to_string(rank) + T("e keuze)", " choice)") : std::string(T(" (niet gekozen)", " (not chosen)"));
            ImGui::BulletText("%s", who.c_str());
        }
        ImGui::TreePop();
    }
    const auto waiting = waiting_list(d);
    if (!waiting.empty() &&
        ImGui::CollapsingHeader(T("Wachtlijst###participants-waiting", "Waiting list###participants-waiting"))) {
        int n = 0;
        for (std::size_t i : waiting) {
            const Participant& p = d.participants[i];
            ImGui::Text("%d. %s  %s", ++n, p.name.c_str(), p.registered.c_str());
        }
    }
}

}  // namespace dagdeel::ui
