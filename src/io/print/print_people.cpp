// Leader and speaker briefing: per person who has a part in the programme,
// one A4 portrait sheet with their items (day, time, title, room, their
// role, who they share it with), the venue and directions, when doors open,
// and whom to call on the day (the event's contact person with phone and
// e-mail). People without a part (contacts, organisers) get no sheet.
#include "core/civil_time.hpp"
#include "io/print/print_page.hpp"
#include "io/print/print_writers.hpp"

namespace dagdeel::print {
namespace {

struct Part {
    const Slot* slot;
    Role role;
};

std::string time_range(Minutes a, Minutes b, Lang lang) {
    return lang == Lang::nl ? format_hdotmm(a) + " – " + format_hdotmm(b) + " uur"
                            : format_hhmm(a) + " – " + format_hhmm(b);
}

std::string room_of(const Document& doc, const Slot& s, Lang lang) {
    if (s.all_rooms) return tr(lang, "alle zalen (plenair)", "all rooms (plenary)");
    if (const Room* r = find_room(doc, s.room_id)) return r->name.empty() ? r->id : r->name;
    if (s.session) return tr(lang, "nog niet bekend", "not yet known");
    return tr(lang, "plenaire zaal", "main room");
}

std::string fact(const char* label, const std::string& value) {
    return "<li><span class=\"label\">" + esc(label) + ":</span> " + esc(value) + "</li>\n";
}

std::string practical(const Document& doc, const std::vector<Part>& parts, Lang lang) {
    std::string out;
    const std::string venue = venue_line(doc.event.venue);
    if (!venue.empty()) out += fact(tr(lang, "Locatie", "Venue"), venue);
    if (!doc.event.venue.directions.empty()) out += fact(tr(lang, "Route", "Directions"), doc.event.venue.directions);
    if (!doc.event.venue.online_url.empty()) out += fact("Online", doc.event.venue.online_url);
    const Day* shown = nullptr;
    for (const Part& p : parts) {
        const Day& d = *p.slot->day;
        if (&d == shown || !d.doors_open) continue;
        shown = &d;
        std::string v = format_announcement_time(*d.doors_open, lang);
        if (d.date.is_set()) v = format_long_date(d.date, lang) + ", " + v;
        out += fact(tr(lang, "Inloop", "Doors open"), v);
    }
    if (const Person* c = contact_person(doc)) {
        std::string v = person_label(*c);
        if (!c->phone.empty()) v += (v.empty() ? "" : ", ") + std::string(tr(lang, "tel. ", "phone ")) + c->phone;
        if (!c->email.empty()) v += (v.empty() ? "" : ", ") + c->email;
        if (!v.empty()) out += fact(tr(lang, "Contactpersoon op de dag", "Contact on the day"), v);
    }
    if (out.empty()) return "";
    return std::string("<h2>") + tr(lang, "Praktisch", "Practical information") + "</h2>\n<ul class=\"facts\">\n" +
           out + "</ul>\n";
}

std::string person_sheet(const Document& doc, const Person& p, const std::vector<Part>& parts, Lang lang) {
    std::string out = "<section class=\"sheet brief\">\n<p class=\"kind\">" +
                      std::string(tr(lang, "Briefing", "Briefing")) + "</p>\n";
    out += "<h1>" + esc(person_label(p)) + "</h1>\n";
    std::string context = event_title(doc, lang);
    std::vector<std::string> dates;
    for (const Day& d : doc.days)
        if (d.date.is_set()) dates.push_back(format_long_date(d.date, lang));
    if (!dates.empty()) context += " – " + join_names(dates, lang);
    out += "<p class=\"context\">" + esc(context) + "</p>\n";
    out += std::string("<h2>") + tr(lang, "Jouw onderdelen", "Your part in the programme") + "</h2>\n";
    const bool several_days = doc.days.size() > 1;
    out += "<table>\n<thead><tr>";
    if (several_days) out += std::string("<th scope=\"col\">") + tr(lang, "Dag", "Day") + "</th>";
    out += std::string("<th scope=\"col\">") + tr(lang, "Tijd", "Time") + "</th><th scope=\"col\">" +
           tr(lang, "Onderdeel", "Item") + "</th><th scope=\"col\">" + tr(lang, "Zaal", "Room") +
           "</th><th scope=\"col\">" + tr(lang, "Rol", "Role") + "</th><th scope=\"col\">" +
           tr(lang, "Samen met", "With") + "</th></tr></thead>\n<tbody>\n";
    for (const Part& part : parts) {
        const Slot& s = *part.slot;
        out += "<tr>";
        if (several_days) out += "<td>" + esc(day_heading(*s.day, lang)) + "</td>";
        out += "<th scope=\"row\" class=\"time\">" + esc(time_range(s.start, s.end, lang)) + "</th>";
        std::string what = s.title;
        if (s.session && !s.item->title.empty()) what += " (" + s.item->title + ")";
        out += "<td>" + esc(what) + "</td><td>" + esc(room_of(doc, s, lang)) + "</td><td>" +
               esc(role_text(part.role, lang)) + "</td>";
        const std::string with = people_text(doc, *s.people, lang, p.id);
        out += "<td>" + esc(with.empty() ? std::string("–") : with) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    out += practical(doc, parts, lang);
    out += "</section>\n";
    return out;
}

const char* const kBriefingStyle = R"CSS(
@page { size: A4 portrait; margin: 15mm; }
.brief { font-size: 11pt; }
.brief .kind { margin: 0; font-size: 1em; text-transform: uppercase; letter-spacing: .08em; }
.brief h1 { font-size: 2.2em; margin: 0 0 2mm; }
.brief h2 { font-size: 1.3em; margin: 7mm 0 2mm; }
.brief .context { margin: 0; padding-bottom: 2mm; border-bottom: 2pt solid #000000; font-weight: bold; }
.brief table { width: 100%; }
.brief thead th { border-bottom: 1.5pt solid #000000; padding: 1mm 2mm; }
.brief tbody th, .brief td { padding: 2mm; vertical-align: top; border-bottom: .75pt solid #555555; }
.brief tr { break-inside: avoid; page-break-inside: avoid; }
.brief ul.facts { list-style: none; padding: 0; margin: 0; }
.brief ul.facts li { margin: 0 0 1.5mm; }
.brief .label { font-weight: bold; }
@media screen { .brief { width: 180mm; } }
)CSS";

}  // namespace

std::string write_briefings(const Document& doc, Lang lang) {
    std::vector<std::vector<Slot>> days;
    for (const Day& d : doc.days) days.push_back(slots_of_day(d, lang));
    std::string body;
    for (const Person& p : doc.people) {
        std::vector<Part> parts;
        for (const std::vector<Slot>& slots : days)
            for (const Slot& s : slots)
                for (const PersonRef& r : *s.people)
                    if (r.person_id == p.id) {
                        parts.push_back({&s, r.role});
                        break;
                    }
        if (!parts.empty()) body += person_sheet(doc, p, parts, lang);
    }
    if (body.empty())
        body = "<section class=\"sheet brief\">\n<h1>" + esc(event_title(doc, lang)) + "</h1>\n<p>" +
               tr(lang, "Nog niemand heeft een rol in het programma: voeg sprekers of leiders toe aan onderdelen.",
                  "Nobody has a part in the programme yet: add speakers or leaders to items.") +
               "</p>\n</section>\n";
    return page(lang, std::string(tr(lang, "Briefing – ", "Briefing – ")) + event_title(doc, lang), kBriefingStyle, body);
}

}  // namespace dagdeel::print
