// libFuzzer target: the schedule.xml importer (io/frab_xml_reader.hpp).
// Checks, besides crashes and sanitizer reports:
//  * a refusal names an error;
//  * an accepted schedule is a storable Document (JSON save + reopen equal);
//  * export -> import: our own schedule.xml of that document imports again
//    without errors, with the same number of days and timed entries.
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"
#include "io/frab/frab_xml_reader.hpp"
#include "io/frab/frab_xml_writer.hpp"

namespace {

using namespace dagdeel;
constexpr const char* kTarget = "fuzz_frab_xml";
constexpr std::size_t kMaxRoundTripEntries = 60;

std::size_t entries(const Document& d) {
    std::size_t n = 0;
    for (const Day& day : d.days)
        for (const Item& item : day.items) n += item.sessions.empty() ? 1 : item.sessions.size();
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dagdeel::fuzz;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)looks_like_frab_xml(text.substr(0, 4096));
    const ReadResult first = read_frab_xml(text);
    if (!first.ok()) {
        check_refusal_explained(kTarget, first);
        return 0;
    }
    const Document& doc = *first.document;
    // The round trips cost ~0.3 ms per item under ASan; a recurring event
    // expands to up to 500 days. Check them on small documents only, so the
    // target keeps its speed (reading itself is always checked in full).
    if (entries(doc) > kMaxRoundTripEntries) return 0;
    check_storable(kTarget, doc);

    const FrabExport exported = write_frab_xml(doc);
    if (!exported.ok()) return 0;  // e.g. no dated day: the writer says so
    const ReadResult again = read_frab_xml(exported.text);
    if (!again.ok()) fail(kTarget, "our own schedule.xml export does not import", problems_text(again) + exported.text);
    if (again.document->days.size() != doc.days.size() || entries(*again.document) != entries(doc))
        fail(kTarget, "export -> import changes the number of days or entries",
             std::to_string(doc.days.size()) + " days/" + std::to_string(entries(doc)) + " entries -> " +
                 std::to_string(again.document->days.size()) + "/" + std::to_string(entries(*again.document)) +
                 "\n" + exported.text);
    return 0;
}
