// Bytes from other programs -> UTF-8 text: the one owner of "which encoding
// is this file in". Used by the announcement reader, the spreadsheet paste
// and the CSV reader (io/csv/csv_reader.hpp).
#pragma once

#include <string>
#include <string_view>

namespace dagdeel {

// Strict enough to tell UTF-8 from Windows-1252: a Windows-1252 text with any
// accented letter is never valid UTF-8 (é = E9 is not followed by 10xxxxxx).
bool is_valid_utf8(std::string_view s);
// Every byte is a character: 0x80..0x9F are Windows-1252's additions (€ ‘ ’ “ ” – —),
// the rest Latin-1. Bytes with no character become U+FFFD.
std::string windows1252_to_utf8(std::string_view s);
// UTF-16 (little or big endian, after its byte order mark) -> UTF-8; lone
// surrogates become U+FFFD. Excel's "Unicode-tekst" is UTF-16LE.
std::string utf16_to_utf8(std::string_view s, bool big_endian);
// Appends code point `cp` as UTF-8 (NUL, surrogates and > U+10FFFF become U+FFFD).
void append_utf8(std::string& out, unsigned cp);
// True for text with NUL bytes or many control characters.
bool looks_binary(std::string_view s);

}  // namespace dagdeel
