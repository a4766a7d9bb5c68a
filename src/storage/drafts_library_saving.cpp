// DraftsLibrary's saving: the JSON written a slice per tick, the debounce
// and the put request (split from drafts_library.cpp, which keeps tracking,
// the store's events and the views' requests).
#include "storage/drafts_library.hpp"

#include <algorithm>

namespace dagdeel::storage {

// The record of a draft whose JSON is written a slice at a time (about
// kSaveSliceMs per call): false while it is not complete, and the caller
// comes back on the next tick. An edit in between starts the writing again.
// `force` (a flush: the page is closing) writes it all now.
bool DraftsLibrary::write_in_slices(Tracked& t, bool force, DraftRecord& out) {
    Draft& d = *t.draft;
    if (!t.writing || t.writing_revision != d.revision()) {
        // Calendar revisions still waiting are stamped first, in slices of
        // their own (they change the document the writer is about to read).
        if (!force && d.calendar_pending() && !d.advance_calendar(kSaveSliceMs)) return false;
        d.settled();
        t.writing = std::make_unique<JsonWriteJob>(d.doc());
        t.writing_revision = d.revision();
        t.hashing = ChecksumFnv1a64();
        t.hashed = 0;
    }
    // The checksum follows the text slice by slice: no pass over the whole
    // (megabytes for a congress) is left for the slice that finishes.
    const auto hash_new_text = [&t] {
        const std::string_view text = t.writing->text();
        t.hashing.add(text.substr(t.hashed));
        t.hashed = text.size();
    };
    const double start = clock_();
    while (!t.writing->step(16)) {
        hash_new_text();
        if (!force && clock_() - start >= kSaveSliceMs) return false;
    }
    hash_new_text();
    out.id = d.doc().id;
    out.title = d.doc().event.title;
    out.json = t.writing->take_text();
    out.checksum = out.json.size() == t.hashed ? t.hashing.hex() : checksum_fnv1a64(out.json);
    out.created = d.created_ms;
    out.modified = d.modified_ms;
    t.writing.reset();
    return true;
}

void DraftsLibrary::schedule(double ms) {
    if (tick_pending_) return;
    tick_pending_ = true;
    port_.schedule_tick(std::max(0.0, ms));
}

void DraftsLibrary::save_due(bool force) {
    if (!loaded_) return;
    const double now = clock_();
    double next = -1;
    bool slices_left = false;
    for (Tracked& t : tracked_) {
        if (t.in_flight || !t.dirty()) continue;
        double due = t.changed_at + kSaveDebounceMs;
        if (!last_error_.empty()) due = std::max(due, t.retry_at);
        if (!force && now < due) {
            next = next < 0 ? due - now : std::min(next, due - now);
            continue;
        }
        DraftRecord r;
        if (!write_in_slices(t, force, r)) {
            slices_left = true;  // the next slice on the next tick, after the browser had its turn
            continue;
        }
        if (r.checksum == t.stored_checksum) {  // e.g. typed and undone: nothing new to store
            t.saved_revision = t.draft->revision();
            continue;
        }
        if (!t.versions_known) {  // the version policy needs the stored versions first
            if (!t.versions_asked) {
                t.versions_asked = true;
                ask_versions(t.id, Listing::plan, false);
            }
            continue;
        }
        start_save(t, std::move(r));
    }
    // A slice follows at once (the browser still gets its turn between
    // tasks: a frame waits at most one slice); a debounce a little after it ends.
    if (slices_left) schedule(0);
    else if (next >= 0) schedule(next + 5);
    update_status();
    settle_flush();
}

void DraftsLibrary::start_save(Tracked& t, DraftRecord record) {
    const double now = clock_();
    PutRequest req;
    req.expected = t.stored_checksum;
    t.saving_plan = plan_version(t.stored_versions, record.checksum, now, version_interval_ms_, t.new_version, kMaxVersions);
    req.write_version = t.saving_plan.write;
    req.version.key = t.saving_plan.replace_key;
    req.version.started = t.saving_plan.started;
    req.version.time = now;
    req.drop_version_keys = t.saving_plan.drop_keys;
    req.record = std::move(record);
    t.in_flight = true;
    t.saving_revision = t.draft->revision();
    t.saving_checksum = req.record.checksum;
    t.new_version = false;
    port_.put(req);
}

}  // namespace dagdeel::storage
