// The one pattern every form field follows: show a copy of the current
// value; when the widget changes it, copy the document, apply the new value
// and commit with a merge key so a burst of typing is one undo step; when
// the user leaves the field, end the burst.
#pragma once

#include <string>
#include <utility>

#include "edit/workspace.hpp"

namespace dagdeel::ui {

// `widget(T* value, bool* committed) -> bool changed`; `apply(Document&, const T&)`.
template <typename T, typename Widget, typename Apply>
bool edit_field(Draft& draft, T value, Widget&& widget, Label label, const std::string& merge_key, Apply&& apply) {
    bool committed = false;
    const bool changed = widget(&value, &committed);
    if (changed) {
        Document doc = draft.doc();
        apply(doc, value);
        draft.commit(std::move(doc), std::move(label), merge_key);
    }
    if (committed) draft.break_merge();
    return changed;
}

inline Label label_field(const char* nl_field, const char* en_field) {
    return {std::string(nl_field) + " wijzigen", "Change " + std::string(en_field)};
}

}  // namespace dagdeel::ui
