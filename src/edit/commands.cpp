// Commands: diffing documents into day patches or snapshots, applying them
// both ways, and the Edit-menu labels.
#include "edit/commands.hpp"

namespace dagdeel {
namespace {

// Everything but the days. Every Document member besides days must be
// named in same_outside_days and copy_outside_days: a member left out makes
// a change to it look like no change, and the edit is dropped (the
// participants were, when they joined the model: an import of four
// registrations left none), or undo would not take it back. unit-history
// checks each member.
bool same_outside_days(const Document& a, const Document& b) {
    return a.id == b.id && a.event == b.event && a.people == b.people && a.rooms == b.rooms &&
           a.designs == b.designs && a.settings == b.settings && a.participants == b.participants;
}

// Copies what lies outside the days from `from` into `to` (one list of
// members for both directions: a member added here is kept and restored).
void copy_outside_days(Document& to, const Document& from) {
    to.id = from.id;
    to.event = from.event;
    to.people = from.people;
    to.rooms = from.rooms;
    to.designs = from.designs;
    to.settings = from.settings;
    to.participants = from.participants;
}

Document outside_days(const Document& d) {
    Document o;
    copy_outside_days(o, d);
    return o;
}

void set_outside_days(Document& doc, const Document& o) { copy_outside_days(doc, o); }

std::string named(std::string_view name, const char* fallback) {
    return name.empty() ? std::string(fallback) : std::string(name);
}

}  // namespace

Command make_command(const Document& before, const Document& after, Label label, std::string key,
                     EditClock::time_point time) {
    Command cmd;
    cmd.label = std::move(label);
    cmd.merge_key = std::move(key);
    cmd.time = time;
    if (before.days.size() == after.days.size()) {
        // The days one by one, and the rest (event text, people, rooms...)
        // only when it changed: typing in the event title of a 1,000-talk
        // programme copies no talk.
        for (std::size_t i = 0; i < before.days.size(); ++i)
            if (!(before.days[i] == after.days[i])) cmd.days.push_back({i, before.days[i], after.days[i]});
        if (!same_outside_days(before, after)) {
            cmd.before = outside_days(before);
            cmd.after = outside_days(after);
        }
    } else {
        cmd.whole = true;
        cmd.before = before;
        cmd.after = after;
    }
    return cmd;
}

void apply(Document& doc, const Command& cmd) {
    if (cmd.whole) {
        doc = *cmd.after;
        return;
    }
    for (const DayPatch& p : cmd.days)
        if (p.index < doc.days.size()) doc.days[p.index] = p.after;
    if (cmd.after) set_outside_days(doc, *cmd.after);
}

void revert(Document& doc, const Command& cmd) {
    if (cmd.whole) {
        doc = *cmd.before;
        return;
    }
    for (const DayPatch& p : cmd.days)
        if (p.index < doc.days.size()) doc.days[p.index] = p.before;
    if (cmd.before) set_outside_days(doc, *cmd.before);
}

std::string merge_key(std::string_view kind, std::string_view id, std::string_view field) {
    std::string key(kind);
    key += ':';
    key += id;
    key += ':';
    key += field;
    return key;
}

Label label_insert(std::string_view name) {
    return {named(name, "onderdeel") + " invoegen", "Insert " + named(name, "item")};
}
Label label_delete(std::string_view name) {
    return {named(name, "onderdeel") + " verwijderen", "Delete " + named(name, "item")};
}
Label label_duplicate(std::string_view name) {
    return {named(name, "onderdeel") + " dupliceren", "Duplicate " + named(name, "item")};
}
Label label_move(std::string_view name) {
    return {named(name, "onderdeel") + " verplaatsen", "Move " + named(name, "item")};
}
Label label_set_duration(std::string_view name) { return label_change("Duur", "duration", name); }
Label label_pin(std::string_view name, bool pinned) {
    if (pinned) return {named(name, "onderdeel") + " vastzetten", "Pin " + named(name, "item")};
    return {named(name, "onderdeel") + " losmaken", "Unpin " + named(name, "item")};
}
Label label_change(std::string_view field_nl, std::string_view field_en, std::string_view name) {
    return {std::string(field_nl) + " van " + named(name, "onderdeel") + " wijzigen",
            "Change " + std::string(field_en) + " of " + named(name, "item")};
}
Label label_place_design(std::string_view design_title) {
    return {"Workshop " + named(design_title, "") + " plaatsen", "Place workshop " + named(design_title, "")};
}
Label label_next_series_part() { return {"Volgend deel van de reeks maken", "Make the next part of the series"}; }

}  // namespace dagdeel
