// The role a person gets when added to an item or a session, before anyone
// picks one. One owner for this policy: the inspector asks here.
#pragma once

#include "core/model.hpp"

namespace dagdeel {

// A session of a round is led ("geleid door de gemeente Groningen"), as is a
// workshop; a round has a host who sends people to the sessions; anything
// else has speakers.
Role default_role(ItemKind kind, bool in_session);

}  // namespace dagdeel
