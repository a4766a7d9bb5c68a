#include "io/registrations/registration_outputs.hpp"

#include "core/civil_time.hpp"
#include "core/participants.hpp"
#include "io/csv/csv_writer.hpp"

namespace dagdeel {
namespace {

const Day* day_of(const Document& d, const Item& round) {
    for (const Day& day : d.days)
        for (const Item& it : day.items)
            if (&it == &round) return &day;
    return nullptr;
}

std::string when(const Document& d, const Item& round, Language l) {
    std::string out;
    if (const Day* day = day_of(d, round); day && day->date.is_set()) out = format_iso_date(day->date) + " ";
    out += l == Language::nl ? format_hdotmm(round.start) + " – " + format_hdotmm(round.end()) + " uur"
                             : format_hhmm(round.start) + " – " + format_hhmm(round.end());
    return out;
}

std::string room_name(const Document& d, const Session& s) {
    const Room* r = find_room(d, s.room_id);
    return r ? (r->name.empty() ? r->id : r->name) : std::string();
}

}  // namespace

std::string write_attendance_csv(const Document& d, Language l) {
    const bool en = l == Language::en;
    std::vector<std::vector<std::string>> rows = {
        {en ? "session" : "sessie", en ? "round" : "ronde", en ? "time" : "tijd", en ? "room" : "zaal",
         en ? "name" : "naam", en ? "organisation" : "organisatie", "e-mail", en ? "signature" : "handtekening"}};
    const auto rounds = choice_rounds(d);
    for (std::size_t r = 0; r < rounds.size(); ++r)
        for (const Session& s : rounds[r]->sessions)
            for (std::size_t i : registration_order(d)) {
                const Participant& p = d.participants[i];
                if (p.status != ParticipantStatus::registered) continue;
                const Placement* at = placement_in(p, rounds[r]->id);
                if (!at || at->session_id != s.id) continue;
                rows.push_back({s.title, std::to_string(r + 1), when(d, *rounds[r], l), room_name(d, s), p.name,
                                p.organisation, p.email, ""});
            }
    // Dutch Excel reads semicolons; both get a BOM so accents survive.
    csv::WriteOptions o = en ? csv::WriteOptions{',', true, true, true} : csv::WriteOptions::excel_nl();
    return csv::write(rows, o);
}

std::string confirmation_text(const Document& d, const Participant& p, Language l) {
    const bool en = l == Language::en;
    std::string out = (en ? "Dear " : "Beste ") + (p.name.empty() ? std::string(en ? "participant" : "deelnemer") : p.name) + ",\n\n";
    out += en ? "Thank you for registering for " : "Bedankt voor je aanmelding voor ";
    out += (d.event.title.empty() ? std::string(en ? "our event" : "onze bijeenkomst") : d.event.title) + ".";
    if (!d.days.empty() && d.days.front().date.is_set()) out += (en ? " Date: " : " Datum: ") + format_iso_date(d.days.front().date) + ".";
    out += "\n\n";
    const auto rounds = choice_rounds(d);
    bool any = false;
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        const Placement* at = placement_in(p, rounds[r]->id);
        const Session* s = at && !at->session_id.empty() ? find_session(d, at->session_id) : nullptr;
        if (!any) out += en ? "Your sessions:\n" : "Je bent ingedeeld in:\n";
        any = true;
        out += "- " + std::string(en ? "Round " : "Ronde ") + std::to_string(r + 1) + ", " + when(d, *rounds[r], l) + ": ";
        if (s) {
            out += s->title;
            const std::string room = room_name(d, *s);
            if (!room.empty()) out += " (" + (en ? std::string("room ") : std::string("zaal ")) + room + ")";
        } else {
            out += en ? "no session (all were full); we will contact you" : "geen sessie (alles was vol); we nemen contact met je op";
        }
        out += "\n";
    }
    if (any) out += "\n";
    const Venue& v = d.event.venue;
    if (!v.name.empty() || !v.address.empty()) {
        out += en ? "Venue: " : "Locatie: ";
        out += v.name;
        if (!v.address.empty()) out += (v.name.empty() ? "" : ", ") + v.address;
        if (!v.city.empty()) out += ", " + v.city;
        out += "\n\n";
    }
    out += en ? "The attached calendar file (.ics) puts your sessions in your agenda.\n\nKind regards,\n"
              : "Met het bijgevoegde agendabestand (.ics) zet je je sessies in je agenda.\n\nMet vriendelijke groet,\n";
    if (!d.event.organisers.empty()) out += d.event.organisers.front() + "\n";
    return out;
}

std::map<std::string, std::string> personal_choices(const Document& d, const Participant& p) {
    std::map<std::string, std::string> out;
    for (const Item* r : choice_rounds(d))
        if (const Placement* at = placement_in(p, r->id); at && !at->session_id.empty()) out[r->id] = at->session_id;
    return out;
}

}  // namespace dagdeel
