// Font Awesome 4.7 icons (Debian's fonts-font-awesome) as UTF-8 strings.
// The build subsets the icon font to exactly the code points named in the
// `U+Fxxx` comments below (cmake/web.cmake reads this file), so an icon added
// here is an icon that ships.
#pragma once

namespace dagdeel::icons {

constexpr unsigned short kFirst = 0xF000, kLast = 0xF2E0;  // range handed to ImGui

constexpr const char* NEW = "\xef\x80\x96";  // U+F016 a new, empty draft
constexpr const char* OPEN = "\xef\x81\xbc";  // U+F07C open a file
constexpr const char* SAVE = "\xef\x83\x87";  // U+F0C7 save / saved
constexpr const char* UNDO = "\xef\x83\xa2";  // U+F0E2
constexpr const char* REDO = "\xef\x80\x9e";  // U+F01E
constexpr const char* CALENDAR = "\xef\x81\xb3";  // U+F073 dates, days
constexpr const char* CLOCK = "\xef\x80\x97";  // U+F017 times, durations
constexpr const char* PEOPLE = "\xef\x83\x80";  // U+F0C0 people list
constexpr const char* PERSON = "\xef\x80\x87";  // U+F007
constexpr const char* VENUE = "\xef\x81\x81";  // U+F041 venue, rooms
constexpr const char* SETTINGS = "\xef\x80\x93";  // U+F013
constexpr const char* PROGRAMME = "\xef\x80\xba";  // U+F03A programme table
constexpr const char* TIMELINE = "\xef\x83\x9b";  // U+F0DB timeline columns
constexpr const char* WARNING = "\xef\x81\xb1";  // U+F071 findings
constexpr const char* OK = "\xef\x80\x8c";  // U+F00C
constexpr const char* CLOSE = "\xef\x80\x8d";  // U+F00D
constexpr const char* ADD = "\xef\x81\xa7";  // U+F067
constexpr const char* DELETE = "\xef\x87\xb8";  // U+F1F8
constexpr const char* DUPLICATE = "\xef\x83\x85";  // U+F0C5
constexpr const char* DOWNLOAD = "\xef\x80\x99";  // U+F019 export
constexpr const char* UPLOAD = "\xef\x82\x93";  // U+F093 import
constexpr const char* LANGUAGE = "\xef\x82\xac";  // U+F0AC
constexpr const char* DARK = "\xef\x86\x86";  // U+F186 dark theme
constexpr const char* LIGHT = "\xef\x86\x85";  // U+F185 light theme
constexpr const char* INFO = "\xef\x81\x9a";  // U+F05A
constexpr const char* BREAK = "\xef\x83\xb4";  // U+F0F4 pause / coffee
constexpr const char* LUNCH = "\xef\x83\xb5";  // U+F0F5
constexpr const char* TALK = "\xef\x84\xb0";  // U+F130 talk: microphone
constexpr const char* DISCUSSION = "\xef\x82\x86";  // U+F086
constexpr const char* DRINKS = "\xef\x80\x80";  // U+F000 borrel: glass
constexpr const char* WALK_IN = "\xef\x82\x90";  // U+F090 inloop
constexpr const char* CLOSING = "\xef\x82\x8b";  // U+F08B afsluiting
constexpr const char* WELCOME = "\xef\x8a\xb5";  // U+F2B5 welkom: handshake
constexpr const char* WORKSHOP = "\xef\x83\xab";  // U+F0EB workshop: idea
constexpr const char* PRESENTATION = "\xef\x89\xac";  // U+F26C presentation: screen
constexpr const char* ROUND = "\xef\x84\xa6";  // U+F126 parallel round: fork
constexpr const char* OTHER = "\xef\x84\x91";  // U+F111
constexpr const char* PIN = "\xef\x82\x8d";  // U+F08D pinned start
constexpr const char* MENU = "\xef\x83\x89";  // U+F0C9
constexpr const char* SEARCH = "\xef\x80\x82";  // U+F002
constexpr const char* HELP = "\xef\x81\x99";  // U+F059
constexpr const char* CONFIRMED = "\xef\x81\x98";  // U+F058
constexpr const char* CANCELLED = "\xef\x81\x9e";  // U+F05E
constexpr const char* SHARE = "\xef\x87\xa0";  // U+F1E0
constexpr const char* PRINT = "\xef\x80\xaf";  // U+F02F
constexpr const char* ROOM = "\xef\x86\xad";  // U+F1AD room: building
constexpr const char* DESIGN = "\xef\x86\x9d";  // U+F19D workshop design: graduation cap
constexpr const char* EDIT = "\xef\x81\x80";  // U+F040
constexpr const char* HISTORY = "\xef\x87\x9a";  // U+F1DA
constexpr const char* TENTATIVE = "\xef\x89\x94";  // U+F254 (o.v.): hourglass
constexpr const char* UP = "\xef\x81\xb7";  // U+F077
constexpr const char* DOWN = "\xef\x81\xb8";  // U+F078
constexpr const char* LEFT = "\xef\x81\xa0";  // U+F060 block to the previous room
constexpr const char* RIGHT = "\xef\x81\xa1";  // U+F061 block to the next room
constexpr const char* CLIPBOARD = "\xef\x83\xaa";  // U+F0EA
constexpr const char* MAIL = "\xef\x83\xa0";  // U+F0E0
constexpr const char* PHONE = "\xef\x82\x95";  // U+F095
constexpr const char* LINK = "\xef\x83\x81";  // U+F0C1
constexpr const char* PRICE = "\xef\x85\x93";  // U+F153 euro
constexpr const char* TAG = "\xef\x80\xab";  // U+F02B
constexpr const char* BOOK = "\xef\x80\xad";  // U+F02D announcement
constexpr const char* DRAFTS = "\xef\x83\x85";  // U+F0C5
constexpr const char* ZOOM_IN = "\xef\x80\x8e";  // U+F00E timeline zoom in
constexpr const char* ZOOM_OUT = "\xef\x80\x90";  // U+F010 timeline zoom out
constexpr const char* FILTER = "\xef\x82\xb0";  // U+F0B0 room filter
constexpr const char* MERGE = "\xef\x81\xa6";  // U+F066 merge duplicates: compress
constexpr const char* PLACE = "\xef\x89\xb1";  // U+F271 place in programme: calendar-plus
constexpr const char* PANE_LEFT = "\xef\x84\x80";  // U+F100 hide a side pane / open the drafts drawer
constexpr const char* PANE_RIGHT = "\xef\x84\x81";  // U+F101 the other way
constexpr const char* PREVIEW = "\xef\x81\xae";  // U+F06E preview: eye

}  // namespace dagdeel::icons
