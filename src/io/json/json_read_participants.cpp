// Reading the "participants" list (issue 16): personal data that a draft and
// a backup keep and an explicit export may carry. Same strictness as the rest
// of the file: wrong types and unknown ids are errors with their JSON path.
#include <map>

#include "core/participants.hpp"
#include "io/json/json_fields.hpp"

namespace dagdeel::json_detail {
namespace {

// "2026-05-01", "2026-05-01T10:32" or "2026-05-01T10:32:05".
bool is_registered_time(const std::string& s) {
    if (s.size() != 10 && s.size() != 16 && s.size() != 19) return false;
    if (!parse_iso_date(s.substr(0, 10))) return false;
    if (s.size() == 10) return true;
    if (s[10] != 'T' || !parse_hhmm_strict(s.substr(11, 5))) return false;
    if (s.size() == 16) return true;
    return s[16] == ':' && std::isdigit((unsigned char)s[17]) && std::isdigit((unsigned char)s[18]) && s[17] < '6';
}

void read_placements(Fields& f, std::string_view key, std::vector<Placement>& out) {
    f.list(key, [&](const json& v, const std::string& path) {
        Placement x;
        Fields pf(f.reader(), v, path);
        pf.text("round_id", x.round_id, Need::required);
        pf.text("session_id", x.session_id);
        out.push_back(std::move(x));
    });
}

Participant read_participant(Reader& r, const json& j, const std::string& path) {
    Participant p;
    Fields f(r, j, path);
    f.id(p.id);
    f.text("name", p.name);
    f.text("organisation", p.organisation);
    f.text("email", p.email);
    f.text("phone", p.phone);
    std::string status;
    f.text("status", status);
    if (!status.empty() && !participant_status_from_string(status, p.status))
        r.error(child(path, "status"), "\"" + status + "\" is not one of: registered, waiting, cancelled");
    f.text("registered", p.registered);
    if (!p.registered.empty() && !is_registered_time(p.registered))
        r.error(child(path, "registered"),
                "\"" + p.registered + "\" is not a date or time (expected \"2026-05-01\" or \"2026-05-01T10:32\")");
    f.text("notes", p.notes);
    f.list("choices", [&](const json& v, const std::string& cp) {
        RoundChoices c;
        Fields cf(r, v, cp);
        cf.text("round_id", c.round_id);
        cf.texts("session_ids", c.session_ids);
        p.choices.push_back(std::move(c));
    });
    read_placements(f, "pins", p.pins);
    read_placements(f, "assigned", p.assigned);
    return p;
}

}  // namespace

void read_participants(Fields& root, Document& d) {
    root.list("participants", [&](const json& v, const std::string& p) {
        d.participants.push_back(read_participant(root.reader(), v, p));
    });
}

void check_participant_refs(Reader& r, const Document& d) {
    std::map<std::string, std::string> first;
    auto session_in = [&](const std::string& sid, const std::string& rid) {
        const Item* round = nullptr;
        const Session* s = find_session(d, sid, &round);
        return s && (rid.empty() || round->id == rid);
    };
    for (std::size_t i = 0; i < d.participants.size(); ++i) {
        const Participant& p = d.participants[i];
        const std::string base = element("participants", i);
        if (!p.id.empty()) {
            auto [it, fresh] = first.emplace(p.id, base + ".id");
            if (!fresh) r.error(base + ".id", "duplicate participant id \"" + p.id + "\" (first at " + it->second + ")");
        }
        for (std::size_t c = 0; c < p.choices.size(); ++c) {
            const RoundChoices& rc = p.choices[c];
            const std::string cp = element(base + ".choices", c);
            if (!rc.round_id.empty() && !find_round(d, rc.round_id))
                r.error(cp + ".round_id", "no round with id \"" + rc.round_id + "\"");
            for (std::size_t k = 0; k < rc.session_ids.size(); ++k)
                if (!session_in(rc.session_ids[k], rc.round_id))
                    r.error(element(cp + ".session_ids", k),
                            "no session with id \"" + rc.session_ids[k] + "\"" +
                                (rc.round_id.empty() ? "" : " in round \"" + rc.round_id + "\""));
        }
        auto placements = [&](const std::vector<Placement>& list, const char* key) {
            for (std::size_t k = 0; k < list.size(); ++k) {
                const std::string pp = element(base + "." + key, k);
                if (!find_round(d, list[k].round_id))
                    r.error(pp + ".round_id", "no round with id \"" + list[k].round_id + "\"");
                else if (!list[k].session_id.empty() && !session_in(list[k].session_id, list[k].round_id))
                    r.error(pp + ".session_id", "no session with id \"" + list[k].session_id + "\" in round \"" +
                                                    list[k].round_id + "\"");
            }
        };
        placements(p.pins, "pins");
        placements(p.assigned, "assigned");
    }
}

}  // namespace dagdeel::json_detail
