#include "io/ics/ics_event_prints.hpp"

#include <algorithm>
#include <functional>
#include <span>
#include <string_view>

#include "io/ics/ics_writer.hpp"

namespace dagdeel {
namespace {

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = 0xcbf29ce484222325ull) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h;
}

// The content lines of one VEVENT block that belong to its content.
bool volatile_line(std::string_view line) {
    for (std::string_view name : {"DTSTAMP", "SEQUENCE", "LAST-MODIFIED"})
        if (line.size() > name.size() && line.substr(0, name.size()) == name &&
            (line[name.size()] == ':' || line[name.size()] == ';'))
            return true;
    return false;
}

}  // namespace

CalendarPrints calendar_event_prints(const Document& doc, const Day& day) {
    return calendar_item_prints(doc, day, 0, day.items.size());
}

CalendarPrints calendar_item_prints(const Document& doc, const Day& day, std::size_t first, std::size_t count) {
    CalendarPrints prints;
    if (!day.date.is_set()) return prints;
    first = std::min(first, day.items.size());
    count = std::min(count, day.items.size() - first);
    // The writer run on this day (and range) alone, one VEVENT per item and
    // session. A day of the document is written in place; only a day from
    // elsewhere is copied into a document of its own.
    IcsOptions options;
    options.mode = IcsMode::per_item;
    options.first_item = first;
    options.item_count = count;
    const std::less<const Day*> before;  // (a total order, also for a day from elsewhere)
    const bool in_doc = !doc.days.empty() && !before(&day, doc.days.data()) &&
                        before(&day, doc.days.data() + doc.days.size());
    std::string text;
    if (in_doc) {
        options.only_day = &day;
        text = write_ics(doc, options).text;
    } else {
        Document one;
        one.id = doc.id;
        one.event = doc.event;
        one.people = doc.people;
        one.rooms = doc.rooms;
        one.days.push_back(day);
        options.only_day = &one.days.front();
        text = write_ics(one, options).text;
    }
    const auto items = std::span<const Item>(day.items).subspan(first, count);

    // Map each VEVENT back to its item or session through its UID.
    std::unordered_map<std::string, std::string> key_of_uid;
    for (const Item& it : items) {
        key_of_uid[ics_escape_text(ics_uid(doc.id, it.id))] = it.id;
        for (const Session& s : it.sessions)
            key_of_uid[ics_escape_text(ics_uid(doc.id, it.id, s.id))] = it.id + "/" + s.id;
    }
    std::string key;
    std::string line;  // one content line, unfolded (RFC 5545 3.1: CRLF + space continues it)
    std::uint64_t h = 0;
    std::size_t pos = 0;
    // Whole physical lines are appended at once (never a call per character:
    // in the browser build each call may cost a trip through JavaScript).
    while (pos < text.size()) {
        line.clear();
        for (;;) {
            std::size_t end = text.find("\r\n", pos);
            if (end == std::string::npos) end = text.size();
            line.append(text, pos, end - pos);
            pos = end + 2;
            if (pos >= text.size() || text[pos] != ' ') break;
            ++pos;  // a folded continuation: the space is not content
        }
        if (line == "BEGIN:VEVENT") {
            key.clear();
            h = fnv1a("");
        } else if (line == "END:VEVENT") {
            if (!key.empty()) prints[key] = h;
        } else if (line.compare(0, 4, "UID:") == 0) {  // (rfind(.., 0) was a profile's top entry here)
            auto found = key_of_uid.find(line.substr(4));
            if (found != key_of_uid.end()) key = found->second;
        } else if (!volatile_line(line)) {
            h = fnv1a("\n", fnv1a(line, h));
        }
    }
    // A round with sessions has no VEVENT of its own: its print is made of
    // its own fields and its sessions' prints.
    for (const Item& it : items) {
        if (prints.count(it.id) && it.sessions.empty()) continue;
        std::uint64_t r = fnv1a(it.title);
        r = fnv1a(it.description, fnv1a("\x1f", r));
        r = fnv1a(std::to_string(static_cast<int>(it.status)) + "@" + std::to_string(it.start) + "+" +
                      std::to_string(it.duration) + "#" + it.room_id,
                  fnv1a("\x1f", r));
        for (const Session& s : it.sessions) {
            auto found = prints.find(it.id + "/" + s.id);
            r = fnv1a(found != prints.end() ? std::to_string(found->second) : s.title + "\x1f" + s.description, r);
        }
        prints[it.id] = r;
    }
    return prints;
}

}  // namespace dagdeel
