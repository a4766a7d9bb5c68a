// Registrations from a spreadsheet or form tool (issue 16): a CSV file as
// Microsoft Forms, Google Forms or Excel export it (read by io/csv) becomes
// participants with their ranked choices.
//
// Columns are recognised by their header, in Dutch and English:
//   naam/name (or voornaam + achternaam / first name + last name),
//   e-mail/email, organisatie/organisation, telefoon/phone, status,
//   datum/date/tijdstempel/timestamp/begintijd/start time, opmerkingen/notes
//   (dieet/diet, toegankelijkheid/access too), "keuze N"/"choice N"/"Ne keuze"
//   (one round, or every round of a carousel), "ronde R keuze N"/"round R
//   choice N" (round R of the programme's rounds).
// Other layouts: the caller passes its own column mapping (the mapping dialog).
// A choice names a session by its title or an unambiguous beginning of it.
// Nothing is dropped silently: every row that cannot be read, and every cell
// that cannot be understood, is listed with its line and the reason.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/language.hpp"
#include "core/model.hpp"

namespace dagdeel {

enum class RegistrationField { ignore, name, first_name, last_name, organisation, email, phone, status, registered, notes, choice };

struct RegistrationColumn {
    RegistrationField field = RegistrationField::ignore;
    int round = 0;  // for choices: 1-based round; 0 = the only round, or every round
    int rank = 0;   // for choices: 1-based
    friend bool operator==(const RegistrationColumn&, const RegistrationColumn&) = default;
};

// What the header says, one entry per header cell.
std::vector<RegistrationColumn> recognise_registration_header(const std::vector<std::string>& header);
// "Naam", "Keuze 2", "Ronde 1, keuze 3", "Niet gebruiken" for the mapping dialog.
std::string describe_column(const RegistrationColumn&, Language);

struct RegistrationRowProblem {
    int line = 0;
    bool is_error = true;  // error: the row was not imported; warning: imported, a cell left out
    std::string nl, en;
    const std::string& text(Language l) const { return l == Language::en ? en : nl; }
};

struct RegistrationImport {
    bool ok = false;  // the file could be read at all
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> preview;  // the first rows, for the mapping dialog
    std::vector<RegistrationColumn> columns;        // as used
    bool header_recognised = false;                 // a name or e-mail column and at least one other found
    std::vector<Participant> participants;          // ids not yet assigned
    std::vector<RegistrationRowProblem> problems;
};

// Reads `bytes` with `columns` when given (one per header cell), else with
// what the header says. Participants refer to the document's sessions.
RegistrationImport read_registrations_csv(const Document&, std::string_view bytes,
                                          const std::vector<RegistrationColumn>* columns = nullptr);

// The participants appended to the document (each with a new id).
Document add_imported_participants(Document, const RegistrationImport&);

}  // namespace dagdeel
