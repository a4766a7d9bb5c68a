// [SECTION] Details   [SECTION] Days   [SECTION] Venue
// [SECTION] Access and registration   [SECTION] Contacts, questions, series, notes
//
// Every field of the core's Event, aligned in one column of labels. Each edit
// is one undo step (typing in a field merges into one).
#include <imgui.h>

#include "core/civil_time.hpp"
#include "core/operations.hpp"
#include "core/time_zone.hpp"
#include "ui/a11y.hpp"
#include "ui/document_access.hpp"
#include "ui/edit_field.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/person_picker.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

constexpr float kColumn = 190.0f;

template <typename V, typename Widget, typename Apply>
void row(Draft& draft, const char* nl, const char* en, const char* key, V value, Widget widget, Apply apply) {
    field_label(T(nl, en), kColumn);
    edit_field(draft, std::move(value), widget, label_field(nl, en), std::string("event:") + key, apply);
}

auto text(const char* id, const char* hint = "") {
    return [id, hint](std::string* v, bool* c) { return text_field(id, v, hint, c); };
}
auto lines(const char* id, float h = 70) {
    return [id, h](std::vector<std::string>* v, bool* c) { return lines_field(id, v, h, c); };
}

void draw_days(Draft& draft) {
    const Document& doc = draft.doc();
    ImGui::SeparatorText(T("Dagen", "Days"));
    for (std::size_t i = 0; i < doc.days.size(); ++i) {
        const Day day = doc.days[i];
        ImGui::PushID(day.id.c_str());
        ImGui::TextDisabled("%s %zu", T("Dag", "Day"), i + 1);
        auto set = [id = day.id](auto member) {
            return [member, id](Document& d, const auto& v) {
                for (Day& x : d.days) if (x.id == id) x.*member = v;
            };
        };
        field_label(T("Datum", "Date"), kColumn);
        edit_field(draft, day.date, [](Date* v, bool* c) { return date_field("##date", v, c); },
                   label_field("Datum", "date"), "day:" + day.id + ":date", set(&Day::date));
        field_label(T("Tijd (begin – einde)", "Time (start – end)"), kColumn);
        edit_field(draft, day.start, [](Minutes* v, bool* c) { return time_field("##start", v, c); },
                   label_field("Begintijd", "start time"), "day:" + day.id + ":start", set(&Day::start));
        ImGui::SameLine();
        ImGui::TextUnformatted("–");
        ImGui::SameLine();
        edit_field(draft, day.end, [](Minutes* v, bool* c) { return time_field("##end", v, c); },
                   label_field("Eindtijd", "end time"), "day:" + day.id + ":end", set(&Day::end));
        field_label(T("Inloop vanaf", "Doors open"), kColumn);
        edit_field(draft, day.doors_open, [](std::optional<Minutes>* v, bool* c) { return optional_time_field("##doors", v, c); },
                   label_field("Inloop", "doors open"), "day:" + day.id + ":doors", set(&Day::doors_open));
        field_label(T("Naam van de dag", "Day label"), kColumn);
        edit_field(draft, day.label, text("##label", T("bijv. Tweede bijeenkomst", "e.g. Second meeting")),
                   label_field("Naam van de dag", "day label"), "day:" + day.id + ":label", set(&Day::label));
        if (doc.days.size() > 1 && icon_button(icons::DELETE, "remove-day", T("Dag verwijderen", "Remove day"),
                                               T("Dag verwijderen", "Remove day"))) {
            Document d = doc;
            d.days.erase(d.days.begin() + (std::ptrdiff_t)i);
            draft.commit(std::move(d), {"Dag verwijderen", "Remove day"});
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (icon_button(icons::CALENDAR, "add-day", T("Een dag toevoegen", "Add a day"), T("Dag toevoegen", "Add day"))) {
        Document d = doc;
        Day day;
        day.id = new_id(d, "d-");
        if (!d.days.empty()) {
            day.start = d.days.back().start;
            day.end = d.days.back().end;
            if (d.days.back().date.is_set()) day.date = add_days(d.days.back().date, 1);
        } else {
            day.start = 9 * 60;
            day.end = 17 * 60;
        }
        d.days.push_back(day);
        draft.commit(std::move(d), {"Dag toevoegen", "Add day"});
    }
}

}  // namespace

// Over 120 lines: the form is one long list of fields in reading order, each
// a few lines; splitting it into groups (event, days, venue, registration) is
// the next step when the drafting-UX work continues.
void draw_event_form(Draft& draft, UiState& ui) {
    const Document& doc = draft.doc();
    const Event ev = doc.event;  // a copy: commits replace the document
    auto ev_set = [](auto member) { return [member](Document& d, const auto& v) { d.event.*member = v; }; };

    ImGui::SeparatorText(T("Algemeen", "General"));
    row(draft, "Titel", "Title", "title", ev.title, text("##ev-title", T("bijv. Inspiratiebijeenkomst Lokaal samenspel", "e.g. Inspiration evening")), ev_set(&Event::title));
    row(draft, "Ondertitel", "Subtitle", "subtitle", ev.subtitle, text("##ev-subtitle"), ev_set(&Event::subtitle));
    row(draft, "Organisatoren (een per regel)", "Organisers (one per line)", "organisers", ev.organisers, lines("##ev-organisers", 52), ev_set(&Event::organisers));
    row(draft, "Voor wie", "Audience", "audience", ev.audience,
        [](std::string* v, bool* c) { return multiline_field("##ev-audience", v, 52, c); }, ev_set(&Event::audience));
    row(draft, "Inleiding", "Introduction", "intro", ev.intro,
        [](std::string* v, bool* c) { return multiline_field("##ev-intro", v, 90, c); }, ev_set(&Event::intro));
    row(draft, "Beschrijving", "Description", "description", ev.description,
        [](std::string* v, bool* c) { return multiline_field("##ev-description", v, 120, c); }, ev_set(&Event::description));
    field_label(T("Taal", "Language"), kColumn);
    if (a11y_combo("##ev-language", ev.language == "en" ? "English" : "Nederlands")) {
        for (const char* l : {"nl", "en"})
            if (ImGui::Selectable(std::string(l) == "nl" ? "Nederlands" : "English", ev.language == l)) {
                Document d = doc;
                d.event.language = l;
                draft.commit(std::move(d), label_field("Taal", "language"));
            }
        ImGui::EndCombo();
    }
    field_label(T("Tijdzone", "Time zone"), kColumn);
    if (a11y_combo("##ev-zone", ev.time_zone.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (std::string_view z : time_zone_names(ZoneNames::for_picker)) {
            const std::string name(z);
            if (ImGui::Selectable(name.c_str(), name == ev.time_zone)) {
                Document d = doc;
                d.event.time_zone = name;
                draft.commit(std::move(d), label_field("Tijdzone", "time zone"));
            }
        }
        ImGui::EndCombo();
    }

    draw_days(draft);

    ImGui::SeparatorText(T("Locatie", "Venue"));
    auto venue_set = [](auto member) { return [member](Document& d, const auto& v) { d.event.venue.*member = v; }; };
    row(draft, "Naam", "Name", "venue.name", ev.venue.name, text("##venue-name", "Fort Vreeswijk"), venue_set(&Venue::name));
    row(draft, "Adres", "Address", "venue.address", ev.venue.address, text("##venue-address"), venue_set(&Venue::address));
    row(draft, "Postcode", "Postal code", "venue.postal", ev.venue.postal_code, text("##venue-postal"), venue_set(&Venue::postal_code));
    row(draft, "Plaats", "City", "venue.city", ev.venue.city, text("##venue-city"), venue_set(&Venue::city));
    row(draft, "Online (link)", "Online (link)", "venue.online", ev.venue.online_url, text("##venue-online", "https://"), venue_set(&Venue::online_url));
    row(draft, "Route", "Directions", "venue.directions", ev.venue.directions, text("##venue-directions"), venue_set(&Venue::directions));

    ImGui::SeparatorText(T("Toegang en aanmelden", "Access and registration"));
    field_label(T("Toegang", "Admission"), kColumn);
    bool free = ev.price.free;
    if (ImGui::Checkbox(T("Gratis###free", "Free###free"), &free)) {
        Document d = doc;
        d.event.price.free = free;
        draft.commit(std::move(d), label_field("Toegang", "admission"));
    }
    row(draft, "Prijs (tekst)", "Price (text)", "price.text", ev.price.text, text("##price-text", T("bijv. Op aanvraag", "e.g. On request")),
        [](Document& d, const std::string& v) { d.event.price.text = v; });
    row(draft, "Max. deelnemers", "Max. participants", "max", ev.max_participants,
        [](int* v, bool* c) { return count_field("##max", v, 1000000, c); }, ev_set(&Event::max_participants));
    row(draft, "Verwacht aantal", "Expected participants", "expected", ev.expected_participants,
        [](int* v, bool* c) { return count_field("##expected", v, 1000000, c); }, ev_set(&Event::expected_participants));
    field_label(T("Aanmelden via", "Register by"), kColumn);
    static const RegistrationMethod methods[] = {RegistrationMethod::none, RegistrationMethod::email, RegistrationMethod::link,
                                                 RegistrationMethod::phone, RegistrationMethod::other};
    auto method_name = [](RegistrationMethod m) {
        switch (m) {
            case RegistrationMethod::none: return T("niet nodig", "not needed");
            case RegistrationMethod::email: return T("e-mail", "e-mail");
            case RegistrationMethod::link: return T("link", "link");
            case RegistrationMethod::phone: return T("telefoon", "phone");
            default: return T("anders", "other");
        }
    };
    if (a11y_combo("##reg-method", method_name(ev.registration.method))) {
        for (RegistrationMethod m : methods)
            if (ImGui::Selectable(method_name(m), m == ev.registration.method)) {
                Document d = doc;
                d.event.registration.method = m;
                draft.commit(std::move(d), label_field("Aanmelden", "registration"));
            }
        ImGui::EndCombo();
    }
    auto reg_set = [](auto member) { return [member](Document& d, const auto& v) { d.event.registration.*member = v; }; };
    row(draft, "Aanmelden vóór", "Register before", "reg.deadline", ev.registration.deadline,
        [](Date* v, bool* c) { return date_field("##reg-deadline", v, c); }, reg_set(&Registration::deadline));
    row(draft, "E-mail", "E-mail", "reg.email", ev.registration.email, text("##reg-email"), reg_set(&Registration::email));
    row(draft, "Link", "Link", "reg.url", ev.registration.url, text("##reg-url", "https://"), reg_set(&Registration::url));
    field_label(T("Contactpersoon", "Contact person"), kColumn);
    const Person* contact = dagdeel::find_person(doc, ev.registration.contact_person_id);
    if (a11y_combo("##reg-contact", contact ? person_display(*contact).c_str() : "—")) {
        if (auto choice = person_picker(doc, contact ? std::string_view(contact->id) : std::string_view(), "c-")) {
            Document d = doc;
            d.event.registration.contact_person_id = take_person_choice(d, *choice);
            draft.commit(std::move(d), label_field("Contactpersoon", "contact person"));
        }
        if (contact && ImGui::Selectable(T("— (niemand)###c-none", "— (nobody)###c-none"))) {
            Document d = doc;
            d.event.registration.contact_person_id.clear();
            draft.commit(std::move(d), label_field("Contactpersoon", "contact person"));
        }
        ImGui::EndCombo();
    }

    ImGui::SeparatorText(T("Meer informatie (contact)", "More information (contact)"));
    for (const Person& p : doc.people) {
        bool on = std::find(ev.contact_ids.begin(), ev.contact_ids.end(), p.id) != ev.contact_ids.end();
        if (ImGui::Checkbox((person_display(p) + "###contact-" + p.id).c_str(), &on)) {
            Document d = doc;
            auto& ids = d.event.contact_ids;
            if (on) ids.push_back(p.id);
            else ids.erase(std::remove(ids.begin(), ids.end(), p.id), ids.end());
            draft.commit(std::move(d), {"Contactpersonen wijzigen", "Change contacts"});
        }
    }
    if (doc.people.empty())
        ImGui::TextDisabled("%s", T("Voeg mensen toe bij Mensen en zalen.", "Add people under People and rooms."));

    ImGui::SeparatorText(T("Kernvragen en leerdoelen", "Key questions and learning goals"));
    row(draft, "Kernvragen (een per regel)", "Key questions (one per line)", "questions", ev.key_questions, lines("##questions", 90), ev_set(&Event::key_questions));
    row(draft, "Leerdoelen (een per regel)", "Learning goals (one per line)", "goals", ev.learning_goals, lines("##goals", 70), ev_set(&Event::learning_goals));

    ImGui::SeparatorText(T("Reeks", "Series"));
    auto series_set = [](auto member) { return [member](Document& d, const auto& v) { d.event.series.*member = v; }; };
    row(draft, "Naam van de reeks", "Series title", "series.title", ev.series.title, text("##series-title", T("bijv. Tweeluik lokale democratie", "e.g. Two-part series")), series_set(&Series::title));
    row(draft, "Deel", "Part", "series.part", ev.series.part, [](int* v, bool* c) { return int_field("##series-part", v, 0, 99, c); }, series_set(&Series::part));
    row(draft, "Van", "Of", "series.of", ev.series.of, [](int* v, bool* c) { return int_field("##series-of", v, 0, 99, c); }, series_set(&Series::of));
    ImGui::SetCursorPosX(kColumn);
    if (icon_button(icons::ADD, "series-next", T("Maak het volgende deel als nieuw concept", "Make the next part as a new draft"),
                    T("Volgend deel maken", "Make next part"))) {
        SeriesResult r = make_next_series_part(doc);
        draft.commit(r.current, {"Reeks koppelen", "Link series"});
        ui.pending_new_documents.push_back(std::move(r.next));
    }

    ImGui::SeparatorText(T("Overig", "Other"));
    row(draft, "Website", "Website", "url", ev.url, text("##ev-url", "https://"), ev_set(&Event::url));
    row(draft, "Licentie of bron", "Licence or source", "licence", ev.licence,
        [](std::string* v, bool* c) { return multiline_field("##ev-licence", v, 52, c); }, ev_set(&Event::licence));
    row(draft, "Notities (niet gepubliceerd)", "Notes (not published)", "notes", ev.notes,
        [](std::string* v, bool* c) { return multiline_field("##ev-notes", v, 70, c); }, ev_set(&Event::notes));
}

}  // namespace dagdeel::ui
