// Bytes from other programs -> UTF-8 text: the one owner of "which encoding
// is this file in". Used by the announcement reader, the spreadsheet paste
// and the CSV reader (io/csv/csv_reader.hpp).
#pragma once

#include <string>
#include <string_view>

namespace dagdeel {

// How a file's bytes were written, as to_utf8 found it.
enum class TextEncoding { utf8, utf8_bom, utf16le, utf16be, windows1252 };
const char* to_string(TextEncoding);  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"
// Bytes of a text file -> UTF-8 without BOM: a UTF-8 BOM is removed; UTF-16
// with a BOM is converted; bytes that are not valid UTF-8 are Windows-1252
// (what Dutch Windows programs write; Latin-1 is a subset of it). The one
// policy for "which encoding is this file", for files and pasted bytes alike.
std::string to_utf8(std::string_view bytes, TextEncoding* found = nullptr);

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
