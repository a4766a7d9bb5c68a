// frab/pentabarf schedule.xml, as conference apps (Giggity, EventFahrplan,
// info-beamer ...) read it, valid against the c3voc schedule.xml.xsd. What
// goes in and the identity rules are described in frab_schedule.hpp.
//
// Output: UTF-8, LF, 2-space indent; text and attribute values escaped
// (& < > " ') with characters XML 1.0 forbids dropped and invalid UTF-8
// replaced by U+FFFD.
#pragma once

#include "io/frab/frab_schedule.hpp"

namespace dagdeel {

// text is empty when problems hold an error (no dated day).
FrabExport write_frab_xml(const Document& doc);

}  // namespace dagdeel
