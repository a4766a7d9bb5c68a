// Windows time zone names, as Outlook and Exchange write them in iCalendar
// (TZID:W. Europe Standard Time), -> IANA zone names. The table comes from
// CLDR's windowsZones.xml at build time (cmake/windows_zones.cmake); when the
// build had no CLDR it is empty and every lookup gives nullopt.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dagdeel {

// The IANA zone for `windows_name` (exact, then ignoring ASCII case): `preferred`
// when it is one of the zones CLDR lists for that name (a Dutch user's
// "W. Europe Standard Time" is Europe/Amsterdam), else CLDR's zone for
// territory 001 (Europe/Berlin). nullopt for a name that is not in the table.
std::optional<std::string_view> iana_zone_for_windows(std::string_view windows_name, std::string_view preferred = {});
// How many Windows names the build embedded (0 without CLDR).
std::size_t windows_zone_count();

namespace detail {
struct WindowsZoneEntry {
    const char* windows_name;
    const char* golden;  // territory 001
    const char* others;  // space-separated, every other territory
};
}  // namespace detail

}  // namespace dagdeel
