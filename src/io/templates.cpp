// Template table and loading. The texts come from the generated
// templates_data.cpp; parsing them at load time (not at start-up) keeps the
// app's start cheap and reuses the strict reader, so a broken fixture shows
// up in tests rather than as a half-filled document.
#include "io/templates.hpp"

#include "io/open_document.hpp"

#include <chrono>
#include <cstdint>
#include <random>

#include "io/json/json_document.hpp"
#include "io/templates_data.hpp"

namespace dagdeel {
namespace {

struct Entry {
    TemplateInfo info;
    const char* fixture;  // name in templates_data::kFiles
};

const std::vector<Entry>& entries() {
    static const std::vector<Entry> list = {
        {{"afternoon-workshop-round", "Middag met workshopronde", "Afternoon with a workshop round",
          "Walk-in, welcome, a presentation and a break, then a round of three parallel workshops "
          "and a closing with drinks (from the BuitensteBinnen launch, 13:30-17:30)."},
         "seed-000-buitenstebinnen"},
        {{"evening-inspiration", "Inspiratieavond", "Evening inspiration session",
          "Walk-in from 19:00, short welcome, three talks around a break, table discussions and "
          "closing drinks (from an evening on local democracy, 19:30-22:00)."},
         "seed-001-lokaal-samenspel"},
        {{"one-day-conference", "Congresdag", "One-day conference",
          "A full day 9:30-17:00 with opening, a keynote lecture, morning and afternoon parts, "
          "lunch, two breaks and a closing."},
         "seed-002-wakkere-stad"},
        {{"in-company-workshop", "Incompany workshopdag", "In-company workshop day",
          "A workshop design (max. 20 participants, price on request) placed in one morning: "
          "theory, a break and practical tools."},
         "seed-003-overheidsparticipatie"},
    };
    return list;
}

const char* fixture_text(const char* name) {
    for (int i = 0; i < templates_data::kFileCount; ++i)
        if (std::string_view(templates_data::kFiles[i].name) == name) return templates_data::kFiles[i].text;
    return nullptr;
}

}  // namespace

const std::vector<TemplateInfo>& list_templates() {
    static const std::vector<TemplateInfo> infos = [] {
        std::vector<TemplateInfo> out;
        for (const auto& e : entries()) out.push_back(e.info);
        return out;
    }();
    return infos;
}

std::string new_document_id() {
    // random_device is backed by the browser's crypto.getRandomValues under
    // Emscripten; ids only need to be unlikely to clash between drafts.
    std::uint64_t bits = 0;
    try {
        std::random_device rd;
        bits = (std::uint64_t{rd()} << 32) ^ rd();
    } catch (...) {
        // No entropy source: fall back to the clock, still unique enough here.
        bits = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    }
    std::string id = "doc-";
    for (int i = 15; i >= 0; --i) id += "0123456789abcdef"[(bits >> (4 * i)) & 0xF];
    return id;
}

std::optional<Document> load_template(std::string_view id, const std::string& new_id) {
    for (const auto& e : entries()) {
        if (e.info.id != id) continue;
        const char* text = fixture_text(e.fixture);
        if (!text) return std::nullopt;
        Opened r = open_document(text, {{}, true, {}});  // the one door: read and reflowed
        if (!r.document) return std::nullopt;
        Document d = std::move(*r.document);
        d.id = new_id.empty() ? new_document_id() : new_id;
        for (Day& day : d.days) day.date = Date{};
        d.event.registration.deadline = Date{};
        d.event.series = Series{};
        return d;
    }
    return std::nullopt;
}

Document blank_document(std::string_view language) {
    Document doc;
    doc.id = new_document_id();
    doc.event.language = language == "en" ? "en" : "nl";
    Day day;
    day.id = "d-1";
    day.start = 13 * 60 + 30;
    day.end = 17 * 60;
    doc.days.push_back(day);
    return doc;
}

}  // namespace dagdeel
