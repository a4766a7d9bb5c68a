// iCalendar (RFC 5545) export of a programme, for Outlook, Google Calendar,
// Apple Calendar and anything else that reads .ics.
//
// Three shapes (IcsMode):
//  * whole_event: one VEVENT per day, spanning the day's declared window and
//    every item on it, with the programme in the DESCRIPTION;
//  * per_item:    one VEVENT per programme item; a round's sessions each get
//    their own VEVENT at the round's time (a round without sessions is one);
//  * personal:    the items outside rounds plus, per round, the one session the
//    participant picked (IcsOptions::choices; default: the round's first).
//
// What the output promises, each point against a fault users report:
//  * METHOD:PUBLISH, VERSION, PRODID, CALSCALE; CRLF line ends; lines folded
//    at 75 octets, never inside a UTF-8 sequence (3.1); TEXT escaped (3.3.11).
//  * Times carry TZID=<IANA name> with a VTIMEZONE built from the zone's
//    rule: yearly-RRULE DAYLIGHT/STANDARD parts starting the year before the
//    first day (so every event lies after an onset). Where a rule cannot be
//    said as an RRULE (rare POSIX day forms) the parts are written once per
//    year instead, still without RDATE lists.
//  * A local time is first resolved to an instant (time_zone.hpp's policy:
//    gap -> forward, fall-back -> earlier) and the local time written is the
//    one that instant shows, so every reader lands on the same instant. An
//    instant in the hour that repeats in autumn is written in UTC ("...Z"):
//    readers disagree on which occurrence a repeated local time means.
//    DTEND is the item's civil end (start + duration on the clock), so items
//    that follow each other in the programme also follow each other across a
//    DST change; items past midnight (start >= 24:00 or ending after it) run
//    into the next date.
//  * UID = "<document id>-<day/item id>[-<session id>]@dagdeel": stable across
//    exports of the same item, the same in per_item and personal mode, and
//    naming no real host. SEQUENCE = Item/Session::revision (whole_event:
//    the sum over the day's items and sessions). Bumping revisions when an
//    item changes is the edit commands' job, not this writer's.
//  * DTSTAMP comes from the options, so output is reproducible.
//  * ORGANIZER (required once by iTIP PUBLISH): the registration contact, else
//    the first contact, as mailto: when an e-mail is known (the person's or
//    the registration address), else as "urn:dagdeel:organiser" with the
//    name in CN; CONTACT repeats the person's name, e-mail and phone.
// Days without a date cannot be placed on a calendar: they are skipped with a
// warning. Never throws.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/time_zone.hpp"
#include "io/json/json_document.hpp"  // Problem

namespace dagdeel {

enum class IcsMode { whole_event, per_item, personal };

struct IcsOptions {
    IcsMode mode = IcsMode::per_item;
    UtcSeconds dtstamp = 0;  // DTSTAMP: when the file is made (UTC)
    // personal mode: round item id -> chosen session id. Rounds not listed,
    // or listing an unknown session, take their first session.
    std::map<std::string, std::string> choices;
    // Part of a plan only (the calendar prints, io/ics/ics_event_prints.hpp):
    // when set, only this day of the document (a pointer into doc.days) and
    // of it only the items [first_item, first_item + item_count). The
    // registration line then goes in the first entry only when the range
    // starts at the day's first item, so a range's entries are written
    // exactly as in the whole day's file.
    const Day* only_day = nullptr;
    std::size_t first_item = 0;
    std::size_t item_count = static_cast<std::size_t>(-1);
};

struct IcsWriteResult {
    std::string text;               // the whole .ics file
    std::vector<Problem> problems;  // warnings only (skipped days, unknown zone)
};

IcsWriteResult write_ics(const Document& doc, const IcsOptions& options);

// One VEVENT as planned, before it is written: what the tests compare a
// parser's reading against.
struct IcsPlannedEvent {
    std::string uid;
    std::string summary;
    UtcSeconds start = 0, end = 0;
    int sequence = 0;
};
std::vector<IcsPlannedEvent> plan_ics_events(const Document& doc, const IcsOptions& options);

// [SECTION] building blocks, exposed for tests
// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline
// (CRLF, CR and LF all become "\n").
std::string ics_escape_text(std::string_view text);
// One content line (without line end) -> folded lines each ending in CRLF:
// at most 75 octets per physical line, continuation lines start with a space,
// never splitting a UTF-8 sequence (3.1).
std::string ics_fold_line(std::string_view line);
// "20180213T180000Z"
std::string ics_format_utc(UtcSeconds t);
// "20180213T190000"
std::string ics_format_local(const Date& d, Minutes minutes, int seconds = 0);
// "2026-11-30T01:20:00Z" (Item::modified) -> "20261130T012000Z".
std::string ics_utc_from_iso(std::string_view iso);
// "UID" part for an item or session (before the "@dagdeel" suffix is added).
std::string ics_uid(const std::string& document_id, const std::string& id, const std::string& sub_id = {});

}  // namespace dagdeel
