// UI-only state of the Participants tab (issue 16), shared by its two files:
// the last assignment's summary, an import waiting for its column mapping,
// the rows an import could not read. Never part of the document.
#pragma once

#include <string>
#include <vector>

#include "io/registrations/registrations_csv.hpp"

namespace dagdeel::ui {

struct ParticipantsState {
    std::string assign_summary;        // "Totale kosten 3 (bewezen optimaal) · …"
    std::vector<std::string> cancelled_titles;
    std::string import_name, import_bytes;  // the CSV while its mapping dialog is open
    RegistrationImport import;
    bool open_mapping = false;
    bool open_problems = false;
    bool open_erase = false;
    std::vector<RegistrationRowProblem> problems;  // of the last import
    int imported = 0;
};

ParticipantsState& participants_state();

}  // namespace dagdeel::ui
