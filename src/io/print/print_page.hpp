// Internal to the print pages: the page frame (head, CSP, shared print CSS),
// escaping, the words both languages need, and the plan flattened into
// slots (an item, or one session of a round) that the programme, room-sign
// and briefing pages group in their own way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/announcement/announcement.hpp"

namespace dagdeel::print {

using Lang = AnnouncementLanguage;

inline const char* tr(Lang lang, const char* nl, const char* en) { return lang == Lang::nl ? nl : en; }

// HTML-escaped, valid UTF-8 (newlines become spaces: print cells are short).
std::string esc(std::string_view text);

// A whole page: doctype, <html lang>, CSP without script, <title>, the
// shared stylesheet plus `css`, and `body` inside <main>.
std::string page(Lang lang, const std::string& title, const std::string& css, const std::string& body);

// One thing happening at a time in a place: an item, or a session of a round.
struct Slot {
    const Day* day = nullptr;
    const Item* item = nullptr;
    const Session* session = nullptr;  // set for a round's session
    Minutes start = 0, end = 0;
    std::string title;                 // with "(o.v.)" / "(vervalt)" in front when not confirmed
    std::string room_id;
    const std::vector<PersonRef>* people = nullptr;
    bool all_rooms = false;
};
// Every day's items in start order, a round expanded into its sessions (a
// round without sessions stays one slot).
std::vector<Slot> slots_of_day(const Day& day, Lang lang);

// "Saskia van Grinsven (Movisie)", "gemeente Groningen".
std::string person_label(const Person& p);
// The leaders/speakers of a slot, "A, B en C"; "" without people.
std::string people_text(const Document& doc, const std::vector<PersonRef>& refs, Lang lang,
                        const std::string& except_id = "");
std::string join_names(const std::vector<std::string>& names, Lang lang);
// "19 juni 2018" with weekday; the day's label when it has no date.
std::string day_heading(const Day& day, Lang lang);
std::string role_text(Role role, Lang lang);
// "Mammoni, Mariaplaats 14, Utrecht".
std::string venue_line(const Venue& v);
// The event's contact: the registration contact, else the first contact.
const Person* contact_person(const Document& doc);
// The event's title, or "Programma" / "Programme" when it has none.
std::string event_title(const Document& doc, Lang lang);

}  // namespace dagdeel::print
