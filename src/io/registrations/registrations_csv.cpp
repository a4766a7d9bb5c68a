// [SECTION] index
//   normalise, header words:   recognise_registration_header, describe_column
//   cell readers:              status, registration time, session by title
//   read_registrations_csv:    rows -> participants, problems with their lines
#include "io/registrations/registrations_csv.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/participants.hpp"
#include "io/csv/csv_reader.hpp"

namespace dagdeel {
namespace {

// Lower-case ASCII, every run of other characters one space, trimmed:
// "E-mailadres:" -> "e mailadres", "Ronde 1 - Keuze 2" -> "ronde 1 keuze 2".
std::string normalise(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c >= 0x80) out += (char)std::tolower(c);
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        out.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

bool has_word(const std::vector<std::string>& ws, std::initializer_list<const char*> any) {
    for (const auto& w : ws)
        for (const char* a : any)
            if (w == a) return true;
    return false;
}

bool starts(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// "1", "1e", "2nd", "eerste", "second" -> 1, 1, 2, 1, 2; 0 when not a number word.
int number_word(const std::string& w) {
    static const std::map<std::string, int> named = {
        {"eerste", 1}, {"tweede", 2}, {"derde", 3}, {"vierde", 4}, {"vijfde", 5},
        {"first", 1},  {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}};
    if (auto it = named.find(w); it != named.end()) return it->second;
    std::size_t i = 0;
    while (i < w.size() && std::isdigit((unsigned char)w[i])) ++i;
    if (i == 0 || i > 3) return 0;
    const std::string rest = w.substr(i);
    if (!(rest.empty() || rest == "e" || rest == "ste" || rest == "de" || rest == "st" || rest == "nd" ||
          rest == "rd" || rest == "th"))
        return 0;
    return std::stoi(w.substr(0, i));
}

RegistrationColumn recognise_choice(const std::vector<std::string>& ws) {
    const bool choice = has_word(ws, {"keuze", "choice", "voorkeur", "preference", "workshopkeuze"});
    if (!choice) return {};
    int round = 0, rank = 0;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        const int n = number_word(ws[i]);
        if (n == 0) continue;
        const bool after_round = i > 0 && (ws[i - 1] == "ronde" || ws[i - 1] == "round" || ws[i - 1] == "r");
        const bool before_round = i + 1 < ws.size() && (ws[i + 1] == "ronde" || ws[i + 1] == "round");
        if ((after_round || before_round) && round == 0) round = n;
        else if (rank == 0) rank = n;
    }
    if (rank == 0) return {};
    return {RegistrationField::choice, round, rank};
}

RegistrationColumn recognise_one(const std::string& header) {
    const std::string h = normalise(header);
    const auto ws = words(h);
    using F = RegistrationField;
    if (auto c = recognise_choice(ws); c.field == F::choice) return c;
    if (h == "id" || h == "nr" || h == "nummer") return {};
    if (has_word(ws, {"voornaam", "roepnaam"}) || starts(h, "first name") || starts(h, "given name")) return {F::first_name};
    if (has_word(ws, {"achternaam", "tussenvoegsel", "surname"}) || starts(h, "last name") || starts(h, "family name"))
        return {F::last_name};
    if (has_word(ws, {"email", "mail", "emailadres", "mailadres", "mailadress"}) || starts(h, "e mail"))
        return {F::email};
    if (has_word(ws, {"telefoon", "telefoonnummer", "phone", "telephone", "mobiel", "mobile", "tel", "gsm"}))
        return {F::phone};
    if (starts(h, "organisa") || starts(h, "organiza") ||
        has_word(ws, {"organisatie", "organisation", "organization", "bedrijf", "company", "werkgever", "instelling",
                      "employer", "gemeente", "school"}))
        return {F::organisation};
    if (h == "status" || starts(h, "status ")) return {F::status};
    if (has_word(ws, {"datum", "date", "tijdstempel", "timestamp", "begintijd", "voltooiingstijd", "ingediend",
                      "submitted", "registered", "aangemeld"}) ||
        starts(h, "start time") || starts(h, "completion time") || starts(h, "tijd van voltooien"))
        return {F::registered};
    if (has_word(ws, {"opmerking", "opmerkingen", "notes", "note", "remarks", "comments", "dieet", "dieetwensen",
                      "diet", "dietary", "allergie", "allergieen", "toegankelijkheid", "access", "wensen"}))
        return {F::notes};
    if (has_word(ws, {"naam", "name", "deelnemer", "participant"})) return {F::name};
    return {};
}

}  // namespace

std::vector<RegistrationColumn> recognise_registration_header(const std::vector<std::string>& header) {
    std::vector<RegistrationColumn> out;
    bool have_registered = false;
    for (const auto& h : header) {
        RegistrationColumn c = recognise_one(h);
        // Forms export a start and a completion time: the first one orders.
        if (c.field == RegistrationField::registered) {
            if (have_registered) c = {};
            have_registered = true;
        }
        out.push_back(c);
    }
    return out;
}

std::string describe_column(const RegistrationColumn& c, Language l) {
    const bool en = l == Language::en;
    using F = RegistrationField;
    switch (c.field) {
        case F::ignore: return en ? "Not used" : "Niet gebruiken";
        case F::name: return en ? "Name" : "Naam";
        case F::first_name: return en ? "First name" : "Voornaam";
        case F::last_name: return en ? "Last name" : "Achternaam";
        case F::organisation: return en ? "Organisation" : "Organisatie";
        case F::email: return "E-mail";
        case F::phone: return en ? "Phone" : "Telefoon";
        case F::status: return "Status";
        case F::registered: return en ? "Registered on" : "Aangemeld op";
        case F::notes: return en ? "Notes" : "Opmerkingen";
        case F::choice: {
            const std::string rank = std::to_string(c.rank);
            if (c.round == 0) return (en ? "Choice " : "Keuze ") + rank;
            return (en ? "Round " : "Ronde ") + std::to_string(c.round) + (en ? ", choice " : ", keuze ") + rank;
        }
    }
    return {};
}

// Implemented in registrations_rows.cpp.
void read_registration_rows(const Document& d, const std::vector<std::vector<std::string>>& rows,
                            const std::vector<int>& lines, RegistrationImport& out);

RegistrationImport read_registrations_csv(const Document& d, std::string_view bytes,
                                          const std::vector<RegistrationColumn>* columns) {
    RegistrationImport out;
    const csv::Table t = csv::read(bytes);
    for (const auto& p : t.problems) {
        if (p.is_error) continue;
        out.problems.push_back({p.line, false, csv::describe(p, Language::nl), csv::describe(p, Language::en)});
    }
    if (!t.ok()) {
        for (const auto& p : t.problems)
            if (p.is_error) out.problems.push_back({p.line, true, csv::describe(p, Language::nl), csv::describe(p, Language::en)});
        return out;
    }
    out.ok = true;
    out.header = t.rows.front().cells;
    for (std::size_t i = 1; i < t.rows.size() && i <= 5; ++i) out.preview.push_back(t.rows[i].cells);
    out.columns = columns ? *columns : recognise_registration_header(out.header);
    out.columns.resize(out.header.size());
    int identifying = 0, others = 0;
    for (const auto& c : out.columns) {
        if (c.field == RegistrationField::name || c.field == RegistrationField::email ||
            c.field == RegistrationField::first_name || c.field == RegistrationField::last_name)
            ++identifying;
        else if (c.field != RegistrationField::ignore)
            ++others;
    }
    out.header_recognised = identifying > 0 && (identifying + others) >= 2;
    if (!out.header_recognised && !columns) return out;  // the caller asks for a mapping
    std::vector<std::vector<std::string>> rows;
    std::vector<int> lines;
    for (std::size_t i = 1; i < t.rows.size(); ++i) {
        rows.push_back(t.rows[i].cells);
        lines.push_back(t.rows[i].line);
    }
    read_registration_rows(d, rows, lines, out);
    return out;
}

Document add_imported_participants(Document d, const RegistrationImport& im) {
    for (Participant p : im.participants) {
        p.id.clear();
        d = add_participant(std::move(d), std::move(p));
    }
    return d;
}

}  // namespace dagdeel
