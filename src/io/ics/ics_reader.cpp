// iCalendar import; see ics_reader.hpp for the decisions. Content lines
// (unfolding, parameters, TEXT escapes) are read by ics_lexer.cpp, the
// component tree by ics_components.cpp, VTIMEZONEs by ics_vtimezone_reader.cpp.
//
// [SECTION] values: DATE, DATE-TIME, DURATION, frames
// [SECTION] events -> instances -> items, days, rounds
#include "io/ics/ics_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

#include "core/civil_time.hpp"
#include "io/ics/ics_internal.hpp"
#include "io/ics/ics_components.hpp"
#include "io/ics/ics_lexer.hpp"

namespace dagdeel {

using namespace ics_detail;

namespace {

// [SECTION] values: DATE, DATE-TIME, DURATION, frames

struct Duration {
    int days = 0;            // nominal days (and weeks)
    long long seconds = 0;   // exact
};

std::optional<Duration> parse_duration_value(std::string_view v) {
    Duration d;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        if (v[0] == '-') return std::nullopt;  // negative lengths make no programme item
        v.remove_prefix(1);
    }
    if (v.empty() || (v[0] != 'P' && v[0] != 'p')) return std::nullopt;
    v.remove_prefix(1);
    bool time = false, any = false;
    long long n = -1;
    for (char c : v) {
        if (c >= '0' && c <= '9') {
            n = (n < 0 ? 0 : n) * 10 + (c - '0');
            if (n > 100000000) return std::nullopt;
            continue;
        }
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        if (c == 'T') {
            if (time || n >= 0) return std::nullopt;
            time = true;
            continue;
        }
        if (n < 0) return std::nullopt;
        if (!time && c == 'W') d.days += static_cast<int>(std::min<long long>(n * 7, 1000000));
        else if (!time && c == 'D') d.days += static_cast<int>(std::min<long long>(n, 1000000));
        else if (time && c == 'H') d.seconds += n * 3600;
        else if (time && c == 'M') d.seconds += n * 60;
        else if (time && c == 'S') d.seconds += n;
        else return std::nullopt;
        n = -1;
        any = true;
    }
    if (!any || n >= 0) return std::nullopt;
    return d;
}

}  // namespace

namespace ics_detail {

std::optional<When> parse_when(std::string_view v) {
    When w;
    if (v.size() == 9 && (v[8] == 'Z' || v[8] == 'z')) v.remove_suffix(1);  // "20131210Z"
    if (v.size() < 8 || !all_digits(v.substr(0, 8))) return std::nullopt;
    w.date = {int_of(v.substr(0, 4)), int_of(v.substr(4, 2)), int_of(v.substr(6, 2))};
    if (!is_valid_date(w.date)) return std::nullopt;
    if (v.size() == 8) {
        w.date_only = true;
        return w;
    }
    if (v.size() < 15 || (v[8] != 'T' && v[8] != 't') || !all_digits(v.substr(9, 6))) return std::nullopt;
    const int h = int_of(v.substr(9, 2)), m = int_of(v.substr(11, 2)), s = int_of(v.substr(13, 2));
    if (h > 23 || m > 59 || s > 60) return std::nullopt;
    w.seconds = h * 3600 + m * 60 + std::min(s, 59);
    if (v.size() == 16 && (v[15] == 'Z' || v[15] == 'z')) w.utc = true;
    else if (v.size() != 15) return std::nullopt;
    return w;
}

UtcSeconds frame_to_utc(const Frame& f, const Date& d, int seconds) {
    if (f.date_only || f.utc || !f.zone) return days_from_civil(d) * 86400 + seconds;
    auto r = resolve_local(*f.zone, d, seconds / 60);
    return (r ? r->utc : days_from_civil(d) * 86400) + seconds % 60;
}

void utc_to_frame(const Frame& f, UtcSeconds t, Date& d, int& seconds) {
    if (f.date_only || f.utc || !f.zone) {
        long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
        d = civil_from_days(days);
        seconds = static_cast<int>(t - days * 86400);
        return;
    }
    const ZonedTime z = to_local(*f.zone, t);
    d = z.date;
    seconds = z.minutes * 60 + z.seconds;
}

}  // namespace ics_detail

namespace {

// [SECTION] events -> instances -> items, days, rounds

struct Instance {
    UtcSeconds start = 0, end = 0;  // timed
    Date first_date, end_date;      // all-day: [first_date, end_date)
    bool all_day = false;
    const RawEvent* event = nullptr;
};

struct Reader {
    const Calendar& cal;
    Problems& problems;
    std::map<std::string, std::optional<TimeZone>, std::less<>> zones;  // TZID -> zone (nullopt: unknown)
    TimeZone doc_zone;
    std::string preferred_zone;  // IcsReadOptions::default_zone: a Windows zone name's tie-break

    const TimeZone* zone_for(std::string_view tzid, int line) {
        auto it = zones.find(tzid);
        if (it == zones.end()) {
            std::optional<TimeZone> z = known_zone(tzid, preferred_zone);
            if (!z) {
                for (const RawZone& rz : cal.zones)
                    if (rz.tzid == tzid) {
                        z = zone_from_vtimezone(rz, problems);
                        if (z) problems.add(rz.line, "TZID " + std::string(tzid) + " is not a known time zone; its VTIMEZONE's offsets are used");
                        break;
                    }
                if (!z) problems.add(line, "TZID " + std::string(tzid) + " is unknown and has no usable VTIMEZONE; read in " + doc_zone.name);
            }
            it = zones.emplace(std::string(tzid), std::move(z)).first;
        }
        return it->second ? &*it->second : &doc_zone;
    }

    // The frame of a DATE/DATE-TIME property.
    std::optional<std::pair<When, Frame>> when_of(const Prop& p) {
        auto w = parse_when(p.value);
        const std::string_view* value_type = p.param("VALUE");
        if (!w) {
            problems.add(p.line, std::string(p.name) + " \"" + std::string(p.value.substr(0, 40)) + "\" is not a date or date-time");
            return std::nullopt;
        }
        if (value_type && upper(*value_type) == "DATE" && !w->date_only) w->date_only = true, w->seconds = 0;
        Frame f;
        if (w->date_only) f.date_only = true;
        else if (w->utc) f.utc = true;
        else if (const std::string_view* tzid = p.param("TZID")) f.zone = zone_for(*tzid, p.line);
        else f.zone = &doc_zone;  // floating: the calendar's zone
        return std::make_pair(*w, f);
    }

    // Over 120 lines: length, RRULE dates and RDATE/EXDATE share the frame
    // and DTSTART; to be split with read_ics (issue 10).
    void instances_of(const RawEvent& e, std::vector<Instance>& out,
                      const std::map<std::string, std::set<UtcSeconds>, std::less<>>& overridden) {
        const Prop* dtstart = e.first("DTSTART");
        if (!dtstart) {
            problems.add(e.line, "VEVENT without DTSTART skipped");
            return;
        }
        auto start = when_of(*dtstart);
        if (!start) return;
        const When sw = start->first;  // no structured binding: clang 14 cannot capture one
        const Frame frame = start->second;
        // Length: DTEND, else DURATION, else one day (DATE) or none (DATE-TIME).
        Duration length;
        bool end_is_abs = false;
        UtcSeconds abs_end = 0;
        Date end_date;
        if (const Prop* dtend = e.first("DTEND")) {
            if (auto end = when_of(*dtend)) {
                if (sw.date_only) end_date = end->first.date;
                else abs_end = frame_to_utc(end->second, end->first.date, end->first.seconds), end_is_abs = true;
            }
        } else if (const Prop* dur = e.first("DURATION")) {
            if (auto d = parse_duration_value(dur->value)) length = *d;
            else problems.add(dur->line, "DURATION \"" + std::string(dur->value.substr(0, 40)) + "\" is not a duration");
        } else if (sw.date_only) {
            length.days = 1;
        }
        const UtcSeconds start_utc = frame_to_utc(frame, sw.date, sw.seconds);
        long long exact_len = 0;  // seconds, for timed events
        int day_len = 1;          // days, for all-day events
        if (sw.date_only) {
            day_len = end_date.is_set() ? static_cast<int>(days_from_civil(end_date) - days_from_civil(sw.date))
                                        : length.days + static_cast<int>(length.seconds / 86400);
            day_len = std::clamp(day_len, 1, 366);
        } else if (end_is_abs) {
            exact_len = std::max<long long>(0, abs_end - start_utc);
        } else {
            // Nominal days keep the wall-clock time (3.3.6), then the exact part.
            exact_len = frame_to_utc(frame, add_days(sw.date, length.days), sw.seconds) - start_utc + length.seconds;
            exact_len = std::max<long long>(0, exact_len);
        }

        // The instance dates in the DTSTART's frame.
        std::vector<Date> dates{sw.date};
        bool first_rule = true;
        for (const Prop& p : e.props) {
            if (p.name != "RRULE") continue;
            Expansion x = expand_rrule(p.value, frame, sw.date, sw.seconds, kIcsMaxInstances, kIcsMaxRecurrenceDays);
            if (!x.message.empty()) problems.add(p.line, x.message);
            if (x.truncated)
                problems.add(p.line, "recurrence cut off after " + std::to_string(x.dates.size()) +
                                         " occurrences (at most " + std::to_string(kIcsMaxInstances) + " or " +
                                         std::to_string(kIcsMaxRecurrenceDays / 366) + " years are imported)");
            if (!first_rule) problems.add(p.line, "several RRULEs (deprecated in RFC 5545): their occurrences are united");
            first_rule = false;
            dates.insert(dates.end(), x.dates.begin(), x.dates.end());
        }
        std::vector<UtcSeconds> starts;  // timed instances as instants
        auto date_of = [&](const When& w, const Frame& f) {
            if (sw.date_only || w.date_only) return w.date;
            Date d;
            int s;
            utc_to_frame(frame, frame_to_utc(f, w.date, w.seconds), d, s);
            return d;
        };
        for (const Prop& p : e.props) {
            if (p.name != "RDATE" && p.name != "EXDATE") continue;
            const std::string_view* vt = p.param("VALUE");
            if (vt && upper(*vt) == "PERIOD") {
                problems.add(p.line, std::string(p.name) + " with PERIOD values ignored");
                continue;
            }
            std::size_t pos = 0;
            int n = 0;
            while (pos <= p.value.size() && n++ < kIcsMaxInstances) {
                std::size_t comma = p.value.find(',', pos);
                if (comma == std::string_view::npos) comma = p.value.size();
                Prop one = p;
                one.value = p.value.substr(pos, comma - pos);
                pos = comma + 1;
                auto w = when_of(one);
                if (!w) continue;
                if (p.name == "RDATE") {
                    if (sw.date_only || w->first.date_only) dates.push_back(date_of(w->first, w->second));
                    else starts.push_back(frame_to_utc(w->second, w->first.date, w->first.seconds));
                } else if (sw.date_only || w->first.date_only) {
                    const Date d = date_of(w->first, w->second);
                    std::erase(dates, d);
                } else {
                    const UtcSeconds t = frame_to_utc(w->second, w->first.date, w->first.seconds);
                    std::erase_if(dates, [&](const Date& d) { return frame_to_utc(frame, d, sw.seconds) == t; });
                }
            }
        }
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        for (const Date& d : dates) starts.push_back(sw.date_only ? days_from_civil(d) * 86400 : frame_to_utc(frame, d, sw.seconds));
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        if (starts.size() > static_cast<std::size_t>(kIcsMaxInstances)) starts.resize(kIcsMaxInstances);

        const Prop* uid = e.first("UID");
        const std::set<UtcSeconds>* replaced = nullptr;
        if (uid) {
            auto it = overridden.find(uid->value);
            if (it != overridden.end()) replaced = &it->second;
        }
        for (UtcSeconds s : starts) {
            if (replaced && replaced->count(s)) continue;  // a RECURRENCE-ID event stands in for it
            Instance in;
            in.event = &e;
            if (sw.date_only) {
                in.all_day = true;
                in.first_date = civil_from_days(s / 86400);
                in.end_date = add_days(in.first_date, day_len);
            } else {
                in.start = s;
                in.end = s + exact_len;
            }
            out.push_back(in);
        }
    }

    // The instant (or date as days*86400) a RECURRENCE-ID names.
    std::optional<UtcSeconds> recurrence_id(const RawEvent& e) {
        const Prop* rid = e.first("RECURRENCE-ID");
        if (!rid) return std::nullopt;
        auto w = when_of(*rid);
        if (!w) return std::nullopt;
        if (w->first.date_only) return days_from_civil(w->first.date) * 86400;
        return frame_to_utc(w->second, w->first.date, w->first.seconds);
    }
};

std::string hash_id(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    char buf[32];
    std::snprintf(buf, sizeof buf, "ics-%016llx", static_cast<unsigned long long>(h));
    return buf;
}

Status status_of(const RawEvent& e) {
    const Prop* p = e.first("STATUS");
    if (!p) return Status::confirmed;
    const std::string v = upper(p->value);
    if (v == "TENTATIVE") return Status::tentative;
    if (v == "CANCELLED") return Status::cancelled;
    return Status::confirmed;
}

// The kind from CATEGORIES (our own exports write the kind's name); other
// categories are listed in `rest`.
ItemKind kind_of(const RawEvent& e, std::string& rest) {
    ItemKind kind = ItemKind::other;
    bool found = false;
    for (const Prop& p : e.props) {
        if (p.name != "CATEGORIES") continue;
        for (const std::string& c : split_text_list(p.value)) {
            std::string lower = c;
            for (char& ch : lower)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
            // Our exports write the kind as a word of the plan's language
            // ("Inloop"); older ones wrote its code ("walk_in").
            auto k = item_kind_from_word(lower);
            if (k && *k != ItemKind::round && !found) kind = *k, found = true;
            else if (lower != "session" && !c.empty()) rest += (rest.empty() ? "" : "; ") + c;
        }
    }
    return kind;
}

// DESCRIPTION, plus the categories that are not a kind ("Categories: A; B").
std::string description_of(const RawEvent& e, const std::string& categories) {
    const Prop* p = e.first("DESCRIPTION");
    std::string d = p ? unescape_text(p->value) : std::string();
    if (!categories.empty()) d += (d.empty() ? "" : "\n\n") + std::string("Categories: ") + categories;
    return d;
}

struct Piece {
    Date date;
    Minutes start = 0, duration = 0;
    const RawEvent* event = nullptr;
    std::size_t order = 0;
};

}  // namespace

bool looks_like_ics(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const std::size_t i = text.find_first_not_of(" \t\r\n");
    if (i == std::string_view::npos) return false;
    text.remove_prefix(i);
    // A file of bare "BEGIN:VEVENT … END:VEVENT" (no VCALENDAR around them) is iCalendar too.
    const std::string start = upper(text.substr(0, 15));
    return start == "BEGIN:VCALENDAR" || start.rfind("BEGIN:VEVENT", 0) == 0 || start == "BEGIN:VTIMEZONE";
}

// Over 120 lines: the stages (calendar zone, instances, pieces, document)
// still share locals here; splitting them into functions is the next step
// of issue 10's ics_reader split.
ReadResult read_ics(std::string_view text, const IcsReadOptions& options) {
    ReadResult result;
    Problems problems{result.problems};
    if (text.size() > kIcsMaxFileBytes) {
        problems.add(0, "file is " + std::to_string(text.size() / (1024 * 1024)) + " MiB; at most " +
                            std::to_string(kIcsMaxFileBytes / (1024 * 1024)) + " MiB can be imported", true);
        return result;
    }
    try {
        const std::string_view body = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
        if (!looks_like_ics(body)) {
            problems.add(1, "not an iCalendar file (it does not start with BEGIN:VCALENDAR or BEGIN:VEVENT)", true);
            return result;
        }
        if (const std::size_t nul = body.find('\0'); nul != std::string_view::npos) {
            const auto line = 1 + std::count(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
            problems.add(static_cast<int>(line), "contains a NUL byte: a binary or damaged file, not iCalendar text", true);
            return result;
        }
        Calendar cal;
        read_components(unfold(body, problems), cal, problems);  // cal keeps the text its Props view
        if (cal.too_many_events || std::any_of(result.problems.begin(), result.problems.end(),
                                               [](const Problem& p) { return p.is_error; })) {
            problems.finish();
            return result;
        }

        // The calendar zone.
        Reader reader{cal, problems, {}, {}, options.default_zone};
        std::optional<TimeZone> doc_zone;
        for (const Prop& p : cal.props)
            if (p.name == "X-WR-TIMEZONE" && !doc_zone) doc_zone = known_zone(p.value, options.default_zone);
        for (const RawEvent& e : cal.events) {
            if (doc_zone) break;
            if (const Prop* s = e.first("DTSTART"))
                if (const std::string_view* tzid = s->param("TZID")) doc_zone = known_zone(*tzid, options.default_zone);
        }
        if (!doc_zone) doc_zone = find_time_zone(options.default_zone);
        if (!doc_zone) doc_zone = time_zone_from_posix("UTC", "UTC0");
        reader.doc_zone = *doc_zone;

        // RECURRENCE-ID overrides: which instants of which UID they replace.
        std::map<std::string, std::set<UtcSeconds>, std::less<>> overridden;
        for (const RawEvent& e : cal.events)
            if (auto rid = reader.recurrence_id(e))
                if (const Prop* uid = e.first("UID")) overridden[std::string(uid->value)].insert(*rid);

        std::vector<Instance> instances;
        for (const RawEvent& e : cal.events) {
            if (e.first("RECURRENCE-ID")) {
                // An override: one instance at its own DTSTART, without its rules.
                RawEvent single = e;
                std::erase_if(single.props, [](const Prop& p) {
                    return p.name == "RRULE" || p.name == "RDATE" || p.name == "EXDATE";
                });
                std::vector<Instance> one;
                reader.instances_of(single, one, {});
                for (Instance& in : one) in.event = &e, instances.push_back(in);
            } else {
                reader.instances_of(e, instances, overridden);
            }
            if (instances.size() > kIcsMaxItems) break;
        }

        // Instances -> pieces on local dates of the calendar zone.
        std::vector<Piece> pieces;
        const TimeZone& z = reader.doc_zone;
        bool cut = false;
        // One event covers a date at a time once: overlapping instances of
        // it (a daily rule on an event that lasts a year) would otherwise
        // put the same piece on a date hundreds of times (fuzz_ics: 1.4 KB
        // made 100,000 copies of one all-day event).
        std::set<std::tuple<const RawEvent*, long long, Minutes, Minutes>> seen;
        auto add = [&](const Date& d, Minutes start, Minutes duration, const RawEvent* e) {
            if (!seen.emplace(e, days_from_civil(d), start, duration).second) return;
            if (pieces.size() >= kIcsMaxItems) return void(cut = true);
            pieces.push_back({d, start, duration, e, pieces.size()});
        };
        for (const Instance& in : instances) {
            if (in.all_day) {
                for (Date d = in.first_date; d < in.end_date; d = add_days(d, 1)) add(d, 0, 1440, in.event);
                continue;
            }
            const ZonedTime a = to_local(z, in.start), b = to_local(z, in.end);
            const long long span_days = days_from_civil(b.date) - days_from_civil(a.date);
            if (span_days == 0 || (span_days == 1 && b.minutes <= 360)) {
                // Civil minutes, as the model counts them (start + duration on
                // the clock): an hour that repeats in autumn is not counted
                // twice. Counted in 64 bits and only for spans of a day or
                // less, so that no date becomes minutes that overflow.
                const auto end = minutes_from_day(a.date, b.date, b.minutes, 0, 2 * 1440);
                add(a.date, a.minutes, end.value_or(a.minutes) - a.minutes, in.event);
                continue;
            }
            // Longer than a late evening: one piece per date it touches.
            for (long long k = 0; k <= span_days && k <= 366; ++k) {
                const Date d = add_days(a.date, static_cast<int>(k));
                const Minutes from = k == 0 ? a.minutes : 0;
                const Minutes to = k == span_days ? b.minutes : 1440;
                if (to > from) add(d, from, to - from, in.event);
            }
        }
        if (cut) problems.add(0, "more than " + std::to_string(kIcsMaxItems) + " items: the rest is not imported");

        // Pieces -> document.
        Document doc;
        doc.id = hash_id(text);
        doc.event.time_zone = z.name;
        doc.event.language = "en";
        for (const Prop& p : cal.props) {
            if (p.name == "X-WR-CALNAME" && doc.event.title.empty()) doc.event.title = unescape_text(p.value);
            if (p.name == "X-WR-CALDESC" && doc.event.description.empty()) doc.event.description = unescape_text(p.value);
        }
        if (doc.event.title.empty()) {
            if (!cal.events.empty())
                if (const Prop* s = cal.events.front().first("SUMMARY")) doc.event.title = unescape_text(s->value);
            if (doc.event.title.empty()) doc.event.title = "Imported calendar";
        }
        std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
            return std::tie(a.date, a.start) < std::tie(b.date, b.start);
        });
        std::map<std::string, std::string> room_ids;  // LOCATION text -> room id
        auto room_for = [&](const RawEvent& e) -> std::string {
            const Prop* loc = e.first("LOCATION");
            if (!loc) return {};
            std::string name = unescape_text(loc->value);
            if (name.empty()) return {};
            auto it = room_ids.find(name);
            if (it != room_ids.end()) return it->second;
            Room r;
            r.id = "r-" + std::to_string(doc.rooms.size() + 1);
            r.name = name;
            doc.rooms.push_back(r);
            room_ids.emplace(name, r.id);
            return r.id;
        };
        auto text_of = [](const RawEvent& e, std::string_view name) {
            const Prop* p = e.first(name);
            return p ? unescape_text(p->value) : std::string();
        };
        int next_item = 0, next_session = 0;
        for (std::size_t i = 0; i < pieces.size();) {
            const Date date = pieces[i].date;
            Day day;
            day.date = date;
            day.id = "d-" + format_iso_date(date);
            std::size_t j = i;
            while (j < pieces.size() && pieces[j].date == date) ++j;
            day.start = pieces[i].start;
            day.end = day.start;
            for (std::size_t k = i; k < j;) {
                // Equal start and length: parallel sessions of one round.
                std::size_t m = k + 1;
                // Only timed pieces: a day full of all-day events is no round.
                if (pieces[k].duration < 1440)
                    while (m < j && pieces[m].start == pieces[k].start && pieces[m].duration == pieces[k].duration) ++m;
                Item it;
                it.id = "i-" + std::to_string(++next_item);
                it.start = pieces[k].start;
                it.duration = std::min(pieces[k].duration, 7 * 24 * 60);
                it.pinned = true;
                if (m - k == 1) {
                    const RawEvent& e = *pieces[k].event;
                    std::string categories;
                    it.title = text_of(e, "SUMMARY");
                    it.kind = kind_of(e, categories);
                    it.description = description_of(e, categories);
                    it.status = status_of(e);
                    it.room_id = room_for(e);
                } else {
                    it.kind = ItemKind::round;
                    it.title = "Parallel sessions";
                    for (std::size_t n = k; n < m; ++n) {
                        const RawEvent& e = *pieces[n].event;
                        Session s;
                        s.id = "s-" + std::to_string(++next_session);
                        s.title = text_of(e, "SUMMARY");
                        if (s.title.empty()) s.title = "(no title)";
                        std::string categories;
                        kind_of(e, categories);
                        s.description = description_of(e, categories);
                        s.status = status_of(e);
                        s.room_id = room_for(e);
                        it.sessions.push_back(std::move(s));
                    }
                }
                if (it.title.empty()) it.title = "(no title)";
                day.end = std::max(day.end, it.end());
                day.items.push_back(std::move(it));
                k = m;
            }
            doc.days.push_back(std::move(day));
            i = j;
        }
        if (cal.events.empty()) problems.add(0, "the calendar holds no events");
        problems.finish();
        result.document = std::move(doc);
    } catch (const std::exception& e) {
        // Only allocation failure can get here; report it instead of leaving the module.
        result.document.reset();
        problems.add(0, std::string("import failed: ") + e.what(), true);
    }
    return result;
}

ReadResult read_ics_file(const std::string& path, const IcsReadOptions& options) {
    ReadResult result;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.problems.push_back({"", "cannot open " + path, true});
        return result;
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size > static_cast<std::streamoff>(kIcsMaxFileBytes)) {
        result.problems.push_back({"", "file is larger than " + std::to_string(kIcsMaxFileBytes / (1024 * 1024)) +
                                           " MiB", true});
        return result;
    }
    in.seekg(0, std::ios::beg);
    std::string text(static_cast<std::size_t>(std::max<std::streamoff>(size, 0)), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return read_ics(text, options);
}

}  // namespace dagdeel
