// libFuzzer target: the Dagdeel JSON reader (io/json_document.hpp).
// Beyond "no crash, no sanitizer report" it checks the format's promise:
// whatever read_json accepts, write_json writes a text that reads back to an
// equal Document, and writing that again gives the same bytes.
// Run through scripts/fuzz; build: CXX=clang++-14 cmake -B build-fuzz -DDAGDEEL_FUZZ=ON
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "io/json/json_document.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_json: %s\n%s\n", what, detail.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dagdeel;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ReadResult first = read_json(text);
    if (!first.ok()) {
        // A refusal must say why.
        bool any_error = false;
        for (const Problem& p : first.problems) any_error |= p.is_error && !p.message.empty();
        if (!any_error) fail("refused without an error message", std::string(text.substr(0, 200)));
        return 0;
    }
    const std::string written = write_json(*first.document);
    const ReadResult second = read_json(written);
    if (!second.ok()) {
        std::string why;
        for (const Problem& p : second.problems) why += format_problem(p) + "\n";
        fail("write_json produced a file read_json refuses", why + written.substr(0, 2000));
    }
    if (!(*second.document == *first.document)) fail("read(write(d)) != d", written.substr(0, 2000));
    for (const Problem& p : second.problems)
        if (!p.is_error) fail("our own output reads with a warning", format_problem(p));
    if (write_json(*second.document) != written) fail("write(read(write(d))) != write(d)", written.substr(0, 2000));
    return 0;
}
