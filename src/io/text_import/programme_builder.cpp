// [SECTION] One programme line -> an item, a round's session, a day heading
// [SECTION] Titles and the people in them ("X door Y", "Y over X", "X (geleid door Y)")
// [SECTION] Durations for items printed without an end, then the days
#include <algorithm>
#include <cstring>

#include "core/civil_time.hpp"
#include "core/reflow.hpp"
#include "io/text_import/text_import_internal.hpp"

namespace dagdeel::text_import {

namespace {

// [SECTION] Titles and people ------------------------------------------------------------

bool looks_like_people(std::string_view s) {
    const std::string t = trim(s);
    if (t.empty() || t.size() > 120) return false;
    for (const NameOrg& p : split_people(t)) {
        if (!p.name.empty()) continue;
        // An organisation: one or a few words, capitalised or with an organisation word.
        const std::string& o = p.organisation;
        std::size_t words = 1;
        for (char c : o) words += c == ' ';
        if (words > 6 || o.empty()) return false;
        if (!std::isupper((unsigned char)o[0]) && lower(o).find("gemeente") == std::string::npos &&
            lower(o).find("griffie") == std::string::npos)
            return false;
    }
    return true;
}

// Role words before a name: "dagvoorzitter Jan Jansen".
Role take_role_word(std::string& who, Role fallback) {
    const std::string l = lower(who);
    for (const char* w : {"dagvoorzitter ", "day chair ", "moderator ", "gespreksleider ", "chair "})
        if (l.rfind(w, 0) == 0) {
            who = trim(std::string_view(who).substr(std::strlen(w)));
            return Role::moderator;
        }
    return fallback;
}

struct Parsed {
    std::string title, description;
    std::vector<NameOrg> people;
    Role role = Role::speaker;
    bool by_sentence = false;  // "X door Y" / "Y over X": keep the sentence as description
    std::string room;
};

// The people in a title and the title without them.
Parsed parse_title(std::string text, bool session) {
    Parsed r;
    r.role = session ? Role::leader : Role::speaker;
    const std::string original = text;
    // Columns from a table: "Title<TAB>Speaker<TAB>Room"
    if (const std::size_t tab = text.find('\t'); tab != std::string::npos) {
        std::vector<std::string> cols;
        std::size_t pos = 0;
        while (pos <= text.size()) {
            const std::size_t t = text.find('\t', pos);
            std::string c = trim(std::string_view(text).substr(pos, t == std::string::npos ? std::string::npos : t - pos));
            if (!c.empty()) cols.push_back(c);
            if (t == std::string::npos) break;
            pos = t + 1;
        }
        if (cols.size() >= 2) {
            text = cols[0];
            for (std::size_t i = 1; i < cols.size(); ++i) {
                const std::string lc = lower(cols[i]);
                if (lc.rfind("zaal", 0) == 0 || lc.rfind("room", 0) == 0 || lc.rfind("ruimte", 0) == 0) r.room = cols[i];
                else if (r.people.empty() && looks_like_people(cols[i])) r.people = split_people(cols[i]);
                else r.description += (r.description.empty() ? "" : "\n") + cols[i];
            }
        } else if (!cols.empty()) {
            text = cols[0];
        }
    }
    text = strip_trailing(text, " .");
    // "(geleid door X)" / "(led by X)" / "(o.l.v. X)" / "(door X)" / "(met X)"
    if (!text.empty() && text.back() == ')') {
        const std::size_t open = text.rfind('(');
        if (open != std::string::npos) {
            const std::string inner = trim(std::string_view(text).substr(open + 1, text.size() - open - 2));
            const std::string li = lower(inner);
            for (const char* k : {"geleid door ", "led by ", "o.l.v. ", "olv ", "door ", "by ", "met ", "with ",
                                  "onder leiding van "}) {
                if (li.rfind(k, 0) != 0) continue;
                std::string who = trim(std::string_view(inner).substr(std::strlen(k)));
                r.role = take_role_word(who, session || std::strcmp(k, "geleid door ") == 0 || std::strcmp(k, "led by ") == 0
                                                 ? Role::leader : r.role);
                r.people = split_people(who);
                r.title = trim(std::string_view(text).substr(0, open));
                if (session) r.description = inner;
                return r;
            }
            const std::string lin = lower(inner);
            if (lin.rfind("zaal", 0) == 0 || lin.rfind("room", 0) == 0 || lin.rfind("ruimte", 0) == 0) {
                r.room = inner;
                text = trim(std::string_view(text).substr(0, open));
            } else if (looks_like_people(inner) && open > 0 && (looks_like_person_name(split_people(inner).front().name) ||
                                                                 session)) {
                r.people = split_people(inner);
                r.title = trim(std::string_view(text).substr(0, open));
                return r;
            }
        }
    }
    const std::string l = lower(text);
    // "welkomstwoord door Saskia van Grinsven van Movisie", "Keynote by Jane Doe"
    for (const char* k : {" door ", " by ", " o.l.v. ", " onder leiding van ", " geleid door ", " met "}) {
        const std::size_t at = l.rfind(k);
        if (at == std::string::npos || at == 0) continue;
        std::string who = trim(std::string_view(text).substr(at + std::strlen(k)));
        const Role role = take_role_word(who, std::strcmp(k, " geleid door ") == 0 ? Role::leader : r.role);
        if (!looks_like_people(who) || (std::strcmp(k, " met ") == 0 && !looks_like_person_name(split_person(who).name)))
            continue;
        r.people = split_people(who);
        r.role = role;
        r.title = capitalise_first(trim(std::string_view(text).substr(0, at)));
        r.by_sentence = true;
        r.description = original;
        return r;
    }
    // "Monique de Beer over het initiatief Fort Vreeswijk", "Jane Doe on open data"
    for (const char* k : {" over ", " on ", " about "}) {
        const std::size_t at = l.find(k);
        if (at == std::string::npos || at == 0) continue;
        const std::string who = trim(std::string_view(text).substr(0, at));
        if (!looks_like_person_name(split_person(who).name)) continue;
        r.people = split_people(who);
        r.title = capitalise_first(trim(std::string_view(text).substr(at + std::strlen(k))));
        r.by_sentence = true;
        r.description = original;
        return r;
    }
    // "Title – Jan Jansen (Org)", "Title | Jan Jansen", "Jan Jansen: Title"
    for (const char* k : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " - "}) {
        const std::size_t at = text.rfind(k);
        if (at == std::string::npos || at == 0) continue;
        const std::string who = trim(std::string_view(text).substr(at + std::strlen(k)));
        if (!looks_like_person_name(split_person(who).name) && !(session && looks_like_people(who))) continue;
        r.people = split_people(who);
        r.title = trim(std::string_view(text).substr(0, at));
        return r;
    }
    if (const std::size_t colon = text.find(": "); colon != std::string::npos && colon < 60) {
        const std::string who = text.substr(0, colon);
        if (looks_like_person_name(split_person(who).name)) {
            r.people = split_people(who);
            r.title = capitalise_first(trim(std::string_view(text).substr(colon + 2)));
            return r;
        }
    }
    r.title = capitalise_first(text);
    return r;
}

bool is_long_prose(const SourceLine& line) {
    const std::string& t = line.text;
    if (t.size() > 160) return true;
    int sentences = 0;
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && t[i + 1] == ' ') ++sentences;
    return sentences >= 2 || (t.size() > 110 && t.back() == '.');
}

PDay& current_day(ReaderState& st) {
    if (st.days.empty()) st.days.emplace_back();
    return st.days.back();
}

PItem* last_item(ReaderState& st) {
    if (st.days.empty() || st.days.back().items.empty()) return nullptr;
    return &st.days.back().items.back();
}

std::string item_detail(const PItem& it) {
    std::string d;
    if (it.start) d += format_hhmm(*it.start);
    if (it.end) d += "-" + format_hhmm(*it.end);
    d += (d.empty() ? "" : " ") + std::string(to_string(it.kind)) + " \xE2\x80\x9C" + it.title + "\xE2\x80\x9D";
    for (const NameOrg& p : it.people) d += ", " + (p.name.empty() ? p.organisation : p.name);
    return d;
}

void add_session(ReaderState& st, PItem& round, std::string text, std::size_t i) {
    PSession s;
    s.mark = take_status_mark(text);
    Parsed p = parse_title(text, true);
    s.title = p.title;
    s.people = p.people;
    s.room = p.room;
    s.description = p.by_sentence ? "" : p.description;
    if (p.by_sentence) {
        // "Samen plannen door gemeente X": keep "geleid door X" so the announcement reads the same.
        s.description = "";
    }
    std::string detail = "\xE2\x80\x9C" + s.title + "\xE2\x80\x9D";
    for (const NameOrg& n : s.people) detail += ", " + (n.name.empty() ? n.organisation : n.name);
    if (s.mark == Mark::tentative) detail += " (tentative)";
    round.sessions.push_back(std::move(s));
    st.mark(i, LineMeaning::session, detail);
}

}  // namespace

// [SECTION] One programme line ------------------------------------------------------------

bool read_programme_line(ReaderState& st, std::size_t i) {
    const SourceLine& line = st.lines[i];
    std::string text = line.text;
    PItem* prev = last_item(st);
    const bool in_round = prev && prev->kind == ItemKind::round;

    auto time = leading_time(text);
    if (time && time->finish >= text.size()) {  // a time alone on its line: for the next line
        st.pending_time = time;
        st.mark(i, LineMeaning::programme_item, format_hhmm(time->start));
        return true;
    }
    if (!time && st.pending_time) {
        time = st.pending_time;
        time->finish = 0;
    }
    st.pending_time.reset();
    // A day heading inside the programme: "Dinsdag 3 maart 2026", "Dag 2 – 4 maart".
    if (!time && text.size() <= 70 && !line.bullet) {
        const auto dates = find_dates(text);
        const std::string ll = lower(text);
        const bool mostly_date = !dates.empty() && text.size() - (dates.back().finish - dates.front().begin) <= 25;
        if (mostly_date || (!dates.empty() && (ll.rfind("dag ", 0) == 0 || ll.rfind("day ", 0) == 0))) {
            if (!st.days.empty() && (st.days.back().items.size() || st.days.back().date.month)) st.days.emplace_back();
            PDay& d = current_day(st);
            d.date = dates[0].date;
            if (ll.find("dag ") != std::string::npos || ll.find("day ") != std::string::npos ||
                ll.find("deel") != std::string::npos || ll.find("bijeenkomst") != std::string::npos)
                d.label = text;
            st.mark(i, LineMeaning::date, format_iso_date(Date{d.date.year ? d.date.year : 2000, d.date.month, d.date.day}).substr(5));
            return true;
        }
    }
    if (!time) {
        // Times at the end: "Workshopronde 1 (11.00 – 12.00 uur)".
        if (auto t = find_time(text); t && t->end && t->finish + 2 >= text.size() && t->begin > 3) {
            std::size_t cut = t->begin;
            while (cut > 0 && std::strchr(" (,:-", text[cut - 1])) --cut;
            time = t;
            time->finish = 0;
            text = text.substr(0, cut);
        }
    }
    if (time && time->finish > 0) text = trim(std::string_view(text).substr(time->finish));
    if (!time) {
        // Registration, contact or a link after the programme ends it.
        const std::string l = lower(text);
        if (line.blank_before && (!find_email(text).empty() || !find_url(text).empty() || !find_phone(text).empty() ||
                                  l.find("aanmelden") != std::string::npos || l.find("inschrijven") != std::string::npos ||
                                  l.find("register") != std::string::npos))
            return false;
        if (is_long_prose(line)) {
            if (line.blank_before || !prev) return false;
            prev->description += (prev->description.empty() ? "" : "\n\n") + text;
            st.mark(i, LineMeaning::description, "");
            return true;
        }
        const bool session_like = in_round && (line.bullet || kind_for_title(text) == ItemKind::other ||
                                               kind_for_title(text) == ItemKind::workshop ||
                                               kind_for_title(text) == ItemKind::discussion);
        if (session_like) {
            add_session(st, *prev, text, i);
            return true;
        }
        if (line.bullet && prev && prev->ends_with_colon) {
            prev->description += (prev->description.empty() ? "" : "\n") + std::string("\xE2\x80\xA2 ") + text;
            st.mark(i, LineMeaning::description);
            return true;
        }
    }
    // "Dagvoorzitter: Jan Jansen" inside the programme
    Fact fact = Fact::none;
    if (std::size_t colon = fact_label_end(text, fact); colon != std::string_view::npos && fact == Fact::chair && !time)
        return apply_fact(st, fact, std::string_view(text).substr(colon + 1), i);

    PItem it;
    if (time) {
        it.start = time->start;
        it.end = time->end;
    }
    it.mark = take_status_mark(text);
    it.ends_with_colon = !text.empty() && text.back() == ':';
    text = strip_trailing(text, ":");
    if (text.empty()) {
        st.not_understood(i);
        return true;
    }
    Parsed p = parse_title(text, false);
    it.title = p.title;
    it.people = p.people;
    it.role = p.role;
    it.kind = kind_for_title(it.ends_with_colon ? it.title + ":" : it.title);
    if (it.kind == ItemKind::other && !it.people.empty()) it.kind = ItemKind::talk;
    if (it.kind == ItemKind::welcome && it.role == Role::speaker) it.role = Role::host;
    if (p.by_sentence) it.description = p.description;
    else if (!p.description.empty()) it.description = p.description;
    if (it.role == Role::moderator)
        for (const NameOrg& n : it.people) st.chairs.push_back(st.person(n));
    st.mark(i, it.kind == ItemKind::round ? LineMeaning::round : LineMeaning::programme_item, item_detail(it));
    current_day(st).items.push_back(std::move(it));
    return true;
}

// [SECTION] Durations and days ------------------------------------------------------------

namespace {

// Gives the items [from, to) lengths that fill `span` minutes; the round (or
// workshop, or the longest kind) takes what is left over.
void fill_span(std::vector<PItem>& items, std::size_t from, std::size_t to, int span, std::vector<Minutes>& dur) {
    int fixed = 0, flexible = 0;
    std::vector<std::size_t> flex;
    for (std::size_t k = from; k < to; ++k) {
        if (dur[k] > 0) fixed += dur[k];
        else {
            flex.push_back(k);
            flexible += default_duration(items[k].kind);
        }
    }
    if (flex.empty()) return;
    const int room = span - fixed;
    if (room <= 0 || span <= 0) {
        for (std::size_t k : flex) dur[k] = span <= 0 ? default_duration(items[k].kind) : 5;
        return;
    }
    if (flexible <= room) {
        for (std::size_t k : flex) dur[k] = default_duration(items[k].kind);
        std::size_t absorb = flex.back();
        int best = -1;
        for (std::size_t k : flex) {
            const ItemKind kind = items[k].kind;
            const int rank = kind == ItemKind::round ? 5 : kind == ItemKind::workshop ? 4
                             : kind == ItemKind::discussion || kind == ItemKind::talk || kind == ItemKind::presentation ||
                                       kind == ItemKind::other ? 2
                             : kind == ItemKind::break_ || kind == ItemKind::lunch ? 0 : 1;
            if (rank > best) {
                best = rank;
                absorb = k;
            }
        }
        dur[absorb] += room - flexible;
    } else {
        int used = 0;
        for (std::size_t n = 0; n < flex.size(); ++n) {
            const std::size_t k = flex[n];
            int d = n + 1 == flex.size() ? room - used : std::max(5, default_duration(items[k].kind) * room / flexible / 5 * 5);
            dur[k] = std::max(5, d);
            used += dur[k];
        }
    }
}

}  // namespace

// Over 120 lines: one pass that places days, then items, then rounds, in
// the order the announcement gives them; its steps share many locals.
void build_programme(ReaderState& st) {
    // Dates: programme days without a date take the event's dates in order.
    std::size_t next_date = 0;
    for (PDay& d : st.days)
        if (!d.date.month && next_date < st.dates.size()) d.date = st.dates[next_date++].date;
    // More event dates than programme days: the remaining dates are days of their own.
    if (st.days.empty() && !st.dates.empty()) st.days.emplace_back().date = st.dates[0].date, next_date = 1;
    if (st.days.size() == 1 && next_date < st.dates.size())
        for (; next_date < st.dates.size(); ++next_date) st.days.emplace_back().date = st.dates[next_date].date;

    int day_number = 0;
    for (PDay& pd : st.days) {
        ++day_number;
        Day day;
        day.date = pd.date;
        day.label = pd.label.empty() && day_number == 1 ? st.day_label : pd.label;
        day.id = pd.date.year ? "d-" + format_iso_date(pd.date) : "d-" + std::to_string(day_number);
        for (const Day& other : st.doc.days)
            if (other.id == day.id) day.id += "-" + std::to_string(day_number);
        std::vector<PItem>& items = pd.items;
        const bool first_day_or_all = true;
        (void)first_day_or_all;
        std::optional<Minutes> day_start, day_end;
        if (st.time) {
            day_start = st.time->start;
            if (st.time->end) day_end = *st.time->end;
        }
        // Lengths: printed ranges first, then spans between printed starts.
        std::vector<Minutes> dur(items.size(), 0);
        for (std::size_t k = 0; k < items.size(); ++k)
            if (items[k].start && items[k].end && *items[k].end > *items[k].start) dur[k] = *items[k].end - *items[k].start;
        std::vector<std::size_t> timed;
        for (std::size_t k = 0; k < items.size(); ++k)
            if (items[k].start) timed.push_back(k);
        const Minutes origin = !timed.empty() ? *items[timed[0]].start - (timed[0] == 0 ? 0 : 0) : day_start.value_or(9 * 60);
        // Untimed items before the first time: defaults, ending at the first time.
        if (!timed.empty() && timed[0] > 0) {
            int before = 0;
            for (std::size_t k = 0; k < timed[0]; ++k) before += dur[k] = default_duration(items[k].kind);
            // Never before midnight: a first time of "0.00" after untimed lines
            // made the day start at -03:00, which no plan can store (fuzz_text_import).
            items[0].start = std::max(0, *items[timed[0]].start - before);
            timed.insert(timed.begin(), 0);
        }
        for (std::size_t n = 0; n < timed.size(); ++n) {
            const std::size_t from = timed[n];
            const std::size_t to = n + 1 < timed.size() ? timed[n + 1] : items.size();
            int span;
            if (n + 1 < timed.size()) span = *items[to].start - *items[from].start;
            else if (day_end && *day_end > *items[from].start) {
                span = *day_end - *items[from].start;
                // a last item printed with its own end (22.00-22.30) may run past the day's end
                int fixed = 0;
                for (std::size_t k = from; k < to; ++k) fixed += dur[k];
                if (fixed >= span) span = 0;
            } else span = 0;
            fill_span(items, from, to, span, dur);
        }
        if (timed.empty()) fill_span(items, 0, items.size(), 0, dur);
        // Starts, and pins where the flow would not reach the printed time.
        const Minutes flow_origin = day_start.value_or(items.empty() ? origin : items[0].start.value_or(origin));
        Minutes at = flow_origin;
        bool first = true;
        for (std::size_t k = 0; k < items.size(); ++k) {
            PItem& p = items[k];
            Item it;
            it.id = "i-" + std::to_string(st.doc.days.size() + 1) + "-" + std::to_string(k + 1);
            it.kind = p.kind;
            it.title = p.title;
            it.description = p.description;
            it.duration = std::max(0, dur[k]);
            it.status = p.mark == Mark::tentative ? Status::tentative : p.mark == Mark::cancelled ? Status::cancelled
                                                                                                   : Status::confirmed;
            it.all_rooms = it.kind != ItemKind::round && it.kind != ItemKind::talk;
            if (p.start) {
                it.start = *p.start;
                it.pinned = *p.start != at || (first && *p.start != flow_origin);
            } else {
                // The announcement gave no time: the plan computes one, but
                // the announcement written from it keeps it out, as the source did.
                it.start = at;
                it.time_hidden = true;
            }
            first = false;
            at = it.start + it.duration;
            for (const NameOrg& who : p.people) it.people.push_back({st.person(who), p.role});
            int s_no = 0;
            for (PSession& ps : p.sessions) {
                Session s;
                s.id = it.id + "-s" + std::to_string(++s_no);
                s.id[0] = 's';
                s.title = ps.title;
                s.description = ps.description;
                s.status = ps.mark == Mark::tentative ? Status::tentative : ps.mark == Mark::cancelled ? Status::cancelled
                                                                                                        : Status::confirmed;
                for (const NameOrg& who : ps.people) s.people.push_back({st.person(who), Role::leader});
                if (!ps.room.empty()) {
                    std::string room_id = "r-" + std::to_string(st.doc.rooms.size() + 1);
                    for (const Room& r : st.doc.rooms)
                        if (lower(r.name) == lower(ps.room)) room_id = r.id;
                    if (std::none_of(st.doc.rooms.begin(), st.doc.rooms.end(), [&](const Room& r) { return r.id == room_id; }))
                        st.doc.rooms.push_back(Room{room_id, ps.room, 0, ""});
                    s.room_id = room_id;
                }
                it.sessions.push_back(std::move(s));
            }
            day.items.push_back(std::move(it));
        }
        if (!day.items.empty()) {
            day.start = day_start.value_or(day.items.front().start);
            day.end = day_end.value_or(day.items.back().end());
        } else {
            day.start = day_start.value_or(0);
            day.end = day_end.value_or(0);
        }
        if (st.doors && *st.doors < day.start) day.doors_open = st.doors;
        st.doc.days.push_back(std::move(day));
    }
    // The day chair moderates the opening (or the first item) of every day.
    if (!st.chairs.empty())
        for (Day& d : st.doc.days) {
            Item* target = nullptr;
            for (Item& it : d.items)
                if (!target && (it.kind == ItemKind::welcome)) target = &it;
            for (Item& it : d.items)
                if (!target && it.kind != ItemKind::walk_in) target = &it;
            if (!target) continue;
            for (const std::string& id : st.chairs)
                if (std::none_of(target->people.begin(), target->people.end(),
                                 [&](const PersonRef& r) { return r.person_id == id; }))
                    target->people.push_back({id, Role::moderator});
        }
    reflow(st.doc);
}

}  // namespace dagdeel::text_import
