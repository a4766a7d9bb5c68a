// The frame every print page shares, and the plan flattened into slots.
//
// Safety as in the HTML announcement: a Content-Security-Policy without any
// script source (default-src 'none'), only inline styles, and every user
// string through sanitize_utf8 + html_escape. No external resource of any
// kind: fonts are the reader's own sans-serif faces.
#include "io/print/print_page.hpp"

#include <algorithm>

namespace dagdeel::print {

std::string esc(std::string_view text) {
    std::string clean = sanitize_utf8(text);
    for (char& c : clean)
        if (c == '\n' || c == '\t') c = ' ';
    return html_escape(clean);
}

namespace {

// Black on white (21:1), grey rules only as decoration, never colour alone.
const char* const kBaseStyle = R"CSS(
:root { color-scheme: light; }
html { background: #ffffff; }
body { margin: 0; color: #000000; background: #ffffff;
  font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; line-height: 1.3; }
h1, h2, h3 { margin: 0; line-height: 1.15; }
table { border-collapse: collapse; }
th { text-align: left; }
.muted { color: #333333; }
.time { font-weight: bold; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sheet { break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
@media screen {
  html { background: #e8e8e8; }
  .sheet { background: #ffffff; margin: 1rem auto; padding: 12mm; box-shadow: 0 1px 4px #888888; }
}
@media print {
  a { color: #000000; }
}
)CSS";

}  // namespace

std::string page(Lang lang, const std::string& title, const std::string& css, const std::string& body) {
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == Lang::nl ? "nl" : "en") + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"Dagdeel\">\n";
    out += "<title>" + esc(title) + "</title>\n";
    out += "<style>" + std::string(kBaseStyle) + css + "</style>\n</head>\n<body>\n<main>\n";
    out += body;
    out += "</main>\n</body>\n</html>\n";
    return out;
}

std::vector<Slot> slots_of_day(const Day& day, Lang lang) {
    auto status_prefix = [&](Status s) -> std::string {
        if (s == Status::tentative) return tr(lang, "(o.v.) ", "(tbc) ");
        if (s == Status::cancelled) return tr(lang, "(vervalt) ", "(cancelled) ");
        return "";
    };
    std::vector<const Item*> items;
    for (const Item& i : day.items) items.push_back(&i);
    std::stable_sort(items.begin(), items.end(), [](const Item* a, const Item* b) { return a->start < b->start; });
    std::vector<Slot> out;
    for (const Item* i : items) {
        if (i->kind == ItemKind::round && !i->sessions.empty()) {
            for (const Session& s : i->sessions) {
                Slot slot{&day, i, &s, i->start, i->end(), status_prefix(s.status) + s.title, s.room_id, &s.people,
                          false};
                if (i->status == Status::cancelled) slot.title = status_prefix(i->status) + s.title;
                out.push_back(std::move(slot));
            }
            continue;
        }
        out.push_back({&day, i, nullptr, i->start, i->end(), status_prefix(i->status) + i->title, i->room_id,
                       &i->people, i->all_rooms});
    }
    return out;
}

std::string person_label(const Person& p) {
    if (p.name.empty()) return p.organisation;
    if (p.organisation.empty()) return p.name;
    return p.name + " (" + p.organisation + ")";
}

std::string join_names(const std::vector<std::string>& names, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += (i + 1 == names.size()) ? tr(lang, " en ", " and ") : ", ";
        out += names[i];
    }
    return out;
}

std::string people_text(const Document& doc, const std::vector<PersonRef>& refs, Lang lang,
                        const std::string& except_id) {
    std::vector<std::string> names;
    for (const PersonRef& r : refs) {
        if (r.person_id == except_id) continue;
        if (const Person* p = find_person(doc, r.person_id); p && !person_label(*p).empty())
            names.push_back(person_label(*p));
    }
    return join_names(names, lang);
}

std::string day_heading(const Day& day, Lang lang) {
    std::string h = format_long_date(day.date, lang);
    if (!day.label.empty()) h += h.empty() ? day.label : " – " + day.label;
    return h;
}

std::string role_text(Role role, Lang lang) {
    switch (role) {
        case Role::speaker: return tr(lang, "spreker", "speaker");
        case Role::leader: return tr(lang, "leiding", "leader");
        case Role::moderator: return tr(lang, "gespreksleider", "moderator");
        case Role::host: return tr(lang, "gastheer/-vrouw", "host");
        case Role::other: return tr(lang, "medewerking", "contributor");
    }
    return "";
}

std::string venue_line(const Venue& v) {
    std::vector<std::string> parts;
    for (const std::string* s : {&v.name, &v.address}) if (!s->empty()) parts.push_back(*s);
    std::string city = v.postal_code;
    if (!v.city.empty()) city += (city.empty() ? "" : " ") + v.city;
    if (!city.empty()) parts.push_back(city);
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

const Person* contact_person(const Document& doc) {
    if (const Person* p = find_person(doc, doc.event.registration.contact_person_id)) return p;
    for (const std::string& id : doc.event.contact_ids)
        if (const Person* p = find_person(doc, id)) return p;
    return nullptr;
}

std::string event_title(const Document& doc, Lang lang) {
    return doc.event.title.empty() ? tr(lang, "Programma", "Programme") : doc.event.title;
}

}  // namespace dagdeel::print
