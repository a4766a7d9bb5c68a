// iCalendar export; see ics_writer.hpp for the promises.
//
// [SECTION] text: escaping, folding, formatting
// [SECTION] planning: which VEVENTs, at which instants
// [SECTION] describing: LOCATION, DESCRIPTION, ORGANIZER, CONTACT
// [SECTION] writing: VCALENDAR, VTIMEZONE, VEVENT
#include "io/ics/ics_writer.hpp"

#include <algorithm>
#include <cstdio>

#include "core/civil_time.hpp"
#include "io/announcement/announcement.hpp"
#include "io/ics/ics_vtimezone_writer.hpp"

namespace dagdeel {

// [SECTION] text: escaping, folding, formatting

namespace {

// Appends `text` escaped as iCalendar TEXT to `out` (the writer reuses one
// buffer: in the browser each allocation is dear, and a big plan's calendar
// prints write thousands of lines).
void escape_text_into(std::string& out, std::string_view text) {
    // Runs of plain characters are appended whole: one call per run, not per
    // character (in the browser build a call may go through JavaScript).
    auto plain = [](unsigned char c) {
        return c != '\\' && c != ';' && c != ',' && (c >= 0x20 || c == '\t') && c != 0x7f;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t run = i;
        while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) ++run;
        out.append(text.data() + i, run - i);
        if (run == text.size()) break;
        i = run;
        const char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
            break;
        case '\n': out += "\\n"; break;
        default: break;  // other control characters are not allowed in TEXT (3.3.11); tab is
        }
        ++i;
    }
}

// Appends `line` folded (RFC 5545 3.1) to `out`.
void fold_line_into(std::string& out, std::string_view line) {
    std::size_t pos = 0;
    std::size_t limit = 75;  // octets on this physical line, the leading space included
    bool first = true;
    while (true) {
        const std::size_t room = first ? limit : limit - 1;
        if (line.size() - pos <= room) {
            if (!first) out += ' ';
            out.append(line.substr(pos));
            out += "\r\n";
            return;
        }
        std::size_t cut = pos + room;
        // Back up to the start of a UTF-8 sequence (never below one octet).
        while (cut > pos + 1 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        if (!first) out += ' ';
        out.append(line.substr(pos, cut - pos));
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    escape_text_into(out, text);
    return out;
}

std::string ics_fold_line(std::string_view line) {
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    fold_line_into(out, line);
    return out;
}

std::string ics_format_utc(UtcSeconds t) {
    long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    long long secs = t - days * 86400;
    const Date d = civil_from_days(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", d.year, d.month, d.day,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
    return buf;
}

std::string ics_format_local(const Date& d, Minutes minutes, int seconds) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d", d.year, d.month, d.day, minutes / 60,
                  minutes % 60, seconds);
    return buf;
}

std::string ics_utc_from_iso(std::string_view iso) {
    std::string out;
    for (char c : iso)
        if (c != '-' && c != ':') out += c;
    return out;
}

std::string ics_uid(const std::string& document_id, const std::string& id, const std::string& sub_id) {
    std::string uid = (document_id.empty() ? std::string("dagdeel") : document_id) + "-" + id;
    if (!sub_id.empty()) uid += "-" + sub_id;
    return uid + "@dagdeel";
}

namespace {

// A URI or cal-address value: no escaping exists, so drop what cannot be in one.
std::string clean_uri(std::string_view s) {
    std::string out;
    for (char c : s)
        if (static_cast<unsigned char>(c) > 0x20 && c != 0x7f && c != '"') out += c;
    return out;
}

// A parameter value, always quoted (3.2: quoted-string has no DQUOTE or controls).
std::string quoted_param(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '\'';
        else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += ' ';
        else out += c;
    }
    return out + "\"";
}

bool dutch(const Document& doc) { return doc.event.language == "nl"; }

// [SECTION] planning: which VEVENTs, at which instants

struct Planned {
    IcsPlannedEvent ev;
    const Day* day = nullptr;
    const Item* item = nullptr;        // null for whole_event
    const Session* session = nullptr;  // set for a session's VEVENT
    Status status = Status::confirmed;
    std::string categories;
};

struct Zone {
    TimeZone tz;
    bool known = true;
};

Zone document_zone(const Document& doc, std::vector<Problem>* problems) {
    if (auto z = find_time_zone(doc.event.time_zone)) return {*z, true};
    if (problems)
        problems->push_back({"event.time_zone",
                             "unknown time zone \"" + doc.event.time_zone + "\": times written as UTC", false});
    return {*time_zone_from_posix("UTC", "UTC0"), false};
}

UtcSeconds instant(const Zone& z, const Date& date, Minutes m) {
    auto r = resolve_local(z.tz, date, m);
    return r ? r->utc : 0;
}

// The instants for [start, end) civil minutes on `date`; end never before start.
void place(const Zone& z, const Day& day, Minutes start, Minutes end, IcsPlannedEvent& ev) {
    ev.start = instant(z, day.date, start);
    ev.end = std::max(ev.start, instant(z, day.date, end));
}

const Session* chosen_session(const Item& round, const IcsOptions& options) {
    if (round.sessions.empty()) return nullptr;
    auto it = options.choices.find(round.id);
    if (it != options.choices.end())
        for (const Session& s : round.sessions)
            if (s.id == it->second) return &s;
    return &round.sessions.front();
}

std::vector<Planned> plan(const Document& doc, const IcsOptions& options, const Zone& z,
                          std::vector<Problem>* problems) {
    std::vector<Planned> out;
    for (std::size_t di = 0; di < doc.days.size(); ++di) {
        const Day& day = doc.days[di];
        if (options.only_day && &day != options.only_day) continue;
        if (!day.date.is_set()) {
            if (problems)
                problems->push_back({"days[" + std::to_string(di) + "].date",
                                     "day without a date: not written to the calendar", false});
            continue;
        }
        if (options.mode == IcsMode::whole_event) {
            // The union of the declared window, the doors and every item.
            Minutes start = day.start, end = day.start;
            bool any = false;
            auto cover = [&](Minutes a, Minutes b) {
                start = any ? std::min(start, a) : a;
                end = any ? std::max(end, b) : b;
                any = true;
            };
            if (day.end > day.start) cover(day.start, day.end);
            if (day.doors_open) cover(*day.doors_open, *day.doors_open);
            int sequence = 0;
            bool all_cancelled = !day.items.empty();
            for (const Item& it : day.items) {
                cover(it.start, it.end());
                sequence += it.revision;
                for (const Session& s : it.sessions) sequence += s.revision;
                if (it.status != Status::cancelled) all_cancelled = false;
            }
            Planned p;
            p.day = &day;
            p.ev.uid = ics_uid(doc.id, day.id.empty() ? format_iso_date(day.date) : day.id);
            p.ev.summary = doc.event.title + (day.label.empty() ? "" : " (" + day.label + ")");
            p.ev.sequence = sequence;
            p.status = all_cancelled ? Status::cancelled : Status::confirmed;
            place(z, day, start, end, p.ev);
            out.push_back(std::move(p));
            continue;
        }
        const std::size_t first = options.only_day ? std::min(options.first_item, day.items.size()) : 0;
        const std::size_t count = options.only_day ? std::min(options.item_count, day.items.size() - first)
                                                   : day.items.size();
        for (std::size_t ii = first; ii < first + count; ++ii) {
            const Item& it = day.items[ii];
            auto add = [&](const Session* s) {
                Planned p;
                p.day = &day;
                p.item = &it;
                p.session = s;
                p.ev.uid = ics_uid(doc.id, it.id, s ? s->id : std::string());
                p.ev.summary = s ? s->title : it.title;
                p.ev.sequence = s ? s->revision : it.revision;
                // A cancelled round cancels its sessions; otherwise the session speaks.
                p.status = s && it.status != Status::cancelled ? s->status : it.status;
                // The kind in words of the plan's language ("Inloop"), never an
                // internal code; a session's kind is its round's, so none.
                p.categories = s ? std::string() : std::string(kind_word(it.kind, doc.event.language));
                // A session that starts later than its round starts later here too.
                const Minutes delay = s ? std::clamp(s->delay, 0, it.duration) : 0;
                place(z, day, it.start + delay, it.end(), p.ev);
                out.push_back(std::move(p));
            };
            if (it.kind == ItemKind::round && !it.sessions.empty()) {
                if (options.mode == IcsMode::personal) add(chosen_session(it, options));
                else
                    for (const Session& s : it.sessions) add(&s);
            } else {
                add(nullptr);
            }
        }
    }
    return out;
}

// [SECTION] describing: LOCATION, DESCRIPTION, ORGANIZER, CONTACT

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const std::string& p : parts)
        if (!p.empty()) out += (out.empty() ? "" : sep) + p;
    return out;
}

std::string location(const Document& doc, const std::string& room_id) {
    const Venue& v = doc.event.venue;
    std::vector<std::string> parts;
    if (const Room* r = find_room(doc, room_id)) parts.push_back(r->name);
    parts.push_back(v.name);
    if (v.address != v.name) parts.push_back(v.address);
    parts.push_back(join({v.postal_code, v.city}, " "));
    return join(parts, ", ");
}

const char* role_label(Role r, bool nl) {
    switch (r) {
    case Role::speaker: return nl ? "Spreker" : "Speaker";
    case Role::leader: return nl ? "Begeleiding" : "Led by";
    case Role::moderator: return nl ? "Moderator" : "Moderator";
    case Role::host: return nl ? "Gastheer/gastvrouw" : "Host";
    case Role::other: break;
    }
    return nl ? "Met" : "With";
}

std::string person_text(const Person& p) {
    if (p.name.empty()) return p.organisation;
    return p.organisation.empty() ? p.name : p.name + " (" + p.organisation + ")";
}

std::string people_lines(const Document& doc, const std::vector<PersonRef>& refs) {
    const bool nl = dutch(doc);
    std::string out;
    for (const PersonRef& ref : refs)
        if (const Person* p = find_person(doc, ref.person_id))
            out += std::string(role_label(ref.role, nl)) + ": " + person_text(*p) + "\n";
    return out;
}

std::string registration_text(const Document& doc) {
    const bool nl = dutch(doc);
    const Registration& r = doc.event.registration;
    std::vector<std::string> parts;
    if (!r.url.empty()) parts.push_back(r.url);
    if (!r.email.empty()) parts.push_back(r.email);
    if (r.deadline.is_set())
        parts.push_back(std::string(nl ? "vóór " : "before ") +
                        format_long_date(r.deadline, nl ? AnnouncementLanguage::nl : AnnouncementLanguage::en, false));
    std::string text = join(parts, ", ");
    if (!r.notes.empty()) text += (text.empty() ? "" : "\n") + r.notes;
    if (text.empty()) return {};
    return std::string(nl ? "Aanmelden: " : "Registration: ") + text;
}

std::string programme_text(const Document& doc, const Day& day) {
    std::string out;
    for (const Item& it : day.items) {
        out += format_hdotmm(it.start) + "-" + format_hdotmm(it.end()) + " " + it.title;
        if (it.status == Status::tentative) out += dutch(doc) ? " (o.v.)" : " (tbc)";
        if (it.status == Status::cancelled) out += dutch(doc) ? " (vervalt)" : " (cancelled)";
        out += "\n";
        for (const Session& s : it.sessions) {
            std::vector<std::string> who;
            for (const PersonRef& ref : s.people)
                if (const Person* p = find_person(doc, ref.person_id)) who.push_back(person_text(*p));
            out += "- " + s.title + (who.empty() ? "" : " (" + join(who, ", ") + ")") + "\n";
        }
    }
    return out;
}

// The registration line goes in the whole-event entry, or else in the first
// entry of the file, not in every entry (it said the same thing ten times).
std::string description(const Document& doc, const Planned& p, bool with_registration) {
    std::vector<std::string> blocks;
    const bool nl = dutch(doc);
    if (!p.item) {
        blocks.push_back(doc.event.intro);
        std::string prog = programme_text(doc, *p.day);
        if (!prog.empty()) blocks.push_back(std::string(nl ? "Programma\n" : "Programme\n") + prog);
    } else if (p.session) {
        blocks.push_back(p.session->description);
        std::string who = people_lines(doc, p.session->people);
        if (!p.item->title.empty())
            who = std::string(nl ? "Onderdeel van: " : "Part of: ") + p.item->title + "\n" + who;
        blocks.push_back(who);
    } else {
        blocks.push_back(p.item->description);
        blocks.push_back(people_lines(doc, p.item->people));
    }
    for (std::string& b : blocks)
        while (!b.empty() && b.back() == '\n') b.pop_back();
    if (with_registration) blocks.push_back(registration_text(doc));
    return join(blocks, "\n\n");
}

const Person* contact_person(const Document& doc) {
    if (const Person* p = find_person(doc, doc.event.registration.contact_person_id)) return p;
    for (const std::string& id : doc.event.contact_ids)
        if (const Person* p = find_person(doc, id)) return p;
    return nullptr;
}

// [SECTION] writing: VCALENDAR, VTIMEZONE, VEVENT

struct Out {
    std::string text;
    std::string l, escaped;  // reused for every line: no allocation per line
    void line(std::string_view name_and_params, std::string_view value) {
        l.clear();
        l.append(name_and_params).append(":").append(value);
        fold_line_into(text, l);
    }
    void text_prop(std::string_view name, std::string_view value) {
        escaped.clear();
        escape_text_into(escaped, value);
        line(name, escaped);
    }
};

void write_vtimezone(Out& o, const Zone& z, int first_year, int last_year) {
    std::vector<VTimezonePart> parts = vtimezone_parts(z.tz, first_year);
    bool expressible = std::all_of(parts.begin(), parts.end(),
                                   [&](const VTimezonePart& p) { return !p.rrule.empty() || !z.tz.rule.has_dst; });
    if (!expressible) {
        // No RRULE for this rule: one onset per year instead (still no RDATE lists).
        parts.clear();
        for (int y = first_year; y <= last_year + 1; ++y)
            for (VTimezonePart& p : vtimezone_parts(z.tz, y)) parts.push_back(std::move(p));
    }
    o.line("BEGIN", "VTIMEZONE");
    o.line("TZID", z.tz.name);
    o.line("X-LIC-LOCATION", z.tz.name);
    for (const VTimezonePart& p : parts) {
        const char* kind = p.daylight ? "DAYLIGHT" : "STANDARD";
        o.line("BEGIN", kind);
        o.line("TZNAME", ics_escape_text(p.tzname));
        o.line("TZOFFSETFROM", format_ical_utc_offset(p.offset_from));
        o.line("TZOFFSETTO", format_ical_utc_offset(p.offset_to));
        o.line("DTSTART", p.dtstart);
        if (!p.rrule.empty()) o.line("RRULE", p.rrule);
        o.line("END", kind);
    }
    o.line("END", "VTIMEZONE");
}

// Local time with TZID, except in the hour that repeats when DST ends: RFC
// 5545 reads such a time as its first occurrence, but parsers differ (pytz-
// based ones take the second), so those instants are written in UTC, which
// every reader takes the same way.
void write_time(Out& o, const char* name, const Zone& z, UtcSeconds t) {
    if (!z.known) return o.line(name, ics_format_utc(t));
    const ZonedTime local = to_local(z.tz, t);
    const auto back = resolve_local(z.tz, local.date, local.minutes);
    if (!back || back->mapping != LocalMapping::unique) return o.line(name, ics_format_utc(t));
    o.line(std::string(name) + ";TZID=" + z.tz.name, ics_format_local(local.date, local.minutes, local.seconds));
}

}  // namespace

std::vector<IcsPlannedEvent> plan_ics_events(const Document& doc, const IcsOptions& options) {
    const Zone z = document_zone(doc, nullptr);
    std::vector<IcsPlannedEvent> out;
    for (Planned& p : plan(doc, options, z, nullptr)) out.push_back(std::move(p.ev));
    return out;
}

IcsWriteResult write_ics(const Document& doc, const IcsOptions& options) {
    IcsWriteResult result;
    const Zone z = document_zone(doc, &result.problems);
    const std::vector<Planned> events = plan(doc, options, z, &result.problems);

    Out o;
    o.line("BEGIN", "VCALENDAR");
    o.line("VERSION", "2.0");
    o.line("PRODID", "-//Dagdeel//Dagdeel planner//" + std::string(dutch(doc) ? "NL" : "EN"));
    o.line("CALSCALE", "GREGORIAN");
    o.line("METHOD", "PUBLISH");
    if (!doc.event.title.empty()) o.text_prop("X-WR-CALNAME", doc.event.title);
    if (z.known) {
        o.line("X-WR-TIMEZONE", z.tz.name);
        int first = 0, last = 0;
        for (const Planned& p : events) {
            const int y = p.day->date.year;
            first = first == 0 ? y : std::min(first, y);
            last = std::max(last, y + 1);  // items past midnight on 31 December
        }
        if (first == 0) first = last = 2000;
        write_vtimezone(o, z, first - 1, last);
    }

    const std::string dtstamp = ics_format_utc(options.dtstamp);
    const Person* contact = contact_person(doc);
    std::string organizer_email = contact && !contact->email.empty() ? contact->email : doc.event.registration.email;
    std::string organizer_name = contact ? person_text(*contact)
                                         : (doc.event.organisers.empty() ? doc.event.title : doc.event.organisers.front());
    organizer_email = clean_uri(organizer_email);
    const std::string url = clean_uri(doc.event.url);

    for (const Planned& p : events) {
        o.line("BEGIN", "VEVENT");
        o.text_prop("UID", p.ev.uid);
        o.line("DTSTAMP", dtstamp);
        o.line("SEQUENCE", std::to_string(p.ev.sequence));
        const std::string& modified = p.session ? p.session->modified : p.item ? p.item->modified : std::string();
        if (!modified.empty()) o.line("LAST-MODIFIED", ics_utc_from_iso(modified));
        write_time(o, "DTSTART", z, p.ev.start);
        write_time(o, "DTEND", z, p.ev.end);
        o.text_prop("SUMMARY", p.ev.summary);
        const std::string loc =
            location(doc, p.session ? p.session->room_id : p.item ? p.item->room_id : std::string());
        if (!loc.empty()) o.text_prop("LOCATION", loc);
        const bool first_of_file = &p == &events.front() && !(options.only_day && options.first_item > 0);
        const std::string desc = description(doc, p, !p.item || first_of_file);
        if (!desc.empty()) o.text_prop("DESCRIPTION", desc);
        o.line("STATUS", p.status == Status::cancelled   ? "CANCELLED"
                         : p.status == Status::tentative ? "TENTATIVE"
                                                         : "CONFIRMED");
        if (!p.categories.empty()) o.text_prop("CATEGORIES", p.categories);
        // iTIP's PUBLISH (RFC 5546 3.2.1) wants exactly one ORGANIZER. Without
        // an e-mail address the value is a URN no mail client will write to.
        o.line("ORGANIZER;CN=" + quoted_param(organizer_name),
               organizer_email.empty() ? std::string("urn:dagdeel:organiser") : "mailto:" + organizer_email);
        if (contact) {
            o.text_prop("CONTACT", join({person_text(*contact), contact->email, contact->phone}, ", "));
        }
        if (!url.empty()) o.line("URL", url);
        o.line("END", "VEVENT");
    }
    o.line("END", "VCALENDAR");
    result.text = std::move(o.text);
    return result;
}

}  // namespace dagdeel
