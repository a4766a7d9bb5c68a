// Importing a frab/pentabarf schedule.xml (the c3voc format; pretalx, frab
// and the CCC hub write it) into a NEW Document.
//
// The XML parser is a small hand-written one for exactly this job
// (io/frab/xml_tree.hpp), safe by construction:
//  * no DTD processing at all: "<!DOCTYPE" or "<!ENTITY" is refused with a
//    clear message, so entity expansion (billion laughs) and external
//    entities cannot happen;
//  * the five predefined entities and numeric character references are
//    decoded; any other "&name;" is an error;
//  * bounds: 50 MB of input, element depth 64, 100,000 events;
//  * every problem carries a line (and column) number; it never throws.
//
// Mapping (lenient with real files):
//  * each <day> becomes a Day on its date; an event's time comes from its
//    <date> (with offset, converted to the conference's time_zone_name), or
//    from <start> on the day's date; events after midnight stay on their
//    conference day with minutes >= 1440 (the model's "after midnight");
//  * events become pinned Items (kind from <type>: talk, workshop, break,
//    lunch, discussion ...), <abstract> and <description> their description,
//    <persons> People (deduplicated by id, else by name), rooms Rooms;
//  * duplicate event ids and slugs are accepted: item ids get a suffix and a
//    warning is given;
//  * an unknown or missing time_zone_name keeps the wall-clock times as
//    written and the default zone, with a warning.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "io/json/json_document.hpp"

namespace dagdeel {

inline constexpr std::size_t kFrabMaxFileBytes = 50u * 1024u * 1024u;
inline constexpr int kFrabMaxDepth = 64;
inline constexpr std::size_t kFrabMaxEvents = 100000;

ReadResult read_frab_xml(std::string_view text);
// Refuses files over kFrabMaxFileBytes before loading them.
ReadResult read_frab_xml_file(const std::string& path);

// True when the text (its first few KB suffice) is XML whose root element is
// <schedule>: how importers recognise the format by content.
bool looks_like_frab_xml(std::string_view head);

}  // namespace dagdeel
