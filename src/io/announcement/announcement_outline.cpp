// The announcement outline: what an announcement says, in which order and in
// which words (Dutch or English), independent of the output format.
//
// [SECTION] words and dates: announcement_words.cpp
// [SECTION] small text helpers
// [SECTION] the plan's announcement
// [SECTION] a workshop design's announcement
// [SECTION] public entry points
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/civil_time.hpp"
#include "io/announcement/announcement_outline.hpp"
#include "io/announcement/announcement_words.hpp"

namespace dagdeel {

namespace announce {

using words_detail::ordinal;
using words_detail::printf_int;
using words_detail::printf_str;
using words_detail::room_label;
using words_detail::Words;
using words_detail::words;

// [SECTION] small text helpers

namespace {

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

// Text -> spans, with bare http(s) URLs turned into links (trailing
// punctuation stays text).
Line linkify(const std::string& text) {
    Line line;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t a = text.find("http://", pos), b = text.find("https://", pos);
        std::size_t at = std::min(a, b);
        if (at == std::string::npos) break;
        std::size_t end = at;
        while (end < text.size() && !(text[end] == ' ' || text[end] == '\n' || text[end] == '\t' ||
                                      text[end] == '\r' || text[end] == '"' || text[end] == '<' || text[end] == '>'))
            ++end;
        while (end > at && std::string_view(".,;:!?)]'").find(text[end - 1]) != std::string_view::npos) --end;
        if (at > pos) line.push_back({text.substr(pos, at - pos), ""});
        const std::string url = text.substr(at, end - at);
        line.push_back({url, url});
        pos = end;
    }
    if (pos < text.size()) line.push_back({text.substr(pos), ""});
    return line;
}

Line plain(const std::string& text) { return {Span{text, ""}}; }

// Paragraphs separated by blank lines.
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t next = text.find("\n\n", pos);
        std::string part = trim(std::string_view(text).substr(pos, next == std::string::npos ? std::string::npos
                                                                                              : next - pos));
        if (!part.empty()) out.push_back(part);
        if (next == std::string::npos) break;
        pos = next + 2;
    }
    return out;
}

void add_paragraphs(std::vector<Block>& blocks, const std::string& text, BlockKind kind = BlockKind::paragraph) {
    for (const std::string& p : paragraphs(text)) {
        Block b;
        b.kind = kind;
        b.line = linkify(p);
        blocks.push_back(std::move(b));
    }
}

void add_heading(std::vector<Block>& blocks, const std::string& text, int level = 2) {
    Block b;
    b.kind = BlockKind::heading;
    b.level = level;
    b.line = plain(text);
    blocks.push_back(std::move(b));
}

void add_bullets(std::vector<Block>& blocks, const std::vector<std::string>& items) {
    Block b;
    b.kind = BlockKind::bullets;
    for (const std::string& s : items) {
        const std::string t = trim(s);
        if (t.empty()) continue;
        Entry e;
        e.line = linkify(t);
        b.entries.push_back(std::move(e));
    }
    if (!b.entries.empty()) blocks.push_back(std::move(b));
}

std::string join_list(const std::vector<std::string>& parts, AnnouncementLanguage lang) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += (i + 1 == parts.size()) ? std::string(" ") + words(lang).and_ + " " : std::string(", ");
        out += parts[i];
    }
    return out;
}

// "Saskia van Grinsven (Movisie)", "gemeente Groningen", "Chris Sigaloff".
std::string person_label(const Person& p) {
    if (p.name.empty()) return p.organisation;
    if (p.organisation.empty()) return p.name;
    return p.name + " (" + p.organisation + ")";
}

std::string person_name(const Person& p) { return p.name.empty() ? p.organisation : p.name; }

// "(geleid door X en Y)" when all are leaders, "(X en Y)" otherwise; "" without people.
std::string byline(const Document& doc, const std::vector<PersonRef>& refs, AnnouncementLanguage lang) {
    std::vector<std::string> names;
    bool all_leaders = !refs.empty();
    for (const PersonRef& r : refs) {
        const Person* p = find_person(doc, r.person_id);
        if (!p) continue;
        const std::string label = p->name.empty() || p->organisation.empty() ? person_name(*p)
                                                                              : p->name + ", " + p->organisation;
        if (label.empty()) continue;
        names.push_back(label);
        if (r.role != Role::leader) all_leaders = false;
    }
    if (names.empty()) return "";
    if (names.size() > 1 && !all_leaders) return "(" + join_list(names, lang) + ")";
    return std::string("(") + (all_leaders ? std::string(words(lang).led_by) + " " : "") + join_list(names, lang) +
           ")";
}

std::string status_prefix(Status s, AnnouncementLanguage lang) {
    if (s == Status::tentative) return std::string(words(lang).tentative) + " ";
    if (s == Status::cancelled) return std::string(words(lang).cancelled) + " ";
    return "";
}

bool is_short_line(const std::string& s) {
    return !s.empty() && s.size() <= 160 && s.find('\n') == std::string::npos;
}

std::string money(const Price& p, AnnouncementLanguage lang) {
    const std::string symbol = p.currency == "EUR" || p.currency.empty() ? "€" : p.currency;
    const int euros = p.amount_cents / 100, cents = p.amount_cents % 100;
    std::string amount = std::to_string(euros);
    if (cents != 0) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d", cents);
        amount += (lang == AnnouncementLanguage::nl ? "," : ".") + std::string(buf);
    }
    return lang == AnnouncementLanguage::nl ? symbol + " " + amount : symbol + (symbol == "€" ? "" : " ") + amount;
}

bool equals_ignoring_case(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// "Toegang gratis", "Kosten: € 95 incl. lunch", "" when unknown.
Fact price_fact(const Price& price, AnnouncementLanguage lang) {
    const Words& w = words(lang);
    const std::string text = trim(price.text);
    if (price.free) {
        const bool says_only_free = text.empty() || equals_ignoring_case(text, "gratis") ||
                                    equals_ignoring_case(text, "free") || equals_ignoring_case(text, w.admission_free);
        return {"", plain(says_only_free ? std::string(w.admission_free) : std::string(w.admission_free) + " (" + text + ")")};
    }
    if (!text.empty()) return {w.cost, linkify(text)};
    if (price.amount_cents > 0) return {w.cost, plain(money(price, lang))};
    return {"", {}};
}

// [SECTION] the plan's announcement

bool day_has_round(const Day& day) {
    return std::any_of(day.items.begin(), day.items.end(),
                       [](const Item& i) { return i.kind == ItemKind::round && !i.sessions.empty(); });
}

Entry programme_entry(const Document& doc, const Item& item, bool ranges, AnnouncementLanguage lang) {
    Entry e;
    e.item_id = item.id;
    // Only the times the organiser publishes: an item may keep its time out.
    if (!item.time_hidden)
        e.time = ranges ? format_announcement_range(item.start, item.end(), lang) : format_announcement_time(item.start, lang);
    std::string title = status_prefix(item.status, lang) + item.title;
    const bool has_sessions = item.kind == ItemKind::round && !item.sessions.empty();
    const std::string by = byline(doc, item.people, lang);
    if (!by.empty()) title += " " + by;
    if (has_sessions && !title.empty() && title.back() != ':') title += ":";
    e.line = linkify(title);
    for (const std::string& p : paragraphs(item.description)) e.notes.push_back(linkify(p));
    for (const Session& s : item.sessions) {
        Entry c;
        c.item_id = item.id;
        c.session_id = s.id;
        std::string line = status_prefix(s.status, lang) + s.title;
        const std::string description = trim(s.description);
        const bool description_is_byline = is_short_line(description);
        if (description_is_byline)
            line += " (" + description + ")";
        else {
            const std::string by_s = byline(doc, s.people, lang);
            if (!by_s.empty()) line += " " + by_s;
        }
        if (const Room* room = find_room(doc, s.room_id); room && !room->name.empty())
            line += " – " + room_label(room->name, lang);
        // A session that starts later than its round says so, unless the round's time is kept out.
        if (s.delay > 0 && !item.time_hidden)
            line += std::string(lang == AnnouncementLanguage::nl ? " (vanaf " : " (from ") +
                    format_announcement_time(item.start + s.delay, lang) + ")";
        c.line = linkify(line);
        if (!description_is_byline)
            for (const std::string& p : paragraphs(description)) c.notes.push_back(linkify(p));
        e.children.push_back(std::move(c));
    }
    return e;
}

void add_programme(std::vector<Block>& blocks, const Document& doc, const AnnouncementOptions& opt) {
    const AnnouncementLanguage lang = opt.language;
    std::vector<const Day*> days;
    for (const Day& d : doc.days)
        if (!d.items.empty()) days.push_back(&d);
    if (days.empty()) return;
    add_heading(blocks, words(lang).programme);
    for (const Day* day : days) {
        if (days.size() > 1) {
            std::string heading = format_long_date(day->date, lang);
            if (!day->label.empty()) heading += heading.empty() ? day->label : " – " + day->label;
            if (heading.empty()) heading = day->id;
            add_heading(blocks, heading, 3);
        }
        const bool ranges = opt.times == ProgrammeTimes::range ||
                            (opt.times == ProgrammeTimes::automatic && !day_has_round(*day));
        Block b;
        b.kind = BlockKind::programme;
        std::vector<const Item*> items;
        for (const Item& i : day->items) items.push_back(&i);
        std::stable_sort(items.begin(), items.end(), [](const Item* a, const Item* b) { return a->start < b->start; });
        for (const Item* i : items) b.entries.push_back(programme_entry(doc, *i, ranges, lang));
        blocks.push_back(std::move(b));
    }
}

std::string venue_text(const Venue& v) {
    std::vector<std::string> parts;
    for (const std::string* s : {&v.name, &v.address}) {
        const std::string t = trim(*s);
        if (!t.empty()) parts.push_back(t);
    }
    std::string city = trim(trim(v.postal_code) + " " + trim(v.city));
    if (!city.empty()) parts.push_back(city);
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

// "Aanmelden vóór dinsdag 5 juni via Eveline Even, e.even@movisie.nl."
Line registration_line(const Document& doc, AnnouncementLanguage lang) {
    const Words& w = words(lang);
    const Registration& r = doc.event.registration;
    const Person* contact = find_person(doc, r.contact_person_id);
    const bool has_any = r.deadline.is_set() || contact || !r.email.empty() || !r.url.empty();
    if (!has_any) return {};
    Line line;
    std::string text = w.register_;
    if (r.deadline.is_set()) {
        const Day* first = nullptr;
        for (const Day& d : doc.days)
            if (d.date.is_set()) {
                first = &d;
                break;
            }
        const bool same_year = first && first->date.year == r.deadline.year;
        text += std::string(" ") + w.before + " " + format_long_date(r.deadline, lang, true, !same_year);
    }
    std::vector<Span> via;
    if (contact && !person_name(*contact).empty()) via.push_back({person_name(*contact), ""});
    if (!r.email.empty()) via.push_back({r.email, "mailto:" + r.email});
    if (r.method == RegistrationMethod::phone && contact && !contact->phone.empty())
        via.push_back({contact->phone, ""});
    if (!r.url.empty()) via.push_back({r.url, r.url});
    if (!via.empty()) text += std::string(" ") + w.via + " ";
    line.push_back({text, ""});
    for (std::size_t i = 0; i < via.size(); ++i) {
        if (i > 0) line.push_back({", ", ""});
        line.push_back(via[i]);
    }
    line.push_back({".", ""});
    return line;
}

// Notes that name the registration's own e-mail address or link say again
// what the registration line says (the seed's notes are that line as the
// organiser typed it): printed once, as the line.
bool restates_registration(const std::string& notes, const Registration& r) {
    auto mentions = [&](const std::string& what) {
        if (what.empty()) return false;
        std::string a = notes, b = what;
        for (char& c : a) c = (char)std::tolower((unsigned char)c);
        for (char& c : b) c = (char)std::tolower((unsigned char)c);
        return a.find(b) != std::string::npos;
    };
    return mentions(r.email) || mentions(r.url);
}

void add_practical(std::vector<Block>& blocks, const Document& doc, AnnouncementLanguage lang) {
    const Words& w = words(lang);
    Block b;
    b.kind = BlockKind::facts;
    std::vector<const Day*> dated;
    for (const Day& d : doc.days)
        if (d.date.is_set()) dated.push_back(&d);
    auto time_text = [&](const Day& d) {
        std::string t = lang == AnnouncementLanguage::nl ? format_hdotmm(d.start) + "-" + format_hdotmm(d.end) + " uur"
                                                         : format_announcement_time(d.start, lang) + "-" +
                                                               format_announcement_time(d.end, lang);
        if (d.doors_open && *d.doors_open < d.start)
            t += " " + printf_str(w.doors_open, format_announcement_time(*d.doors_open, lang));
        return t;
    };
    const bool has_times = [&] {
        for (const Day* d : dated)
            if (d->end > d->start) return true;
        return false;
    }();
    if (dated.size() == 1) {
        b.facts.push_back({w.date, plain(format_long_date(dated[0]->date, lang))});
        if (has_times) b.facts.push_back({w.time, plain(time_text(*dated[0]))});
    } else if (dated.size() > 1) {
        for (const Day* d : dated) {
            std::string v = format_long_date(d->date, lang);
            if (d->end > d->start) v += ", " + time_text(*d);
            b.facts.push_back({w.date, plain(v)});
        }
    }
    const std::string venue = venue_text(doc.event.venue);
    if (!venue.empty()) b.facts.push_back({w.venue, linkify(venue)});
    if (!trim(doc.event.venue.directions).empty()) b.facts.push_back({"", linkify(trim(doc.event.venue.directions))});
    if (!doc.event.venue.online_url.empty())
        b.facts.push_back({w.online, Line{Span{doc.event.venue.online_url, doc.event.venue.online_url}}});
    if (Fact price = price_fact(doc.event.price, lang); !price.value.empty()) b.facts.push_back(std::move(price));
    if (doc.event.max_participants > 0)
        b.facts.push_back({"", plain(printf_int(w.max_participants, doc.event.max_participants))});
    if (!doc.event.organisers.empty()) b.facts.push_back({w.organisers, plain(join_list(doc.event.organisers, lang))});
    Line reg = registration_line(doc, lang);
    const std::string notes = trim(doc.event.registration.notes);
    if (!reg.empty()) b.facts.push_back({"", reg});
    if (!notes.empty() && notes != line_text(reg) && !restates_registration(notes, doc.event.registration))
        b.facts.push_back({"", linkify(notes)});
    if (b.facts.empty()) return;
    add_heading(blocks, w.practical);
    blocks.push_back(std::move(b));
}

void add_contact_lines(std::vector<Block>& blocks, const Document& doc, const std::vector<std::string>& ids) {
    for (const std::string& id : ids) {
        const Person* p = find_person(doc, id);
        if (!p) continue;
        Block b;
        b.kind = BlockKind::lines;
        if (!person_name(*p).empty()) b.lines.push_back(plain(p->name.empty() ? p->organisation
                                                                               : person_label(*p)));
        // One spelling per address: the registration's when it is the same
        // address written differently ("E.Even@" and "e.even@").
        const std::string& reg_email = doc.event.registration.email;
        const std::string& email = equals_ignoring_case(p->email, reg_email) ? reg_email : p->email;
        if (!email.empty()) b.lines.push_back(Line{Span{email, "mailto:" + email}});
        if (!p->phone.empty()) b.lines.push_back(plain(p->phone));
        if (!b.lines.empty()) blocks.push_back(std::move(b));
    }
}

void add_more_info(std::vector<Block>& blocks, const Document& doc, AnnouncementLanguage lang) {
    const Words& w = words(lang);
    std::vector<Block> body;
    if (!doc.event.url.empty()) {
        Block b;
        b.kind = BlockKind::paragraph;
        b.line = {Span{std::string(w.website) + ": ", ""}, Span{doc.event.url, doc.event.url}};
        body.push_back(std::move(b));
    }
    bool any_contact = false;
    for (const std::string& id : doc.event.contact_ids) any_contact |= find_person(doc, id) != nullptr;
    if (any_contact) {
        Block b;
        b.kind = BlockKind::paragraph;
        b.line = plain(w.contact_us);
        body.push_back(std::move(b));
        add_contact_lines(body, doc, doc.event.contact_ids);
    }
    if (body.empty()) return;
    add_heading(blocks, w.more_info);
    for (Block& b : body) blocks.push_back(std::move(b));
}

void add_series(std::vector<Block>& blocks, const Document& doc, AnnouncementLanguage lang) {
    const Series& s = doc.event.series;
    if (s.part <= 0 && s.parts.empty()) return;
    const bool nl = lang == AnnouncementLanguage::nl;
    const std::string of_this = s.of == 2 ? (nl ? "dit tweeluik" : "this two-part series")
                                : s.of == 3 ? (nl ? "dit drieluik" : "this three-part series")
                                            : (nl ? "deze reeks" : "this series");
    std::vector<SeriesPart> parts = s.parts;
    std::stable_sort(parts.begin(), parts.end(), [](const SeriesPart& a, const SeriesPart& b) { return a.part < b.part; });
    for (const SeriesPart& p : parts) {
        std::string text = nl ? "In de " + ordinal(p.part, lang) + " bijeenkomst van " + of_this
                              : "In the " + ordinal(p.part, lang) + " meeting of " + of_this;
        if (p.date.is_set()) text += (nl ? " op " : " on ") + format_long_date(p.date, lang, false);
        const std::string summary = trim(p.summary);
        if (!summary.empty())
            text += ": " + summary;
        else
            text += (p.title.empty() ? "" : " (" + p.title + ")") + ".";
        Block b;
        b.kind = BlockKind::paragraph;
        b.line = linkify(text);
        blocks.push_back(std::move(b));
    }
    if (s.part > 0 && s.of > 0) {
        std::string text = printf_int(words(lang).series_part, s.part, s.of);
        if (!trim(s.title).empty()) text += ": " + trim(s.title);
        text += ".";
        Block b;
        b.kind = BlockKind::paragraph;
        b.line = linkify(text);
        blocks.push_back(std::move(b));
    }
}

// [SECTION] a workshop design's announcement

void add_design_facts(std::vector<Block>& blocks, const WorkshopDesign& d, AnnouncementLanguage lang) {
    const Words& w = words(lang);
    Block b;
    b.kind = BlockKind::facts;
    b.facts.push_back({w.format, plain(d.format == WorkshopFormat::in_company ? w.in_company : w.open)});
    if (!d.target_groups.empty()) {
        std::string groups;
        for (const std::string& g : d.target_groups) groups += (groups.empty() ? "" : ", ") + g;
        b.facts.push_back({w.target_groups, plain(groups)});
    }
    if (d.max_participants > 0) b.facts.push_back({w.max_participants_label, plain(std::to_string(d.max_participants))});
    if (d.days > 0) b.facts.push_back({w.days, plain(std::to_string(d.days))});
    if (d.duration > 0) {
        const int h = d.duration / 60, m = d.duration % 60;
        std::string v = lang == AnnouncementLanguage::nl
                            ? (h ? std::to_string(h) + " uur" : "") + (m ? std::string(h ? " " : "") + std::to_string(m) + " min" : "")
                            : (h ? std::to_string(h) + (h == 1 ? " hour" : " hours") : "") +
                                  (m ? std::string(h ? " " : "") + std::to_string(m) + " min" : "");
        b.facts.push_back({w.duration, plain(v)});
    }
    const std::string text = trim(d.price.text);
    if (!text.empty())
        b.facts.push_back({w.investment, linkify(text)});
    else if (d.price.free)
        b.facts.push_back({w.investment, plain(w.free)});
    else if (d.price.amount_cents > 0)
        b.facts.push_back({w.investment, plain(money(d.price, lang))});
    add_heading(blocks, w.at_a_glance);
    blocks.push_back(std::move(b));
}

}  // namespace

std::string line_text(const Line& line) {
    std::string out;
    for (const Span& s : line) out += s.text;
    return out;
}

namespace {

// One item (a round with its sessions) as a one-entry programme, no title.
Outline outline_for_item(const Document& doc, const AnnouncementOptions& opt) {
    Outline o;
    o.language = opt.language;
    for (const Day& day : doc.days)
        for (const Item& item : day.items) {
            if (item.id != opt.item_id) continue;
            const bool ranges = opt.times == ProgrammeTimes::range ||
                                (opt.times == ProgrammeTimes::automatic && !day_has_round(day));
            Block b;
            b.kind = BlockKind::programme;
            b.entries.push_back(programme_entry(doc, item, ranges, opt.language));
            o.blocks.push_back(std::move(b));
            return o;
        }
    return o;
}

}  // namespace

Outline outline_for_document(const Document& doc, const AnnouncementOptions& opt) {
    if (opt.part == AnnouncementPart::item) return outline_for_item(doc, opt);
    const AnnouncementLanguage lang = opt.language;
    const Words& w = words(lang);
    Outline o;
    o.language = lang;
    o.title = trim(doc.event.title);
    {
        std::vector<std::string> dates;
        for (const Day& d : doc.days)
            if (d.date.is_set()) dates.push_back(format_long_date(d.date, lang, false));
        o.dateline = join_list(dates, lang);
    }
    if (opt.part == AnnouncementPart::programme) {
        add_programme(o.blocks, doc, opt);
        return o;
    }
    o.subtitle = trim(doc.event.subtitle);
    add_paragraphs(o.blocks, doc.event.intro, BlockKind::lead);
    add_paragraphs(o.blocks, doc.event.description);
    if (!doc.event.learning_goals.empty()) {
        add_heading(o.blocks, w.what_to_expect);
        add_bullets(o.blocks, doc.event.learning_goals);
    }
    if (!doc.event.key_questions.empty()) {
        add_heading(o.blocks, w.questions);
        add_bullets(o.blocks, doc.event.key_questions);
    }
    if (!trim(doc.event.audience).empty()) {
        add_heading(o.blocks, w.for_whom);
        add_paragraphs(o.blocks, doc.event.audience);
    }
    add_programme(o.blocks, doc, opt);
    add_practical(o.blocks, doc, lang);
    add_more_info(o.blocks, doc, lang);
    add_series(o.blocks, doc, lang);
    add_paragraphs(o.blocks, doc.event.licence, BlockKind::small);
    return o;
}

Outline outline_for_design(const Document& doc, const WorkshopDesign& d, const AnnouncementOptions& opt) {
    const AnnouncementLanguage lang = opt.language;
    const Words& w = words(lang);
    Outline o;
    o.language = lang;
    o.title = trim(d.title);
    add_paragraphs(o.blocks, d.pitch, BlockKind::lead);
    add_design_facts(o.blocks, d, lang);
    if (!trim(d.description).empty())
        add_heading(o.blocks, lang == AnnouncementLanguage::nl ? "Over deze workshop" : "About this workshop");
    add_paragraphs(o.blocks, d.description);
    if (!d.learning_questions.empty()) {
        Block b;
        b.kind = BlockKind::paragraph;
        b.line = plain(w.design_questions);
        o.blocks.push_back(std::move(b));
        add_bullets(o.blocks, d.learning_questions);
    }
    bool any_trainer = false;
    for (const std::string& id : d.trainer_ids) any_trainer |= find_person(doc, id) != nullptr;
    if (!trim(d.trainer_profile).empty() || any_trainer) {
        add_heading(o.blocks, w.trainers);
        add_paragraphs(o.blocks, d.trainer_profile);
        std::vector<std::string> names;
        for (const std::string& id : d.trainer_ids)
            if (const Person* p = find_person(doc, id); p && !person_label(*p).empty()) names.push_back(person_label(*p));
        if (!names.empty()) add_bullets(o.blocks, names);
    }
    const bool has_contact = !trim(d.contact).empty() || !doc.event.contact_ids.empty();
    if (has_contact) {
        add_heading(o.blocks, w.contact);
        add_paragraphs(o.blocks, d.contact);
        add_contact_lines(o.blocks, doc, doc.event.contact_ids);
    }
    return o;
}

}  // namespace announce

// [SECTION] public entry points

namespace {
std::string render(const announce::Outline& o, AnnouncementFormat format) {
    switch (format) {
        case AnnouncementFormat::markdown: return announce::render_markdown(o);
        case AnnouncementFormat::text: return announce::render_text(o);
        case AnnouncementFormat::html: return announce::render_html(o);
    }
    return {};
}
}  // namespace

std::string write_announcement(const Document& doc, AnnouncementFormat format, const AnnouncementOptions& options) {
    return render(announce::outline_for_document(doc, options), format);
}

std::string write_design_announcement(const Document& doc, const WorkshopDesign& design, AnnouncementFormat format,
                                      const AnnouncementOptions& options) {
    return render(announce::outline_for_design(doc, design, options), format);
}

}  // namespace dagdeel
