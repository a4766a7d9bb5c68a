// VTIMEZONEs on import: a TZID is looked up as an IANA name first, then as a
// Windows zone name (Outlook, Exchange: "W. Europe Standard Time", through
// CLDR's table, core/windows_zones.hpp); a zone we do not know is rebuilt from its latest STANDARD and DAYLIGHT parts as a
// POSIX rule (a yearly weekday rule), else its standard offset all year.
#include <cstdio>

#include "core/windows_zones.hpp"
#include "io/ics/ics_components.hpp"
#include "io/ics/ics_internal.hpp"

namespace dagdeel::ics_detail {

std::optional<TimeZone> known_zone(std::string_view tzid, std::string_view preferred) {
    if (auto z = find_time_zone(tzid)) return z;
    // "/mozilla.org/20050126_1/Europe/Berlin", "/Europe/Berlin": try each tail.
    for (std::size_t pos = tzid.find('/'); pos != std::string_view::npos; pos = tzid.find('/', pos + 1))
        if (auto z = find_time_zone(tzid.substr(pos + 1))) return z;
    // Outlook's "W. Europe Standard Time": the user's own zone when CLDR lists
    // it for that name (Europe/Amsterdam), else CLDR's main zone.
    if (auto iana = iana_zone_for_windows(tzid, preferred)) return find_time_zone(*iana);
    return std::nullopt;
}

namespace {

std::optional<int> parse_offset(std::string_view v) {
    if (v.size() != 5 && v.size() != 7) return std::nullopt;
    if ((v[0] != '+' && v[0] != '-') || !all_digits(v.substr(1))) return std::nullopt;
    int s = int_of(v.substr(1, 2)) * 3600 + int_of(v.substr(3, 2)) * 60 + (v.size() == 7 ? int_of(v.substr(5, 2)) : 0);
    return v[0] == '-' ? -s : s;
}

// POSIX offset text for seconds east of UTC ("-1", "7:41", "-5:45").
std::string posix_offset(int east) {
    int west = -east;
    std::string out = west < 0 ? "-" : "";
    int a = west < 0 ? -west : west;
    out += std::to_string(a / 3600);
    if (a % 3600) {
        char buf[16];
        std::snprintf(buf, sizeof buf, ":%02d", a / 60 % 60);
        out += buf;
        if (a % 60) std::snprintf(buf, sizeof buf, ":%02d", a % 60), out += buf;
    }
    return out;
}

std::string posix_name(int east) {
    char buf[16];
    const int a = east < 0 ? -east : east;
    std::snprintf(buf, sizeof buf, "<%c%02d%02d>", east < 0 ? '-' : '+', a / 3600, a / 60 % 60);
    return buf;
}

// "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" + DTSTART "19700329T020000" -> "M3.5.0/2:00:00".
std::optional<std::string> posix_transition(const ZonePart& part) {
    std::string rrule, dtstart;
    for (const Prop& p : part.props) {
        if (p.name == "RRULE") rrule = upper(p.value);
        if (p.name == "DTSTART") dtstart = p.value;
    }
    auto w = parse_when(dtstart);
    if (!w || rrule.find("FREQ=YEARLY") == std::string::npos) return std::nullopt;
    int month = 0, week = 0, wd = -1;
    static const char* names[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
    std::size_t pos = 0;
    while (pos <= rrule.size()) {
        std::size_t end = rrule.find(';', pos);
        if (end == std::string::npos) end = rrule.size();
        std::string_view part_text = std::string_view(rrule).substr(pos, end - pos);
        if (part_text.substr(0, 8) == "BYMONTH=") {
            auto v = part_text.substr(8);
            if (!all_digits(v) || v.empty() || v.size() > 2) return std::nullopt;
            month = int_of(v);
        } else if (part_text.substr(0, 6) == "BYDAY=") {
            auto v = part_text.substr(6);
            if (v.size() < 3) return std::nullopt;
            std::string_view n = v.substr(0, v.size() - 2);
            for (int i = 0; i < 7; ++i)
                if (v.substr(v.size() - 2) == names[i]) wd = i;
            if (n == "-1") week = 5;
            else if (n.size() == 1 && n[0] >= '1' && n[0] <= '4') week = n[0] - '0';
            else if (n.size() == 2 && n[0] == '+' && n[1] >= '1' && n[1] <= '4') week = n[1] - '0';
            else return std::nullopt;
        } else if (!part_text.empty() && part_text.substr(0, 5) != "FREQ=" && part_text.substr(0, 5) != "WKST=" &&
                   part_text.substr(0, 9) != "INTERVAL=") {
            return std::nullopt;  // UNTIL (a rule that ended), BYMONTHDAY, ...
        }
        pos = end + 1;
    }
    if (month < 1 || month > 12 || week == 0 || wd < 0) return std::nullopt;
    char buf[48];
    std::snprintf(buf, sizeof buf, "M%d.%d.%d/%d:%02d:%02d", month, week, wd, w->seconds / 3600, w->seconds / 60 % 60,
                  w->seconds % 60);
    return std::string(buf);
}

}  // namespace

// A VTIMEZONE we have no IANA rule for -> a zone from its own parts.
std::optional<TimeZone> zone_from_vtimezone(const RawZone& z, Problems& problems) {
    const ZonePart* latest[2] = {nullptr, nullptr};  // STANDARD, DAYLIGHT with the latest DTSTART
    std::string latest_start[2];
    for (const ZonePart& part : z.parts) {
        std::string dtstart;
        for (const Prop& p : part.props)
            if (p.name == "DTSTART") dtstart = p.value;
        const int k = part.daylight ? 1 : 0;
        if (!latest[k] || dtstart >= latest_start[k]) latest[k] = &part, latest_start[k] = dtstart;
    }
    auto offset_to = [](const ZonePart* part) -> std::optional<int> {
        if (!part) return std::nullopt;
        for (const Prop& p : part->props)
            if (p.name == "TZOFFSETTO") return parse_offset(p.value);
        return std::nullopt;
    };
    auto std_off = offset_to(latest[0]);
    auto dst_off = offset_to(latest[1]);
    if (!std_off && dst_off && !latest[0]) std_off = dst_off, dst_off.reset();  // only DAYLIGHT parts
    if (!std_off) {
        problems.add(z.line, "VTIMEZONE " + z.tzid + " has no usable TZOFFSETTO");
        return std::nullopt;
    }
    std::string rule = posix_name(*std_off) + posix_offset(*std_off);
    if (dst_off && latest[0] && latest[1]) {
        auto on = posix_transition(*latest[1]);
        auto off = posix_transition(*latest[0]);
        if (on && off) {
            rule += posix_name(*dst_off) + posix_offset(*dst_off) + "," + *on + "," + *off;
        } else {
            problems.add(z.line, "VTIMEZONE " + z.tzid + ": its daylight-saving rule is not a yearly weekday rule; "
                                 "its standard offset " + posix_name(*std_off) + " is used all year");
        }
    }
    return time_zone_from_posix(z.tzid, rule);
}

}  // namespace dagdeel::ics_detail
