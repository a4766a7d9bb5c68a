// [SECTION] Buttons and tooltips
// [SECTION] Splitters
// [SECTION] Text fields
// [SECTION] Time, duration and date fields
// [SECTION] Names of kinds, statuses, roles; dates
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unordered_map>

#include "core/civil_time.hpp"
#include "core/date_input.hpp"
#include "io/announcement/announcement.hpp"
#include "ui/a11y.hpp"
#include "ui/a11y_text_entry.hpp"
#include "ui/icons.hpp"
#include "ui/widget_registry.hpp"

namespace dagdeel::ui {

// [SECTION] Buttons and tooltips -----------------------------------------------------

void tooltip_for_last_item(const char* text) {
    if (text && *text && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) ImGui::SetTooltip("%s", text);
}

Draft* begin_draft_modal(Workspace& ws, const char* title, const char* popup_id, bool& open_requested, float width) {
    if (open_requested) {
        ImGui::OpenPopup(popup_id);
        open_requested = false;
    }
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Appearing);
    const std::string label = std::string(title) + popup_id;
    if (!ImGui::BeginPopupModal(label.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return nullptr;
    Draft* d = ws.active();
    if (!d) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    return d;
}

std::string icon_label(const char* icon, const char* text, const char* id) {
    return std::string(icon) + "  " + text + "###" + id;
}

bool icon_button(const char* icon, const char* id, const char* tooltip, const char* text) {
    std::string label = icon;
    if (text && *text) (label += "  ") += text;
    (label += "###") += id;
    const bool pressed = ImGui::Button(label.c_str());
    if (tooltip && *tooltip && !(text && *text)) a11y_name_last(tooltip);  // an icon alone says nothing
    tooltip_for_last_item(tooltip);
    return pressed;
}

// [SECTION] Splitters -------------------------------------------------------------------

static void splitter(const char* id, float* size, float min_size, float max_size, ImVec2 bar, bool vertical) {
    ImGui::InvisibleButton(id, bar);
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active)
        ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    if (active) {
        const float delta = vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y;
        *size = std::clamp(*size + delta, min_size, max_size);
    }
    const ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const ImU32 col = ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive
                                                : ImGui::IsItemHovered() ? ImGuiCol_SeparatorHovered
                                                                         : ImGuiCol_Separator);
    // Under the pointer (or dragged) the splitter shows itself: a wider bar in
    // the accent colour, so a pane's edge reads as something to drag.
    const float thickness = active || ImGui::IsItemHovered() ? 4.0f : 1.0f;
    if (vertical) {
        const float x = (r.Min.x + r.Max.x) * 0.5f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, r.Min.y + 4), ImVec2(x, r.Max.y - 4), col, thickness);
    } else {
        const float y = (r.Min.y + r.Max.y) * 0.5f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(r.Min.x + 4, y), ImVec2(r.Max.x - 4, y), col, thickness);
    }
}

void vertical_splitter(const char* id, float* size, float min_size, float max_size, float height) {
    splitter(id, size, min_size, max_size, ImVec2(8.0f, height), true);
}

void horizontal_splitter(const char* id, float* size, float min_size, float max_size, float width) {
    splitter(id, size, min_size, max_size, ImVec2(width, 8.0f), false);
}

// [SECTION] Text fields --------------------------------------------------------------------

void field_label(const char* label, float column) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    a11y_label_next(label);  // the field drawn next is named by this label
    ImGui::SameLine(column);
    ImGui::SetNextItemWidth(-FLT_MIN);
}

static void report_commit(bool* committed) {
    if (committed) *committed = ImGui::IsItemDeactivatedAfterEdit();
}

bool text_field(const char* id, std::string* value, const char* hint, bool* committed) {
    bool changed = ImGui::InputTextWithHint(id, hint, value);
    report_commit(committed);
    changed |= text_entry_after_field(value, false, committed);
    return changed;
}

bool multiline_field(const char* id, std::string* value, float height, bool* committed) {
    bool changed = ImGui::InputTextMultiline(id, value, ImVec2(-FLT_MIN, height));
    report_commit(committed);
    changed |= text_entry_after_field(value, true, committed);
    return changed;
}

bool lines_field(const char* id, std::vector<std::string>* lines, float height, bool* committed) {
    std::string text;
    for (std::size_t i = 0; i < lines->size(); ++i) (text += (*lines)[i]) += (i + 1 < lines->size() ? "\n" : "");
    bool changed = ImGui::InputTextMultiline(id, &text, ImVec2(-FLT_MIN, height));
    report_commit(committed);
    changed |= text_entry_after_field(&text, true, committed);
    if (changed) {
        lines->clear();
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            lines->push_back(text.substr(start, end - start));
            start = end + 1;
        }
        // Keep a trailing empty line while typing, drop it once it is left.
        if (!lines->empty() && lines->back().empty() && !ImGui::IsItemActive()) lines->pop_back();
    }
    return changed;
}

bool int_field(const char* id, int* value, int min_value, int max_value, bool* committed) {
    int v = *value;
    const bool changed = ImGui::InputInt(id, &v, 1, 10);
    report_commit(committed);
    v = std::clamp(v, min_value, max_value);
    if (changed && v != *value) {
        *value = v;
        return true;
    }
    return false;
}

// [SECTION] Time, duration and date fields -------------------------------------------------

namespace {

// Free text while editing; parsed when the field is left or Enter pressed.
// A text that does not parse is shown in red and the old value is kept.
struct PendingText {
    std::string text;
    bool invalid = false;
};
std::unordered_map<ImGuiID, PendingText> g_pending;

template <typename Parse>
bool parsed_field(const char* id, const std::string& shown, const char* hint, Parse parse, bool* committed,
                  float width) {
    const ImGuiID key = ImGui::GetID(id);
    PendingText& p = g_pending[key];
    const bool editing = ImGui::GetActiveID() == key;
    if (!editing && !p.invalid) p.text = shown;
    if (p.invalid) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.78f, 0.16f, 0.12f, 1.0f));
    if (width > 0) ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint(id, hint, &p.text, ImGuiInputTextFlags_AutoSelectAll);
    a11y_value_last(p.text);
    if (p.invalid) a11y_invalid_last(T("Niet te lezen; de vorige waarde blijft staan.", "Cannot be read; the previous value is kept."));
    if (p.invalid) ImGui::PopStyleColor();
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    if (committed) *committed = done;
    if (!done) return false;
    const bool ok = parse(p.text);
    p.invalid = !ok;
    return ok;
}

}  // namespace

bool count_field(const char* id, int* value, int max_value, bool* committed) {
    return parsed_field(id, *value > 0 ? std::to_string(*value) : std::string(), T("onbekend", "unknown"),
                        [&](const std::string& typed) {
                            std::string t;
                            for (char c : typed)
                                if (c != ' ') t += c;
                            if (t.empty()) { *value = 0; return true; }
                            if (t.size() > 9 || !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
                                return false;
                            const int v = std::stoi(t);
                            if (v > max_value) return false;
                            *value = v;
                            return true;
                        },
                        committed, 120.0f);
}

bool time_field(const char* id, Minutes* value, bool* committed) {
    return parsed_field(id, format_hhmm(*value), "13.30",
                        [&](const std::string& t) {
                            auto m = parse_time_of_day(t);
                            if (m) *value = *m;
                            return m.has_value();
                        },
                        committed, 90.0f);
}

bool optional_time_field(const char* id, std::optional<Minutes>* value, bool* committed) {
    return parsed_field(id, *value ? format_hhmm(**value) : std::string(), "—",
                        [&](const std::string& t) {
                            if (t.empty()) { value->reset(); return true; }
                            auto m = parse_time_of_day(t);
                            if (m) *value = *m;
                            return m.has_value();
                        },
                        committed, 90.0f);
}

bool duration_field(const char* id, Minutes* value, bool* committed, float field_width, float button_width) {
    bool changed = false;
    ImGui::PushID(id);
    const float button = button_width > 0 ? button_width : ImGui::GetFrameHeight();
    char shown[32];
    std::snprintf(shown, sizeof shown, "%d min", *value);
    // The field takes the caller's id as its label, so the inspector's
    // "##inspector-duration" and a row's "##duration" are told apart by tests
    // and the accessibility mirror.
    changed = parsed_field(id, shown, "45", [&](const std::string& t) {
                               auto m = parse_duration(t);
                               if (m) *value = *m;
                               return m.has_value();
                           }, committed, field_width);
    ImGui::SameLine(0, 2);
    if (ImGui::Button("-", ImVec2(button, 0)) && *value >= 5) {
        *value -= 5;
        changed = true;
        if (committed) *committed = true;
    }
    tooltip_for_last_item(T("5 minuten korter", "5 minutes shorter"));
    ImGui::SameLine(0, 2);
    if (ImGui::Button("+", ImVec2(button, 0))) {
        *value += 5;
        changed = true;
        if (committed) *committed = true;
    }
    tooltip_for_last_item(T("5 minuten langer", "5 minutes longer"));
    ImGui::PopID();
    return changed;
}

namespace {

DateLanguage date_language() { return language() == Language::nl ? DateLanguage::nl : DateLanguage::en; }

// The user's local date: a date typed without a year is the next one from here.
Date today_local() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    if (!localtime_r(&now, &tm)) return {};
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// A note under a date field after the last typed text: what is accepted, or
// that the typed weekday did not match. Keyed like g_pending.
std::unordered_map<ImGuiID, std::string> g_date_notes;

// "19 juni 2018 is een dinsdag, niet een woensdag: de datum is aangehouden."
std::string weekday_note(const DateInput& r, DateLanguage lang) {
    static const char* const nl[] = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
    static const char* const en[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    const int real = weekday(r.date);
    if (lang == DateLanguage::nl)
        return format_date_words(r.date, lang) + " is een " + nl[real] + ", geen " + nl[r.typed_weekday] +
               ": de datum is aangehouden.";
    return format_date_words(r.date, lang) + " is a " + en[real] + ", not a " + en[r.typed_weekday] +
           ": the date was kept.";
}

}  // namespace

bool date_field(const char* id, Date* value, bool* committed) {
    // The input is labelled with the caller's id, so that the day's date and
    // the registration deadline can be told apart (tests, tab order).
    const DateLanguage lang = date_language();
    const ImGuiID key = ImGui::GetID(id);
    const float field_x = ImGui::GetCursorPosX();
    char shown[16] = "";
    if (value->is_set()) std::snprintf(shown, sizeof shown, "%02d-%02d-%04d", value->day, value->month, value->year);
    bool changed = parsed_field(id, shown, T("bijv. 19-6-2018", "e.g. 19-6-2018"),
                                [&](const std::string& t) {
                                    const DateInput r = parse_date_input(t, today_local(), lang);
                                    g_date_notes.erase(key);
                                    switch (r.status) {
                                        case DateInput::Status::empty: *value = Date{}; return true;
                                        case DateInput::Status::ok: *value = r.date; return true;
                                        case DateInput::Status::weekday_mismatch:
                                            *value = r.date;
                                            g_date_notes[key] = weekday_note(r, lang);
                                            return true;
                                        case DateInput::Status::no_such_date:
                                            g_date_notes[key] = std::string(lang == DateLanguage::nl
                                                                                ? "Die datum bestaat niet. "
                                                                                : "That date does not exist. ") +
                                                                accepted_date_forms(lang);
                                            return false;
                                        case DateInput::Status::unreadable: break;
                                    }
                                    g_date_notes[key] = accepted_date_forms(lang);
                                    return false;
                                },
                                committed, 120.0f);
    const bool invalid = g_pending[key].invalid;
    if (invalid && g_date_notes.count(key)) a11y_invalid_last(g_date_notes[key]);
    if (!invalid && g_date_notes.count(key) && ImGui::IsItemActivated()) g_date_notes.erase(key);
    ImGui::PushID(id);
    ImGui::SameLine(0, 4);
    // Not a Tab stop: Tab goes from the date to the next field (issue 11), the
    // calendar is reached with the mouse, the arrow keys or a screen reader.
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    if (ImGui::Button(icons::CALENDAR)) ImGui::OpenPopup("calendar");
    ImGui::PopItemFlag();
    a11y_name_last(T("Kies een datum", "Pick a date"));
    tooltip_for_last_item(T("Kies een datum", "Pick a date"));
    if (value->is_set()) {
        // The weekday beside the field, as a check on what was typed.
        ImGui::SameLine();
        const std::string words = format_date_words(*value, lang, false, true);
        ImGui::TextDisabled("%s", words.c_str());
        if (ImGui::IsItemVisible()) register_last_item(words.c_str());
    }
    if (auto note = g_date_notes.find(key); note != g_date_notes.end()) {
        // Under the field, in the field's column: what went wrong and what works.
        ImGui::SetCursorPosX(field_x);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(260.0f, ImGui::GetContentRegionAvail().x - 8));
        ImGui::PushStyleColor(ImGuiCol_Text, invalid ? ImVec4(0.78f, 0.16f, 0.12f, 1.0f) : ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextWrapped("%s", note->second.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        if (ImGui::IsItemVisible()) register_last_item(note->second.c_str());
    }
    if (ImGui::BeginPopup("calendar")) {
        static Date shown_month;
        if (ImGui::IsWindowAppearing()) {
            // The field's month, or this month when the field is empty.
            shown_month = value->is_set() ? *value : today_local();
            if (!shown_month.is_set()) shown_month = Date{2026, 1, 1};
            shown_month.day = 1;
        }
        // A year at a time, for dates far from today.
        if (ImGui::SmallButton("\xc2\xab##prev-year")) --shown_month.year;
        tooltip_for_last_item(T("Een jaar terug", "One year back"));
        ImGui::SameLine();
        ImGui::Text("%d", shown_month.year);
        ImGui::SameLine();
        if (ImGui::SmallButton("\xc2\xbb##next-year")) ++shown_month.year;
        tooltip_for_last_item(T("Een jaar verder", "One year on"));
        shown_month.year = std::clamp(shown_month.year, 1, 9999);
        static const char* months_nl[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                          "augustus", "september", "oktober", "november", "december"};
        static const char* months_en[] = {"January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December"};
        if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) {
            if (--shown_month.month < 1) { shown_month.month = 12; --shown_month.year; }
        }
        ImGui::SameLine();
        ImGui::Text("%s %d", T(months_nl[shown_month.month - 1], months_en[shown_month.month - 1]), shown_month.year);
        ImGui::SameLine(230);
        if (ImGui::ArrowButton("##next", ImGuiDir_Right)) {
            if (++shown_month.month > 12) { shown_month.month = 1; ++shown_month.year; }
        }
        if (ImGui::BeginTable("days", 7, ImGuiTableFlags_SizingFixedSame)) {
            static const char* heads_nl[] = {"ma", "di", "wo", "do", "vr", "za", "zo"};
            static const char* heads_en[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
            for (int i = 0; i < 7; ++i) {
                ImGui::TableNextColumn();
                ImGui::TextDisabled("%s", T(heads_nl[i], heads_en[i]));
            }
            const int first = (weekday(shown_month) + 6) % 7;  // Monday first, as in Dutch calendars
            const int days = days_in_month(shown_month.year, shown_month.month);
            for (int i = 0; i < first; ++i) ImGui::TableNextColumn();
            for (int d = 1; d <= days; ++d) {
                ImGui::TableNextColumn();
                const Date candidate{shown_month.year, shown_month.month, d};
                char label[8];
                std::snprintf(label, sizeof label, "%d", d);
                if (ImGui::Selectable(label, candidate == *value, 0, ImVec2(26, 0))) {
                    *value = candidate;
                    g_pending[key].invalid = false;  // a picked date replaces what was typed
                    g_date_notes.erase(key);
                    changed = true;
                    if (committed) *committed = true;
                    ImGui::CloseCurrentPopup();
                }
            }
            ImGui::EndTable();
        }
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return changed;
}

// [SECTION] Names ---------------------------------------------------------------------------

const char* kind_icon(ItemKind kind) {
    switch (kind) {
        case ItemKind::walk_in: return icons::WALK_IN;
        case ItemKind::welcome: return icons::WELCOME;
        case ItemKind::talk: return icons::TALK;
        case ItemKind::presentation: return icons::PRESENTATION;
        case ItemKind::workshop: return icons::WORKSHOP;
        case ItemKind::discussion: return icons::DISCUSSION;
        case ItemKind::break_: return icons::BREAK;
        case ItemKind::lunch: return icons::LUNCH;
        case ItemKind::closing: return icons::CLOSING;
        case ItemKind::drinks: return icons::DRINKS;
        case ItemKind::round: return icons::ROUND;
        case ItemKind::other: return icons::OTHER;
    }
    return icons::OTHER;
}

const char* kind_name(ItemKind kind) {
    switch (kind) {
        case ItemKind::walk_in: return T("Inloop", "Walk-in");
        case ItemKind::welcome: return T("Welkom", "Welcome");
        case ItemKind::talk: return T("Lezing", "Talk");
        case ItemKind::presentation: return T("Presentatie", "Presentation");
        case ItemKind::workshop: return T("Workshop", "Workshop");
        case ItemKind::discussion: return T("Gesprek", "Discussion");
        case ItemKind::break_: return T("Pauze", "Break");
        case ItemKind::lunch: return T("Lunch", "Lunch");
        case ItemKind::closing: return T("Afsluiting", "Closing");
        case ItemKind::drinks: return T("Borrel", "Drinks");
        case ItemKind::round: return T("Workshopronde", "Parallel round");
        case ItemKind::other: return T("Overig", "Other");
    }
    return "";
}

const char* status_name(Status status) {
    switch (status) {
        case Status::confirmed: return T("Bevestigd", "Confirmed");
        case Status::tentative: return T("Onder voorbehoud", "Tentative");
        case Status::cancelled: return T("Vervallen", "Cancelled");
    }
    return "";
}

const char* role_name(Role role) {
    switch (role) {
        case Role::speaker: return T("Spreker", "Speaker");
        case Role::leader: return T("Begeleider", "Leader");
        case Role::moderator: return T("Dagvoorzitter", "Moderator");
        case Role::host: return T("Gastheer/-vrouw", "Host");
        case Role::other: return T("Overig", "Other");
    }
    return "";
}

std::string long_date(const Date& date) {
    if (!date.is_set()) return T("geen datum", "no date");
    return format_long_date(date, language() == Language::nl ? AnnouncementLanguage::nl : AnnouncementLanguage::en);
}

std::string hhmm(Minutes m) { return format_hhmm(m); }

}  // namespace dagdeel::ui
