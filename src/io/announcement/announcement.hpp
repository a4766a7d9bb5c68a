// Announcement text: a plan rendered the way organisers publish it (the seed
// announcements in ../shared/seeds): title, subtitle, date line, intro and
// description, the questions and what to expect as bullets, "Programma" with
// times, each parallel round with its sessions and leaders, "Voor wie",
// "Praktisch" (datum, tijd, locatie, toegang, aanmelden vóór ...), "Meer
// informatie?" (contact), the series note and the licence note.
//
// Three outputs from ONE intermediate outline (announcement_outline.cpp), so
// Markdown, plain text and HTML never disagree about content:
//   * Markdown (CommonMark; user text is backslash-escaped, links only for
//     http/https/mailto),
//   * plain text (UTF-8, LF, no wrapping: mail and CMS editors wrap),
//   * a self-contained HTML page: inline CSS with an A4 print stylesheet, a
//     lang attribute, h1/h2/h3 hierarchy, lists, contrast above WCAG AA, a
//     Content-Security-Policy that forbids every script, and EVERY user string
//     escaped (& < > " ') — URLs are linked only when they are http, https or
//     mailto, otherwise shown as text.
//
// Languages: Dutch and English. Dutch times are "13.30 uur" and ranges
// "19.30 – 19.35 uur" (as in the seeds); English uses the 24-hour clock
// "13:30" and "19:30 – 19:35": the events are European, a 24-hour clock is
// unambiguous, and it needs no am/pm rules for ranges across noon. Dates:
// "dinsdag 13 februari 2018" / "Tuesday 13 February 2018".
//
// Never throws for any document (invalid UTF-8 is passed through in text and
// Markdown; HTML replaces it with U+FFFD).
#pragma once

#include <string>
#include <string_view>

#include "core/language.hpp"
#include "core/model.hpp"

namespace dagdeel {

enum class AnnouncementFormat { markdown, text, html };
// The one language type (core/language.hpp); the old name stays while
// the announcement code is reworked.
using AnnouncementLanguage = Language;

// How programme rows show their times.
enum class ProgrammeTimes {
    automatic,  // start times ("13.30 uur ...") on a day with a parallel round
                // (seed 000: the sessions follow as bullets), ranges otherwise
                // ("19.30 – 19.35 uur ...", seed 001)
    start,
    range,
};

// How much of the plan: everything, the programme only (title, dates and the
// programme: what a newsletter needs), or one item (a round with its
// sessions), for copying into another text.
enum class AnnouncementPart { whole, programme, item };

struct AnnouncementOptions {
    AnnouncementLanguage language = AnnouncementLanguage::nl;
    ProgrammeTimes times = ProgrammeTimes::automatic;
    AnnouncementPart part = AnnouncementPart::whole;
    std::string item_id;  // for AnnouncementPart::item; an unknown id gives an empty text
};

// The announcement of the whole plan.
std::string write_announcement(const Document& doc, AnnouncementFormat format,
                               const AnnouncementOptions& options = {});

// What Copy puts on the clipboard: an e-mail-safe HTML fragment (inline
// styles, no external resource; pastes with headings, bold times, lists and
// links into Outlook, Word, Gmail or a CMS) and the plain text beside it.
struct AnnouncementClipboard {
    std::string html;
    std::string text;
};
AnnouncementClipboard write_announcement_clipboard(const Document& doc, const AnnouncementOptions& options = {});

// The announcement of one workshop design (seeds 003, 004): title, format
// (Incompany/open), target groups, max. participants, days, investment,
// description, learning questions, trainer profile and trainers, contact.
std::string write_design_announcement(const Document& doc, const WorkshopDesign& design,
                                      AnnouncementFormat format, const AnnouncementOptions& options = {});

// "nl"/"en" from a document's language ("en-GB" -> en); anything else -> nl.
// The announcement's outline as JSON, for pages that lay it out themselves
// (the web reading view on phones and for share links): {title, subtitle,
// dateline, blocks: [{kind, level, line, entries, facts, lines}]}, where a
// line is [{text, href}] (href only when is_safe_link) and a programme entry
// is {time, line, notes, children, item, session}. Text is plain: the page
// must insert it as text, never as markup.
std::string write_announcement_outline_json(const Document& doc, const AnnouncementOptions& options = {});

AnnouncementLanguage announcement_language_for(const Document& doc);

// Building blocks, public for tests and the UI.
// "dinsdag 13 februari 2018" / "Tuesday 13 February 2018"; "" for an unset date.
std::string format_long_date(const Date& d, AnnouncementLanguage lang, bool with_weekday = true,
                             bool with_year = true);
// "13.30 uur" / "13:30"; ranges "19.30 – 19.35 uur" / "19:30 – 19:35".
std::string format_announcement_time(Minutes m, AnnouncementLanguage lang);
std::string format_announcement_range(Minutes from, Minutes to, AnnouncementLanguage lang);
// & < > " ' escaped for HTML text and attribute values.
std::string html_escape(std::string_view text);
// Valid UTF-8 without control characters (tab and newline kept), C1 controls
// or U+FFFE/U+FFFF; invalid bytes become U+FFFD. Safe for HTML and XML 1.0.
std::string sanitize_utf8(std::string_view text);
// True for http:, https: and mailto: URLs without spaces or control characters.
bool is_safe_link(std::string_view url);

}  // namespace dagdeel
