// The findings panel: validation results in the chosen language; clicking
// one selects the item it is about and shows it in the programme.
//
// Many findings of one kind (a congress has hundreds of room overlaps) fold
// into one line with a count that opens; messages wrap at the panel's width
// instead of being cut; field names and dates are in the user's language.
#include <imgui.h>

#include <string_view>
#include <unordered_map>

#include "core/date_input.hpp"
#include "ui/document_access.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

// A group of this many or more findings of one kind folds into one line.
constexpr std::size_t kFoldFrom = 3;
// An open group lists at most this many (the rest is counted).
constexpr std::size_t kMaxListed = 300;

// What a finding's field is called on screen ("registration.deadline" ->
// "Aanmelden vóór"); the raw key only for a field this list does not know.
const char* field_name(std::string_view field) {
    struct Name {
        const char* key;
        const char* nl;
        const char* en;
    };
    static const Name names[] = {
        {"title", "Titel", "Title"},
        {"date", "Datum", "Date"},
        {"start", "Begin", "Start"},
        {"end", "Eindtijd", "End time"},
        {"duration", "Duur", "Duration"},
        {"room_id", "Zaal", "Room"},
        {"people", "Mensen", "People"},
        {"sessions", "Sessies", "Sessions"},
        {"capacity", "Capaciteit", "Capacity"},
        {"items", "Programma", "Programme"},
        {"id", "Id", "Id"},
        {"design_id", "Workshopontwerp", "Workshop design"},
        {"designs.trainer_ids", "Trainers van een workshopontwerp", "Trainers of a workshop design"},
        {"contact_ids", "Meer informatie (contact)", "More information (contact)"},
        {"registration.deadline", "Aanmelden v\u00f3\u00f3r", "Register before"},
        {"registration.email", "E-mail (aanmelden)", "E-mail (registration)"},
        {"registration.url", "Link (aanmelden)", "Link (registration)"},
        {"registration.contact_person_id", "Contactpersoon", "Contact person"},
        {"url", "Website", "Website"},
        {"venue.online_url", "Online (link)", "Online (link)"},
        {"person.email", "E-mail van een persoon", "A person's e-mail"},
        {"person.phone", "Telefoon van een persoon", "A person's phone"},
    };
    for (const Name& n : names)
        if (field == n.key) return T(n.nl, n.en);
    return nullptr;
}

// One line for a whole group: what the findings have in common.
const char* group_title(std::string_view code) {
    struct Title {
        const char* code;
        const char* nl;
        const char* en;
    };
    static const Title titles[] = {
        {"room_overlap", "Dubbel geboekte zalen", "Rooms booked twice"},
        {"person_overlap", "Mensen op twee plaatsen tegelijk", "People in two places at once"},
        {"pinned_overlap", "Het programma loopt door in een vastgezet onderdeel", "The programme runs into a pinned item"},
        {"pinned_gap", "Niets gepland v\u00f3\u00f3r een vastgezet onderdeel", "Nothing planned before a pinned item"},
        {"after_day_end", "Onderdelen na het einde van de dag", "Items after the day ends"},
        {"before_day_start", "Onderdelen v\u00f3\u00f3r het begin van de dag", "Items before the day starts"},
        {"past_midnight", "Onderdelen na middernacht", "Items past midnight"},
        {"missing_title", "Zonder titel", "Without a title"},
        {"missing_date", "Dagen zonder datum", "Days without a date"},
        {"empty_programme", "Dagen zonder programma", "Days without a programme"},
        {"room_too_small", "Te kleine zalen", "Rooms too small"},
        {"no_break", "Te lang zonder pauze", "Too long without a break"},
        {"implausible_contact", "E-mailadressen, links of telefoonnummers die niet kloppen",
         "E-mail addresses, links or phone numbers that cannot be right"},
        {"unknown_person", "Onbekende personen", "Unknown people"},
        {"unknown_room", "Onbekende zalen", "Unknown rooms"},
        {"duplicate_id", "Dubbele ids", "Duplicate ids"},
        {"round_single_session", "Rondes met maar \u00e9\u00e9n sessie", "Rounds with only one session"},
        {"round_without_sessions", "Rondes zonder sessies", "Rounds without sessions"},
    };
    for (const Title& t : titles)
        if (code == t.code) return T(t.nl, t.en);
    return T("Opmerkingen van dezelfde soort", "Findings of the same kind");
}

ImVec4 severity_colour(Severity s) {
    return s == Severity::error     ? ImVec4(0.80f, 0.22f, 0.16f, 1)
           : s == Severity::warning ? ImVec4(0.85f, 0.55f, 0.10f, 1)
                                    : ImVec4(0.35f, 0.55f, 0.75f, 1);
}

void go_to(const Finding& f, const Document& doc, UiState& ui) {
    if (!f.item_id.empty()) {
        ui.selection.item_id = f.item_id;
        ui.selection.session_id = f.session_id;
        const Day* day = find_day_of_item(doc, f.item_id);
        ui.selection.day_id = day ? day->id : f.day_id;
        ui.tab = MainTab::programme;
    } else {
        if (!f.day_id.empty()) ui.selection.day_id = f.day_id;
        ui.tab = MainTab::event;
    }
    ui.tab_requested = true;
    ui.scroll_to_selection = !f.item_id.empty();
}

// Where a finding is: the item, the day, or the field by its on-screen name.
std::string where_of(const Finding& f, const Document& doc) {
    if (const Item* item = f.item_id.empty() ? nullptr : item_ptr(doc, f.item_id))
        return hhmm(item->start) + " " + item->title;
    if (!f.day_id.empty())
        for (const Day& d : doc.days)
            if (d.id == f.day_id && d.date.is_set())
                return format_date_words(d.date, language() == Language::nl ? DateLanguage::nl : DateLanguage::en);
    if (f.field.empty()) return {};
    const char* label = field_name(f.field);
    return label ? label : f.field;
}

// One finding as a table row whose message wraps; the whole row is one
// selectable (registered for tests under its message).
void finding_row(const Finding& f, std::size_t index, const Document& doc, UiState& ui) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(severity_colour(f.severity), "%s", f.severity == Severity::info ? icons::INFO : icons::WARNING);
    ImGui::TableNextColumn();
    const std::string& message = language() == Language::nl ? f.message_nl : f.message_en;
    const std::string where = where_of(f, doc);
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::CalcTextSize(message.c_str(), nullptr, false, width).y;
    const ImVec2 at = ImGui::GetCursorPos();
    const bool selected = !f.item_id.empty() && ui.selection.item_id == f.item_id;
    const std::string id = "##finding-" + std::to_string(index);
    if (ImGui::Selectable(id.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns,
                          ImVec2(0, height)))
        go_to(f, doc, ui);
    // Only rows on screen: a row scrolled out of the panel cannot be clicked.
    if (ImGui::IsItemVisible()) register_last_item((message + "###finding-" + std::to_string(index)).c_str());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && !where.empty()) ImGui::SetTooltip("%s", where.c_str());
    ImGui::SetCursorPos(at);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(where.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

struct Group {
    std::string_view code;
    std::vector<std::size_t> members;  // indices into the findings, in order
    Severity worst = Severity::info;
};

std::vector<Group> group_by_code(const std::vector<Finding>& findings) {
    std::vector<Group> groups;
    std::unordered_map<std::string_view, std::size_t> at;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        auto [it, fresh] = at.try_emplace(f.code, groups.size());
        if (fresh) groups.push_back({f.code, {}, f.severity});
        Group& g = groups[it->second];
        g.members.push_back(i);
        if (static_cast<int>(f.severity) < static_cast<int>(g.worst)) g.worst = f.severity;  // error < warning < info
    }
    return groups;
}

}  // namespace

void draw_findings(Draft& draft, UiState& ui) {
    const auto& findings = draft.findings();
    ImGui::TextDisabled("%s", icons::WARNING);
    ImGui::SameLine();
    ImGui::Text("%s (%d)", T("Controle", "Findings"), (int)findings.size());
    if (findings.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", T("Geen opmerkingen: het programma klopt.", "Nothing to report: the programme adds up."));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("findings", 3, flags)) return;
    ImGui::TableSetupColumn("##severity", ImGuiTableColumnFlags_WidthFixed, 24);
    ImGui::TableSetupColumn("##message", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_IndentEnable);
    ImGui::TableSetupColumn("##where", ImGuiTableColumnFlags_WidthFixed, 220);
    const Document& doc = draft.doc();
    for (const Group& g : group_by_code(findings)) {
        if (g.members.size() < kFoldFrom) {
            for (std::size_t i : g.members) finding_row(findings[i], i, doc, ui);
            continue;
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextColored(severity_colour(g.worst), "%s", g.worst == Severity::info ? icons::INFO : icons::WARNING);
        ImGui::TableNextColumn();
        const std::string label = std::string(group_title(g.code)) + " (" + std::to_string(g.members.size()) +
                                  ")###group-" + std::string(g.code);
        const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
        if (!open) continue;
        const std::size_t listed = std::min(g.members.size(), kMaxListed);
        for (std::size_t k = 0; k < listed; ++k) finding_row(findings[g.members[k]], g.members[k], doc, ui);
        if (listed < g.members.size()) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::TextDisabled(T("\u2026 en nog %d", "\u2026 and %d more"), (int)(g.members.size() - listed));
        }
        ImGui::TreePop();
    }
    ImGui::EndTable();
}

}  // namespace dagdeel::ui
