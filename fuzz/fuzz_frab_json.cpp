// libFuzzer target: the c3voc schedule.json reader (io/frab/frab_json_reader.hpp).
// Checks, besides crashes and sanitizer reports: a refusal names its error,
// and an accepted schedule is a storable Document (JSON save + reopen equal).
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"
#include "io/frab/frab_json_reader.hpp"

namespace {
constexpr const char* kTarget = "fuzz_frab_json";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dagdeel;
    using namespace dagdeel::fuzz;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)looks_like_frab_json(text);
    const ReadResult r = read_frab_json(text);
    if (!r.ok()) {
        check_refusal_explained(kTarget, r);
        return 0;
    }
    std::size_t items = 0;
    for (const Day& d : r.document->days) items += d.items.size();
    if (items <= 200) check_storable(kTarget, *r.document);
    return 0;
}
