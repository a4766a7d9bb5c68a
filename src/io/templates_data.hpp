// The fixture files that cmake/templates.cmake embeds into the binary
// (generated/templates_data.cpp). Internal to templates.cpp.
#pragma once

namespace dagdeel::templates_data {

struct EmbeddedFile {
    const char* name;  // fixture name without ".json", e.g. "seed-000-buitenstebinnen"
    const char* text;  // the whole file
};

extern const EmbeddedFile kFiles[];
extern const int kFileCount;

}  // namespace dagdeel::templates_data
