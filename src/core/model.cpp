// Enum names and id lookups for the document model.
#include "core/model.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace dagdeel {
namespace {

template <typename E, std::size_t N>
const char* name_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [e, name] : table)
        if (e == value) return name;
    return "other";
}

template <typename E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, const char*>, N>& table,
                          const std::string& name) {
    for (const auto& [e, n] : table)
        if (name == n) return e;
    return std::nullopt;
}

constexpr std::array<std::pair<ItemKind, const char*>, 12> kItemKinds{{
    {ItemKind::walk_in, "walk_in"},
    {ItemKind::welcome, "welcome"},
    {ItemKind::talk, "talk"},
    {ItemKind::presentation, "presentation"},
    {ItemKind::workshop, "workshop"},
    {ItemKind::discussion, "discussion"},
    {ItemKind::break_, "break"},
    {ItemKind::lunch, "lunch"},
    {ItemKind::closing, "closing"},
    {ItemKind::drinks, "drinks"},
    {ItemKind::round, "round"},
    {ItemKind::other, "other"},
}};
constexpr std::array<std::pair<Status, const char*>, 3> kStatuses{{
    {Status::confirmed, "confirmed"},
    {Status::tentative, "tentative"},
    {Status::cancelled, "cancelled"},
}};
constexpr std::array<std::pair<Role, const char*>, 5> kRoles{{
    {Role::speaker, "speaker"},
    {Role::leader, "leader"},
    {Role::moderator, "moderator"},
    {Role::host, "host"},
    {Role::other, "other"},
}};
constexpr std::array<std::pair<RegistrationMethod, const char*>, 5> kMethods{{
    {RegistrationMethod::none, "none"},
    {RegistrationMethod::email, "email"},
    {RegistrationMethod::link, "link"},
    {RegistrationMethod::phone, "phone"},
    {RegistrationMethod::other, "other"},
}};
constexpr std::array<std::pair<WorkshopFormat, const char*>, 2> kFormats{{
    {WorkshopFormat::open, "open"},
    {WorkshopFormat::in_company, "in_company"},
}};

template <typename T>
const T* find_by_id(const std::vector<T>& list, const std::string& id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}

}  // namespace

const char* to_string(ItemKind v) { return name_of(kItemKinds, v); }
const char* to_string(Status v) { return name_of(kStatuses, v); }
const char* to_string(Role v) { return name_of(kRoles, v); }
const char* to_string(RegistrationMethod v) { return name_of(kMethods, v); }
const char* to_string(WorkshopFormat v) { return name_of(kFormats, v); }
std::optional<ItemKind> item_kind_from_string(const std::string& s) { return value_of(kItemKinds, s); }
std::optional<Status> status_from_string(const std::string& s) { return value_of(kStatuses, s); }

namespace {
struct KindWords {
    ItemKind kind;
    const char* nl;
    const char* en;
};
constexpr KindWords kKindWords[] = {
    {ItemKind::walk_in, "Inloop", "Walk-in"},          {ItemKind::welcome, "Welkom", "Welcome"},
    {ItemKind::talk, "Lezing", "Talk"},                {ItemKind::presentation, "Presentatie", "Presentation"},
    {ItemKind::workshop, "Workshop", "Workshop"},      {ItemKind::discussion, "Discussie", "Discussion"},
    {ItemKind::break_, "Pauze", "Break"},              {ItemKind::lunch, "Lunch", "Lunch"},
    {ItemKind::closing, "Afsluiting", "Closing"},      {ItemKind::drinks, "Borrel", "Drinks"},
    {ItemKind::round, "Workshopronde", "Parallel round"}, {ItemKind::other, "Onderdeel", "Item"},
};
std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    return out;
}
}  // namespace

const char* kind_word(ItemKind kind, std::string_view language) {
    for (const KindWords& w : kKindWords)
        if (w.kind == kind) return language == "en" ? w.en : w.nl;
    return language == "en" ? "Item" : "Onderdeel";
}

std::optional<ItemKind> item_kind_from_word(std::string_view word) {
    const std::string lower = lower_ascii(word);
    if (auto k = item_kind_from_string(lower)) return k;
    for (const KindWords& w : kKindWords)
        if (lower == lower_ascii(w.nl) || lower == lower_ascii(w.en)) return w.kind;
    return std::nullopt;
}
std::optional<Role> role_from_string(const std::string& s) { return value_of(kRoles, s); }
std::optional<RegistrationMethod> registration_method_from_string(const std::string& s) {
    return value_of(kMethods, s);
}
std::optional<WorkshopFormat> workshop_format_from_string(const std::string& s) {
    return value_of(kFormats, s);
}

const Person* find_person(const Document& d, const std::string& id) { return find_by_id(d.people, id); }
const Room* find_room(const Document& d, const std::string& id) { return find_by_id(d.rooms, id); }
const WorkshopDesign* find_design(const Document& d, const std::string& id) {
    return find_by_id(d.designs, id);
}

}  // namespace dagdeel
