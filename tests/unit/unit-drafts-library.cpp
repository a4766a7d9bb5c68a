// The drafts library (storage/drafts_library.hpp) against a fake store and a
// fake clock: debounce, versions (spacing, cap, restore), bin and its 30
// days, quarantine, two tabs, backup import, failing storage. The fake store
// keeps records and versions in memory and answers like IndexedDB does:
// later, in order, when the test runs it.
#include <doctest/doctest.h>

#include "builders.hpp"

#include <deque>
#include <map>

#include "io/draft_backup.hpp"
#include "io/json/json_document.hpp"
#include "storage/drafts_library.hpp"
#include "storage/storage_codec.hpp"

using namespace dagdeel;
using namespace dagdeel::storage;

namespace {

constexpr double kMinute = 60 * 1000;
constexpr double kDay = 24 * 60 * kMinute;

using test::sample;

DraftRecord record_for(const Document& d, double created = 1) {
    DraftRecord r;
    r.id = d.id;
    r.title = d.event.title;
    r.json = write_json(d);
    r.checksum = checksum_fnv1a64(r.json);
    r.created = created;
    r.modified = created;
    return r;
}

StoredVersion version_for(const Document& d, double key, double time) {
    const DraftRecord r = record_for(d);
    return {key, time, time, r.title, r.json, r.checksum};
}

// A store in memory that records every call and answers when run() is called.
struct FakeStore : StoragePort {
    DraftsLibrary* library = nullptr;
    std::map<std::string, DraftRecord> drafts, bin_records;
    std::map<std::string, double> deleted_at;
    std::map<double, std::pair<std::string, StoredVersion>> versions;  // key -> (draft id, version)
    std::vector<DraftRecord> quarantined;
    std::vector<std::string> purged;
    SessionMeta session;
    double next_key = 1;
    std::string fault;  // "quota": every save fails as a full disk would
    std::deque<std::function<void()>> pending;
    std::vector<PutRequest> puts;
    std::vector<double> ticks;
    std::vector<std::pair<bool, std::string>> flushes;
    int session_writes = 0;

    void deliver(StorageEvent e) { library->handle(e); }
    void run() {  // answers everything asked so far, and what those answers ask
        while (!pending.empty()) {
            auto f = std::move(pending.front());
            pending.pop_front();
            f();
        }
    }
    std::vector<StoredVersion> versions_of(const std::string& id) const {
        std::vector<StoredVersion> out;
        for (const auto& [key, v] : versions)
            if (v.first == id) out.push_back(v.second);
        return out;
    }

    void open() override {
        pending.push_back([this] {
            Loaded l;
            l.ok = true;
            for (auto& [id, r] : drafts) l.drafts.push_back(r);
            for (auto& [id, r] : bin_records) l.bin.push_back({id, r.title, r.modified, deleted_at[id]});
            l.session = session;
            deliver(l);
        });
    }
    void put(const PutRequest& req) override {
        puts.push_back(req);
        pending.push_back([this, req] {
            if (fault == "quota") {
                deliver(SaveFailed{req.record.id, "QuotaExceededError: the quota has been exceeded", true});
                return;
            }
            auto cur = drafts.find(req.record.id);
            if (cur != drafts.end() && cur->second.checksum != req.expected && cur->second.checksum != req.record.checksum) {
                deliver(SaveConflict{req.record.id, cur->second});
                return;
            }
            drafts[req.record.id] = req.record;
            bin_records.erase(req.record.id);
            double key = 0;
            if (req.write_version) {
                StoredVersion v = req.version;
                key = v.key > 0 ? v.key : next_key++;
                v.key = key;
                v.title = req.record.title;
                v.json = req.record.json;
                v.checksum = req.record.checksum;
                versions[key] = {req.record.id, v};
                for (double k : req.drop_version_keys) versions.erase(k);
            }
            deliver(Saved{req.record.id, req.record.checksum, key});
        });
    }
    void move_to_bin(const DraftRecord& r, double at) override {
        bin_records[r.id] = r;
        deleted_at[r.id] = at;
        drafts.erase(r.id);
    }
    void restore_from_bin(const std::string& id) override {
        pending.push_back([this, id] {
            auto it = bin_records.find(id);
            if (it == bin_records.end()) { deliver(BinRestored{id, false, {}}); return; }
            drafts[id] = it->second;
            DraftRecord r = it->second;
            bin_records.erase(it);
            deliver(BinRestored{id, true, r});
        });
    }
    void purge_from_bin(const std::vector<std::string>& ids) override {
        for (const std::string& id : ids) { bin_records.erase(id); purged.push_back(id); }
    }
    void list_bin() override {
        pending.push_back([this] {
            BinListed b;
            for (auto& [id, r] : bin_records) b.entries.push_back({id, r.title, r.modified, deleted_at[id]});
            deliver(b);
        });
    }
    void list_versions(const std::string& id, int token, bool with_content) override {
        pending.push_back([this, id, token, with_content] {
            VersionsListed l{token, id, true, versions_of(id)};
            if (!with_content)
                for (StoredVersion& v : l.versions) v.json.clear();
            deliver(l);
        });
    }
    void quarantine(const std::string& id) override {
        pending.push_back([this, id] {
            auto it = drafts.find(id);
            if (it != drafts.end()) { quarantined.push_back(it->second); drafts.erase(it); }
            deliver(Quarantined{id, true});
        });
    }
    void get(const std::string& id) override {
        pending.push_back([this, id] {
            auto it = drafts.find(id);
            deliver(RecordRead{id, it != drafts.end(), it != drafts.end() ? it->second : DraftRecord{}});
        });
    }
    void put_session(const SessionMeta& m) override { session = m; ++session_writes; }
    void announce_open(const std::string&) override {}
    void schedule_tick(double ms) override { ticks.push_back(ms); }
    void flush_done(bool ok, const std::string& error) override { flushes.push_back({ok, error}); }
    void pick_backup_file() override {}
};

struct Rig {
    double now = 1'700'000'000'000.0;
    Workspace ws;
    FakeStore store;
    double clock_step = 0;  // ms each reading of the clock takes (0: time stands still within a call)
    DraftsLibrary library{ws, store, [this] { return now += clock_step; }};
    Rig() { store.library = &library; }
    void start() {
        library.start();
        store.run();
        library.notice_changes();
    }
    // Time passes and the timer the library asked for fires.
    void wait(double ms) {
        now += ms;
        library.handle(Tick{});
        store.run();
    }
    void edit_title(Draft& d, const std::string& title) {
        Document doc = d.doc();
        doc.event.title = title;
        d.commit(doc, {"Titel", "Title"});
        library.notice_changes();
    }
    void flush() {
        library.handle(FlushRequested{});
        store.run();
    }
};

}  // namespace

TEST_CASE("debounce: a draft is saved 300 ms after its LAST change, not before") {
    Rig rig;
    rig.start();
    Draft& d = rig.ws.add(sample("a", "Middag"));
    rig.library.notice_changes();
    rig.wait(kSaveDebounceMs);
    rig.store.puts.clear();
    CHECK(rig.library.status().status == SaveStatus::saved);

    rig.edit_title(d, "Middag 1");
    REQUIRE(!rig.store.ticks.empty());
    CHECK(rig.store.ticks.back() == kSaveDebounceMs);
    rig.wait(200);
    rig.edit_title(d, "Middag 12");  // typing on: the 300 ms start again
    rig.wait(200);
    CHECK(rig.store.puts.empty());
    CHECK(rig.library.status().status == SaveStatus::saving);
    rig.wait(99);
    CHECK(rig.store.puts.empty());
    rig.wait(1);
    REQUIRE(rig.store.puts.size() == 1);
    CHECK(rig.store.puts[0].record.title == "Middag 12");
    CHECK(rig.store.drafts.at("a").title == "Middag 12");
    CHECK(rig.library.status().status == SaveStatus::saved);
}

TEST_CASE("debounce: a flush saves at once, and reports when everything is stored") {
    Rig rig;
    rig.start();
    rig.ws.add(sample("a", "Middag"));
    rig.library.notice_changes();
    rig.flush();
    CHECK(rig.store.drafts.count("a") == 1);
    REQUIRE(rig.store.flushes.size() == 1);
    CHECK(rig.store.flushes[0].first);
}

TEST_CASE("a big draft's JSON is written in slices across ticks; an edit in between starts it again") {
    Rig rig;
    rig.start();
    Document big = sample("big", "Groot");
    for (int i = 0; i < 400; ++i) {
        Item it;
        it.id = "i-" + std::to_string(i);
        it.title = "Sessie " + std::to_string(i);
        it.start = test::hm(13, 0);
        it.duration = 30;
        big.days[0].items.push_back(it);
    }
    Draft& d = rig.ws.add(big);
    rig.library.notice_changes();
    rig.clock_step = 1;  // every reading of the clock: 1 ms later, so a slice is a few items
    rig.wait(kSaveDebounceMs);
    CHECK(rig.store.puts.empty());                 // not all in one tick
    REQUIRE(!rig.store.ticks.empty());
    CHECK(rig.store.ticks.back() < kSaveDebounceMs);  // the next slice comes soon
    CHECK(rig.library.status().status == SaveStatus::saving);
    rig.wait(5);
    rig.edit_title(d, "Groter");                   // typed between two slices
    for (int i = 0; i < 400 && rig.store.puts.empty(); ++i) rig.wait(5);
    REQUIRE(rig.store.puts.size() == 1);
    CHECK(rig.store.puts[0].record.title == "Groter");
    CHECK(rig.store.puts[0].record.json == write_json(d.doc()));  // whole, and of the edited draft
    CHECK(rig.library.status().status == SaveStatus::saved);
}

TEST_CASE("versions: at most one per 2 minutes, the last 30 kept") {
    Rig rig;
    rig.start();
    Draft& d = rig.ws.add(sample("a", "v0"));
    rig.library.notice_changes();
    rig.flush();
    REQUIRE(rig.store.versions_of("a").size() == 1);

    // Within 2 minutes of the version's start, saves replace it.
    rig.now += kMinute;
    rig.edit_title(d, "v0b");
    rig.flush();
    auto vs = rig.store.versions_of("a");
    REQUIRE(vs.size() == 1);
    CHECK(vs[0].title == "v0b");

    // 2 minutes after it started: a new one.
    rig.now += kMinute;
    rig.edit_title(d, "v1");
    rig.flush();
    CHECK(rig.store.versions_of("a").size() == 2);

    for (int i = 2; i < 40; ++i) {
        rig.now += 3 * kMinute;
        rig.edit_title(d, "v" + std::to_string(i));
        rig.flush();
    }
    vs = rig.store.versions_of("a");
    REQUIRE(vs.size() == (std::size_t)kMaxVersions);
    CHECK(vs.back().title == "v39");
    CHECK(vs.front().title == "v10");
    for (std::size_t i = 1; i < vs.size(); ++i) CHECK(vs[i].started - vs[i - 1].started >= kVersionIntervalMs);
}

TEST_CASE("versions: the plan by itself") {
    std::vector<StoredVersion> none;
    VersionPlan first = plan_version(none, "c1", 1000, kVersionIntervalMs, false, 30);
    CHECK(first.write);
    CHECK(first.replace_key == 0);

    std::vector<StoredVersion> one = {{7, 1000, 1000, "t", "", "c1"}};
    CHECK_FALSE(plan_version(one, "c1", 5000, kVersionIntervalMs, false, 30).write);  // same bytes: nothing
    CHECK(plan_version(one, "c2", 5000, kVersionIntervalMs, false, 30).replace_key == 7);
    CHECK(plan_version(one, "c2", 5000, kVersionIntervalMs, true, 30).replace_key == 0);  // forced new
    CHECK(plan_version(one, "c2", 1000 + kVersionIntervalMs, kVersionIntervalMs, false, 30).replace_key == 0);

    std::vector<StoredVersion> full;
    for (int i = 1; i <= 30; ++i) full.push_back({(double)i, i * 1e6, i * 1e6, "t", "", "c" + std::to_string(i)});
    VersionPlan p = plan_version(full, "new", 31e6 + kVersionIntervalMs, kVersionIntervalMs, false, 30);
    CHECK(p.replace_key == 0);
    REQUIRE(p.drop_keys.size() == 1);
    CHECK(p.drop_keys[0] == 1);
}

TEST_CASE("versions: restoring one is itself a NEW version, even within 2 minutes") {
    Rig rig;
    rig.start();
    Draft& d = rig.ws.add(sample("a", "Een"));
    rig.library.notice_changes();
    rig.flush();
    rig.now += 3 * kMinute;
    rig.edit_title(d, "Twee");
    rig.flush();
    REQUIRE(rig.store.versions_of("a").size() == 2);

    rig.library.list_versions("a");
    rig.store.run();
    REQUIRE(rig.library.versions_of() == "a");
    REQUIRE(rig.library.versions().size() == 2);
    CHECK(rig.library.versions()[0].title == "Een");
    rig.now += 10 * 1000;  // well within the 2 minutes of "Twee"
    REQUIRE(rig.library.restore_version(0));
    rig.library.notice_changes();
    CHECK(d.doc().event.title == "Een");
    CHECK(d.history().can_undo());  // the restore is one undoable step
    rig.flush();
    auto vs = rig.store.versions_of("a");
    REQUIRE(vs.size() == 3);
    CHECK(vs[2].title == "Een");
    CHECK(vs[1].title == "Twee");
}

TEST_CASE("bin: a deleted draft goes to the bin, comes back, and is purged after 30 days") {
    Rig rig;
    rig.start();
    rig.ws.add(sample("a", "Weg"));
    rig.library.notice_changes();
    rig.flush();
    rig.ws.remove(0);
    rig.library.notice_changes();
    CHECK(rig.store.drafts.empty());
    REQUIRE(rig.store.bin_records.count("a") == 1);
    CHECK(rig.store.deleted_at["a"] == rig.now);

    rig.library.list_bin();
    rig.store.run();
    REQUIRE(rig.library.bin().size() == 1);
    rig.library.restore_from_bin("a");
    rig.store.run();
    REQUIRE(rig.ws.drafts.size() == 1);
    CHECK(rig.ws.active()->doc().event.title == "Weg");
    CHECK(rig.library.take_current_changed());
    CHECK(rig.store.drafts.count("a") == 1);

    // A start 29 days and 31 days after two deletions.
    Rig later;
    Document old = sample("old", "Oud"), recent = sample("recent", "Recent");
    later.store.bin_records = {{"old", record_for(old)}, {"recent", record_for(recent)}};
    later.store.deleted_at = {{"old", later.now - 31 * kDay}, {"recent", later.now - 29 * kDay}};
    later.start();
    CHECK(later.store.purged == std::vector<std::string>{"old"});
    CHECK(later.store.bin_records.count("recent") == 1);
}

TEST_CASE("quarantine: a record failing its checksum is set aside and the last good version opens") {
    Rig rig;
    Document good = sample("a", "Goede versie"), newer = sample("a", "Nieuwer");
    DraftRecord damaged = record_for(newer);
    damaged.json = damaged.json.substr(0, 40) + "kapot";
    rig.store.drafts["a"] = damaged;
    rig.store.versions[1] = {"a", version_for(good, 1, rig.now - 10 * kMinute)};
    StoredVersion broken = version_for(newer, 2, rig.now - kMinute);
    broken.checksum = "0000000000000000";  // the newest version is damaged too
    rig.store.versions[2] = {"a", broken};
    rig.store.next_key = 3;
    rig.start();
    rig.flush();

    REQUIRE(rig.store.quarantined.size() == 1);
    CHECK(rig.store.quarantined[0].json == damaged.json);  // kept as it was, not deleted
    REQUIRE(rig.ws.drafts.size() == 1);
    CHECK(rig.ws.active()->doc().event.title == "Goede versie");
    CHECK(rig.ws.active()->doc().id == "a");
    REQUIRE(rig.store.versions.size() == 3);  // no version was deleted or written over
    CHECK(rig.store.versions.at(2).second.checksum == "0000000000000000");
    CHECK(rig.store.versions.at(3).second.title == "Goede versie");
    CHECK(rig.store.purged.empty());
    CHECK(rig.store.drafts.at("a").title == "Goede versie");  // stored again, whole
    auto notices = rig.library.take_notices();
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == Notice::Kind::recovered);
    CHECK(notices[0].time == rig.now - 10 * kMinute);
    REQUIRE(!rig.store.flushes.empty());
    CHECK(rig.store.flushes.back().first);
}

TEST_CASE("quarantine: with no good version the record is still only set aside") {
    Rig rig;
    DraftRecord damaged = record_for(sample("a", "X"));
    damaged.checksum = "0000000000000000";
    rig.store.drafts["a"] = damaged;
    rig.start();
    CHECK(rig.ws.drafts.empty());
    CHECK(rig.store.quarantined.size() == 1);
    auto notices = rig.library.take_notices();
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == Notice::Kind::unrecoverable);
}

TEST_CASE("two tabs: the other tab's save is followed; when both changed, both are kept") {
    Rig rig;
    Document base = sample("a", "Basis");
    rig.store.drafts["a"] = record_for(base);
    rig.start();
    REQUIRE(rig.ws.drafts.size() == 1);
    Draft& d = *rig.ws.drafts[0];

    // Followed: the other tab saved, we had no changes.
    Document theirs = sample("a", "Van tabblad B");
    rig.store.drafts["a"] = record_for(theirs);
    rig.library.handle(RemoteSaved{"a", rig.store.drafts["a"].checksum});
    rig.store.run();
    CHECK(d.doc().event.title == "Van tabblad B");
    rig.library.notice_changes();
    rig.flush();
    CHECK(rig.store.puts.empty());  // following is not a change of ours

    // Both changed before either saw the other's save.
    rig.store.drafts["a"] = record_for(sample("a", "Alleen B"));
    rig.edit_title(d, "Alleen A");
    rig.flush();
    REQUIRE(rig.ws.drafts.size() == 2);
    CHECK(d.doc().id == "a");
    CHECK(d.doc().event.title == "Alleen B");
    const Document& copy = rig.ws.drafts[1]->doc();
    CHECK(copy.id != "a");
    CHECK(copy.event.title == "Alleen A (jouw versie)");
    rig.library.notice_changes();
    rig.flush();
    CHECK(rig.store.drafts.at("a").title == "Alleen B");
    CHECK(rig.store.drafts.at(copy.id).title == "Alleen A (jouw versie)");
    auto notices = rig.library.take_notices();
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == Notice::Kind::conflict_copy);
}

TEST_CASE("backup import merges by id and keeps both where they differ") {
    Rig rig;
    rig.start();
    rig.ws.add(sample("same", "Zelfde"));
    rig.ws.add(sample("diff", "Hier gewijzigd"));
    std::vector<BackupDraft> backup = {
        {sample("same", "Zelfde"), 1}, {sample("diff", "In de back-up"), 2}, {sample("new", "Nieuw"), 3}};
    rig.library.import_backup("b.json", write_backup(backup, 10));
    REQUIRE(rig.ws.drafts.size() == 4);
    CHECK(rig.ws.drafts[1]->doc().event.title == "Hier gewijzigd");
    CHECK(rig.ws.drafts[2]->doc().event.title == "In de back-up (uit back-up)");
    CHECK(rig.ws.drafts[2]->doc().id != "diff");
    CHECK(rig.ws.drafts[3]->doc().id == "new");
    auto notices = rig.library.take_notices();
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == Notice::Kind::backup_imported);
    CHECK(notices[0].added == 1);
    CHECK(notices[0].copies == 1);
    CHECK(notices[0].same == 1);

    rig.library.import_backup("kapot.json", "{\"format\": \"iets anders\"}");
    notices = rig.library.take_notices();
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == Notice::Kind::backup_refused);
    CHECK(notices[0].name == "kapot.json");
    CHECK(rig.ws.drafts.size() == 4);

    // And back out: the file holds every draft.
    auto file = rig.library.backup_file();
    CHECK(file.name.rfind("dagdeel-backup-", 0) == 0);
    CHECK(read_backup(file.text).drafts.size() == 4);
}

TEST_CASE("storage full: the work stays in memory, the status says why, a later save goes through") {
    Rig rig;
    rig.start();
    Draft& d = rig.ws.add(sample("a", "Bewaard"));
    rig.library.notice_changes();
    rig.flush();
    const DraftRecord stored = rig.store.drafts.at("a");

    rig.store.fault = "quota";
    rig.edit_title(d, "Niet op te slaan");
    rig.flush();
    CHECK(rig.library.status().status == SaveStatus::failed);
    CHECK(rig.library.status().quota);
    CHECK(rig.library.status().error.find("Quota") != std::string::npos);
    CHECK(d.doc().event.title == "Niet op te slaan");   // in memory
    CHECK(rig.store.drafts.at("a").json == stored.json);  // the stored record untouched
    REQUIRE(rig.store.flushes.size() == 2);
    CHECK_FALSE(rig.store.flushes.back().first);

    // Healed: the retry after 5 s stores it and the message leaves.
    rig.store.fault.clear();
    const std::size_t puts = rig.store.puts.size();
    rig.wait(kRetryMs - 1);
    CHECK(rig.store.puts.size() == puts);
    rig.wait(1);
    CHECK(rig.store.puts.size() == puts + 1);
    CHECK(rig.store.drafts.at("a").title == "Niet op te slaan");
    CHECK(rig.library.status().status == SaveStatus::saved);
    CHECK(rig.library.status().error.empty());
    CHECK_FALSE(rig.library.status().quota);
}

TEST_CASE("storage unavailable: drafts stay in memory and a flush says why") {
    Rig rig;
    rig.library.start();
    rig.ws.add(sample("a", "Privévenster"));
    rig.library.handle(Loaded{false, "UnknownError: IndexedDB is refused", {}, {}, {}});
    rig.library.notice_changes();
    CHECK(rig.library.status().status == SaveStatus::unavailable);
    CHECK(rig.ws.drafts.size() == 1);
    rig.library.handle(FlushRequested{});
    REQUIRE(rig.store.flushes.size() == 1);
    CHECK_FALSE(rig.store.flushes[0].first);
    CHECK(rig.store.flushes[0].second.find("refused") != std::string::npos);
}

TEST_CASE("restore on start: every stored draft, the one that was open, its tab; the session is not overwritten first") {
    Rig rig;
    rig.store.drafts["a"] = record_for(sample("a", "Eerste"), 1);
    rig.store.drafts["b"] = record_for(sample("b", "Tweede"), 2);
    rig.store.session = {"b", 2};
    rig.library.set_session({"", 0});  // before the load: ignored
    CHECK(rig.store.session_writes == 0);
    rig.start();
    REQUIRE(rig.ws.drafts.size() == 2);
    CHECK(rig.ws.drafts[0]->doc().id == "a");  // in creation order
    CHECK(rig.ws.active()->doc().id == "b");
    CHECK(rig.library.take_restored_tab() == 2);
    CHECK_FALSE(rig.library.take_restored_tab().has_value());
    rig.flush();
    CHECK(rig.store.puts.empty());  // restored drafts are not written back
    rig.library.set_session({"b", 2});
    rig.library.set_session({"b", 2});
    CHECK(rig.store.session_writes == 1);
}

TEST_CASE("codec: what web/lib/storage.js sends decodes into typed events") {
    Loaded l = decode_loaded(true, R"({"drafts":[{"id":"a","title":"T","json":"{}","checksum":"c","created":5,"modified":6}],
        "bin":[{"id":"b","title":"B","modified":1,"deleted":2}],"meta":{"current":"a","tab":3}})");
    REQUIRE(l.ok);
    REQUIRE(l.drafts.size() == 1);
    CHECK(l.drafts[0].created == 5);
    CHECK(l.bin.at(0).deleted == 2);
    CHECK(l.session == SessionMeta{"a", 3});
    CHECK(decode_loaded(true, R"({"drafts":[],"meta":null})").session.tab == -1);

    Loaded refused = decode_loaded(false, R"({"error":"UnknownError: no IndexedDB","name":"UnknownError"})");
    CHECK_FALSE(refused.ok);
    CHECK(refused.error == "UnknownError: no IndexedDB");
    CHECK_FALSE(decode_loaded(true, "not json").ok);

    SaveFailed f = decode_failure("a", R"({"error":"QuotaExceededError: full","name":"QuotaExceededError"})");
    CHECK(f.quota);
    CHECK(f.error == "QuotaExceededError: full");
    CHECK_FALSE(decode_failure("a", R"({"error":"x","name":"AbortError"})").quota);

    auto vs = decode_versions(R"([{"key":3,"time":9,"title":"t","checksum":"c"},{"key":"wrong","time":1}, 5])");
    REQUIRE(vs.size() == 2);
    CHECK(vs[0].key == 3);
    CHECK(vs[0].started == 9);  // records from before spacing was stored start at their time
    CHECK(vs[1].key == 0);      // a field of the wrong type reads as empty
    CHECK(decode_ids(R"(["a", 1, "b"])") == std::vector<std::string>{"a", "b"});
    CHECK_FALSE(decode_record("[]").has_value());

    PutRequest req;
    req.record = {"a", "Tïtel \"x\"", "{...}", "c", 1, 2};
    req.expected = "old";
    req.write_version = true;
    req.version = {4, 10, 11, "", "", ""};
    req.drop_version_keys = {1, 2};
    const std::string header = encode_put_header(req);
    CHECK(header.find("\"json\"") == std::string::npos);  // the document travels on its own
    CHECK(header.find(R"("version":{"key":4.0,"started":10.0,"time":11.0})") != std::string::npos);
    CHECK(header.find(R"("drop":[1.0,2.0])") != std::string::npos);
    CHECK(header.find(R"("expected":"old")") != std::string::npos);
}
