// libFuzzer target: the iCalendar importer (io/ics_reader.hpp).
// Checks, besides crashes and sanitizer reports:
//  * a refusal names an error;
//  * an accepted calendar is a storable Document (JSON save + reopen equal);
//  * export -> import: our own per-item .ics of that document imports again
//    without errors and gives the same times and titles (when the writer had
//    nothing to warn about, e.g. no undated day or unknown zone).
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/civil_time.hpp"
#include "fuzz_common.hpp"
#include "io/ics/ics_reader.hpp"
#include "io/ics/ics_writer.hpp"

namespace {

using namespace dagdeel;
constexpr const char* kTarget = "fuzz_ics";
constexpr std::size_t kMaxRoundTripEntries = 60;

std::size_t entries(const Document& d) {
    std::size_t n = 0;
    for (const Day& day : d.days)
        for (const Item& item : day.items) n += item.sessions.empty() ? 1 : item.sessions.size();
    return n;
}

// (date, start, duration, title) of every timed entry: items outside rounds
// and each session of a round at the round's time.
using Entry = std::tuple<std::string, Minutes, Minutes, std::string>;
std::vector<Entry> schedule_of(const Document& d) {
    std::vector<Entry> out;
    for (const Day& day : d.days)
        for (const Item& item : day.items) {
            if (item.sessions.empty()) {
                out.emplace_back(format_iso_date(day.date), item.start, item.duration, item.title);
            } else {
                for (const Session& s : item.sessions)
                    out.emplace_back(format_iso_date(day.date), item.start, item.duration, s.title);
            }
        }
    std::sort(out.begin(), out.end());
    return out;
}

std::string describe(const std::vector<Entry>& v) {
    std::string s;
    for (const auto& [date, start, duration, title] : v)
        s += date + " " + format_hhmm(start) + " +" + std::to_string(duration) + " " + title + "\n";
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dagdeel::fuzz;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)looks_like_ics(text);
    const ReadResult first = read_ics(text);
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

    IcsOptions options;
    options.mode = IcsMode::per_item;
    const IcsWriteResult exported = write_ics(doc, options);
    const ReadResult again = read_ics(exported.text);
    if (!exported.problems.empty()) return 0;
    if (!again.ok()) fail(kTarget, "our own .ics export does not import", problems_text(again) + exported.text);
    const auto before = schedule_of(doc), after = schedule_of(*again.document);
    if (before != after)
        fail(kTarget, "export -> import changes the programme",
             "before:\n" + describe(before) + "after:\n" + describe(after) + "export:\n" + exported.text);
    return 0;
}
