// The answer of an exported function to JavaScript: `j` as JSON text (bad
// UTF-8 replaced), valid until the next reply. The caller copies it at once
// (UTF8ToString), so one buffer serves every exported function.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace dagdeel::app {

inline const char* json_reply(const nlohmann::json& j) {
    static std::string text;
    text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return text.c_str();
}

}  // namespace dagdeel::app
