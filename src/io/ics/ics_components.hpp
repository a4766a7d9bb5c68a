// The component tree of an iCalendar file (VCALENDAR, VEVENT, VTIMEZONE with
// STANDARD/DAYLIGHT) as raw properties, and the zones its TZIDs name.
// Internal to the .ics reader, not a public API.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time_zone.hpp"
#include "io/ics/ics_lexer.hpp"

namespace dagdeel::ics_detail {

struct ZonePart {
    bool daylight = false;
    std::vector<Prop> props;
};

struct RawZone {
    std::string tzid;
    int line = 0;
    std::vector<ZonePart> parts;
};

struct RawEvent {
    int line = 0;
    std::vector<Prop> props;
    const Prop* first(std::string_view n) const {
        for (const Prop& p : props)
            if (p.name == n) return &p;
        return nullptr;
    }
};

// The Props below point into `text`: a Calendar is filled where it stands
// and never copied or moved (the views would then point into the old one).
struct Calendar {
    Calendar() = default;
    Calendar(const Calendar&) = delete;
    Calendar& operator=(const Calendar&) = delete;
    std::string text;         // the unfolded lines (Unfolded::text)
    std::vector<Prop> props;  // VCALENDAR's own
    std::vector<RawZone> zones;
    std::vector<RawEvent> events;
    bool seen = false;
    bool too_many_events = false;
};

// Logical lines -> components (the unfolded text moves into cal.text);
// structure problems (unbalanced BEGIN/END, nesting past 16, more than
// kIcsMaxEvents) go to `problems`.
void read_components(Unfolded unfolded, Calendar& cal, Problems& problems);

// An IANA zone for a TZID, also in the forms "/mozilla.org/.../Europe/Berlin".
// An IANA name, a path ending in one, or a Windows zone name; `preferred`
// (the import's default zone) breaks a Windows name's tie.
std::optional<TimeZone> known_zone(std::string_view tzid, std::string_view preferred = {});
// A VTIMEZONE we have no IANA rule for -> a zone from its own parts.
std::optional<TimeZone> zone_from_vtimezone(const RawZone& z, Problems& problems);

}  // namespace dagdeel::ics_detail
