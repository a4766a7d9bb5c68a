// [SECTION] Policies: copy identity, version spacing
// [SECTION] Tracking drafts
// [SECTION] Events from the store
// [SECTION] Requests of the views, session, backup
#include "storage/drafts_library.hpp"

#include "io/open_document.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "io/draft_backup.hpp"
#include "io/json/json_document.hpp"
#include "io/templates.hpp"

namespace dagdeel::storage {
namespace {

// The stored bytes, if they are intact and read as a document.
std::optional<Document> read_intact(const std::string& json, const std::string& checksum) {
    if (checksum_fnv1a64(json) != checksum) return std::nullopt;
    OpenOptions options;
    options.json_only = true;  // the one door: our JSON only, reflowed
    Opened r = open_document(json, options);
    if (!r.document) return std::nullopt;
    return std::move(*r.document);
}

Notice notice(Notice::Kind kind) {
    Notice n;
    n.kind = kind;
    return n;
}

const Label kFromOtherTab{"Wijziging uit ander tabblad", "Change from another tab"};

}  // namespace

// [SECTION] Policies ---------------------------------------------------------------------

std::string version_time_label(double ms) {
    const std::time_t t = (std::time_t)(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d-%02d %02d:%02d:%02d", tm.tm_mday, tm.tm_mon + 1, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

VersionPlan plan_version(const std::vector<StoredVersion>& existing, const std::string& checksum, double now,
                         double interval_ms, bool force_new, int max_versions) {
    VersionPlan plan;
    const StoredVersion* newest = existing.empty() ? nullptr : &existing.back();
    if (newest && newest->checksum == checksum) return plan;  // these bytes are the newest version already
    plan.write = true;
    if (newest && !force_new && now - newest->started < interval_ms) {
        plan.replace_key = newest->key;
        plan.started = newest->started;
        return plan;
    }
    plan.started = now;
    const long long extra = (long long)existing.size() + 1 - max_versions;
    for (long long i = 0; i < extra && i < (long long)existing.size(); ++i) plan.drop_keys.push_back(existing[(std::size_t)i].key);
    return plan;
}

// [SECTION] Tracking drafts ----------------------------------------------------------------

DraftsLibrary::DraftsLibrary(Workspace& ws, StoragePort& port, Clock clock)
    : ws_(ws), port_(port), clock_(std::move(clock)) {}

void DraftsLibrary::start() {
    update_status();
    port_.open();
}

void DraftsLibrary::handle(const StorageEvent& event) {
    std::visit([this](const auto& e) { on(e); }, event);
}

DraftsLibrary::Tracked* DraftsLibrary::find(const std::string& id) {
    for (Tracked& t : tracked_)
        if (t.id == id) return &t;
    return nullptr;
}

DraftsLibrary::Tracked* DraftsLibrary::find(const Draft* d) {
    for (Tracked& t : tracked_)
        if (t.draft == d) return &t;
    return nullptr;
}

DraftsLibrary::Tracked& DraftsLibrary::track(Draft& d, const std::string& stored_checksum, bool versions_known) {
    Tracked t;
    t.draft = &d;
    t.id = d.doc().id;
    t.seen_revision = d.revision();
    t.saved_revision = stored_checksum.empty() ? 0 : d.revision();
    t.stored_checksum = stored_checksum;
    t.versions_known = versions_known;
    t.changed_at = clock_();
    tracked_.push_back(std::move(t));
    return tracked_.back();
}

// Adds a draft read from the store (or recovered) and tracks it as stored.
Draft& DraftsLibrary::adopt(Document doc, const std::string& stored_checksum, double created, double modified) {
    Draft& d = ws_.add(std::move(doc), false);
    if (created > 0) d.created_ms = created;
    if (modified > 0) d.modified_ms = modified;
    track(d, stored_checksum, false);
    return d;
}

DraftRecord DraftsLibrary::record_of(Draft& d) const {
    d.settled();  // calendar revisions still waiting are part of what is stored
    DraftRecord r;
    r.id = d.doc().id;
    r.title = d.doc().event.title;
    r.json = write_json(d.doc());
    r.checksum = checksum_fnv1a64(r.json);
    r.created = d.created_ms;
    r.modified = d.modified_ms;
    return r;
}

void DraftsLibrary::notice_changes() {
    if (!loaded_) { update_status(); return; }
    const double now = clock_();
    for (auto& d : ws_.drafts) {
        Tracked* t = find(d.get());
        if (!t) {
            track(*d, "", false);
            schedule(kSaveDebounceMs);
        } else if (t->seen_revision != d->revision()) {
            t->seen_revision = d->revision();
            t->changed_at = now;
            schedule(kSaveDebounceMs);
        }
    }
    for (auto it = tracked_.begin(); it != tracked_.end();) {
        const bool present = std::any_of(ws_.drafts.begin(), ws_.drafts.end(), [&](auto& d) { return d.get() == it->draft; });
        if (present) { ++it; continue; }
        // Deleted: its latest state goes to the bin (undoing the delete brings it back and saves it again).
        port_.move_to_bin(record_of(*it->draft), now);
        it = tracked_.erase(it);
        if (bin_watched_) port_.list_bin();
    }
    update_status();
}

void DraftsLibrary::update_status() {
    status_.open_elsewhere = !announced_.empty() && std::find(open_in_other_tabs_.begin(), open_in_other_tabs_.end(),
                                                              announced_) != open_in_other_tabs_.end();
    if (!loaded_) { status_.status = SaveStatus::loading; return; }
    if (!available_) { status_.status = SaveStatus::unavailable; status_.error = last_error_; return; }
    bool busy = false;
    for (const Tracked& t : tracked_) busy |= t.dirty() || t.in_flight;
    if (!last_error_.empty() && busy) status_.status = SaveStatus::failed;
    else status_.status = busy ? SaveStatus::saving : SaveStatus::saved;
    if (!busy) { last_error_.clear(); status_.quota = false; }
    status_.error = last_error_;
}

void DraftsLibrary::settle_flush() {
    if (!flush_wanted_ || !loaded_) return;
    bool busy = pending_ops_ > 0;
    for (const Tracked& t : tracked_) busy |= t.in_flight || t.dirty();
    if (!available_) {
        flush_wanted_ = false;
        port_.flush_done(false, "storage unavailable: " + last_error_);
    } else if (!last_error_.empty()) {
        flush_wanted_ = false;
        port_.flush_done(false, last_error_);
    } else if (!busy) {
        flush_wanted_ = false;
        port_.flush_done(true, "");
    }
}

// [SECTION] Events from the store --------------------------------------------------------------

void DraftsLibrary::on(const Loaded& e) {
    loaded_ = true;
    if (!e.ok) {
        available_ = false;
        last_error_ = e.error;
        update_status();
        settle_flush();
        return;
    }
    std::vector<DraftRecord> records = e.drafts;
    std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) { return a.created < b.created; });
    for (DraftRecord& r : records) {
        if (find(r.id)) continue;
        std::optional<Document> doc = read_intact(r.json, r.checksum);
        if (!doc || doc->id != r.id) {
            // Damaged: set aside (never deleted); the last good version opens instead.
            port_.quarantine(r.id);
            ask_versions(r.id, Listing::recover, true);
            ++pending_ops_;
            continue;
        }
        adopt(std::move(*doc), r.checksum, r.created, r.modified);
    }
    // Drafts made before the load finished (planner.open, a template) stay and get saved.
    for (auto& d : ws_.drafts)
        if (!find(d.get())) track(*d, "", false);
    // Deleted more than 30 days ago: gone for good.
    std::vector<std::string> expired;
    for (const BinEntry& b : e.bin)
        if (b.deleted < clock_() - kBinMs) expired.push_back(b.id);
    if (!expired.empty()) port_.purge_from_bin(expired);
    // Reopen what was open.
    for (std::size_t i = 0; i < ws_.drafts.size(); ++i)
        if (!e.session.current.empty() && ws_.drafts[i]->doc().id == e.session.current) ws_.current = i;
    if (e.session.tab >= 0) restored_tab_ = e.session.tab;
    save_due(false);
}

void DraftsLibrary::on(const Saved& e) {
    Tracked* t = find(e.id);
    if (!t) return;
    t->in_flight = false;
    t->saved_revision = t->saving_revision;
    t->stored_checksum = t->saving_checksum;
    last_error_.clear();
    status_.quota = false;
    const VersionPlan& plan = t->saving_plan;
    if (plan.write) {
        auto& vs = t->stored_versions;
        vs.erase(std::remove_if(vs.begin(), vs.end(), [&](const StoredVersion& v) {
                     return std::find(plan.drop_keys.begin(), plan.drop_keys.end(), v.key) != plan.drop_keys.end();
                 }), vs.end());
        const double now = clock_();
        if (plan.replace_key > 0 && !vs.empty() && vs.back().key == plan.replace_key) {
            vs.back().checksum = t->saving_checksum;
            vs.back().time = now;
        } else {
            StoredVersion v;
            v.key = e.version_key;
            v.started = plan.started;
            v.time = now;
            v.checksum = t->saving_checksum;
            vs.push_back(std::move(v));
        }
    }
    if (!watched_.empty() && watched_ == t->id) list_versions(t->id);
    save_due(false);
}

void DraftsLibrary::on(const SaveFailed& e) {
    if (Tracked* t = find(e.id)) {
        t->in_flight = false;
        t->retry_at = clock_() + kRetryMs;
    }
    last_error_ = e.error.empty() ? "unknown error" : e.error;
    status_.quota = e.quota;
    schedule(kRetryMs);
    save_due(false);
}

void DraftsLibrary::on(const SaveConflict& e) {
    Tracked* t = find(e.id);
    if (!t) return;
    t->in_flight = false;
    follow_stored(*t, e.stored);
    save_due(false);
}

// Another tab saved this draft while we had changes: keep both. Ours becomes
// a copy under a new id; the draft itself follows the stored version.
void DraftsLibrary::follow_stored(Tracked& t, const DraftRecord& stored) {
    Document mine = t.draft->doc();
    make_copy(mine, CopyReason::other_tab, english_ ? "en" : "nl");  // the one copy policy (io/open_document)
    if (std::optional<Document> theirs = read_intact(stored.json, stored.checksum)) {
        t.draft->commit(std::move(*theirs), kFromOtherTab);
        t.saved_revision = t.seen_revision = t.draft->revision();
    }
    t.stored_checksum = stored.checksum;
    t.versions_known = false;  // the other tab wrote versions too
    t.versions_asked = false;
    Draft& copy = ws_.add(std::move(mine), false);
    track(copy, "", false);  // tracked at once, so a flush waits for the copy too
    notices_.push_back(notice(Notice::Kind::conflict_copy));
}

int DraftsLibrary::ask_versions(const std::string& id, Listing purpose, bool with_content) {
    const int token = next_token_++;
    listings_[token] = {id, purpose};
    port_.list_versions(id, token, with_content);
    return token;
}

void DraftsLibrary::on(const VersionsListed& e) {
    auto it = listings_.find(e.token);
    if (it == listings_.end()) return;
    const auto [id, purpose] = it->second;
    listings_.erase(it);
    std::vector<StoredVersion> list = e.versions;
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    switch (purpose) {
    case Listing::history:
        versions_of_ = id;
        versions_ = std::move(list);
        ++listing_generation_;
        break;
    case Listing::recover: recover(id, std::move(list)); break;
    case Listing::plan:
        if (Tracked* t = find(id)) {
            t->versions_asked = false;
            t->versions_known = true;  // a failed listing counts as none: the save must not wait forever
            t->stored_versions = std::move(list);
            for (StoredVersion& v : t->stored_versions) v.json.clear();
        }
        save_due(flush_wanted_);
        break;
    }
}

void DraftsLibrary::recover(const std::string& id, std::vector<StoredVersion> versions) {
    --pending_ops_;
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        std::optional<Document> doc = read_intact(it->json, it->checksum);
        if (!doc) continue;
        doc->id = id;
        Draft& d = adopt(std::move(*doc), "", 0, it->time);
        Tracked& t = *find(&d);
        t.stored_versions = versions;
        for (StoredVersion& v : t.stored_versions) v.json.clear();
        t.versions_known = true;
        t.new_version = true;  // never written over a (possibly damaged) stored version
        ws_.current = ws_.drafts.size() - 1;
        current_changed_ = true;
        Notice n = notice(Notice::Kind::recovered);
        n.time = it->time;
        notices_.push_back(n);
        save_due(true);
        return;
    }
    notices_.push_back(notice(Notice::Kind::unrecoverable));
    settle_flush();
}

void DraftsLibrary::on(const BinListed& e) {
    bin_ = e.entries;
    std::stable_sort(bin_.begin(), bin_.end(), [](const auto& a, const auto& b) { return a.deleted > b.deleted; });
    ++listing_generation_;
}

void DraftsLibrary::on(const RemoteSaved& e) {
    Tracked* t = find(e.id);
    if (!t || e.checksum == t->stored_checksum) return;
    // With changes of our own, the next save notices the conflict and keeps both.
    if (t->dirty() || t->in_flight) return;
    port_.get(e.id);
}

void DraftsLibrary::on(const RecordRead& e) {
    Tracked* t = find(e.id);
    if (!t || !e.found || t->dirty() || t->in_flight || e.record.checksum == t->stored_checksum) return;
    std::optional<Document> doc = read_intact(e.record.json, e.record.checksum);
    if (!doc) return;
    t->draft->commit(std::move(*doc), kFromOtherTab);
    t->saved_revision = t->seen_revision = t->draft->revision();
    t->stored_checksum = e.record.checksum;
    t->versions_known = false;
}

void DraftsLibrary::on(const BinRestored& e) {
    --pending_ops_;
    if (e.ok && !find(e.id)) {
        if (std::optional<Document> doc = read_intact(e.record.json, e.record.checksum)) {
            adopt(std::move(*doc), e.record.checksum, e.record.created, e.record.modified);
            ws_.current = ws_.drafts.size() - 1;
            current_changed_ = true;
            port_.list_bin();
        }
    }
    settle_flush();
}

void DraftsLibrary::on(const OtherTabs& e) {
    open_in_other_tabs_ = e.open_ids;
    update_status();
}

void DraftsLibrary::on(const Persisted& e) { status_.persisted = e.granted ? 1 : 0; }

void DraftsLibrary::on(const FlushRequested&) {
    flush_wanted_ = true;
    if (!loaded_) return;  // settled once the load is done
    if (available_) last_error_.clear();  // try again now; a lasting fault fails again
    save_due(true);
}

void DraftsLibrary::on(const Tick&) {
    tick_pending_ = false;
    save_due(false);
}

void DraftsLibrary::on(const BackupChosen& e) {
    if (e.ok) {
        import_backup(e.name, e.text);
        return;
    }
    Notice n = notice(Notice::Kind::backup_refused);
    n.name = e.name;
    n.reason = e.text;
    notices_.push_back(n);
}

// [SECTION] Requests of the views, session, backup ------------------------------------------------

void DraftsLibrary::set_session(const SessionMeta& meta) {
    if (!loaded_) return;  // the stored session must be read before it is overwritten
    if (meta.current != announced_) {
        announced_ = meta.current;
        port_.announce_open(meta.current);
        update_status();
    }
    if (session_known_ && meta == session_written_) return;
    session_known_ = true;
    session_written_ = meta;
    port_.put_session(meta);
}

void DraftsLibrary::list_versions(const std::string& id) { ask_versions(id, Listing::history, true); }

bool DraftsLibrary::restore_version(std::size_t index) {
    Draft* active = ws_.active();
    if (!active || index >= versions_.size() || versions_of_ != active->doc().id) return false;
    const StoredVersion& v = versions_[index];
    std::optional<Document> doc = read_intact(v.json, v.checksum);
    if (!doc) return false;
    doc->id = active->doc().id;
    const std::string when = version_time_label(v.time);
    if (!active->commit(std::move(*doc), {"Versie van " + when + " terugzetten", "Restore version of " + when}))
        return false;
    if (Tracked* t = find(active)) t->new_version = true;  // a restore always starts a new version
    return true;
}

void DraftsLibrary::list_bin() { port_.list_bin(); }

void DraftsLibrary::restore_from_bin(const std::string& id) {
    ++pending_ops_;
    port_.restore_from_bin(id);
}

void DraftsLibrary::import_backup(const std::string& name, const std::string& text) {
    BackupReadResult r = read_backup(text);
    if (!r.ok) {
        Notice n = notice(Notice::Kind::backup_refused);
        n.name = name;
        n.reason = r.problems.empty() ? "" : r.problems[0];
        notices_.push_back(n);
        return;
    }
    Notice n = notice(Notice::Kind::backup_imported);
    for (BackupDraft& b : r.drafts) {
        std::vector<const Document*> have;
        for (auto& d : ws_.drafts) have.push_back(&d->doc());
        switch (merge_action(have, b.document)) {
        case MergeAction::skip_same: ++n.same; break;
        case MergeAction::add_as_copy:
            make_copy(b.document, CopyReason::from_backup, english_ ? "en" : "nl");
            ++n.copies;
            ws_.add(std::move(b.document), false);
            break;
        case MergeAction::add: ++n.added; ws_.add(std::move(b.document), false); break;
        }
    }
    n.skipped = (int)r.problems.size();
    notices_.push_back(n);
}

DraftsLibrary::BackupFile DraftsLibrary::backup_file() const {
    std::vector<BackupDraft> all;
    for (auto& d : ws_.drafts) all.push_back({d->settled(), d->modified_ms});
    const double now = clock_();
    const std::time_t t = (std::time_t)(now / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char name[64];
    std::snprintf(name, sizeof name, "dagdeel-backup-%04d-%02d-%02d-%02d%02d.json", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min);
    return {name, write_backup(all, now)};
}

std::optional<int> DraftsLibrary::take_restored_tab() {
    std::optional<int> tab = restored_tab_;
    restored_tab_.reset();
    return tab;
}

std::vector<Notice> DraftsLibrary::take_notices() {
    std::vector<Notice> out;
    out.swap(notices_);
    return out;
}

bool DraftsLibrary::take_current_changed() {
    const bool changed = current_changed_;
    current_changed_ = false;
    return changed;
}

}  // namespace dagdeel::storage
