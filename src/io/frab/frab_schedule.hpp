// The conference-app view of a plan, shared by the frab/pentabarf
// schedule.xml writer and the c3voc schedule.json writer: days with start
// and end in local time carrying UTC offsets, rooms, and one flat event per
// plenary item, break, or session of a parallel round.
//
// Identity (the apps key favourites and reminders on it):
//  * guid: an RFC 4122 version-5 UUID (SHA-1) of "<document id>/<item id>"
//    (sessions: "<document id>/<item id>/<session id>") in a fixed Dagdeel
//    namespace — the same item gives the same guid in every export;
//  * id: a positive 31-bit integer taken from the same hash (collisions
//    within a document are resolved by counting up, in document order);
//  * slug: "<acronym>-<id>-<title words>", lower-case ASCII, unique because
//    the id is in it; it matches both the XSD's voc-slug-new and the JSON
//    schema's slug pattern.
// Decisions:
//  * Breaks, lunch, walk-in and drinks are events too (type "break" for
//    breaks and lunch, "other" for the rest), so apps show the whole day.
//  * A round becomes one event per session, all at the round's time; a
//    session without a room gets its own "Sessie N"/"Session N" room so that
//    apps do not show parallel sessions overlapping in one room. Items
//    without a room are in the main room: the venue's name, else
//    "Zaal"/"Main room".
//  * Cancelled items and sessions are left out; tentative ones say
//    "onder voorbehoud"/"to be confirmed" in their subtitle.
//  * Days without a date cannot be placed and are left out with a warning;
//    a document with no dated day cannot be exported (error).
//  * The zone is the event's IANA zone; an unknown zone falls back to UTC
//    with a warning.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/json/json_document.hpp"

namespace dagdeel {

struct FrabPerson {
    long long id = 0;
    std::string guid;
    std::string name;
};

struct FrabEvent {
    long long id = 0;
    std::string guid;
    std::string date;      // "2018-06-19T13:30:00+02:00"
    std::string start;     // "13:30" (local, wrapped past midnight)
    std::string duration;  // "01:40"
    std::string room;
    std::string slug;
    std::string title, subtitle, track, type, language, abstract;
    std::string url;  // http(s) or empty
    std::vector<FrabPerson> persons;
};

struct FrabRoom {
    std::string name;
    std::string guid;
    std::vector<FrabEvent> events;  // by start
};

struct FrabDay {
    int index = 0;  // 1-based
    std::string date;   // "2018-06-19"
    std::string start;  // "2018-06-19T13:30:00+02:00"
    std::string end;
    std::vector<FrabRoom> rooms;
};

struct FrabSchedule {
    std::string version = "1.0";
    std::string title, acronym, url, time_zone_name, language;
    std::string start, end;  // first and last date, "YYYY-MM-DD"
    std::vector<FrabDay> days;
    std::vector<FrabRoom> rooms;      // every room once (events left empty)
    std::vector<std::string> tracks;  // names, in order of appearance
};

struct FrabBuild {
    FrabSchedule schedule;
    std::vector<Problem> problems;  // warnings; an error means nothing to export
    bool ok() const;
};
FrabBuild build_frab_schedule(const Document& doc);

// What both writers return: the text (empty on error) and the problems.
struct FrabExport {
    std::string text;
    std::vector<Problem> problems;
    bool ok() const;
};

// Hashing and identities, public for tests.
std::array<std::uint8_t, 20> sha1(std::string_view data);
// RFC 4122 name-based UUID, version 5, lower-case 8-4-4-4-12.
std::string uuid_v5(const std::array<std::uint8_t, 16>& name_space, std::string_view name);
// uuid_v5 in the Dagdeel namespace (itself uuid_v5(OID namespace, "dagdeel")).
std::string dagdeel_uuid(std::string_view name);
// "Co-creëren met de samenleving!" -> "co-creeren-met-de-samenleving" (ASCII, at most max_len).
std::string slugify(std::string_view text, std::size_t max_len = 60);

}  // namespace dagdeel
