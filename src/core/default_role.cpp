#include "core/default_role.hpp"

namespace dagdeel {

Role default_role(ItemKind kind, bool in_session) {
    if (in_session || kind == ItemKind::workshop) return Role::leader;
    if (kind == ItemKind::round) return Role::host;
    return Role::speaker;
}

}  // namespace dagdeel
