#include "core/windows_zones.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace dagdeel {

namespace detail {
extern const WindowsZoneEntry windows_zone_table[];
extern const std::size_t windows_zone_table_size;
}  // namespace detail

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower((unsigned char)a[i]) != std::tolower((unsigned char)b[i])) return false;
    return true;
}

// `zone` as one of the space-separated names in `zones` (a view into `zones`).
std::optional<std::string_view> listed(std::string_view zones, std::string_view zone) {
    std::size_t pos = 0;
    while (pos < zones.size()) {
        std::size_t end = zones.find(' ', pos);
        if (end == std::string_view::npos) end = zones.size();
        if (zones.substr(pos, end - pos) == zone) return zones.substr(pos, end - pos);
        pos = end + 1;
    }
    return std::nullopt;
}

}  // namespace

std::size_t windows_zone_count() { return detail::windows_zone_table_size; }

std::optional<std::string_view> iana_zone_for_windows(std::string_view name, std::string_view preferred) {
    // Outlook sometimes quotes the name or pads it.
    while (!name.empty() && (name.front() == '"' || name.front() == ' ')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == '"' || name.back() == ' ')) name.remove_suffix(1);
    if (name.empty()) return std::nullopt;
    const detail::WindowsZoneEntry* begin = detail::windows_zone_table;
    const detail::WindowsZoneEntry* end = begin + detail::windows_zone_table_size;
    const detail::WindowsZoneEntry* hit = nullptr;
    auto it = std::lower_bound(begin, end, name,
                               [](const detail::WindowsZoneEntry& e, std::string_view n) { return e.windows_name < n; });
    if (it != end && it->windows_name == name) hit = it;
    for (const auto* e = begin; !hit && e != end; ++e)
        if (equal_ignoring_case(e->windows_name, name)) hit = e;
    if (!hit) return std::nullopt;
    // The views point into the table (static), never into `preferred`.
    if (!preferred.empty())
        if (auto own = listed(hit->others, preferred)) return own;
    return std::string_view(hit->golden);
}

}  // namespace dagdeel
