// Attendance lists and name badges (issue 16), from the participants and
// their assignment (pins first).
//
//   attendance: per session an A4 portrait sheet: the session, its round's
//               time and room, and a table of the registered participants in
//               it (name, organisation) with a wide, empty signature column.
//   badges:     A4 sheets of 8 badges (2 x 4, 90 x 60 mm), name and
//               organisation large; registered participants in name order.
#include <algorithm>

#include "core/civil_time.hpp"
#include "core/participants.hpp"
#include "io/print/print_page.hpp"
#include "io/print/print_writers.hpp"

namespace dagdeel::print {
namespace {

std::vector<const Participant*> in_session(const Document& doc, const Item& round, const Session& s) {
    std::vector<const Participant*> out;
    for (const auto& p : doc.participants) {
        if (p.status != ParticipantStatus::registered) continue;
        const Placement* at = placement_in(p, round.id);
        if (at && at->session_id == s.id) out.push_back(&p);
    }
    std::stable_sort(out.begin(), out.end(), [](const Participant* a, const Participant* b) { return a->name < b->name; });
    return out;
}

const Day* day_of(const Document& doc, const Item& round) {
    for (const Day& d : doc.days)
        for (const Item& it : d.items)
            if (&it == &round) return &d;
    return nullptr;
}

std::string attendance_sheet(const Document& doc, const Item& round, const Session& s, Lang lang) {
    std::string out = "<section class=\"sheet attendance\">\n<p class=\"kind\">" +
                      std::string(tr(lang, "Presentielijst", "Attendance list")) + "</p>\n";
    out += "<h1>" + esc(s.title) + "</h1>\n";
    std::string context = event_title(doc, lang);
    if (const Day* d = day_of(doc, round)) {
        const std::string when = day_heading(*d, lang);
        if (!when.empty()) context += " – " + when;
    }
    context += ", " + (lang == Lang::nl ? format_hdotmm(round.start) + " – " + format_hdotmm(round.end()) + " uur"
                                        : format_hhmm(round.start) + " – " + format_hhmm(round.end()));
    if (const Room* r = find_room(doc, s.room_id)) context += ", " + (r->name.empty() ? r->id : r->name);
    out += "<p class=\"context\">" + esc(context) + "</p>\n";
    const auto people = in_session(doc, round, s);
    out += "<table>\n<thead><tr><th scope=\"col\" class=\"nr\">#</th><th scope=\"col\">" +
           std::string(tr(lang, "Naam", "Name")) + "</th><th scope=\"col\">" + tr(lang, "Organisatie", "Organisation") +
           "</th><th scope=\"col\" class=\"sign\">" + tr(lang, "Handtekening", "Signature") + "</th></tr></thead>\n<tbody>\n";
    int n = 0;
    for (const Participant* p : people)
        out += "<tr><td class=\"nr\">" + std::to_string(++n) + "</td><td>" + esc(p->name) + "</td><td>" +
               esc(p->organisation) + "</td><td class=\"sign\"></td></tr>\n";
    for (int i = 0; i < 3; ++i) out += "<tr><td class=\"nr\"></td><td></td><td></td><td class=\"sign\"></td></tr>\n";
    out += "</tbody>\n</table>\n<p class=\"muted\">" + std::to_string(people.size()) + " " +
           tr(lang, "ingedeeld", "assigned") + "</p>\n</section>\n";
    return out;
}

const char* const kAttendanceStyle = R"CSS(
@page { size: A4 portrait; margin: 15mm; }
.attendance { font-size: 12pt; }
.attendance .kind { margin: 0; text-transform: uppercase; letter-spacing: .08em; }
.attendance h1 { font-size: 2em; margin: 0 0 2mm; overflow-wrap: anywhere; }
.attendance .context { margin: 0 0 6mm; padding-bottom: 2mm; border-bottom: 1.5pt solid #000000; }
.attendance table { width: 100%; }
.attendance th, .attendance td { border-bottom: .75pt solid #555555; padding: 3mm 2mm; text-align: left; }
.attendance .nr { width: 2.5em; }
.attendance .sign { width: 40%; }
.attendance tr { break-inside: avoid; page-break-inside: avoid; }
@media screen { .attendance { width: 180mm; } }
)CSS";

const char* const kBadgeStyle = R"CSS(
@page { size: A4 portrait; margin: 13mm 15mm; }
.badges { display: grid; grid-template-columns: 90mm 90mm; grid-auto-rows: 60mm; gap: 4mm; }
.badge { border: .5pt dashed #555555; padding: 6mm; display: flex; flex-direction: column; justify-content: center;
  overflow: hidden; break-inside: avoid; }
.badge .name { font-size: 22pt; font-weight: bold; overflow-wrap: anywhere; }
.badge .org { font-size: 15pt; margin-top: 2mm; overflow-wrap: anywhere; }
.badge .event { font-size: 9pt; margin-top: 4mm; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media screen { .badges { width: 184mm; padding: 12mm; } }
)CSS";

}  // namespace

std::string write_attendance_lists(const Document& doc, Lang lang) {
    std::string body;
    for (const Item* round : choice_rounds(doc))
        for (const Session& s : round->sessions) body += attendance_sheet(doc, *round, s, lang);
    if (body.empty())
        body = "<section class=\"sheet attendance\">\n<h1>" + esc(event_title(doc, lang)) + "</h1>\n<p>" +
               tr(lang, "Nog geen presentielijsten: het programma heeft geen ronde met sessies.",
                  "No attendance lists yet: the programme has no round with sessions.") +
               "</p>\n</section>\n";
    return page(lang, std::string(tr(lang, "Presentielijsten – ", "Attendance lists – ")) + event_title(doc, lang),
                kAttendanceStyle, body);
}

std::string write_badges(const Document& doc, Lang lang) {
    std::vector<const Participant*> people;
    for (const auto& p : doc.participants)
        if (p.status == ParticipantStatus::registered) people.push_back(&p);
    std::stable_sort(people.begin(), people.end(), [](const Participant* a, const Participant* b) { return a->name < b->name; });
    // The page's heading for screen readers; on paper only the badges show.
    std::string body = people.empty() ? std::string()
                                      : "<h1 class=\"hidden\">" + esc(std::string(tr(lang, "Naambadges – ", "Name badges – ")) +
                                                                       event_title(doc, lang)) + "</h1>\n";
    for (std::size_t i = 0; i < people.size(); i += 8) {
        body += "<section class=\"sheet badges\">\n";
        for (std::size_t k = i; k < people.size() && k < i + 8; ++k)
            body += "<div class=\"badge\"><p class=\"name\">" + esc(people[k]->name) + "</p><p class=\"org\">" +
                    esc(people[k]->organisation) + "</p><p class=\"event\">" + esc(event_title(doc, lang)) + "</p></div>\n";
        body += "</section>\n";
    }
    if (people.empty())
        body = "<section class=\"sheet\">\n<h1>" + esc(event_title(doc, lang)) + "</h1>\n<p>" +
               tr(lang, "Nog geen naambadges: er zijn geen aangemelde deelnemers.",
                  "No name badges yet: nobody is registered.") +
               "</p>\n</section>\n";
    return page(lang, std::string(tr(lang, "Naambadges – ", "Name badges – ")) + event_title(doc, lang), kBadgeStyle, body);
}

}  // namespace dagdeel::print
