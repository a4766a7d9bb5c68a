#include "core/timeline_drop.hpp"

#include <algorithm>
#include <vector>

#include "core/civil_time.hpp"
#include "core/operations.hpp"
#include "core/reflow.hpp"

namespace dagdeel {
namespace {

std::string room_name(const Document& doc, const std::string& room_id, bool nl) {
    if (room_id.empty()) return nl ? "de plenaire zaal" : "the main room";
    if (const Room* r = find_room(doc, room_id)) return r->name.empty() ? r->id : r->name;
    return room_id;
}

std::string title_of(const Item& it, bool nl) {
    if (!it.title.empty()) return it.title;
    return kind_word(it.kind, nl ? "nl" : "en");
}

struct Parts {
    std::vector<std::string> nl, en;
    void add(std::string a, std::string b) { nl.push_back(std::move(a)), en.push_back(std::move(b)); }
};

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

// The items of the day that the drop moves besides the dragged one, and
// whether they (or the dragged one) end after the day's end.
void consequences(const Day& before, const Day& after, const std::string& dragged_id, Parts& parts) {
    const bool has_end = after.end > after.start;
    int more = 0;
    for (std::size_t i = 0; i < after.items.size() && i < before.items.size(); ++i) {
        const Item& a = after.items[i];
        const Item& b = before.items[i];
        const bool past_end = has_end && a.end() > after.end && !(b.end() > before.end);
        if (a.id == dragged_id) {
            if (past_end) parts.add("loopt tot na het einde van de dag (" + format_hhmm(after.end) + ")",
                                    "runs past the end of the day (" + format_hhmm(after.end) + ")");
            continue;
        }
        if (a.start == b.start) continue;
        if (parts.nl.size() >= 4) {
            ++more;
            continue;
        }
        std::string nl = title_of(a, true) + " schuift naar " + format_hhmm(a.start);
        std::string en = title_of(a, false) + " moves to " + format_hhmm(a.start);
        if (past_end) nl += ", na het einde van de dag", en += ", past the end of the day";
        parts.add(std::move(nl), std::move(en));
    }
    // Pinned items stay put: say where the flow now runs into one.
    const std::vector<FlowIssue> was = flow_issues(before);
    for (const FlowIssue& issue : flow_issues(after)) {
        if (issue.type != FlowIssue::Type::overlap) continue;
        bool known = false;
        for (const FlowIssue& w : was) known |= w == issue;
        if (known) continue;
        for (const Item& a : after.items)
            if (a.id == issue.item_id) {
                const std::string n = std::to_string(issue.amount);
                parts.add("loopt " + n + " min door in " + title_of(a, true) + " (vast om " + format_hhmm(a.start) + ")",
                          "runs " + n + " min into " + title_of(a, false) + " (pinned at " + format_hhmm(a.start) + ")");
            }
    }
    if (more > 0)
        parts.add("en " + std::to_string(more) + " andere onderdelen schuiven mee",
                  "and " + std::to_string(more) + " other items move along");
}

}  // namespace

DropPlan plan_drop(const Document& doc, const DropRequest& request) {
    DropPlan plan;
    plan.doc = doc;
    const auto place = find_item(doc, request.item_id);
    if (!place) return plan;
    const Day& day_before = doc.days[place->day];
    const Item& item = day_before.items[place->index];
    const Session* session = nullptr;
    for (const Session& s : item.sessions)
        if (s.id == request.session_id) session = &s;

    Item& target = plan.doc.days[place->day].items[place->index];
    Parts parts;
    const bool time_changed = request.to_start != item.start + (session ? session->delay : 0);
    if (time_changed && session && request.session_only) {
        // Within the round: at least 5 minutes of the session remain.
        const Minutes delay = std::clamp(request.to_start - item.start, 0, std::max(0, item.duration - 5));
        for (Session& s : target.sessions)
            if (s.id == session->id) s.delay = delay;
        const std::string name = session->title.empty() ? (std::string)"Sessie" : session->title;
        if (delay == 0)
            parts.add(name + " begint met de ronde (" + format_hhmm(item.start) + ")",
                      name + " starts with the round (" + format_hhmm(item.start) + ")");
        else
            parts.add(name + " begint " + std::to_string(delay) + " min na de ronde (" + format_hhmm(item.start + delay) + ")",
                      name + " starts " + std::to_string(delay) + " min after the round (" + format_hhmm(item.start + delay) + ")");
    } else if (time_changed) {
        // The dragged block is a session that may start later than its round.
        const Minutes round_start = std::max(0, request.to_start - (session ? session->delay : 0));
        target.start = round_start;
        target.pinned = true;
        plan.whole_round = session != nullptr || item.kind == ItemKind::round;
        const std::string at = format_hhmm(round_start);
        if (plan.whole_round)
            parts.add("Hele ronde naar " + at + " (vast)", "Whole round to " + at + " (pinned)");
        else
            parts.add(title_of(item, true) + " naar " + at + " (vast)", title_of(item, false) + " to " + at + " (pinned)");
    }
    if (request.to_room) {
        const std::string& room = *request.to_room;
        if (session && session->room_id != room) {
            for (Session& s : target.sessions)
                if (s.id == session->id) s.room_id = room;
            const std::string name = session->title.empty() ? (std::string)"Sessie" : session->title;
            parts.add(name + " naar " + room_name(doc, room, true), name + " to " + room_name(doc, room, false));
        } else if (!session && item.kind != ItemKind::round && item.room_id != room) {
            target.room_id = room;
            parts.add(title_of(item, true) + " naar " + room_name(doc, room, true),
                      title_of(item, false) + " to " + room_name(doc, room, false));
        }
    }
    if (parts.nl.empty()) return plan;
    plan.changes = true;
    reflow_day(plan.doc.days[place->day]);
    consequences(day_before, plan.doc.days[place->day], item.id, parts);
    plan.summary_nl = joined(parts.nl);
    plan.summary_en = joined(parts.en);
    return plan;
}

}  // namespace dagdeel
