// Built-in templates: complete example plans a new document can start from.
// Each is one of the seed fixtures (tests/fixtures/*.json), embedded at build
// time by cmake/templates.cmake, so a template is always a file that the
// round-trip tests prove readable.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace dagdeel {

struct TemplateInfo {
    std::string id;  // stable, e.g. "afternoon-workshop-round"
    std::string name_nl;
    std::string name_en;
    std::string description;  // English, one or two sentences
};

// In menu order.
const std::vector<TemplateInfo>& list_templates();

// A copy of the template with a fresh document id (new_id, or a random
// "doc-" id when empty), the old event's dates cleared (day dates,
// registration deadline) and its series link dropped: those belonged to the
// event the template came from. std::nullopt for an unknown id.
std::optional<Document> load_template(std::string_view id, const std::string& new_id = {});

// A random document id, "doc-" followed by 16 hex digits.
std::string new_document_id();

// A new, empty plan: one undated afternoon (13:30–17:00) in `language`
// ("nl"/"en"), ready for the event form.
Document blank_document(std::string_view language);

}  // namespace dagdeel
