// schedule.xml writer (see frab_xml_writer.hpp and frab_schedule.hpp).
#include "io/frab/frab_xml_writer.hpp"

#include "io/announcement/announcement.hpp"

namespace dagdeel {
namespace {

std::string x(std::string_view s) { return html_escape(sanitize_utf8(s)); }

void element(std::string& out, const char* indent, const char* name, const std::string& value) {
    out += indent;
    out += "<";
    out += name;
    if (value.empty()) {
        out += "/>\n";
        return;
    }
    out += ">" + x(value) + "</" + name + ">\n";
}

}  // namespace

FrabExport write_frab_xml(const Document& doc) {
    FrabBuild build = build_frab_schedule(doc);
    FrabExport result;
    result.problems = std::move(build.problems);
    if (!FrabExport{{}, result.problems}.ok()) return result;
    const FrabSchedule& s = build.schedule;
    std::string& out = result.text;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n";
    out += "  <generator name=\"Dagdeel\" version=\"0.1.0\"/>\n";
    out += "  <version>" + x(s.version) + "</version>\n";
    out += "  <conference>\n";
    element(out, "    ", "acronym", s.acronym);
    element(out, "    ", "title", s.title);
    element(out, "    ", "start", s.start);
    element(out, "    ", "end", s.end);
    out += "    <days>" + std::to_string(s.days.size()) + "</days>\n";
    element(out, "    ", "timeslot_duration", "00:05");
    element(out, "    ", "time_zone_name", s.time_zone_name);
    if (!s.url.empty()) element(out, "    ", "url", s.url);
    for (const std::string& t : s.tracks) out += "    <track name=\"" + x(t) + "\"/>\n";
    out += "  </conference>\n";
    for (const FrabDay& d : s.days) {
        out += "  <day index=\"" + std::to_string(d.index) + "\" date=\"" + d.date + "\" start=\"" + d.start +
               "\" end=\"" + d.end + "\">\n";
        for (const FrabRoom& r : d.rooms) {
            out += "    <room name=\"" + x(r.name) + "\" guid=\"" + r.guid + "\"";
            if (r.events.empty()) {
                out += "/>\n";
                continue;
            }
            out += ">\n";
            for (const FrabEvent& e : r.events) {
                out += "      <event id=\"" + std::to_string(e.id) + "\" guid=\"" + e.guid + "\">\n";
                const char* in = "        ";
                element(out, in, "date", e.date);
                element(out, in, "start", e.start);
                element(out, in, "duration", e.duration);
                element(out, in, "room", e.room);
                element(out, in, "slug", e.slug);
                if (!e.url.empty()) element(out, in, "url", e.url);
                element(out, in, "title", e.title);
                element(out, in, "subtitle", e.subtitle);
                element(out, in, "track", e.track);
                element(out, in, "type", e.type);
                element(out, in, "language", e.language);
                element(out, in, "abstract", e.abstract);
                element(out, in, "description", "");
                if (e.persons.empty()) {
                    out += std::string(in) + "<persons/>\n";
                } else {
                    out += std::string(in) + "<persons>\n";
                    for (const FrabPerson& p : e.persons)
                        out += std::string(in) + "  <person id=\"" + std::to_string(p.id) + "\" guid=\"" + p.guid +
                               "\">" + x(p.name) + "</person>\n";
                    out += std::string(in) + "</persons>\n";
                }
                out += std::string(in) + "<links/>\n";
                out += "      </event>\n";
            }
            out += "    </room>\n";
        }
        out += "  </day>\n";
    }
    out += "</schedule>\n";
    return result;
}

}  // namespace dagdeel
