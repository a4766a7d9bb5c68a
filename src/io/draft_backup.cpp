#include "io/draft_backup.hpp"

#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace dagdeel {

void ChecksumFnv1a64::add(std::string_view bytes) {
    std::uint64_t h = h_;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    h_ = h;
}

std::string ChecksumFnv1a64::hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", (unsigned long long)h_);
    return buf;
}

std::string checksum_fnv1a64(std::string_view bytes) {
    ChecksumFnv1a64 c;
    c.add(bytes);
    return c.hex();
}

std::string write_backup(const std::vector<BackupDraft>& drafts, double created_ms) {
    // The documents are spliced in as write_json wrote them (already valid
    // JSON), so the backup holds exactly the bytes a draft is saved as.
    std::string out = "{\n  \"format\": \"dagdeel-backup\",\n  \"version\": 1,\n  \"created\": ";
    out += std::to_string((long long)created_ms);
    out += ",\n  \"drafts\": [";
    bool first = true;
    for (const BackupDraft& d : drafts) {
        nlohmann::json head = {{"id", d.document.id}, {"title", d.document.event.title},
                               {"modified", (long long)d.modified_ms}};
        std::string h = head.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        h.pop_back();  // reopen the object to add "document"
        out += first ? "\n    " : ",\n    ";
        first = false;
        out += h + ", \"document\": " + write_json(d.document);
        while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
        out += "}";
    }
    out += drafts.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

BackupReadResult read_backup(std::string_view text) {
    BackupReadResult r;
    if (text.size() > 20 * kJsonMaxFileBytes) {
        r.problems.push_back("the file is larger than 400 MiB");
        return r;
    }
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        r.problems.push_back("not JSON (the file is damaged or not a Dagdeel backup)");
        return r;
    }
    if (!j.is_object() || j.value("format", std::string()) != "dagdeel-backup") {
        // A single draft file is accepted as a backup of one.
        if (j.is_object() && j.value("format", std::string()) == "dagdeel") {
            ReadResult one = read_json(text);
            if (!one.document) {
                for (const Problem& p : one.problems)
                    if (p.is_error) r.problems.push_back(format_problem(p));
                return r;
            }
            r.ok = true;
            r.drafts.push_back({std::move(*one.document), 0});
            return r;
        }
        r.problems.push_back("not a Dagdeel backup (\"format\" is not \"dagdeel-backup\")");
        return r;
    }
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<long long>() != 1) {
        r.problems.push_back("backup version is not 1 (made by a newer Dagdeel?)");
        return r;
    }
    if (!j.contains("drafts") || !j["drafts"].is_array()) {
        r.problems.push_back("\"drafts\" is missing or not a list");
        return r;
    }
    r.ok = true;
    std::size_t i = 0;
    for (const nlohmann::json& d : j["drafts"]) {
        const std::string at = "drafts[" + std::to_string(i++) + "]";
        if (!d.is_object() || !d.contains("document")) {
            r.problems.push_back(at + ": no \"document\"");
            continue;
        }
        ReadResult one = read_json(d["document"].dump());
        if (!one.document) {
            std::string why;
            for (const Problem& p : one.problems)
                if (p.is_error) { why = format_problem(p); break; }
            r.problems.push_back(at + ": " + why);
            continue;
        }
        double modified = 0;
        if (d.contains("modified") && d["modified"].is_number()) modified = d["modified"].get<double>();
        r.drafts.push_back({std::move(*one.document), modified});
    }
    return r;
}

MergeAction merge_action(const std::vector<const Document*>& existing, const Document& incoming) {
    bool same_id = false;
    for (const Document* d : existing) {
        if (d->id != incoming.id) continue;
        same_id = true;
        if (*d == incoming) return MergeAction::skip_same;
    }
    return same_id ? MergeAction::add_as_copy : MergeAction::add;
}

}  // namespace dagdeel
