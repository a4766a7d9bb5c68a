// (No ImGui here: unit-tested natively.)
// The texts of a programme row or a timeline block that change only with the
// document: its times, the names of its people, its room. The views draw a
// few dozen rows every frame; building these per row per frame (each person
// looked up by id through the whole list of people) was a large share of a
// frame with a big plan open (issue 14). A Draft keeps one RowTexts and asks
// with its revision: every edit, undo or redo changes the revision, and a new
// revision drops every text, so a changed item shows its new text at once.
#pragma once

#include <string>
#include <unordered_map>

#include "core/model.hpp"

namespace dagdeel {

struct RowText {
    std::string times;   // "09:00 – 09:25"
    std::string people;  // names (or organisations) joined with ", "
    std::string room;    // the room's name, its id when the room is gone, "" for none
    std::string spoken;  // "09:00 – 09:25, Title": what a screen reader hears for the row
};

class RowTexts {
public:
    // The texts of `item` (or of `session`, a session of the round `item`) in
    // `doc` as it is at `revision`; computed on first use per revision. The
    // reference stays valid until the next call with another revision.
    const RowText& item(const Document& doc, unsigned revision, const Item& item);
    const RowText& session(const Document& doc, unsigned revision, const Item& round, const Session& session);

private:
    void sync(const Document& doc, unsigned revision);
    std::string people_line(const std::vector<PersonRef>& people) const;
    std::string room_name(const std::string& room_id) const;

    unsigned revision_ = 0;
    const Document* doc_ = nullptr;
    std::unordered_map<std::string, RowText> rows_;             // by item id, or "item/session"
    std::unordered_map<std::string, std::string> person_names_;  // by person id
    std::unordered_map<std::string, std::string> room_names_;    // by room id
};

}  // namespace dagdeel
