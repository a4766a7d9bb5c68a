// schedule.json writer (see frab_json_writer.hpp and frab_schedule.hpp).
#include "io/frab/frab_json_writer.hpp"

#include <nlohmann/json.hpp>

#include "io/announcement/announcement.hpp"

namespace dagdeel {

FrabExport write_frab_json(const Document& doc) {
    using nlohmann::ordered_json;
    FrabBuild build = build_frab_schedule(doc);
    FrabExport result;
    result.problems = std::move(build.problems);
    if (!FrabExport{{}, result.problems}.ok()) return result;
    const FrabSchedule& s = build.schedule;
    auto str = [](const std::string& v) { return sanitize_utf8(v); };

    ordered_json conference = ordered_json::object();
    conference["acronym"] = s.acronym;
    conference["title"] = str(s.title);
    conference["start"] = s.start;
    conference["end"] = s.end;
    conference["daysCount"] = s.days.size();
    conference["timeslot_duration"] = "00:05";
    conference["time_zone_name"] = s.time_zone_name;
    if (!s.url.empty()) conference["url"] = str(s.url);
    ordered_json rooms = ordered_json::array();
    for (const FrabRoom& r : s.rooms) rooms.push_back({{"name", str(r.name)}, {"guid", r.guid}});
    conference["rooms"] = rooms;
    ordered_json tracks = ordered_json::array();
    for (const std::string& t : s.tracks) tracks.push_back({{"name", str(t)}});
    conference["tracks"] = tracks;
    ordered_json days = ordered_json::array();
    for (const FrabDay& d : s.days) {
        ordered_json day_rooms = ordered_json::object();
        for (const FrabRoom& r : d.rooms) {
            ordered_json events = ordered_json::array();
            for (const FrabEvent& e : r.events) {
                ordered_json persons = ordered_json::array();
                for (const FrabPerson& p : e.persons)
                    persons.push_back({{"id", p.id}, {"guid", p.guid}, {"public_name", str(p.name)}});
                ordered_json ev = ordered_json::object();
                ev["guid"] = e.guid;
                ev["id"] = e.id;
                ev["date"] = e.date;
                ev["start"] = e.start;
                ev["duration"] = e.duration;
                ev["room"] = str(e.room);
                ev["slug"] = e.slug;
                ev["url"] = e.url.empty() ? "urn:uuid:" + e.guid : str(e.url);
                ev["title"] = str(e.title);
                ev["subtitle"] = str(e.subtitle);
                ev["track"] = e.track.empty() ? ordered_json(nullptr) : ordered_json(str(e.track));
                ev["type"] = e.type;
                ev["language"] = str(e.language);
                ev["abstract"] = str(e.abstract);
                ev["description"] = "";
                ev["persons"] = persons;
                ev["links"] = ordered_json::array();
                events.push_back(std::move(ev));
            }
            day_rooms[str(r.name)] = std::move(events);
        }
        days.push_back({{"index", d.index}, {"date", d.date}, {"day_start", d.start}, {"day_end", d.end},
                        {"rooms", std::move(day_rooms)}});
    }
    conference["days"] = days;
    ordered_json root = ordered_json::object();
    root["generator"] = {{"name", "Dagdeel"}, {"version", "0.1.0"}};
    root["schedule"] = {{"version", s.version}, {"conference", std::move(conference)}};
    result.text = root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return result;
}

}  // namespace dagdeel
