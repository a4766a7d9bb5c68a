#include "core/participant.hpp"

namespace dagdeel {

const char* to_string(ParticipantStatus s) {
    switch (s) {
        case ParticipantStatus::registered: return "registered";
        case ParticipantStatus::waiting: return "waiting";
        case ParticipantStatus::cancelled: return "cancelled";
    }
    return "registered";
}

bool participant_status_from_string(const std::string& s, ParticipantStatus& out) {
    for (auto v : {ParticipantStatus::registered, ParticipantStatus::waiting, ParticipantStatus::cancelled})
        if (s == to_string(v)) {
            out = v;
            return true;
        }
    return false;
}

}  // namespace dagdeel
