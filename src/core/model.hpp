// The Dagdeel document model: everything an organiser writes down about an
// event — its days, programme, parallel rounds, people, rooms, workshop
// designs and series links. Plain data with value semantics (copyable,
// comparable) so that undo snapshots, round-trip tests and the JSON reader
// stay simple. Standard library only: no ImGui, no Emscripten, no JSON.
//
// Times of day are minutes since local midnight in the event's IANA zone
// (civil time); conversion to UTC lives in time_zone.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/participant.hpp"

namespace dagdeel {

// A civil calendar date (proleptic Gregorian). year == 0 means "not set".
struct Date {
    int year = 0, month = 0, day = 0;
    bool is_set() const { return year != 0; }
    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;
};

// Minutes since local midnight. Values >= 1440 mean "after midnight" (an
// evening running on); validation reports them.
using Minutes = int;

enum class ItemKind {
    walk_in,       // inloop / ontvangst / registratie
    welcome,       // welkom, opening
    talk,          // lezing, spreker
    presentation,  // presentatie
    workshop,
    discussion,    // tafelgesprekken, plenaire discussie
    break_,        // pauze
    lunch,
    closing,       // afsluiting
    drinks,        // borrel, drankje
    round,         // a parallel round: participants choose one session
    other,
};

enum class Status { confirmed, tentative, cancelled };  // tentative = "(o.v.)"

enum class Role { speaker, leader, moderator, host, other };

// A person or an organisation acting as one ("geleid door de gemeente
// Groningen": name empty, organisation set).
struct Person {
    std::string id;
    std::string name;
    std::string organisation;
    std::string email;
    std::string phone;
    std::string bio;
    friend bool operator==(const Person&, const Person&) = default;
};

struct Room {
    std::string id;
    std::string name;
    int capacity = 0;  // 0 = unknown
    std::string notes;
    friend bool operator==(const Room&, const Room&) = default;
};

// A person's part in an item or session.
struct PersonRef {
    std::string person_id;
    Role role = Role::speaker;
    friend bool operator==(const PersonRef&, const PersonRef&) = default;
};

// One choice within a parallel round; shares the round's time slot.
struct Session {
    std::string id;
    std::string title;
    std::string description;
    std::string room_id;
    std::vector<PersonRef> people;
    int capacity = 0;  // 0 = unknown (then the room's capacity counts)
    // Fewest participants for the session to go ahead; with
    // cancel_if_under_minimum the assignment may cancel it (issue 16).
    int minimum = 0;
    bool cancel_if_under_minimum = false;
    Status status = Status::confirmed;
    std::string design_id;  // set when placed from a WorkshopDesign
    // Bumped when the session's calendar entry changes, so that an exported
    // SEQUENCE increases (RFC 5545 3.8.7.4): edit/calendar_revisions.hpp.
    int revision = 0;
    std::string modified;  // LAST-MODIFIED, UTC "2026-11-30T01:20:00Z"; empty until a change
    friend bool operator==(const Session&, const Session&) = default;
};

struct Item {
    std::string id;
    ItemKind kind = ItemKind::other;
    std::string title;
    std::string description;
    Minutes start = 0;       // computed by reflow unless pinned
    Minutes duration = 0;
    bool pinned = false;     // start is fixed; flow goes around it
    std::string room_id;     // empty = the day's main room
    bool all_rooms = false;  // plenary item or break spanning every room
    std::vector<PersonRef> people;
    Status status = Status::confirmed;
    std::vector<Session> sessions;  // only for ItemKind::round
    std::string design_id;          // set when placed from a WorkshopDesign
    int revision = 0;               // as Session::revision: iCalendar SEQUENCE
    std::string modified;           // as Session::modified
    friend bool operator==(const Item&, const Item&) = default;

    Minutes end() const { return start + duration; }
};

struct Day {
    std::string id;
    Date date;
    Minutes start = 0;                  // programme start ("Tijd: 13.30-17.30")
    Minutes end = 0;                    // programme end
    std::optional<Minutes> doors_open;  // "inloop vanaf 19.00 uur"
    std::string label;                  // e.g. "Tweede bijeenkomst"
    std::vector<Item> items;
    friend bool operator==(const Day&, const Day&) = default;
};

struct Venue {
    std::string name;
    std::string address;
    std::string postal_code;
    std::string city;
    std::string online_url;  // optional link for hybrid/online events
    std::string directions;
    friend bool operator==(const Venue&, const Venue&) = default;
};

struct Price {
    bool free = false;
    int amount_cents = 0;   // 0 with free == false and text empty = unknown
    std::string currency = "EUR";
    std::string text;       // "Op aanvraag", "€ 95 incl. lunch"
    friend bool operator==(const Price&, const Price&) = default;
};

enum class RegistrationMethod { none, email, link, phone, other };

struct Registration {
    RegistrationMethod method = RegistrationMethod::none;
    Date deadline;
    std::string email;
    std::string url;
    std::string contact_person_id;
    std::string notes;
    friend bool operator==(const Registration&, const Registration&) = default;
};

// Links the parts of a series ("tweeluik"): this event is part `part` of `of`.
struct SeriesPart {
    int part = 0;
    std::string title;
    Date date;
    std::string document_id;  // id of the draft holding that part, if known
    std::string summary;      // "lag de focus op de werkwijze en cultuur ..."
    friend bool operator==(const SeriesPart&, const SeriesPart&) = default;
};

struct Series {
    std::string id;  // shared by every part
    std::string title;
    int part = 0;    // 0 = not part of a series
    int of = 0;
    std::vector<SeriesPart> parts;  // the other parts
    friend bool operator==(const Series&, const Series&) = default;
};

enum class WorkshopFormat { open, in_company };

// A reusable workshop (seeds 003, 004) that can be placed into a programme.
struct WorkshopDesign {
    std::string id;
    std::string title;
    std::string pitch;
    std::string description;
    std::vector<std::string> target_groups;       // "Raadsleden", "Sociaal domein"
    std::vector<std::string> learning_questions;
    WorkshopFormat format = WorkshopFormat::open;
    Minutes duration = 0;  // for part-day designs
    int days = 0;          // "Aantal dagen: 1"
    int max_participants = 0;
    Price price;
    std::string trainer_profile;
    std::vector<std::string> trainer_ids;  // Person ids
    std::string contact;                   // "Mail Gertjan Verstoep of bel ..."
    friend bool operator==(const WorkshopDesign&, const WorkshopDesign&) = default;
};

struct Event {
    std::string title;
    std::string subtitle;
    std::string intro;        // the lead paragraph
    std::string description;  // further paragraphs
    std::vector<std::string> organisers;
    std::string audience;     // "Voor wie"
    std::string language = "nl";
    std::string time_zone = "Europe/Amsterdam";
    Venue venue;
    Price price;
    int max_participants = 0;       // 0 = unlimited / unknown
    int expected_participants = 0;  // for round capacity checks
    Registration registration;
    std::vector<std::string> contact_ids;  // Person ids
    std::vector<std::string> key_questions;
    std::vector<std::string> learning_goals;
    std::string url;
    std::string licence;  // licence or attribution note
    std::string notes;    // free notes, not published
    Series series;
    friend bool operator==(const Event&, const Event&) = default;
};

// Planning settings that validation uses.
struct Settings {
    Minutes max_stretch_without_break = 150;
    friend bool operator==(const Settings&, const Settings&) = default;
};

struct Document {
    std::string id;
    Event event;
    std::vector<Day> days;
    std::vector<Person> people;
    std::vector<Room> rooms;
    std::vector<WorkshopDesign> designs;
    Settings settings;
    std::vector<Participant> participants;  // personal data: see core/participant.hpp
    friend bool operator==(const Document&, const Document&) = default;
};

// Stable short names used in files and the UI ("walk_in", "break", ...).
const char* to_string(ItemKind);
const char* to_string(Status);
const char* to_string(Role);
const char* to_string(RegistrationMethod);
const char* to_string(WorkshopFormat);
std::optional<ItemKind> item_kind_from_string(const std::string&);
std::optional<Status> status_from_string(const std::string&);
std::optional<Role> role_from_string(const std::string&);
std::optional<RegistrationMethod> registration_method_from_string(const std::string&);
std::optional<WorkshopFormat> workshop_format_from_string(const std::string&);

// Lookups by id; nullptr when absent.
const Person* find_person(const Document&, const std::string& id);
const Room* find_room(const Document&, const std::string& id);
const WorkshopDesign* find_design(const Document&, const std::string& id);

}  // namespace dagdeel
