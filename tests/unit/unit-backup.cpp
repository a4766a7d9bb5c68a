// Backup file and stored-record checksum (io/draft_backup.hpp).
#include <doctest/doctest.h>

#include "builders.hpp"

#include "io/draft_backup.hpp"
#include "io/templates.hpp"

using namespace dagdeel;

using test::sample;

TEST_CASE("checksum: FNV-1a 64 known values") {
    CHECK(checksum_fnv1a64("") == "cbf29ce484222325");
    CHECK(checksum_fnv1a64("a") == "af63dc4c8601ec8c");
    CHECK(checksum_fnv1a64("foobar") == "85944171f73967e8");
    // Fed in pieces (as a save hashes its slices): the same value.
    ChecksumFnv1a64 pieces;
    pieces.add("foo");
    pieces.add("");
    pieces.add("bar");
    CHECK(pieces.hex() == "85944171f73967e8");
    CHECK(checksum_fnv1a64("{\"a\":1}") != checksum_fnv1a64("{\"a\":2}"));
}

TEST_CASE("backup: write then read gives back every draft") {
    std::vector<BackupDraft> in = {{sample("a1", "Wijkavond café"), 1000}, {sample("b2", "Congres \"ö\""), 2000}};
    const std::string text = write_backup(in, 12345);
    BackupReadResult r = read_backup(text);
    REQUIRE(r.ok);
    CHECK(r.problems.empty());
    REQUIRE(r.drafts.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(r.drafts[i].document == read_json(write_json(in[i].document)).document.value());
        CHECK(r.drafts[i].modified_ms == in[i].modified_ms);
    }
    CHECK(read_backup(write_backup({}, 1)).ok);
}

TEST_CASE("backup: a damaged draft is reported and skipped, the rest load") {
    std::string bad = write_backup({{sample("a1", "Goed"), 1}, {sample("b2", "Stuk"), 2}}, 1);
    bad.replace(bad.rfind("\"format\": \"dagdeel\""), 19, "\"format\": 7");
    BackupReadResult r = read_backup(bad);
    CHECK(r.ok);
    CHECK(r.drafts.size() == 1);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].rfind("drafts[1]: ", 0) == 0);
}

TEST_CASE("backup: refusals name the reason") {
    CHECK_FALSE(read_backup("not json").ok);
    CHECK_FALSE(read_backup("{\"format\":\"other\"}").ok);
    CHECK_FALSE(read_backup("{\"format\":\"dagdeel-backup\",\"version\":2,\"drafts\":[]}").ok);
    CHECK(read_backup("{\"format\":\"dagdeel-backup\",\"version\":2,\"drafts\":[]}").problems.size() == 1);
    // One plain draft file counts as a backup of one.
    BackupReadResult one = read_backup(write_json(sample("x", "Los")));
    CHECK(one.ok);
    CHECK(one.drafts.size() == 1);
}

TEST_CASE("backup merge: by id, keeping both where they differ") {
    Document a = sample("a1", "A"), b = sample("b2", "B");
    std::vector<const Document*> have = {&a, &b};
    CHECK(merge_action(have, sample("a1", "A")) == MergeAction::skip_same);
    CHECK(merge_action(have, sample("a1", "A changed")) == MergeAction::add_as_copy);
    CHECK(merge_action(have, sample("c3", "C")) == MergeAction::add);
}
