// Room signs: per room and day an A4 portrait sheet with the room's name in
// very large type and what happens there, with times, in large type.
//
// Which signs: every room of the plan that has something that day; the main
// room (items for all rooms and items without a room: the plenary part) when
// it has something; and a round's session without a room gets a sign under
// its own title, because people still need to find it on the day.
#include "core/civil_time.hpp"
#include "io/print/print_page.hpp"
#include "io/print/print_writers.hpp"

namespace dagdeel::print {
namespace {

struct Sign {
    std::string name;
    std::string kind;  // a line above the name: "Zaal", "Workshop"
    std::vector<const Slot*> slots;
};

std::string sign_time_range(Minutes a, Minutes b, Lang lang) {
    return lang == Lang::nl ? format_hdotmm(a) + " – " + format_hdotmm(b) : format_hhmm(a) + " – " + format_hhmm(b);
}

std::vector<Sign> signs_for_day(const Document& doc, const std::vector<Slot>& slots, Lang lang) {
    std::vector<Sign> signs;
    Sign main{tr(lang, "Plenaire zaal", "Main room"), tr(lang, "Zaal", "Room"), {}};
    for (const Slot& s : slots)
        if (s.all_rooms || (!s.session && s.room_id.empty())) main.slots.push_back(&s);
    if (!main.slots.empty()) signs.push_back(std::move(main));
    for (const Room& r : doc.rooms) {
        Sign sign{r.name.empty() ? r.id : r.name, tr(lang, "Zaal", "Room"), {}};
        for (const Slot& s : slots)
            if (!s.all_rooms && s.room_id == r.id) sign.slots.push_back(&s);
        if (!sign.slots.empty()) signs.push_back(std::move(sign));
    }
    for (const Slot& s : slots)
        if (s.session && !find_room(doc, s.room_id)) signs.push_back({s.title, "Workshop", {&s}});
    return signs;
}

std::string sign_sheet(const Document& doc, const Day& day, const Sign& sign, Lang lang) {
    std::string out = "<section class=\"sheet sign\">\n<p class=\"kind\">" + esc(sign.kind) + "</p>\n";
    out += "<h1>" + esc(sign.name) + "</h1>\n";
    std::string context = event_title(doc, lang);
    const std::string when = day_heading(day, lang);
    if (!when.empty()) context += " – " + when;
    out += "<p class=\"context\">" + esc(context) + "</p>\n";
    out += "<table>\n<thead><tr><th scope=\"col\" class=\"time\">" + std::string(tr(lang, "Tijd", "Time")) +
           "</th><th scope=\"col\">" + tr(lang, "Programma", "Programme") + "</th></tr></thead>\n<tbody>\n";
    for (const Slot* s : sign.slots) {
        out += "<tr><th scope=\"row\" class=\"time\">" + esc(sign_time_range(s->start, s->end, lang)) + "</th><td>";
        out += "<span class=\"title\">" + esc(s->title) + "</span>";
        const std::string who = people_text(doc, *s->people, lang);
        if (!who.empty()) out += "<span class=\"who\">" + esc(who) + "</span>";
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
    return out;
}

const char* const kSignStyle = R"CSS(
@page { size: A4 portrait; margin: 15mm; }
.sign { font-size: 16pt; }
.sign .kind { margin: 0; font-size: 1.2em; text-transform: uppercase; letter-spacing: .08em; }
.sign h1 { font-size: 3.2em; margin: 0 0 3mm; overflow-wrap: anywhere; }
.sign .context { margin: 0 0 8mm; padding-bottom: 3mm; border-bottom: 2pt solid #000000; }
.sign table { width: 100%; }
.sign thead th { font-size: .75em; border-bottom: 1.5pt solid #000000; padding: 1mm 2mm; }
.sign tbody th, .sign td { padding: 3mm 2mm; vertical-align: top; border-bottom: .75pt solid #555555; }
.sign th.time { width: 8em; }
.sign .title { display: block; font-weight: bold; font-size: 1.1em; }
.sign .who { display: block; font-size: .85em; }
.sign tr { break-inside: avoid; page-break-inside: avoid; }
@media screen { .sign { width: 180mm; } }
)CSS";

}  // namespace

std::string write_room_signs(const Document& doc, Lang lang) {
    std::string body;
    for (const Day& day : doc.days) {
        const std::vector<Slot> slots = slots_of_day(day, lang);
        for (const Sign& sign : signs_for_day(doc, slots, lang)) body += sign_sheet(doc, day, sign, lang);
    }
    if (body.empty())
        body = "<section class=\"sheet sign\">\n<h1>" + esc(event_title(doc, lang)) + "</h1>\n<p>" +
               tr(lang, "Nog geen zaalbordjes: het programma is leeg.",
                  "No room signs yet: the programme is empty.") +
               "</p>\n</section>\n";
    return page(lang, std::string(tr(lang, "Zaalbordjes – ", "Room signs – ")) + event_title(doc, lang), kSignStyle, body);
}

}  // namespace dagdeel::print
