// [SECTION] Fact labels ("Datum:", "Locatie", "Max. deelnemers" ...)
// [SECTION] Venue, price, registration
// [SECTION] Contact block and people
// [SECTION] Facts told in prose (organisers, series, day chair)
#include <algorithm>
#include <cstring>

#include "core/civil_time.hpp"
#include "io/text_import/text_import_internal.hpp"

namespace dagdeel::text_import {

// [SECTION] Fact labels -------------------------------------------------------------------

Fact fact_for_label(std::string_view label) {
    std::string l = strip_trailing(lower(trim(label)), "?:.!");
    if (l.size() > 40) return Fact::none;
    struct L { const char* text; Fact fact; };
    static const L labels[] = {
        {"datum", Fact::date}, {"data", Fact::date}, {"wanneer", Fact::date}, {"date", Fact::date},
        {"dates", Fact::date}, {"when", Fact::date}, {"dag", Fact::date}, {"day", Fact::date},
        {"tijd", Fact::time}, {"tijdstip", Fact::time}, {"tijden", Fact::time}, {"aanvang", Fact::time},
        {"time", Fact::time}, {"times", Fact::time}, {"hours", Fact::time}, {"openingstijden", Fact::time},
        {"locatie", Fact::venue}, {"plaats", Fact::venue}, {"waar", Fact::venue}, {"adres", Fact::venue},
        {"venue", Fact::venue}, {"location", Fact::venue}, {"where", Fact::venue}, {"place", Fact::venue},
        {"address", Fact::venue}, {"plek", Fact::venue},
        {"kosten", Fact::price}, {"prijs", Fact::price}, {"toegang", Fact::price}, {"investering", Fact::price},
        {"deelname", Fact::price}, {"deelnamekosten", Fact::price}, {"entree", Fact::price}, {"tarief", Fact::price},
        {"entrance", Fact::price}, {"fee", Fact::price}, {"price", Fact::price}, {"cost", Fact::price},
        {"costs", Fact::price}, {"admission", Fact::price}, {"ticket", Fact::price}, {"tickets", Fact::price},
        {"max. deelnemers", Fact::capacity}, {"max deelnemers", Fact::capacity}, {"maximaal aantal deelnemers", Fact::capacity},
        {"maximum aantal deelnemers", Fact::capacity}, {"aantal deelnemers", Fact::capacity},
        {"aantal plaatsen", Fact::capacity}, {"capaciteit", Fact::capacity}, {"capacity", Fact::capacity},
        {"max. participants", Fact::capacity}, {"maximum participants", Fact::capacity}, {"places", Fact::capacity},
        {"aanmelden", Fact::registration}, {"aanmelding", Fact::registration}, {"inschrijven", Fact::registration},
        {"inschrijving", Fact::registration}, {"registratie", Fact::registration}, {"opgeven", Fact::registration},
        {"registration", Fact::registration}, {"register", Fact::registration}, {"sign up", Fact::registration},
        {"contact", Fact::contact}, {"contactpersoon", Fact::contact}, {"informatie", Fact::contact},
        {"meer informatie", Fact::contact}, {"more information", Fact::contact}, {"information", Fact::contact},
        {"contact person", Fact::contact}, {"vragen", Fact::contact}, {"questions", Fact::contact},
        {"organisatie", Fact::organisers}, {"organisator", Fact::organisers}, {"organisatoren", Fact::organisers},
        {"georganiseerd door", Fact::organisers}, {"organiser", Fact::organisers}, {"organisers", Fact::organisers},
        {"organizer", Fact::organisers}, {"organizers", Fact::organisers}, {"organised by", Fact::organisers},
        {"organized by", Fact::organisers}, {"in samenwerking met", Fact::organisers},
        {"voor wie", Fact::audience}, {"doelgroep", Fact::audience}, {"for whom", Fact::audience},
        {"audience", Fact::audience}, {"target group", Fact::audience}, {"who is it for", Fact::audience},
        {"dagvoorzitter", Fact::chair}, {"dagvoorzitters", Fact::chair}, {"day chair", Fact::chair},
        {"chair", Fact::chair}, {"moderator", Fact::chair}, {"gespreksleider", Fact::chair},
        {"presentatie", Fact::chair}, {"host", Fact::chair},
        {"aantal dagen", Fact::days_count}, {"number of days", Fact::days_count},
        {"website", Fact::website}, {"web", Fact::website}, {"url", Fact::website}, {"link", Fact::website}};
    for (const L& x : labels)
        if (l == x.text) return x.fact;
    return Fact::none;
}

std::size_t fact_label_end(std::string_view line, Fact& fact) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::string_view::npos;
    if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t') return std::string_view::npos;
    fact = fact_for_label(line.substr(0, colon));
    return fact == Fact::none ? std::string_view::npos : colon;
}

// [SECTION] Venue, price, registration ----------------------------------------------------

namespace {

bool has_digit(std::string_view s) {
    for (char c : s)
        if (c >= '0' && c <= '9') return true;
    return false;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
    return out;
}

// "Mammoni, Mariaplaats 14, Utrecht"; "Fort Vreeswijk 1 in Nieuwegein"; "Mariaplaats 14, 3511 LH Utrecht".
void read_venue(ReaderState& st, std::string_view value, std::size_t line) {
    Venue& v = st.doc.event.venue;
    std::string text = strip_trailing(trim(value), ".");
    const std::string l = lower(text);
    const std::string url = find_url(text);
    if (!url.empty()) {
        v.online_url = url;
        const std::size_t at = text.find(url.substr(url.find("://") + 3));
        if (at != std::string::npos) text = strip_trailing(trim(text.substr(0, at)), " (-–:,");
        if (text.size() >= 8 && lower(text.substr(text.size() - 8)) == "https://") text = trim(text.substr(0, text.size() - 8));
    }
    if (text.empty() || (contains_word(l, "online") && text.size() < 30)) {
        if (v.name.empty()) v.name = text;
        st.mark(line, LineMeaning::venue, "online " + v.online_url);
        return;
    }
    std::vector<std::string> parts;
    for (const std::string& p : split_list(std::string_view(text))) parts.push_back(p);
    // split_list also splits on " en "; a venue rarely has one, but keep "Fort en Museum" whole:
    parts.clear();
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t c = text.find(", ", pos);
        std::string part = trim(std::string_view(text).substr(pos, c == std::string::npos ? std::string::npos : c - pos));
        if (!part.empty()) parts.push_back(part);
        if (c == std::string::npos) break;
        pos = c + 2;
    }
    if (parts.empty()) return;
    // "Fort Vreeswijk 1 in Nieuwegein"
    std::string& last = parts.back();
    if (const std::size_t in = last.rfind(" in "); in != std::string::npos && has_digit(last.substr(0, in))) {
        const std::string city = trim(last.substr(in + 4));
        if (!city.empty() && std::isupper((unsigned char)city[0])) {
            last = trim(last.substr(0, in));
            parts.push_back(city);
        }
    }
    // "3511 LH Utrecht"
    std::string postal, city, address, name, rest;
    auto postal_of = [](const std::string& p) -> std::size_t {
        if (p.size() >= 7 && std::isdigit((unsigned char)p[0]) && std::isdigit((unsigned char)p[1]) &&
            std::isdigit((unsigned char)p[2]) && std::isdigit((unsigned char)p[3])) {
            std::size_t k = 4;
            if (p[k] == ' ') ++k;
            if (k + 2 <= p.size() && std::isalpha((unsigned char)p[k]) && std::isalpha((unsigned char)p[k + 1]) &&
                (k + 2 == p.size() || p[k + 2] == ' '))
                return k + 2;
        }
        return 0;
    };
    std::vector<std::string> others;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string& p = parts[i];
        if (std::size_t n = postal_of(p)) {
            postal = p.substr(0, n);
            city = trim(p.substr(n));
        } else if (address.empty() && has_digit(p) && i > 0) {
            address = p;
        } else if (address.empty() && has_digit(p) && parts.size() > 1) {
            address = p;
        } else {
            others.push_back(p);
        }
    }
    if (city.empty() && !others.empty() && (others.size() > 1 || !address.empty())) {
        city = others.back();
        others.pop_back();
    }
    if (!others.empty()) {
        name = others.front();
        others.erase(others.begin());
    }
    v.name = name;
    v.address = address;
    v.postal_code = postal;
    v.city = city;
    if (!others.empty()) v.directions = join(others, ", ");
    st.mark(line, LineMeaning::venue, join({v.name, v.address, trim(v.postal_code + " " + v.city)}, " | "));
}

void read_price(ReaderState& st, std::string_view value, std::size_t line) {
    Price& p = st.doc.event.price;
    const std::string text = strip_trailing(trim(value), ".");
    p.free = mentions_free(lower(text)) && !find_amount_cents(text);
    if (auto cents = find_amount_cents(text)) p.amount_cents = *cents;
    p.text = text;
    st.mark(line, LineMeaning::price, p.free ? "free" : p.amount_cents ? std::to_string(p.amount_cents / 100) + " EUR" : text);
}

bool has_registration_verb(const std::string& l) {
    for (const char* w : {"aanmelden", "aanmelding", "inschrijven", "inschrijving", "opgeven", "meld je aan",
                          "meld u aan", "meld je nu aan", "registreren", "register", "registration", "sign up",
                          "interesse", "tickets", "reserveren", "reserve"})
        if (l.find(w) != std::string::npos) return true;
    return false;
}

// The name after "via", "bij", "met", "mail", "contact op met": capitalised words.
std::string name_after_keyword(std::string_view text) {
    const std::string l = lower(text);
    for (const char* k : {" via ", " bij ", " met ", "mail ", " contact ", " to ", " with ", "contact op met "}) {
        for (std::size_t at = l.find(k); at != std::string::npos; at = l.find(k, at + 1)) {
            std::size_t b = at + std::strlen(k);
            std::size_t e = b;
            std::string candidate;
            while (e < text.size()) {
                std::size_t w = e;
                while (w < text.size() && text[w] != ' ' && text[w] != ',' && text[w] != '.' && text[w] != ';') ++w;
                const std::string word(text.substr(e, w - e));
                const std::string lw = lower(word);
                if (word.empty() || lw == "of" || lw == "or" || lw == "en" || lw == "and" || lw == "op") break;
                candidate += (candidate.empty() ? "" : " ") + word;
                e = w;
                if (e < text.size() && text[e] != ' ') break;
                ++e;
            }
            if (looks_like_person_name(candidate)) return candidate;
            // "via Eveline Even" followed by more words: try shorter prefixes
            while (candidate.find(' ') != std::string::npos) {
                candidate = candidate.substr(0, candidate.rfind(' '));
                if (looks_like_person_name(candidate)) return candidate;
            }
        }
    }
    return "";
}

}  // namespace

bool read_registration(ReaderState& st, std::string_view raw, std::size_t line) {
    Registration& r = st.doc.event.registration;
    const std::string text = trim(raw);
    const std::string l = lower(text);
    bool found = has_registration_verb(l);
    // Deadline: "vóór dinsdag 5 juni", "uiterlijk 1 maart", "before 5 June", "voor 12-05-2026".
    for (const char* k : {"v\xC3\xB3\xC3\xB3r", "voor", "uiterlijk", "before", "by", "until", "tot", "deadline"}) {
        const std::size_t at = l.find(k);
        if (at == std::string::npos || (at > 0 && std::isalpha((unsigned char)l[at - 1]))) continue;
        const std::size_t from = at + std::strlen(k);
        for (const DateFound& d : find_dates(std::string_view(text).substr(from))) {
            if (d.begin > 20) break;
            st.deadline = d.date;
            found = true;
            break;
        }
        if (st.deadline.month) break;
    }
    const std::string email = find_email(text), phone = find_phone(text), url = find_url(text);
    const std::string name = name_after_keyword(" " + text);
    if (!email.empty()) {
        r.email = lower(email);
        r.method = RegistrationMethod::email;
    }
    if (!url.empty() && email.empty()) {
        r.url = url;
        r.method = RegistrationMethod::link;
    } else if (r.method == RegistrationMethod::none && (contains_word(l, "link") || contains_word(l, "website") ||
                                                        contains_word(l, "formulier") || contains_word(l, "form"))) {
        r.method = RegistrationMethod::link;
    }
    if (!phone.empty() && r.method == RegistrationMethod::none) r.method = RegistrationMethod::phone;
    if (!name.empty()) {
        r.contact_person_id = st.person({name, ""}, email, phone);
        if (r.method == RegistrationMethod::none) r.method = RegistrationMethod::other;
        found = true;
    }
    if (mentions_free(l) && !st.doc.event.price.free && st.doc.event.price.text.empty()) {
        st.doc.event.price.free = true;
        st.doc.event.price.text = contains_word(l, "free") ? "free" : "gratis";
    }
    if (!found && email.empty() && phone.empty() && url.empty()) return false;
    st.registration_notes.push_back(text);
    std::string detail = std::string(to_string(r.method));
    if (st.deadline.month) detail += ", deadline " + std::to_string(st.deadline.day) + "-" + std::to_string(st.deadline.month);
    if (!name.empty()) detail += ", " + name;
    st.mark(line, LineMeaning::registration, detail);
    return true;
}

bool apply_fact(ReaderState& st, Fact fact, std::string_view raw, std::size_t line) {
    const std::string value = trim(raw);
    if (value.empty()) return false;
    switch (fact) {
        case Fact::date: {
            std::vector<DateFound> dates = find_dates(value);
            if (dates.empty()) return false;
            st.dates = dates;
            st.dates_from_fact = true;
            if (auto t = find_time(value); t && t->end && !st.time) st.time = t;
            if (auto d = find_doors_open(value)) st.doors = d;
            st.mark(line, LineMeaning::date, std::to_string(dates.size()) + " date(s)");
            return true;
        }
        case Fact::time: {
            auto t = find_time(value);
            if (!t) return false;
            st.time = t;
            if (auto d = find_doors_open(value); d && *d != t->start) st.doors = d;
            if (!find_dates(value).empty() && st.dates.empty()) st.dates = find_dates(value);
            st.mark(line, LineMeaning::time, format_hhmm(t->start) + (t->end ? "-" + format_hhmm(*t->end) : ""));
            return true;
        }
        case Fact::venue: read_venue(st, value, line); return true;
        case Fact::price: read_price(st, value, line); return true;
        case Fact::capacity: {
            int n = 0;
            for (char c : value) {
                if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
                else if (n) break;
                if (n > 100000) return false;
            }
            if (n <= 0) return false;
            st.doc.event.max_participants = n;
            st.mark(line, LineMeaning::capacity, std::to_string(n));
            return true;
        }
        case Fact::registration:
            if (!read_registration(st, value, line)) {
                st.registration_notes.push_back(value);
                st.mark(line, LineMeaning::registration);
            }
            return true;
        case Fact::contact: {
            const std::string email = find_email(value), phone = find_phone(value);
            std::string who = value;
            for (const std::string& s : {email, phone})
                if (!s.empty())
                    if (std::size_t at = who.find(s); at != std::string::npos) who.erase(at, s.size());
            who = strip_trailing(trim(who), ",;:-() ");
            while (!who.empty() && (who[0] == ',' || who[0] == '('))
                who = trim(std::string_view(who).substr(1));
            const NameOrg p = split_person(who);
            if (p.name.empty() && email.empty() && phone.empty()) return false;
            const std::string id = st.person(p, email, phone);
            if (std::find(st.doc.event.contact_ids.begin(), st.doc.event.contact_ids.end(), id) == st.doc.event.contact_ids.end())
                st.doc.event.contact_ids.push_back(id);
            st.mark(line, LineMeaning::contact, p.name.empty() ? p.organisation : p.name);
            return true;
        }
        case Fact::organisers:
            for (const std::string& o : split_list(value)) st.doc.event.organisers.push_back(o);
            st.mark(line, LineMeaning::organisers, join(st.doc.event.organisers, ", "));
            return true;
        case Fact::audience:
            st.audience.push_back(value);
            st.mark(line, LineMeaning::audience);
            return true;
        case Fact::chair:
            for (const NameOrg& p : split_people(value)) st.chairs.push_back(st.person(p));
            st.mark(line, LineMeaning::chair, value);
            return true;
        case Fact::days_count:
            st.extra_notes.push_back((st.english ? "Number of days: " : "Aantal dagen: ") + value);
            st.mark(line, LineMeaning::date, value);
            return true;
        case Fact::website: {
            const std::string url = find_url(value);
            if (url.empty()) return false;
            st.doc.event.url = url;
            st.mark(line, LineMeaning::link, url);
            return true;
        }
        case Fact::none: break;
    }
    return false;
}

bool read_fact_sentence(ReaderState& st, std::string_view raw, std::size_t line) {
    const std::string text = trim(raw);
    const std::string l = lower(text);
    if (text.size() > 200) return false;
    if (has_registration_verb(l)) return read_registration(st, text, line);
    if (text.size() < 80 && mentions_free(l)) {
        for (const char* w : {"toegang", "deelname", "entree", "admission", "entry", "kosten", "gratis", "free"})
            if (contains_word(l, w)) {
                read_price(st, text, line);
                return true;
            }
    }
    if (text.size() < 100 && find_amount_cents(text)) {
        read_price(st, text, line);
        return true;
    }
    if (text.size() < 80)
        if (auto n = find_max_participants(text); n && (contains_word(l, "deelnemers") || contains_word(l, "participants") ||
                                                         contains_word(l, "plaatsen") || contains_word(l, "personen") ||
                                                         contains_word(l, "places") || contains_word(l, "people"))) {
            st.doc.event.max_participants = *n;
            st.mark(line, LineMeaning::capacity, std::to_string(*n));
            return true;
        }
    return false;
}

// [SECTION] Contact block and people ---------------------------------------------------

std::string ReaderState::person(const NameOrg& who, const std::string& email, const std::string& phone) {
    Person* found = nullptr;
    for (Person& p : doc.people) {
        const bool same_name = !who.name.empty() && lower(p.name) == lower(who.name);
        const bool same_org = who.name.empty() && p.name.empty() && !who.organisation.empty() &&
                              lower(p.organisation) == lower(who.organisation);
        if (same_name || same_org) found = &p;
    }
    if (!found) {
        std::string base = "p-";
        for (char c : lower(who.name.empty() ? who.organisation : who.name)) {
            if (std::isalnum((unsigned char)c)) base += c;
            else if (base.back() != '-') base += '-';
            if (base.size() > 40) break;
        }
        while (base.size() > 2 && base.back() == '-') base.pop_back();
        if (base == "p") base = "p-person";
        std::string id = base;
        for (int n = 2; std::any_of(doc.people.begin(), doc.people.end(), [&](const Person& p) { return p.id == id; }); ++n)
            id = base + "-" + std::to_string(n);
        Person p;
        p.id = id;
        p.name = who.name;
        p.organisation = who.organisation;
        doc.people.push_back(std::move(p));
        found = &doc.people.back();
    }
    if (found->organisation.empty()) found->organisation = who.organisation;
    if (found->email.empty()) found->email = email;
    if (found->phone.empty()) found->phone = phone;
    return found->id;
}

void read_contact_block(ReaderState& st, std::size_t first, std::size_t last) {
    std::string current;  // person id being filled
    for (std::size_t i = first; i < last; ++i) {
        const SourceLine& line = st.lines[i];
        if (st.out[i].meaning != LineMeaning::skipped) continue;
        const std::string& t = line.text;
        const std::string l = lower(t);
        if (line.blank_before && i != first) current.clear();
        const std::string email = find_email(t), phone = find_phone(t), url = find_url(t);
        Person* p = nullptr;
        for (Person& q : st.doc.people)
            if (q.id == current) p = &q;
        const bool only_email = !email.empty() && trim(t).size() <= email.size() + 12;
        const bool only_phone = !phone.empty() && trim(t).size() <= phone.size() + 12;
        if (t.back() == ':' || l.rfind("neem contact", 0) == 0 || l.rfind("please contact", 0) == 0 ||
            l.rfind("contact:", 0) == 0) {
            st.mark(i, LineMeaning::cue);
        } else if (only_email && p) {
            p->email = email;  // as the contact block writes it
            st.mark(i, LineMeaning::contact, email);
        } else if (only_phone && p) {
            if (p->phone.empty()) p->phone = phone;
            st.mark(i, LineMeaning::contact, phone);
        } else if (!url.empty() && t.size() < url.size() + 40 && email.empty()) {
            if (st.doc.event.url.empty()) st.doc.event.url = url;
            st.mark(i, LineMeaning::link, url);
        } else if (looks_like_person_name(t) || (!split_person(t).name.empty() && t.size() < 80)) {
            current = st.person(split_person(t));
            if (std::find(st.doc.event.contact_ids.begin(), st.doc.event.contact_ids.end(), current) ==
                st.doc.event.contact_ids.end())
                st.doc.event.contact_ids.push_back(current);
            st.mark(i, LineMeaning::contact, t);
        } else if (p && t.size() < 60 && p->organisation.empty() && email.empty() && phone.empty()) {
            p->organisation = t;
            st.mark(i, LineMeaning::contact, t);
        } else if (!email.empty() || !phone.empty()) {
            const std::string name = name_after_keyword(" " + t);
            current = st.person({name, ""}, email, phone);
            st.doc.event.contact_ids.push_back(current);
            st.mark(i, LineMeaning::contact, name);
        } else if (read_fact_sentence(st, t, i)) {
        } else {
            st.not_understood(i);
        }
    }
}

// [SECTION] Facts told in prose -------------------------------------------------------

namespace {

// The words after `key` up to the end of the clause.
std::string clause_after(const std::string& text, std::size_t from) {
    std::size_t e = from;
    while (e < text.size() && text[e] != '.' && text[e] != ';' && text[e] != '\n' && text[e] != '(' && text[e] != '?') ++e;
    return trim(std::string_view(text).substr(from, e - from));
}

int ordinal(const std::string& w) {
    static const char* const nl[] = {"eerste", "tweede", "derde", "vierde", "vijfde", "zesde"};
    static const char* const en[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
    for (int i = 0; i < 6; ++i)
        if (w == nl[i] || w == en[i]) return i + 1;
    return 0;
}

void read_series(ReaderState& st, const std::string& text) {
    Series& s = st.doc.event.series;
    const std::string l = lower(text);
    struct C { const char* word; int of; };
    static const C cycles[] = {{"tweeluik", 2}, {"drieluik", 3}, {"vierluik", 4}, {"two-part series", 2},
                               {"three-part series", 3}, {"reeks", 0}, {"serie", 0}, {"series", 0}};
    for (const C& c : cycles) {
        const std::size_t at = l.find(c.word);
        if (at == std::string::npos) continue;
        // "het tweede deel van een tweeluik over X", "de derde bijeenkomst in de reeks"
        const std::size_t sentence = l.rfind('.', at) == std::string::npos ? 0 : l.rfind('.', at) + 1;
        const std::string before = l.substr(sentence, at - sentence);
        int part = 0;
        for (const char* w : {"eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "first", "second", "third",
                              "fourth", "fifth", "sixth"})
            if (const std::size_t p = before.find(w); p != std::string::npos) {
                const std::string after = before.substr(p + std::strlen(w));
                if (after.find("deel") != std::string::npos || after.find("part") != std::string::npos ||
                    after.find("bijeenkomst") != std::string::npos || after.find("meeting") != std::string::npos ||
                    after.find("session") != std::string::npos) {
                    if (before.find("dit " + std::string(c.word)) == std::string::npos &&
                        before.find("eerste bijeenkomst van") == std::string::npos)
                        part = ordinal(w);
                    else if (int k = ordinal(w); k && k != s.part) {
                        // "In de eerste bijeenkomst van dit tweeluik op 13 december 2017 lag de focus op ..."
                        SeriesPart other;
                        other.part = k;
                        other.title = capitalise_first(std::string(w) + (st.english ? " meeting" : " bijeenkomst"));
                        const std::string rest = text.substr(at);
                        auto dates = find_dates(rest);
                        // The sentence stays in the description; its clause after the date reads
                        // badly on its own ("lag de focus op ..."), so no summary is made up.
                        if (!dates.empty() && dates[0].date.year) other.date = dates[0].date;
                        if (std::none_of(s.parts.begin(), s.parts.end(), [&](const SeriesPart& x) { return x.part == k; }))
                            s.parts.push_back(other);
                    }
                }
            }
        if (part && !s.part) {
            s.part = part;
            s.of = c.of;
            if (s.title.empty()) s.title = capitalise_first(clause_after(text, at));
            if (s.id.empty()) s.id = "series-" + st.doc.id;
        }
    }
}

void read_organisers(ReaderState& st, const std::string& text) {
    if (!st.doc.event.organisers.empty()) return;
    const std::string l = lower(text);
    std::string who;
    if (std::size_t at = l.find("georganiseerd door "); at != std::string::npos) who = clause_after(text, at + 19);
    else if (std::size_t at2 = l.find("organised by "); at2 != std::string::npos) who = clause_after(text, at2 + 13);
    else if (std::size_t at3 = l.find("organized by "); at3 != std::string::npos) who = clause_after(text, at3 + 13);
    else if (std::size_t at4 = l.find(" organiseert "); at4 != std::string::npos) {
        // "Op 19 juni organiseert Movisie een bijeenkomst"
        const std::string rest = text.substr(at4 + 13);
        const std::string lr = lower(rest);
        std::size_t end = std::string::npos;
        for (const char* w : {" een ", " de ", " het ", " op ", " in ", " samen "})
            end = std::min(end, lr.find(w));
        if (end != std::string::npos && end < 80) who = trim(rest.substr(0, end));
    }
    if (who.empty() || who.size() > 160) return;
    std::string lw = lower(who);
    for (const char* w : {" in samenwerking met ", " samen met ", " in cooperation with ", " together with ", " with "})
        if (std::size_t at = lw.find(w); at != std::string::npos) {
            who = who.substr(0, at) + ", " + who.substr(at + std::strlen(w));
            lw = lower(who);
        }
    for (const std::string& o : split_list(who))
        if (!o.empty() && std::isupper((unsigned char)o[0])) st.doc.event.organisers.push_back(o);
}

void read_chair(ReaderState& st, const std::string& text) {
    const std::string l = lower(text);
    for (const char* k : {"dagvoorzitter ", "dagvoorzitter is ", "day chair ", "chaired by ", "moderated by ",
                          "gespreksleider ", "onder leiding van "}) {
        const std::size_t at = l.find(k);
        if (at == std::string::npos) continue;
        const std::string name = split_person(clause_after(text, at + std::strlen(k))).name;
        std::string candidate;
        for (const std::string& w : split_list(clause_after(text, at + std::strlen(k)))) {
            candidate = w;
            break;
        }
        const NameOrg p = split_person(candidate);
        if (!p.name.empty()) {
            st.chairs.push_back(st.person(p));
            return;
        }
        (void)name;
    }
}

}  // namespace

void read_prose_facts(ReaderState& st) {
    for (const ReaderState::Para& p : st.body) {
        read_organisers(st, p.text);
        read_series(st, p.text);
        if (st.chairs.empty()) read_chair(st, p.text);
    }
}

}  // namespace dagdeel::text_import
