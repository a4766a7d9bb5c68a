// Findings for contact details that cannot be right (an e-mail address
// without a domain, a link with a broken scheme, a phone number with too few
// digits): warnings only, deliberately loose. Part of validate().
#pragma once

#include <vector>

#include "core/model.hpp"
#include "core/validation.hpp"

namespace dagdeel {

void check_contacts(const Document& doc, std::vector<Finding>& out);

}  // namespace dagdeel
