#include "storage/storage_codec.hpp"

#include <nlohmann/json.hpp>

namespace dagdeel::storage {
namespace {

using nlohmann::json;

json parse(std::string_view text) { return json::parse(text.begin(), text.end(), nullptr, false); }

std::string text_of(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
double number_of(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

DraftRecord record_from(const json& r) {
    DraftRecord d;
    d.id = text_of(r, "id");
    d.title = text_of(r, "title");
    d.json = text_of(r, "json");
    d.checksum = text_of(r, "checksum");
    d.created = number_of(r, "created");
    d.modified = number_of(r, "modified");
    return d;
}

std::vector<BinEntry> bin_from(const json& list) {
    std::vector<BinEntry> out;
    if (!list.is_array()) return out;
    for (const json& b : list)
        if (b.is_object()) out.push_back({text_of(b, "id"), text_of(b, "title"), number_of(b, "modified"), number_of(b, "deleted")});
    return out;
}

json header_of(const DraftRecord& r) {
    return {{"id", r.id}, {"title", r.title}, {"checksum", r.checksum}, {"created", r.created}, {"modified", r.modified}};
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

Loaded decode_loaded(bool ok, std::string_view text) {
    Loaded out;
    const json j = parse(text);
    if (!j.is_object()) {
        out.error = ok ? "the store answered with something unreadable" : std::string(text);
        return out;
    }
    if (!ok) {
        out.error = text_of(j, "error");
        if (out.error.empty()) out.error = "unknown error";
        return out;
    }
    out.ok = true;
    if (auto it = j.find("drafts"); it != j.end() && it->is_array())
        for (const json& r : *it)
            if (r.is_object()) out.drafts.push_back(record_from(r));
    if (auto it = j.find("bin"); it != j.end()) out.bin = bin_from(*it);
    if (auto it = j.find("meta"); it != j.end() && it->is_object()) {
        out.session.current = text_of(*it, "current");
        auto tab = it->find("tab");
        out.session.tab = tab != it->end() && tab->is_number_integer() ? tab->get<int>() : -1;
    }
    return out;
}

std::optional<DraftRecord> decode_record(std::string_view text) {
    const json j = parse(text);
    if (!j.is_object()) return std::nullopt;
    return record_from(j);
}

std::vector<StoredVersion> decode_versions(std::string_view text) {
    std::vector<StoredVersion> out;
    const json j = parse(text);
    if (!j.is_array()) return out;
    for (const json& v : j) {
        if (!v.is_object()) continue;
        StoredVersion s;
        s.key = number_of(v, "key");
        s.started = number_of(v, "started");
        s.time = number_of(v, "time");
        if (s.started == 0) s.started = s.time;
        s.title = text_of(v, "title");
        s.json = text_of(v, "json");
        s.checksum = text_of(v, "checksum");
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<BinEntry> decode_bin(std::string_view text) { return bin_from(parse(text)); }

std::vector<std::string> decode_ids(std::string_view text) {
    std::vector<std::string> out;
    const json j = parse(text);
    if (!j.is_array()) return out;
    for (const json& id : j)
        if (id.is_string()) out.push_back(id.get<std::string>());
    return out;
}

SaveFailed decode_failure(std::string id, std::string_view text) {
    SaveFailed f;
    f.id = std::move(id);
    const json j = parse(text);
    if (j.is_object()) {
        f.error = text_of(j, "error");
        f.quota = text_of(j, "name") == "QuotaExceededError";
    } else {
        f.error = std::string(text);
    }
    if (f.error.empty()) f.error = "unknown error";
    return f;
}

std::string encode_record_header(const DraftRecord& record) { return dump(header_of(record)); }

std::string encode_put_header(const PutRequest& request) {
    json j = header_of(request.record);
    j["expected"] = request.expected;
    if (request.write_version)
        j["version"] = {{"key", request.version.key}, {"started", request.version.started}, {"time", request.version.time}};
    else
        j["version"] = nullptr;
    j["drop"] = request.drop_version_keys;
    return dump(j);
}

std::string encode_session(const SessionMeta& meta) { return dump({{"current", meta.current}, {"tab", meta.tab}}); }

}  // namespace dagdeel::storage
