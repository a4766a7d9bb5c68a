// What an organiser sends and prints once participants are assigned (issue 16):
// the attendance lists as CSV (with a signature column, formulas neutralised
// by io/csv's writer), and per participant a confirmation text (NL/EN) with
// their sessions, times and rooms, plus the choices their personal .ics needs
// (the "ics-personal" export with WriteOptions::choices).
#pragma once

#include <map>
#include <string>

#include "core/language.hpp"
#include "core/model.hpp"

namespace dagdeel {

// session, round, time, room, name, organisation, e-mail, signature; one row
// per assigned registered participant, sessions in programme order.
std::string write_attendance_csv(const Document&, Language);

// "Beste Anna, ... Ronde 1, 14.50 – 16.30 uur: De coöperatieve wijkraad (Zaal 2) ..."
std::string confirmation_text(const Document&, const Participant&, Language);

// Round id -> session id of the participant's placements (pins first).
std::map<std::string, std::string> personal_choices(const Document&, const Participant&);

}  // namespace dagdeel
