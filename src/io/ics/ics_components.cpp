// The iCalendar component tree; see ics_components.hpp.
#include "io/ics/ics_components.hpp"

#include <algorithm>

namespace dagdeel::ics_detail {

void read_components(Unfolded unfolded, Calendar& cal, Problems& problems) {
    cal.text = std::move(unfolded.text);
    char* const text = cal.text.data();
    struct Open {
        std::string name;
        int line;
        bool implied = false;  // a VCALENDAR the file left out (bare VEVENTs)
    };
    std::vector<Open> stack;
    for (const LogicalLine& l : unfolded.lines) {
        if (l.too_long) {
            problems.add(l.line, "line longer than " + std::to_string(kIcsMaxLineBytes / 1024) + " KiB ignored");
            continue;
        }
        auto prop = parse_content_line(text + l.offset, l.size, l.line);
        if (!prop) {
            problems.add(l.line, "not a content line (NAME:value), ignored");
            continue;
        }
        if (prop->name == "BEGIN") {
            const std::string what = upper(prop->value);
            if (stack.empty() && (what == "VEVENT" || what == "VTIMEZONE")) {
                // Bare events (copied out of a calendar, or written by a tool
                // that leaves the wrapper out): read as if in one VCALENDAR.
                if (!cal.seen)
                    problems.add(l.line, "no BEGIN:VCALENDAR: the events are read as one calendar");
                cal.seen = true;
                stack.push_back({"VCALENDAR", l.line, true});
            } else if (stack.empty() && what != "VCALENDAR") {
                problems.add(l.line, "BEGIN:" + what + " outside a VCALENDAR, ignored");
            }
            if (stack.size() >= 16) {
                problems.add(l.line, "components nested too deeply", true);
                return;
            }
            const std::string_view parent = stack.empty() ? std::string_view() : std::string_view(stack.back().name);
            if (what == "VCALENDAR") cal.seen = true;
            if (parent == "VCALENDAR" && what == "VEVENT") {
                if (cal.events.size() >= kIcsMaxEvents) {
                    cal.too_many_events = true;
                    problems.add(l.line, "more than " + std::to_string(kIcsMaxEvents) + " events", true);
                    return;
                }
                cal.events.push_back({l.line, {}});
                cal.events.back().props.reserve(8);  // two allocations for our own exports' 11 or 12
            } else if (parent == "VCALENDAR" && what == "VTIMEZONE") {
                cal.zones.push_back({{}, l.line, {}});
            } else if (parent == "VTIMEZONE" && (what == "STANDARD" || what == "DAYLIGHT") && !cal.zones.empty()) {
                cal.zones.back().parts.push_back({what == "DAYLIGHT", {}});
            }
            stack.push_back({what, l.line});
            continue;
        }
        if (prop->name == "END") {
            const std::string what = upper(prop->value);
            auto it = std::find_if(stack.rbegin(), stack.rend(), [&](const Open& o) { return o.name == what; });
            if (it == stack.rend()) {
                problems.add(l.line, "END:" + what + " without BEGIN:" + what + ", ignored");
                continue;
            }
            while (!stack.empty() && stack.back().name != what && !stack.back().implied) {
                problems.add(stack.back().line, "BEGIN:" + stack.back().name + " is closed by END:" + what + " at line " +
                                                    std::to_string(l.line));
                stack.pop_back();
            }
            if (!stack.empty() && stack.back().name == what) stack.pop_back();
            continue;
        }
        if (stack.empty()) {
            problems.add(l.line, std::string(prop->name) + " outside a VCALENDAR, ignored");
            continue;
        }
        const std::string& top = stack.back().name;
        const std::string_view parent = stack.size() >= 2 ? std::string_view(stack[stack.size() - 2].name) : std::string_view();
        if (top == "VEVENT" && parent == "VCALENDAR") cal.events.back().props.push_back(std::move(*prop));
        else if (top == "VCALENDAR") cal.props.push_back(std::move(*prop));
        else if (top == "VTIMEZONE" && parent == "VCALENDAR") {
            if (prop->name == "TZID") cal.zones.back().tzid = prop->value;
        } else if ((top == "STANDARD" || top == "DAYLIGHT") && parent == "VTIMEZONE" && !cal.zones.empty() &&
                   !cal.zones.back().parts.empty())
            cal.zones.back().parts.back().props.push_back(std::move(*prop));
        // anything else (VALARM, VTODO, X- components) is ignored
    }
    for (const Open& o : stack)
        if (!o.implied) problems.add(o.line, "BEGIN:" + o.name + " is never closed");
}

}  // namespace dagdeel::ics_detail
