#include "core/participants.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>

#include "core/civil_time.hpp"

namespace dagdeel {
namespace {

std::string lower_trimmed(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    std::string out = s.substr(b, e - b);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool placed_in(const Participant& p, const std::string& round_id, const std::string& session_id) {
    const Placement* at = placement_in(p, round_id);
    return at && at->session_id == session_id;
}

}  // namespace

std::vector<const Item*> choice_rounds(const Document& d) {
    std::vector<const Item*> out;
    for (const auto& day : d.days)
        for (const auto& it : day.items)
            if (it.kind == ItemKind::round && !it.sessions.empty()) out.push_back(&it);
    return out;
}

const Item* find_round(const Document& d, const std::string& round_id) {
    for (const Item* r : choice_rounds(d))
        if (r->id == round_id) return r;
    return nullptr;
}

const Session* find_session(const Document& d, const std::string& session_id, const Item** round) {
    for (const Item* r : choice_rounds(d))
        for (const auto& s : r->sessions)
            if (s.id == session_id) {
                if (round) *round = r;
                return &s;
            }
    return nullptr;
}

int session_capacity(const Document& d, const Session& s) {
    if (s.capacity > 0) return s.capacity;
    if (const Room* room = find_room(d, s.room_id)) return room->capacity;
    return 0;
}

std::string workshop_key(const Session& s) {
    if (!s.design_id.empty()) return "design:" + s.design_id;
    return "title:" + lower_trimmed(s.title);
}

const Participant* find_participant(const Document& d, const std::string& id) {
    for (const auto& p : d.participants)
        if (p.id == id) return &p;
    return nullptr;
}

std::vector<std::size_t> registration_order(const Document& d) {
    std::vector<std::size_t> order(d.participants.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const std::string& ra = d.participants[a].registered;
        const std::string& rb = d.participants[b].registered;
        if (ra.empty() != rb.empty()) return !ra.empty();  // known dates first
        return ra < rb;  // ISO text sorts by time
    });
    return order;
}

std::vector<std::size_t> waiting_list(const Document& d) {
    std::vector<std::size_t> out;
    for (std::size_t i : registration_order(d))
        if (d.participants[i].status == ParticipantStatus::waiting) out.push_back(i);
    return out;
}

int choice_rank(const Document& d, const Participant& p, const Item& round, const std::string& session_id) {
    const Session* target = nullptr;
    for (const auto& s : round.sessions)
        if (s.id == session_id) target = &s;
    if (!target) return 0;
    for (const auto& rc : p.choices) {
        if (rc.round_id == round.id) {
            for (std::size_t k = 0; k < rc.session_ids.size(); ++k)
                if (rc.session_ids[k] == session_id) return static_cast<int>(k) + 1;
            return 0;
        }
    }
    // A choice for every round names a workshop by any of its sessions.
    const std::string key = workshop_key(*target);
    for (const auto& rc : p.choices) {
        if (!rc.round_id.empty()) continue;
        for (std::size_t k = 0; k < rc.session_ids.size(); ++k) {
            const Session* s = find_session(d, rc.session_ids[k]);
            if (s && workshop_key(*s) == key) return static_cast<int>(k) + 1;
        }
    }
    return 0;
}

const Placement* placement_in(const Participant& p, const std::string& round_id) {
    for (const auto& pin : p.pins)
        if (pin.round_id == round_id) return &pin;
    for (const auto& a : p.assigned)
        if (a.round_id == round_id) return &a;
    return nullptr;
}

ParticipantCounts count_participants(const Document& d) {
    ParticipantCounts c;
    c.maximum = d.event.max_participants;
    for (const auto& p : d.participants) {
        if (p.status == ParticipantStatus::registered) ++c.registered;
        if (p.status == ParticipantStatus::waiting) ++c.waiting;
        if (p.status == ParticipantStatus::cancelled) ++c.cancelled;
    }
    for (const Item* r : choice_rounds(d))
        for (const auto& s : r->sessions) {
            SessionCount sc{r->id, s.id, 0, session_capacity(d, s), 0};
            for (const auto& p : d.participants) {
                if (p.status != ParticipantStatus::registered) continue;
                if (placed_in(p, r->id, s.id)) ++sc.placed;
                if (choice_rank(d, p, *r, s.id) == 1) ++sc.first_choice;
            }
            c.sessions.push_back(sc);
        }
    return c;
}

std::vector<ParticipantFinding> participant_findings(const Document& d, const std::string& lang) {
    const bool en = lang == "en";
    std::vector<ParticipantFinding> out;
    const ParticipantCounts c = count_participants(d);
    if (c.maximum > 0 && c.registered > c.maximum)
        out.push_back({"", "", en ? std::to_string(c.registered) + " registered, the maximum is " + std::to_string(c.maximum)
                                  : std::to_string(c.registered) + " aangemeld, het maximum is " +
                                        std::to_string(c.maximum)});
    for (const auto& sc : c.sessions) {
        const Session* s = find_session(d, sc.session_id);
        if (sc.capacity > 0 && sc.placed > sc.capacity)
            out.push_back({"", sc.session_id,
                           en ? "\"" + s->title + "\" has " + std::to_string(sc.placed) + " participants for " +
                                    std::to_string(sc.capacity) + " places"
                              : "\"" + s->title + "\" heeft " + std::to_string(sc.placed) + " deelnemers voor " +
                                    std::to_string(sc.capacity) + " plaatsen"});
        if (s->minimum > 0 && sc.placed > 0 && sc.placed < s->minimum)
            out.push_back({"", sc.session_id,
                           en ? "\"" + s->title + "\" has " + std::to_string(sc.placed) + " participants, fewer than its minimum of " +
                                    std::to_string(s->minimum)
                              : "\"" + s->title + "\" heeft " + std::to_string(sc.placed) +
                                    " deelnemers, minder dan het minimum van " + std::to_string(s->minimum)});
    }
    const Date deadline = d.event.registration.deadline;
    std::map<std::string, std::string> first_by_email;
    for (const auto& p : d.participants) {
        const std::string who = p.name.empty() ? p.email : p.name;
        if (deadline.is_set() && p.registered.size() >= 10 && p.status != ParticipantStatus::cancelled) {
            auto day = parse_iso_date(p.registered.substr(0, 10));
            if (day && *day > deadline)
                out.push_back({p.id, "", en ? who + " registered on " + p.registered.substr(0, 10) + ", after the deadline " + format_iso_date(deadline)
                                            : who + " meldde zich aan op " + p.registered.substr(0, 10) +
                                                  ", na de sluitingsdatum " + format_iso_date(deadline)});
        }
        const std::string email = lower_trimmed(p.email);
        if (email.empty()) continue;
        auto [it, fresh] = first_by_email.emplace(email, who);
        if (!fresh)
            out.push_back({p.id, "", en ? who + " has the same e-mail address as " + it->second + " (" + p.email + ")"
                                        : who + " heeft hetzelfde e-mailadres als " + it->second + " (" + p.email + ")"});
    }
    return out;
}

std::string new_participant_id(const Document& d) {
    for (std::size_t n = d.participants.size() + 1;; ++n) {
        std::string id = "pt-" + std::to_string(n);
        if (!find_participant(d, id)) return id;
    }
}

Document add_participant(Document d, Participant p) {
    if (p.id.empty() || find_participant(d, p.id)) p.id = new_participant_id(d);
    d.participants.push_back(std::move(p));
    return d;
}

Document update_participant(Document d, const Participant& p) {
    for (auto& q : d.participants)
        if (q.id == p.id) q = p;
    return d;
}

Document remove_participant(Document d, const std::string& id) {
    std::erase_if(d.participants, [&](const Participant& p) { return p.id == id; });
    return d;
}

Document pin_participant(Document d, const std::string& participant_id, const std::string& round_id,
                         const std::string& session_id) {
    for (auto& p : d.participants) {
        if (p.id != participant_id) continue;
        std::erase_if(p.pins, [&](const Placement& x) { return x.round_id == round_id; });
        if (!session_id.empty()) p.pins.push_back({round_id, session_id});
    }
    return d;
}

Document erase_personal_data(Document d) {
    d.participants.clear();
    d.participants.shrink_to_fit();
    return d;
}

bool has_personal_data(const Document& d) { return !d.participants.empty(); }

}  // namespace dagdeel
