// libFuzzer target: the announcement reader (io/text_import/text_import.hpp),
// for text, Markdown and HTML pasted or dropped by organisers. Checks,
// besides crashes and sanitizer reports: a refusal names its error, every
// source line is accounted for, and an accepted draft is storable (JSON save
// + reopen equal).
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"
#include "io/text_import/text_import.hpp"

namespace {
constexpr const char* kTarget = "fuzz_text_import";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dagdeel;
    using namespace dagdeel::fuzz;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)looks_like_announcement_text(text);
    const AnnouncementImport a = import_announcement_text(text);
    if (!a.result.ok()) {
        check_refusal_explained(kTarget, a.result);
        return 0;
    }
    if (static_cast<std::size_t>(a.recognised + a.unrecognised) > a.lines.size()) fail(kTarget, "more lines counted than read");
    check_storable(kTarget, *a.result.document);
    return 0;
}
