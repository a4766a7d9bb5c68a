// Building the conference-app view of a plan (see frab_schedule.hpp).
//
// [SECTION] SHA-1 and UUIDs
// [SECTION] slugs
// [SECTION] building the schedule
#include "io/frab/frab_schedule.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/civil_time.hpp"
#include "core/time_zone.hpp"
#include "io/announcement/announcement.hpp"

namespace dagdeel {

bool FrabBuild::ok() const {
    return std::none_of(problems.begin(), problems.end(), [](const Problem& p) { return p.is_error; });
}
bool FrabExport::ok() const {
    return std::none_of(problems.begin(), problems.end(), [](const Problem& p) { return p.is_error; });
}

// [SECTION] SHA-1 and UUIDs

std::array<std::uint8_t, 20> sha1(std::string_view data) {
    std::uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    auto rol = [](std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    std::string msg(data);
    const std::uint64_t bit_len = static_cast<std::uint64_t>(data.size()) * 8u;
    msg += static_cast<char>(0x80);
    while (msg.size() % 64 != 56) msg += '\0';
    for (int i = 7; i >= 0; --i) msg += static_cast<char>((bit_len >> (i * 8)) & 0xFFu);
    for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] = (static_cast<std::uint32_t>(static_cast<std::uint8_t>(msg[chunk + i * 4])) << 24) |
                   (static_cast<std::uint32_t>(static_cast<std::uint8_t>(msg[chunk + i * 4 + 1])) << 16) |
                   (static_cast<std::uint32_t>(static_cast<std::uint8_t>(msg[chunk + i * 4 + 2])) << 8) |
                   static_cast<std::uint32_t>(static_cast<std::uint8_t>(msg[chunk + i * 4 + 3]));
        for (int i = 16; i < 80; ++i) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999u;
            else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1u;
            else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDCu;
            else f = b ^ c ^ d, k = 0xCA62C1D6u;
            const std::uint32_t t = rol(a, 5) + f + e + k + w[i];
            e = d, d = c, c = rol(b, 30), b = a, a = t;
        }
        h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
    }
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j) out[static_cast<std::size_t>(i * 4 + j)] = static_cast<std::uint8_t>(h[i] >> (24 - 8 * j));
    return out;
}

namespace {

std::string format_uuid(const std::uint8_t* b) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return buf;
}

std::array<std::uint8_t, 16> uuid_bytes(const std::string& text) {
    std::array<std::uint8_t, 16> out{};
    std::size_t k = 0;
    for (std::size_t i = 0; i + 1 < text.size() && k < 16; ++i) {
        if (text[i] == '-') continue;
        auto hex = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
        out[k++] = static_cast<std::uint8_t>(hex(text[i]) * 16 + hex(text[i + 1]));
        ++i;
    }
    return out;
}

// RFC 4122 appendix C: the namespace for ISO OIDs.
constexpr std::array<std::uint8_t, 16> kOidNamespace = {0x6b, 0xa7, 0xb8, 0x12, 0x9d, 0xad, 0x11, 0xd1,
                                                        0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

}  // namespace

std::string uuid_v5(const std::array<std::uint8_t, 16>& name_space, std::string_view name) {
    std::string data(reinterpret_cast<const char*>(name_space.data()), name_space.size());
    data.append(name);
    auto h = sha1(data);
    h[6] = static_cast<std::uint8_t>((h[6] & 0x0F) | 0x50);
    h[8] = static_cast<std::uint8_t>((h[8] & 0x3F) | 0x80);
    return format_uuid(h.data());
}

std::string dagdeel_uuid(std::string_view name) {
    static const std::array<std::uint8_t, 16> ns = uuid_bytes(uuid_v5(kOidNamespace, "dagdeel"));
    return uuid_v5(ns, name);
}

// [SECTION] slugs

std::string slugify(std::string_view text, std::size_t max_len) {
    // Latin-1 supplement letters U+00C0..U+00FF -> ASCII (0 = drop).
    static const char* const latin1 =
        "AAAAAAACEEEEIIII"   // C0..CF
        "DNOOOOOxOUUUUYTs"   // D0..DF
        "aaaaaaaceeeeiiii"   // E0..EF
        "dnooooo_ouuuuyty";  // F0..FF
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < text.size() && out.size() < max_len; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        char mapped = 0;
        if (c < 0x80) {
            if (std::isalnum(c)) mapped = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < text.size()) {
            const unsigned char d = static_cast<unsigned char>(text[i + 1]);
            if (d >= 0x80 && d <= 0xBF) {
                const char m = latin1[d - 0x80];
                if (m != 'x' && m != '_') mapped = static_cast<char>(std::tolower(static_cast<unsigned char>(m)));
            }
            ++i;
        } else {
            while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
        }
        if (mapped) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += mapped;
        } else {
            dash = true;
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

// [SECTION] building the schedule

namespace {

std::string two(int v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

std::string offset_text(int seconds_east) {
    const char sign = seconds_east < 0 ? '-' : '+';
    const int a = seconds_east < 0 ? -seconds_east : seconds_east;
    return std::string(1, sign) + two(a / 3600) + ":" + two((a / 60) % 60);
}

struct Zoned {
    std::string date_time;  // local with offset
    std::string hhmm;       // local time of day
};

Zoned zoned(const TimeZone& zone, const Date& date, Minutes minutes) {
    const auto utc = to_utc(zone, date, minutes);
    if (!utc) return {};
    const ZonedTime z = to_local(zone, *utc);
    const std::string hhmm = two(z.minutes / 60) + ":" + two(z.minutes % 60);
    return {format_iso_date(z.date) + "T" + hhmm + ":00" + offset_text(z.utc_offset), hhmm};
}

std::string duration_text(Minutes m) {
    if (m < 0) m = 0;
    if (m > 99 * 60 + 59) m = 99 * 60 + 59;
    return two(m / 60) + ":" + two(m % 60);
}

const char* event_type(ItemKind k) {
    switch (k) {
        case ItemKind::talk:
        case ItemKind::presentation: return "talk";
        case ItemKind::workshop:
        case ItemKind::round: return "workshop";
        case ItemKind::discussion: return "discussion";
        case ItemKind::break_:
        case ItemKind::lunch: return "break";
        default: return "other";
    }
}

bool is_http(const std::string& url) {
    return is_safe_link(url) && url.rfind("mailto:", 0) != 0 && url.rfind("MAILTO:", 0) != 0;
}

struct Builder {
    const Document& doc;
    FrabBuild out;
    TimeZone zone;
    bool nl = true;
    std::set<long long> used_ids;
    std::set<std::string> used_guids;
    std::map<std::string, FrabPerson> persons;

    long long id_for(const std::string& name) {
        const auto h = sha1(name);
        long long id = ((static_cast<long long>(h[0]) << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) & 0x7FFFFFFF;
        if (id == 0) id = 1;
        while (used_ids.count(id)) id = id >= 0x7FFFFFFF ? 1 : id + 1;
        used_ids.insert(id);
        return id;
    }
    std::string guid_for(const std::string& name) {
        std::string g = dagdeel_uuid(name);
        for (int n = 2; used_guids.count(g); ++n) g = dagdeel_uuid(name + "#" + std::to_string(n));
        used_guids.insert(g);
        return g;
    }

    FrabRoom& room(FrabDay& day, const std::string& name) {
        for (FrabRoom& r : day.rooms)
            if (r.name == name) return r;
        bool known = false;
        for (const FrabRoom& r : out.schedule.rooms) known |= r.name == name;
        const std::string guid = dagdeel_uuid(doc.id + "/room/" + name);
        if (!known) out.schedule.rooms.push_back({name, guid, {}});
        day.rooms.push_back({name, guid, {}});
        return day.rooms.back();
    }

    std::vector<FrabPerson> people(const std::vector<PersonRef>& refs) {
        std::vector<FrabPerson> list;
        for (const PersonRef& r : refs) {
            const Person* p = find_person(doc, r.person_id);
            if (!p) continue;
            auto it = persons.find(p->id);
            if (it == persons.end()) {
                const std::string key = doc.id + "/person/" + p->id;
                const auto h = sha1(key);
                long long pid = ((static_cast<long long>(h[0]) << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) & 0x7FFFFFFF;
                std::string name = p->name.empty() ? p->organisation : p->name;
                it = persons.emplace(p->id, FrabPerson{pid == 0 ? 1 : pid, dagdeel_uuid(key), name}).first;
            }
            if (!it->second.name.empty()) list.push_back(it->second);
        }
        return list;
    }

    void add_track(const std::string& t) {
        if (!t.empty() && std::find(out.schedule.tracks.begin(), out.schedule.tracks.end(), t) == out.schedule.tracks.end())
            out.schedule.tracks.push_back(t);
    }

    FrabEvent event(const Date& date, Minutes start, Minutes duration, const std::string& identity,
                    const std::string& title, const std::string& description, Status status, const char* type) {
        FrabEvent e;
        e.id = id_for(identity);
        e.guid = guid_for(identity);
        const Zoned z = zoned(zone, date, start);
        e.date = z.date_time;
        e.start = z.hhmm;
        e.duration = duration_text(duration);
        std::string words = slugify(title, 48);
        if (words.size() < 4) words += (words.empty() ? "" : "-") + std::string("event");
        e.slug = out.schedule.acronym + "-" + std::to_string(e.id) + "-" + words;
        e.title = title.empty() ? std::string(nl ? "Zonder titel" : "Untitled") : title;
        if (status == Status::tentative) e.subtitle = nl ? "onder voorbehoud" : "to be confirmed";
        e.type = type;
        e.language = doc.event.language;
        e.abstract = description;
        if (is_http(doc.event.url)) e.url = doc.event.url;
        return e;
    }

    void run() {
        nl = announcement_language_for(doc) == AnnouncementLanguage::nl;
        if (auto z = find_time_zone(doc.event.time_zone)) {
            zone = *z;
        } else {
            zone = *time_zone_from_posix("UTC", "UTC0");
            out.problems.push_back({"event.time_zone", "unknown time zone \"" + doc.event.time_zone + "\"; UTC used",
                                    false, 0, 0});
        }
        FrabSchedule& s = out.schedule;
        s.title = doc.event.title.empty() ? doc.id : doc.event.title;
        std::string acronym = slugify(doc.id.empty() ? doc.event.title : doc.id, 40);
        std::replace(acronym.begin(), acronym.end(), '-', '_');
        while (acronym.size() < 4) acronym += '_';
        if (acronym.back() == '_') acronym += "0";
        s.acronym = acronym;
        s.time_zone_name = zone.name;
        s.language = doc.event.language;
        if (is_http(doc.event.url)) s.url = doc.event.url;
        const std::string main_room = !doc.event.venue.name.empty() ? doc.event.venue.name
                                                                    : std::string(nl ? "Zaal" : "Main room");
        int index = 0;
        for (std::size_t di = 0; di < doc.days.size(); ++di) {
            const Day& d = doc.days[di];
            if (!d.date.is_set()) {
                out.problems.push_back({"days[" + std::to_string(di) + "].date",
                                        "day \"" + d.id + "\" has no date and is left out", false, 0, 0});
                continue;
            }
            FrabDay day;
            day.index = ++index;
            day.date = format_iso_date(d.date);
            Minutes first = d.start, last = d.end;
            if (d.doors_open) first = std::min(first, *d.doors_open);
            for (const Item& i : d.items) {
                first = std::min(first, i.start);
                last = std::max(last, i.end());
            }
            if (last <= first) last = first + 1;
            day.start = zoned(zone, d.date, first).date_time;
            day.end = zoned(zone, d.date, last).date_time;
            room(day, main_room);
            for (const Item& item : d.items) {
                if (item.status == Status::cancelled) continue;
                const std::string base = doc.id + "/" + item.id;
                if (item.kind == ItemKind::round && !item.sessions.empty()) {
                    int n = 0;
                    for (const Session& ses : item.sessions) {
                        ++n;
                        if (ses.status == Status::cancelled) continue;
                        FrabEvent e = event(d.date, item.start, item.duration, base + "/" + ses.id, ses.title,
                                            ses.description, ses.status, "workshop");
                        const Room* r = find_room(doc, ses.room_id);
                        e.room = r && !r->name.empty() ? r->name
                                                       : std::string(nl ? "Sessie " : "Session ") + std::to_string(n);
                        e.track = item.title;
                        add_track(e.track);
                        e.persons = people(ses.people);
                        room(day, e.room).events.push_back(std::move(e));
                    }
                    continue;
                }
                FrabEvent e = event(d.date, item.start, item.duration, base, item.title, item.description,
                                    item.status, event_type(item.kind));
                const Room* r = find_room(doc, item.room_id);
                e.room = r && !r->name.empty() ? r->name : main_room;
                e.persons = people(item.people);
                room(day, e.room).events.push_back(std::move(e));
            }
            for (FrabRoom& r : day.rooms)
                std::stable_sort(r.events.begin(), r.events.end(),
                                 [](const FrabEvent& a, const FrabEvent& b) { return a.date < b.date; });
            if (s.start.empty()) s.start = day.date;
            s.end = day.date;
            s.days.push_back(std::move(day));
        }
        if (s.days.empty())
            out.problems.push_back({"days", "no day with a date: a conference schedule needs at least one", true, 0, 0});
    }
};

}  // namespace

FrabBuild build_frab_schedule(const Document& doc) {
    Builder b{doc, {}, {}, true, {}, {}, {}};
    b.run();
    return std::move(b.out);
}

}  // namespace dagdeel
