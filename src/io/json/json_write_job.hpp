// write_json a few programme items at a time, so the autosave of a big plan
// can write between frames instead of holding one (the same bytes as
// write_json). The document must not change between steps: the caller
// starts again when it did (the drafts library compares revisions).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace dagdeel {

class JsonWriteJob {
public:
    explicit JsonWriteJob(const Document& doc);
    ~JsonWriteJob();
    JsonWriteJob(const JsonWriteJob&) = delete;
    JsonWriteJob& operator=(const JsonWriteJob&) = delete;

    // Writes about `items` more programme items (and what lies between
    // them); true when the text is complete.
    bool step(std::size_t items);
    bool done() const;
    std::string take_text();  // once done; "" if writing failed (out of memory)
    // What is written so far (valid until the next step or take_text): lets
    // a caller hash or hand on each slice as it comes.
    std::string_view text() const;

private:
    struct State;
    std::unique_ptr<State> s_;
};

}  // namespace dagdeel
