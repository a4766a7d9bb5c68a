// [SECTION] Small readers for the schedule's strings
// [SECTION] Events -> items
// [SECTION] Entry points
#include "io/frab/frab_json_reader.hpp"
#include <algorithm>

#include <nlohmann/json.hpp>

#include <map>

#include "core/civil_time.hpp"
#include "core/reflow.hpp"
#include "core/time_zone.hpp"
#include "io/frab/frab_xml_reader.hpp"  // kFrabMaxFileBytes, kFrabMaxEvents
#include "io/json/json_internal.hpp"     // prescan

namespace dagdeel {
namespace {

using nlohmann::json;

// [SECTION] Small readers --------------------------------------------------------------------

std::string str(const json& o, const char* key) {
    if (!o.is_object()) return "";
    auto it = o.find(key);
    if (it == o.end() || !it->is_string()) return "";
    return it->get<std::string>();
}

// "01:30", "1:30:00", "00:05" -> minutes.
std::optional<Minutes> duration_of(const std::string& s) {
    int h = 0, m = 0, sec = 0;
    if (std::sscanf(s.c_str(), "%d:%d:%d", &h, &m, &sec) >= 2 && h >= 0 && h < 24 * 7 && m >= 0 && m < 60)
        return h * 60 + m;
    return {};
}

// "2019-08-21T11:00:00+02:00" -> local date, minutes and the offset (seconds east).
struct Stamp {
    Date date;
    Minutes minutes = 0;
    std::optional<int> offset;
};
std::optional<Stamp> stamp_of(const std::string& s) {
    Stamp t;
    int hh = 0, mm = 0;
    if (s.size() < 16 || std::sscanf(s.c_str(), "%d-%d-%dT%d:%d", &t.date.year, &t.date.month, &t.date.day, &hh, &mm) != 5)
        return {};
    if (!is_valid_date(t.date) || hh > 23 || mm > 59) return {};
    t.minutes = hh * 60 + mm;
    const std::size_t sign = s.find_first_of("+-Z", 16);
    if (sign != std::string::npos) {
        if (s[sign] == 'Z') t.offset = 0;
        else {
            int oh = 0, om = 0;
            if (std::sscanf(s.c_str() + sign + 1, "%d:%d", &oh, &om) >= 1) t.offset = (s[sign] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        }
    }
    return t;
}

ItemKind kind_for_type(const std::string& type, const std::string& title) {
    std::string t;
    for (char c : type + " " + title) t += (char)std::tolower((unsigned char)c);
    if (t.find("break") != std::string::npos || t.find("pauze") != std::string::npos) return ItemKind::break_;
    if (t.find("lunch") != std::string::npos) return ItemKind::lunch;
    if (t.find("workshop") != std::string::npos) return ItemKind::workshop;
    if (t.find("podium") != std::string::npos || t.find("panel") != std::string::npos ||
        t.find("discussion") != std::string::npos)
        return ItemKind::discussion;
    if (t.find("lecture") != std::string::npos || t.find("talk") != std::string::npos) return ItemKind::talk;
    if (t.find("opening") != std::string::npos || t.find("welcome") != std::string::npos) return ItemKind::welcome;
    if (t.find("closing") != std::string::npos) return ItemKind::closing;
    return ItemKind::other;
}

struct Reader {
    Document doc;
    std::vector<Problem> problems;
    std::optional<TimeZone> zone;
    std::map<std::string, std::string> room_ids;    // name -> id
    std::map<std::string, std::string> person_ids;  // "id|name" -> person id
    std::size_t events = 0;

    void warn(const std::string& path, const std::string& message) {
        if (problems.size() < 200) problems.push_back({path, message, false, 0, 0});
    }

    std::string room(const std::string& name) {
        if (name.empty()) return "";
        auto it = room_ids.find(name);
        if (it != room_ids.end()) return it->second;
        const std::string id = "r-" + std::to_string(room_ids.size() + 1);
        room_ids[name] = id;
        doc.rooms.push_back(Room{id, name, 0, ""});
        return id;
    }

    // Same id AND same name is the same person; a shared placeholder id
    // ("0") with different names stays different people.
    std::string person(const json& p) {
        std::string name = str(p, "public_name");
        if (name.empty()) name = str(p, "name");
        if (name.empty()) return "";
        std::string pid = str(p, "guid");
        if (pid.empty() && p.contains("id") && p["id"].is_number_integer()) pid = std::to_string(p["id"].get<long long>());
        const std::string key = pid + "|" + name;
        auto it = person_ids.find(key);
        if (it != person_ids.end()) return it->second;
        const std::string id = "p-" + std::to_string(person_ids.size() + 1);
        person_ids[key] = id;
        Person person;
        person.id = id;
        person.name = name;
        person.bio = str(p, "biography");
        doc.people.push_back(std::move(person));
        return id;
    }

    // [SECTION] Events -> items ------------------------------------------------------------

    void event(const json& e, Day& day, const std::string& path) {
        if (++events > kFrabMaxEvents) return;
        Item it;
        it.id = "i-" + std::to_string(events);
        it.title = str(e, "title");
        if (it.title.empty()) it.title = "(untitled)";
        it.kind = kind_for_type(str(e, "type"), it.title);
        it.pinned = true;
        it.duration = duration_of(str(e, "duration")).value_or(0);
        // Local start on the conference day: from "date" (instant) in the zone, else "start".
        std::optional<Minutes> start;
        if (auto st = stamp_of(str(e, "date"))) {
            Date local_date = st->date;
            Minutes local = st->minutes;
            if (zone && st->offset) {
                const UtcSeconds utc = (days_from_civil(st->date) * 86400LL) + st->minutes * 60LL - *st->offset;
                const ZonedTime z = to_local(*zone, utc);
                local_date = z.date;
                local = z.minutes;
            }
            start = local + (int)(days_from_civil(local_date) - days_from_civil(day.date)) * 1440;
        } else if (auto s = parse_time_of_day(str(e, "start"))) {
            start = *s;
        }
        if (!start || *start < 0 || *start >= 2880) {
            warn(path, "no usable start time; the event is placed at the start of the day");
            start = day.start;
        }
        it.start = *start;
        it.room_id = room(str(e, "room"));
        std::string description = str(e, "abstract");
        const std::string more = str(e, "description");
        if (!more.empty() && more != description) description += (description.empty() ? "" : "\n\n") + more;
        const std::string subtitle = str(e, "subtitle");
        if (!subtitle.empty()) description = subtitle + (description.empty() ? "" : "\n\n" + description);
        std::string facts;
        for (const char* k : {"track", "language", "url"}) {
            const std::string v = str(e, k);
            if (!v.empty()) facts += std::string(facts.empty() ? "" : "\n") + k + ": " + v;
        }
        if (e.contains("links") && e["links"].is_array())
            for (const json& l : e["links"]) {
                const std::string url = l.is_string() ? l.get<std::string>() : str(l, "url");
                if (url.empty()) continue;
                const std::string title = str(l, "title");
                facts += std::string(facts.empty() ? "" : "\n") + (title.empty() ? "link" : title) + ": " + url;
            }
        if (!facts.empty()) description += (description.empty() ? "" : "\n\n") + facts;
        it.description = description;
        if (e.contains("persons") && e["persons"].is_array())
            for (const json& p : e["persons"]) {
                const std::string id = person(p);
                if (!id.empty()) it.people.push_back({id, it.kind == ItemKind::workshop ? Role::leader : Role::speaker});
            }
        day.items.push_back(std::move(it));
    }

    void day_of(const json& d, std::size_t n) {
        const std::string path = "schedule.conference.days[" + std::to_string(n) + "]";
        Day day;
        const auto date = parse_iso_date(str(d, "date"));
        if (!date) {
            warn(path, "day without a valid date, left out");
            return;
        }
        day.date = *date;
        // Two days with one date (a schedule that splits a day) keep apart ids.
        day.id = "d-" + format_iso_date(*date);
        for (int k = 2; std::any_of(doc.days.begin(), doc.days.end(), [&](const Day& x) { return x.id == day.id; }); ++k)
            day.id = "d-" + format_iso_date(*date) + "-" + std::to_string(k);
        if (!d.contains("rooms") || !d["rooms"].is_object()) {
            doc.days.push_back(std::move(day));
            return;
        }
        for (auto it = d["rooms"].begin(); it != d["rooms"].end(); ++it) {
            room(it.key());
            if (!it.value().is_array()) continue;
            std::size_t k = 0;
            for (const json& e : it.value()) event(e, day, path + ".rooms[\"" + it.key() + "\"][" + std::to_string(k++) + "]");
        }
        std::stable_sort(day.items.begin(), day.items.end(), [](const Item& a, const Item& b) { return a.start < b.start; });
        if (!day.items.empty()) {
            day.start = day.items.front().start;
            for (const Item& i : day.items) day.end = std::max(day.end, i.end());
            day.end = std::min(day.end, 48 * 60 - 1);  // a day's times are 00:00..47:59, as in the XML reader
        }
        doc.days.push_back(std::move(day));
    }
};

}  // namespace

// [SECTION] Entry points ----------------------------------------------------------------------

bool looks_like_frab_json(std::string_view head) {
    head = head.substr(0, 4096);
    std::size_t i = head.find_first_not_of(" \t\r\n");
    if (head.substr(i == std::string_view::npos ? 0 : i, 3) == "\xEF\xBB\xBF") i = head.find_first_not_of(" \t\r\n", i + 3);
    if (i == std::string_view::npos || head[i] != '{') return false;
    return head.find("\"schedule\"") != std::string_view::npos && head.find("\"format\": \"dagdeel\"") == std::string_view::npos;
}

ReadResult read_frab_json(std::string_view text) {
    ReadResult r;
    try {
        if (text.size() > kFrabMaxFileBytes) {
            r.problems.push_back({"", "the schedule is larger than 50 MB", true, 0, 0});
            return r;
        }
        if (!json_detail::prescan(text, r.problems)) return r;
        const json root = json::parse(text.begin(), text.end(), nullptr, false);
        if (root.is_discarded() || !root.is_object() || !root.contains("schedule") || !root["schedule"].is_object()) {
            r.problems.push_back({"", "not a schedule.json: no \"schedule\" object", true, 0, 0});
            return r;
        }
        const json& schedule = root["schedule"];
        const json conference = schedule.contains("conference") ? schedule["conference"] : json::object();
        Reader rd;
        rd.doc.id = "doc-frab-" + (str(conference, "acronym").empty() ? std::string("schedule") : str(conference, "acronym"));
        rd.doc.event.title = str(conference, "title");
        if (rd.doc.event.title.empty()) rd.doc.event.title = "Imported schedule";
        rd.doc.event.url = str(conference, "url");
        rd.doc.event.language = "en";
        const std::string zone = str(conference, "time_zone_name");
        rd.zone = find_time_zone(zone);
        if (rd.zone) rd.doc.event.time_zone = zone;
        else rd.warn("schedule.conference.time_zone_name",
                     "unknown time zone \"" + zone + "\": times are kept as written, zone " + rd.doc.event.time_zone);
        if (conference.contains("rooms") && conference["rooms"].is_array())
            for (const json& room : conference["rooms"]) rd.room(str(room, "name"));
        if (conference.contains("days") && conference["days"].is_array()) {
            std::size_t n = 0;
            for (const json& d : conference["days"]) rd.day_of(d, n++);
        }
        if (rd.events > kFrabMaxEvents) {
            r.problems = std::move(rd.problems);
            r.problems.push_back({"", "more than " + std::to_string(kFrabMaxEvents) + " events", true, 0, 0});
            return r;
        }
        reflow(rd.doc);
        r.problems.insert(r.problems.end(), rd.problems.begin(), rd.problems.end());
        r.document = std::move(rd.doc);
    } catch (const std::exception& e) {
        r.document.reset();
        r.problems.push_back({"", std::string("could not read the schedule: ") + e.what(), true, 0, 0});
    }
    return r;
}

}  // namespace dagdeel
