// Migrations: a file of version n is brought to n + 1 by kSteps[n], then on,
// until it has kJsonFormatVersion. Each step edits the parsed JSON only, so
// the strict reader stays about the current format alone. To change the
// format: bump kJsonFormatVersion, append one step here, add a test with a
// file of the old shape.
//
// Version 0 never shipped. Its step migrates a hypothetical pre-release
// layout ("programme" instead of "days", "event.tz" instead of
// "event.time_zone") so that the chain itself is exercised by tests before a
// real version 2 needs it.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "io/json/json_internal.hpp"

namespace dagdeel::json_detail {
namespace {

using Step = void (*)(nlohmann::json&);

void rename_key(nlohmann::json& obj, const char* from, const char* to) {
    if (!obj.is_object() || !obj.contains(from) || obj.contains(to)) return;
    obj[to] = std::move(obj[from]);
    obj.erase(from);
}

void migrate_0_to_1(nlohmann::json& root) {
    rename_key(root, "programme", "days");
    if (root.contains("event")) rename_key(root["event"], "tz", "time_zone");
}

constexpr std::array<Step, kJsonFormatVersion> kSteps{{migrate_0_to_1}};

}  // namespace

bool migrate(nlohmann::json& root, std::vector<Problem>& problems) {
    auto it = root.find("version");
    if (it == root.end()) {
        problems.push_back({"version", "required key missing", true});
        return false;
    }
    if (!it->is_number_integer()) {
        problems.push_back({"version", "expected a whole number, got " + it->dump(), true});
        return false;
    }
    const long long version = it->is_number_unsigned()
                                  ? static_cast<long long>(std::min<std::uint64_t>(
                                        it->get<std::uint64_t>(), 1u << 30))
                                  : it->get<long long>();
    if (version > kJsonFormatVersion) {
        problems.push_back({"version",
                            "made by a newer Dagdeel (file format version " +
                                std::to_string(version) + ", this one reads up to " +
                                std::to_string(kJsonFormatVersion) +
                                "); update Dagdeel to open it",
                            true});
        return false;
    }
    if (version < 0) {
        problems.push_back({"version", std::to_string(version) + " is not a format version", true});
        return false;
    }
    for (long long v = version; v < kJsonFormatVersion; ++v) kSteps[static_cast<std::size_t>(v)](root);
    root["version"] = kJsonFormatVersion;
    return true;
}

}  // namespace dagdeel::json_detail
