// The cells of one registration row: status words, registration times as
// forms write them, and choices matched to sessions by title.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/civil_time.hpp"
#include "core/participants.hpp"
#include "core/one_line.hpp"
#include "io/registrations/registrations_csv.hpp"

namespace dagdeel {
namespace {

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace((unsigned char)s[b])) ++b;
    while (e > b && std::isspace((unsigned char)s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::string fold(const std::string& s) {  // for comparing titles: lower case, single spaces
    std::string out;
    for (unsigned char c : trim(s)) {
        if (std::isspace(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += (char)std::tolower(c);
        }
    }
    return out;
}

bool read_status(const std::string& cell, ParticipantStatus& out) {
    const std::string s = fold(cell);
    if (s.empty() || s == "aangemeld" || s == "ingeschreven" || s == "registered" || s == "bevestigd" ||
        s == "confirmed" || s == "ja" || s == "yes")
        return out = ParticipantStatus::registered, true;
    if (s == "wachtlijst" || s == "op wachtlijst" || s == "waiting" || s == "waiting list" || s == "waitlist" ||
        s == "reserve")
        return out = ParticipantStatus::waiting, true;
    if (s == "afgemeld" || s == "geannuleerd" || s == "cancelled" || s == "canceled" || s == "nee" || s == "no")
        return out = ParticipantStatus::cancelled, true;
    return false;
}

// "2026-05-01 10:32:05", "2026-05-01T10:32", "1-5-2026 10:32" (Dutch: day
// first), "5/1/2026 10:32:05 AM" (Forms in English: month first, unless the
// first number is over 12). Returns ISO "2026-05-01T10:32[:05]" or "".
std::string read_time(const std::string& cell) {
    std::string s = trim(cell);
    if (s.size() > 10 && s[10] == 'T') s[10] = ' ';  // ISO "2026-05-01T10:32"
    int a = 0, b = 0, c = 0, hh = -1, mm = -1, ss = -1;
    char sep = 0;
    char ampm[3] = {0, 0, 0};
    int n = std::sscanf(s.c_str(), "%d%c%d%*c%d %d:%d:%d %2s", &a, &sep, &b, &c, &hh, &mm, &ss, ampm);
    if (n < 4) return {};
    int y, mo, d;
    if (sep == '-' && a > 31) y = a, mo = b, d = c;          // ISO
    else if (sep == '-' || sep == '.') d = a, mo = b, y = c;  // Dutch
    else if (sep == '/') {
        if (a > 12) d = a, mo = b, y = c;
        else mo = a, d = b, y = c;
    } else {
        return {};
    }
    if (y < 100) y += 2000;
    const Date date{y, mo, d};
    char iso[11];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, mo, d);
    if (!parse_iso_date(iso) || !(date.year == y)) return {};
    std::string out = iso;
    if (hh >= 0 && mm >= 0) {
        const std::string pm = fold(ampm);
        if (pm == "pm" && hh < 12) hh += 12;
        if (pm == "am" && hh == 12) hh = 0;
        if (hh > 23 || mm > 59) return out;
        char t[10];
        if (ss >= 0 && ss <= 59) std::snprintf(t, sizeof t, "T%02d:%02d:%02d", hh, mm, ss);
        else std::snprintf(t, sizeof t, "T%02d:%02d", hh, mm);
        out += t;
    }
    return out;
}

// The session a choice names: its title, or the one title that begins with
// the text (or that the text begins with). In `round`, or in any round when
// null (then sessions of one workshop count as one). "" when none or several.
std::string match_session(const Document& d, const Item* round, const std::string& cell, bool& ambiguous) {
    const std::string want = fold(cell);
    ambiguous = false;
    std::vector<const Session*> exact, prefix;
    for (const Item* r : choice_rounds(d)) {
        if (round && r != round) continue;
        for (const Session& s : r->sessions) {
            const std::string title = fold(s.title);
            if (title.empty()) continue;
            if (title == want) exact.push_back(&s);
            else if (title.rfind(want, 0) == 0 || want.rfind(title, 0) == 0) prefix.push_back(&s);
        }
    }
    auto one_workshop = [](const std::vector<const Session*>& list) {
        for (const Session* s : list)
            if (workshop_key(*s) != workshop_key(*list.front())) return false;
        return true;
    };
    if (!exact.empty()) {
        if (one_workshop(exact)) return exact.front()->id;
        ambiguous = true;
        return {};
    }
    if (!prefix.empty()) {
        if (one_workshop(prefix)) return prefix.front()->id;
        ambiguous = true;
    }
    return {};
}

}  // namespace

void read_registration_rows(const Document& d, const std::vector<std::vector<std::string>>& rows,
                            const std::vector<int>& lines, RegistrationImport& out) {
    using F = RegistrationField;
    const auto rounds = choice_rounds(d);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int line = lines[i];
        const auto& cells = rows[i];
        Participant p;
        std::string first, last;
        std::vector<std::pair<int, std::pair<int, std::string>>> picks;  // (round, (rank, session))
        auto warn = [&](std::string nl, std::string en) { out.problems.push_back({line, false, std::move(nl), std::move(en)}); };
        for (std::size_t c = 0; c < out.columns.size() && c < cells.size(); ++c) {
            const RegistrationColumn& col = out.columns[c];
            // A cell with a line break ("Carla\nSmit", typed in a form's long
            // field) is one line everywhere but the notes.
            const std::string v = col.field == F::notes ? trim(cells[c]) : one_line(trim(cells[c]));
            if (v.empty()) continue;
            const std::string column = std::to_string(c + 1);
            switch (col.field) {
                case F::ignore: break;
                case F::name: if (p.name.empty()) p.name = v; break;
                case F::first_name: first += (first.empty() ? "" : " ") + v; break;
                case F::last_name: last += (last.empty() ? "" : " ") + v; break;
                case F::organisation: if (p.organisation.empty()) p.organisation = v; break;
                case F::email:
                    // Microsoft Forms writes "anonymous" when it asked no sign-in: no address.
                    if (v.find('@') == std::string::npos) {
                        if (fold(v) != "anonymous" && fold(v) != "anoniem")
                            warn("kolom " + column + ": \"" + v + "\" is geen e-mailadres; niet overgenomen",
                                 "column " + column + ": \"" + v + "\" is not an e-mail address; not taken");
                    } else if (p.email.empty()) {
                        p.email = v;
                    }
                    break;
                case F::phone: if (p.phone.empty()) p.phone = v; break;
                case F::notes: p.notes += (p.notes.empty() ? "" : "; ") + v; break;
                case F::status:
                    if (!read_status(v, p.status))
                        warn("kolom " + column + ": status \"" + v + "\" onbekend, als aangemeld gelezen",
                             "column " + column + ": status \"" + v + "\" unknown, read as registered");
                    break;
                case F::registered:
                    p.registered = read_time(v);
                    if (p.registered.empty())
                        warn("kolom " + column + ": \"" + v + "\" is geen datum", "column " + column + ": \"" + v + "\" is not a date");
                    break;
                case F::choice: {
                    const Item* round = nullptr;
                    int round_index = 0;  // 0 = every round
                    if (col.round > 0) {
                        if (col.round > (int)rounds.size()) {
                            warn("kolom " + column + ": het programma heeft geen ronde " + std::to_string(col.round),
                                 "column " + column + ": the programme has no round " + std::to_string(col.round));
                            break;
                        }
                        round = rounds[col.round - 1];
                        round_index = col.round;
                    } else if (rounds.size() == 1) {
                        round = rounds.front();
                        round_index = 1;
                    }
                    bool ambiguous = false;
                    const std::string sid = match_session(d, round, v, ambiguous);
                    if (sid.empty()) {
                        warn("kolom " + column + ": \"" + v + "\" " +
                                 (ambiguous ? "past bij meer dan één sessie" : "is geen sessie in het programma") +
                                 "; keuze niet overgenomen",
                             "column " + column + ": \"" + v + "\" " +
                                 (ambiguous ? "matches more than one session" : "is not a session in the programme") +
                                 "; choice left out");
                        break;
                    }
                    picks.push_back({round_index, {col.rank, sid}});
                    break;
                }
            }
        }
        if (p.name.empty()) p.name = trim(first + (first.empty() || last.empty() ? "" : " ") + last);
        if (p.name.empty() && p.email.empty()) {
            out.problems.push_back({line, true, "geen naam en geen e-mailadres: rij niet ingelezen",
                                    "no name and no e-mail address: row not imported"});
            continue;
        }
        std::stable_sort(picks.begin(), picks.end());
        for (const auto& [round_index, pick] : picks) {
            const std::string rid = round_index > 0 ? rounds[round_index - 1]->id : std::string();
            auto it = std::find_if(p.choices.begin(), p.choices.end(), [&](const RoundChoices& rc) { return rc.round_id == rid; });
            if (it == p.choices.end()) it = p.choices.insert(p.choices.end(), RoundChoices{rid, {}});
            if (std::find(it->session_ids.begin(), it->session_ids.end(), pick.second) != it->session_ids.end()) {
                warn("dezelfde sessie twee keer gekozen; één keer overgenomen", "the same session chosen twice; kept once");
                continue;
            }
            it->session_ids.push_back(pick.second);
        }
        out.participants.push_back(std::move(p));
    }
}

}  // namespace dagdeel
