// schedule.xml import (see frab_xml_reader.hpp).
//
// [SECTION] schedule -> Document
// [SECTION] entry points
#include "io/frab/frab_xml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "core/civil_time.hpp"
#include "core/time_zone.hpp"
#include "io/frab/frab_schedule.hpp"
#include "io/frab/xml_tree.hpp"

namespace dagdeel {
namespace {

// [SECTION] schedule -> Document

std::string_view trim_view(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}
std::string trim(std::string_view s) { return std::string(trim_view(s)); }

// Abstracts in real files are indented continuation lines: strip each line,
// and keep at most one empty line between paragraphs. Whole lines are
// appended (no call per character: in the browser build a call may go
// through JavaScript).
std::string tidy_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    int empty_run = 0;  // empty lines since the last one with text
    std::size_t pos = 0;
    while (pos <= s.size()) {
        std::size_t nl = s.find('\n', pos);
        if (nl == std::string_view::npos) nl = s.size();
        const std::string_view line = trim_view(s.substr(pos, nl - pos));
        pos = nl + 1;
        if (line.empty()) {
            if (++empty_run <= 1) out += '\n';  // a paragraph break: two newlines in all
            continue;
        }
        empty_run = 0;
        out += line;
        out += '\n';
    }
    const std::string_view kept = trim_view(out);
    if (kept.size() == out.size()) return out;
    return std::string(kept);
}

struct LocalStamp {
    Date date;
    Minutes minutes = 0;
    std::optional<int> offset;  // seconds east, when given
};

// "2025-12-27T16:00:00+01:00", "...Z", "2025-12-27T16:00" (no offset).
std::optional<LocalStamp> parse_stamp(std::string_view t) {
    t = std::string_view(t.data(), t.size());
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    if (t.size() < 16 || (t[10] != 'T' && t[10] != ' ')) return std::nullopt;
    auto d = parse_iso_date(t.substr(0, 10));
    auto m = parse_hhmm_strict(t.substr(11, 5));
    if (!d || !m || *m >= 1440) return std::nullopt;
    LocalStamp s{*d, *m, std::nullopt};
    std::size_t p = 16;
    if (p < t.size() && t[p] == ':') {
        p += 3;  // seconds
        while (p < t.size() && (t[p] == '.' || std::isdigit(static_cast<unsigned char>(t[p])))) ++p;
    }
    if (p >= t.size()) return s;
    if (t[p] == 'Z' && p + 1 == t.size()) {
        s.offset = 0;
        return s;
    }
    if ((t[p] == '+' || t[p] == '-') && t.size() - p >= 5) {
        const int sign = t[p] == '-' ? -1 : 1;
        std::string_view rest = t.substr(p + 1);
        int hh = 0, mm = 0;
        if (rest.size() == 5 && rest[2] == ':' && std::isdigit(rest[0]) && std::isdigit(rest[1]) && std::isdigit(rest[3]) && std::isdigit(rest[4]))
            hh = (rest[0] - '0') * 10 + (rest[1] - '0'), mm = (rest[3] - '0') * 10 + (rest[4] - '0');
        else if (rest.size() == 4 && std::all_of(rest.begin(), rest.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            hh = (rest[0] - '0') * 10 + (rest[1] - '0'), mm = (rest[2] - '0') * 10 + (rest[3] - '0');
        else
            return std::nullopt;
        s.offset = sign * (hh * 3600 + mm * 60);
        return s;
    }
    return std::nullopt;
}

ItemKind kind_for(std::string type, const std::string& title) {
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string t = title;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    if (type.find("break") != std::string::npos || type.find("pause") != std::string::npos) return ItemKind::break_;
    if (type.find("lunch") != std::string::npos || t == "lunch") return ItemKind::lunch;
    if (type.find("workshop") != std::string::npos || type.find("hands") != std::string::npos) return ItemKind::workshop;
    if (type.find("discussion") != std::string::npos || type.find("panel") != std::string::npos ||
        type.find("meeting") != std::string::npos)
        return ItemKind::discussion;
    if (type.find("lecture") != std::string::npos || type.find("talk") != std::string::npos ||
        type.find("keynote") != std::string::npos)
        return ItemKind::talk;
    if (type.find("presentation") != std::string::npos) return ItemKind::presentation;
    if (t == "pause" || t == "pauze" || t == "break" || t == "coffee break") return ItemKind::break_;
    return ItemKind::other;
}

class Importer {
public:
    ReadResult result;

    void run(const XmlNode& root) {
        if (root.name != "schedule") {
            error(root.line, root.name, "root element is <" + root.name + ">, not <schedule>");
            return;
        }
        Document doc;
        const XmlNode* conf = root.child("conference");
        std::string zone_name;
        if (conf) {
            doc.event.title = trim(conf->child_text("title"));
            doc.event.subtitle = trim(conf->child_text("subtitle"));
            const std::string acronym = trim(conf->child_text("acronym"));
            doc.id = "import-" + (acronym.empty() ? slugify(doc.event.title, 40) : slugify(acronym, 40));
            const std::string url = trim(conf->child_text("url"));
            if (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0) doc.event.url = url;
            zone_name = trim(conf->child_text("time_zone_name"));
        } else {
            warning(root.line, "schedule", "no <conference> element");
        }
        // No <conference> (or no usable title and acronym): still an id, so
        // that the import can be saved (fuzz_frab_xml found an empty one).
        if (doc.id.empty() || doc.id == "import-") doc.id = "import-schedule";
        if (doc.event.title.empty()) doc.event.title = "Schedule";
        if (!zone_name.empty()) {
            if (auto z = find_time_zone(zone_name)) {
                zone_ = *z;
                doc.event.time_zone = z->name;
            } else {
                warning(conf ? conf->line : root.line, "conference.time_zone_name",
                        "unknown time zone \"" + zone_name + "\"; times kept as written, zone " + doc.event.time_zone);
            }
        } else {
            warning(conf ? conf->line : root.line, "conference", "no time_zone_name; times kept as written, zone " +
                                                                     doc.event.time_zone);
        }

        std::map<std::string, int> languages;
        std::size_t events = 0;
        int day_number = 0;
        for (const auto& dn : root.children) {
            if (dn->name != "day") continue;
            ++day_number;
            const std::string* date_attr = dn->attribute("date");
            std::optional<Date> day_date = date_attr ? parse_iso_date(trim_view(*date_attr)) : std::nullopt;
            if (!day_date)
                if (const std::string* st = dn->attribute("start"))
                    if (auto s = parse_stamp(*st)) day_date = s->date;
            if (!day_date) {
                warning(dn->line, "day", "day " + std::to_string(day_number) + " has no usable date; left out");
                continue;
            }
            Day day;
            day.id = unique_id(day_ids_, "d-" + format_iso_date(*day_date));
            day.date = *day_date;
            for (const auto& rn : dn->children) {
                if (rn->name != "room") continue;
                const std::string* room_attr = rn->attribute("name");
                for (const auto& en : rn->children) {
                    if (en->name != "event") continue;
                    if (++events > kFrabMaxEvents) {
                        error(en->line, "event", "more than " + std::to_string(kFrabMaxEvents) + " events");
                        return;
                    }
                    std::string room_name = trim(en->child_text("room"));
                    if (room_name.empty() && room_attr) room_name = trim(*room_attr);
                    Item item = import_event(*en, day, room_name, doc);
                    const std::string lang = trim(en->child_text("language"));
                    if (!lang.empty()) ++languages[lang];
                    day.items.push_back(std::move(item));
                }
            }
            std::stable_sort(day.items.begin(), day.items.end(),
                             [](const Item& a, const Item& b) { return a.start < b.start; });
            if (!day.items.empty()) {
                day.start = day.items.front().start;
                day.end = day.start;
                for (const Item& i : day.items) day.end = std::max(day.end, i.end());
                day.end = std::min(day.end, kLastMinute);  // a day's times are 00:00..47:59
            } else if (const std::string* st = dn->attribute("start")) {
                if (auto s = parse_stamp(*st)) day.start = minutes_on_day(*s, day.date).value_or(0);
                if (const std::string* en = dn->attribute("end"))
                    if (auto e = parse_stamp(*en)) day.end = minutes_on_day(*e, day.date).value_or(day.start);
            }
            doc.days.push_back(std::move(day));
        }
        if (day_number == 0) warning(root.line, "schedule", "no <day> elements: the schedule is empty");
        std::stable_sort(doc.days.begin(), doc.days.end(), [](const Day& a, const Day& b) { return a.date < b.date; });
        if (!languages.empty())
            doc.event.language = std::max_element(languages.begin(), languages.end(), [](const auto& a, const auto& b) {
                                     return a.second < b.second;
                                 })->first;
        for (auto& [name, room] : rooms_) doc.rooms.push_back(room);
        std::stable_sort(doc.rooms.begin(), doc.rooms.end(),
                         [&](const Room& a, const Room& b) { return room_order_[a.id] < room_order_[b.id]; });
        doc.people = std::move(people_);
        if (duplicate_ids_ > 0)
            warning(0, "schedule", std::to_string(duplicate_ids_) + " duplicate event ids; the items were renamed");
        result.document = std::move(doc);
    }

private:
    std::optional<TimeZone> zone_;
    std::set<std::string> day_ids_, item_ids_, person_ids_;
    std::map<std::string, Room> rooms_;
    std::map<std::string, int> room_order_;
    std::vector<Person> people_;
    std::map<std::string, std::string> person_by_key_;     // "id:7|Name" -> our person id
    std::map<std::string, std::string> first_name_of_id_;  // "id:7" -> the first name seen with it
    int duplicate_ids_ = 0;

    void warning(int line, const std::string& path, const std::string& message) {
        result.problems.push_back({path, message, false, line, 0});
    }
    void error(int line, const std::string& path, const std::string& message) {
        result.problems.push_back({path, message, true, line, 0});
    }
    // next_suffix_ remembers where the search for a base id stopped: 150,000
    // events with one id made this quadratic (hostile corpus).
    std::map<std::string, int> next_suffix_;
    std::string unique_id(std::set<std::string>& used, std::string id) {
        if (used.insert(id).second) return id;
        int& n = next_suffix_.try_emplace(id, 2).first->second;
        for (;; ++n)
            if (used.insert(id + "-" + std::to_string(n)).second) return id + "-" + std::to_string(n++);
    }

    // The file format's times of day are 00:00..47:59 (after midnight);
    // fuzz_frab_xml found a day's start at "-8751:00", which could be
    // imported but not saved and reopened.
    static constexpr Minutes kLastMinute = 48 * 60 - 1;

    // The stamp's wall-clock time (in the conference zone when both are
    // known), counted from midnight of `day`, when the file format can hold
    // it (00:00..47:59); nullopt for a stamp on another date. Counted in 64
    // bits (see minutes_from_day): a <date> 6,514 years from its <day>
    // overflowed int here.
    std::optional<Minutes> minutes_on_day(const LocalStamp& s, const Date& day) const {
        Date date = s.date;
        Minutes m = s.minutes;
        if (zone_ && s.offset) {
            const UtcSeconds utc =
                days_from_civil(s.date) * 86400LL + static_cast<long long>(s.minutes) * 60 - *s.offset;
            const ZonedTime z = to_local(*zone_, utc);
            date = z.date;
            m = z.minutes;
        }
        return minutes_from_day(day, date, m, 0, kLastMinute);
    }

    std::string room_id(const std::string& name) {
        if (name.empty()) return "";
        auto it = rooms_.find(name);
        if (it != rooms_.end()) return it->second.id;
        std::string base = slugify(name, 40);
        if (base.empty()) base = "room";
        Room r;
        std::set<std::string> used;
        for (const auto& [n, room] : rooms_) used.insert(room.id);
        r.id = unique_id(used, "r-" + base);
        r.name = name;
        room_order_[r.id] = static_cast<int>(rooms_.size());
        rooms_.emplace(name, r);
        return r.id;
    }

    // People are merged only when they are truly the same: the same id (or
    // guid) AND the same name, or the same name when there is no id. A
    // placeholder or repeated id never merges different names (36C3 gives 677
    // people <person id="0">: they stay 677 people, not one who is "in two
    // places at once" everywhere). The same rule as frab_json_reader.
    std::string person_id(const XmlNode& pn) {
        const std::string name = trim(pn.text);
        const std::string* id_attr = pn.attribute("id");
        const std::string* guid_attr = pn.attribute("guid");
        const std::string source_id = id_attr && !id_attr->empty() ? "id:" + *id_attr
                                      : guid_attr && !guid_attr->empty() ? "guid:" + *guid_attr
                                                                         : "";
        const std::string key = source_id + "|" + name;
        auto it = person_by_key_.find(key);
        if (it != person_by_key_.end()) return it->second;
        // Our id from the file's id while that id names one person; from the name once it is shared.
        const bool shared_id = !source_id.empty() && !first_name_of_id_.emplace(source_id, name).second;
        std::string base = id_attr && !id_attr->empty() && !shared_id ? slugify(*id_attr, 20) : slugify(name, 40);
        if (base.empty()) base = "person";
        Person p;
        p.id = unique_id(person_ids_, "p-" + base);
        p.name = name;
        people_.push_back(p);
        person_by_key_[key] = p.id;
        return p.id;
    }

    Item import_event(const XmlNode& en, const Day& day, const std::string& room_name, const Document&) {
        Item item;
        const std::string* id_attr = en.attribute("id");
        const std::string* guid_attr = en.attribute("guid");
        std::string base = id_attr && !id_attr->empty() ? slugify(*id_attr, 40)
                           : guid_attr ? slugify(*guid_attr, 40)
                                       : slugify(en.child_text("slug"), 40);
        if (base.empty()) base = std::to_string(item_ids_.size() + 1);
        const std::string wanted = "e-" + base;
        item.id = unique_id(item_ids_, wanted);
        if (item.id != wanted) ++duplicate_ids_;
        item.title = trim(en.child_text("title"));
        if (item.title.empty()) {
            item.title = trim(en.child_text("slug"));
            warning(en.line, "event", "event without a title");
        }
        const std::string subtitle = trim(en.child_text("subtitle"));
        const std::string abstract = tidy_text(en.child_text("abstract"));
        const std::string description = tidy_text(en.child_text("description"));
        std::string text = subtitle;
        for (const std::string* part : {&abstract, &description})
            if (!part->empty() && text.find(*part) == std::string::npos) text += (text.empty() ? "" : "\n\n") + *part;
        item.description = text;
        item.kind = kind_for(en.child_text("type"), item.title);
        item.pinned = true;
        item.room_id = room_id(room_name);
        // Time: <date> with offset first, else <start> on the day's date.
        bool timed = false;
        const std::string date_text = trim(en.child_text("date"));
        if (auto st = parse_stamp(date_text)) {
            // A <date> far from its <day> (another year, a typo) would give
            // a start the file format cannot hold: it is refused, said, and
            // <start> on the day's date is used.
            if (auto m = minutes_on_day(*st, day.date)) {
                item.start = *m;
                timed = true;
            } else {
                warning(en.line, "event", "event \"" + item.title + "\": its <date> " + date_text.substr(0, 40) +
                                              " is not on its day " + format_iso_date(day.date) +
                                              " (nor the night after); <date> ignored");
            }
        }
        if (!timed) {
            if (auto m = parse_hhmm_strict(trim_view(en.child_text("start")))) {
                item.start = *m;
                timed = true;
            } else {
                warning(en.line, "event", "event \"" + item.title + "\" has no usable <date> or <start>");
            }
        }
        const std::string dur = trim(en.child_text("duration"));
        if (auto d = parse_hhmm_strict(dur.size() > 5 && dur[dur.size() - 3] == ':' && dur.size() == 8
                                           ? dur.substr(0, 5)
                                           : dur)) {
            item.duration = *d;
        } else if (auto d2 = parse_duration(dur)) {
            item.duration = *d2;
        } else if (!dur.empty()) {
            warning(en.line, "event", "duration \"" + dur + "\" not understood; 0 used");
        }
        if (const XmlNode* persons = en.child("persons"))
            for (const auto& pn : persons->children)
                if (pn->name == "person" && !trim_view(pn->text).empty())
                    item.people.push_back({person_id(*pn), Role::speaker});
        return item;
    }
};

}  // namespace

// [SECTION] entry points

ReadResult read_frab_xml(std::string_view text) {
    ReadResult r;
    if (text.size() > kFrabMaxFileBytes) {
        r.problems.push_back({"", "file larger than 50 MB", true, 0, 0});
        return r;
    }
    XmlLimits limits;
    limits.max_bytes = kFrabMaxFileBytes;
    limits.max_depth = kFrabMaxDepth;
    XmlError err;
    std::unique_ptr<XmlNode> root = parse_xml(text, limits, err);
    if (!root) {
        r.problems.push_back({"", err.message, true, err.line, err.column});
        return r;
    }
    Importer imp;
    imp.run(*root);
    return std::move(imp.result);
}

ReadResult read_frab_xml_file(const std::string& path) {
    ReadResult r;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        r.problems.push_back({"", "cannot open " + path, true, 0, 0});
        return r;
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0 || static_cast<unsigned long long>(size) > kFrabMaxFileBytes) {
        r.problems.push_back({"", "file larger than 50 MB", true, 0, 0});
        return r;
    }
    in.seekg(0);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), size);
    if (!in) {
        r.problems.push_back({"", "cannot read " + path, true, 0, 0});
        return r;
    }
    return read_frab_xml(text);
}

bool looks_like_frab_xml(std::string_view head) {
    std::size_t pos = 0;
    if (head.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    // Skip whitespace, the XML declaration, processing instructions and comments.
    for (;;) {
        while (pos < head.size() && std::isspace(static_cast<unsigned char>(head[pos]))) ++pos;
        if (head.substr(pos, 2) == "<?") {
            const std::size_t e = head.find("?>", pos);
            if (e == std::string_view::npos) return false;
            pos = e + 2;
        } else if (head.substr(pos, 4) == "<!--") {
            const std::size_t e = head.find("-->", pos);
            if (e == std::string_view::npos) return false;
            pos = e + 3;
        } else {
            break;
        }
    }
    // A DOCTYPE before <schedule is still "ours": the reader then explains why it refuses it.
    if (head.substr(pos, 9) == "<!DOCTYPE") {
        const std::size_t s = head.find("<schedule", pos);
        return s != std::string_view::npos;
    }
    if (head.substr(pos, 9) != "<schedule") return false;
    const char after = pos + 9 < head.size() ? head[pos + 9] : '>';
    return after == '>' || after == ' ' || after == '\n' || after == '\t' || after == '\r' || after == '/';
}

}  // namespace dagdeel
