// Internal to the announcement writers: the outline every output is rendered
// from. A plan becomes headings, paragraphs, bullet lists, programme rows and
// fact rows made of spans (text, optionally a link); the Markdown, text and
// HTML renderers only decide how each kind of block looks and how text is
// escaped. Not part of the public API.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "io/announcement/announcement.hpp"

namespace dagdeel::announce {

struct Span {
    std::string text;
    std::string href;  // non-empty: a link (renderers still check is_safe_link)
};
using Line = std::vector<Span>;

// A programme row or a bullet: its line, notes under it, nested entries.
struct Entry {
    std::string time;  // "13.30 uur"; empty for plain bullets and sessions
    Line line;
    std::string item_id, session_id;  // programme rows and their sessions (the reading view's calendar buttons)
    std::vector<Line> notes;
    std::vector<Entry> children;
};

struct Fact {
    std::string label;  // "Datum"; empty = the value stands alone ("Toegang gratis")
    Line value;
};

enum class BlockKind {
    heading,     // level 2 (section) or 3 (day); `line`
    paragraph,   // `line`
    lead,        // the introductory paragraph in print: `line`
    bullets,     // `entries` (text only)
    programme,   // `entries` with times and sessions
    facts,       // `facts`
    lines,       // `lines`: short lines kept apart (contact details)
    small,       // `line`: fine print (licence)
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 2;
    Line line;
    std::vector<Entry> entries;
    std::vector<Fact> facts;
    std::vector<Line> lines;
};

struct Outline {
    AnnouncementLanguage language = AnnouncementLanguage::nl;
    std::string title;
    std::string subtitle;
    std::string dateline;
    std::vector<Block> blocks;
};

Outline outline_for_document(const Document& doc, const AnnouncementOptions& options);
Outline outline_for_design(const Document& doc, const WorkshopDesign& design, const AnnouncementOptions& options);

std::string render_markdown(const Outline& outline);
std::string render_text(const Outline& outline);
std::string render_html(const Outline& outline);
// An e-mail-safe HTML fragment for the clipboard (inline styles only).
std::string render_clipboard_html(const Outline& outline);
// The <article> of render_html (header, sections, lists): the print page
// wraps the same markup in its own page and stylesheet.
std::string render_html_article(const Outline& outline);

// Plain text of a line (links as their text).
std::string line_text(const Line& line);

}  // namespace dagdeel::announce
