// What a calendar sees of each item and session, as a fingerprint: the
// VEVENT our writer makes for it, without the lines that change on their own
// (DTSTAMP, SEQUENCE, LAST-MODIFIED). Two prints differ exactly when an
// exported calendar entry would differ, so the edit layer can bump SEQUENCE
// for those items and no others (edit/calendar_revisions.hpp).
//
// The print comes from the writer itself (not from a list of fields kept
// beside it), so a field the writer learns to export is covered at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/model.hpp"

namespace dagdeel {

// Key: the item id, or "item id/session id" for a session of a round.
using CalendarPrints = std::unordered_map<std::string, std::uint64_t>;

// The prints of every item and session of `day` (a day without a date has
// none: it is never written to a calendar). A round also gets a print of its
// own (its title, text, status and its sessions' prints), because the
// whole-event calendar entry sums the revisions of the day's items.
CalendarPrints calendar_event_prints(const Document& doc, const Day& day);

// The prints of the day's items [first, first + count) only (and their
// sessions): each equal to its print in calendar_event_prints of the whole
// day, so a big day can be printed a few items at a time. `day` is one of
// doc.days (then nothing is copied) or a day of its own.
CalendarPrints calendar_item_prints(const Document& doc, const Day& day, std::size_t first, std::size_t count);

}  // namespace dagdeel
