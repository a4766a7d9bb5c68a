// The accessibility mirror: every widget the registry saw in a frame becomes a
// node with a role, a name, a value and states, grouped the way ImGui drew it
// (window or dialog, menu bar, tab list and panel, grid rows and cells, lists).
// Only what changed since the last frame goes to the page (ui/a11y_delta.cpp;
// web/lib/a11y.js keeps a DOM tree beside the canvas in step with it): an idle
// app sends nothing and renders nothing.
//
// [SECTION] annotations from views   [SECTION] roles and containers
// [SECTION] building the nodes         [SECTION] frame wiring and requests
#include <imgui.h>
#include <imgui_internal.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/word_hash.hpp"
#include "platform/platform.hpp"
#include "ui/a11y.hpp"
#include "ui/a11y_delta.hpp"
#include "ui/a11y_names.hpp"
#include "ui/a11y_text_entry.hpp"
#include "ui/i18n.hpp"
#include "ui/widget_registry.hpp"

namespace dagdeel::ui {
namespace {

// [SECTION] annotations from views ------------------------------------------------------

struct Note {
    std::string name, value, invalid, list_key, list_name;
    A11yRole role = A11yRole::automatic;
    int selected = -1, expanded = -1;
};

std::unordered_map<ImGuiID, Note> g_notes;
struct PendingLabel {
    std::size_t from;  // registry index at the time of the call
    ImGuiWindow* window;
    std::string name;
};
std::vector<PendingLabel> g_labels_next;

ImGuiID g_last_focus = 0;
// The wheel's last step and when a frame is asked for to catch up after it
// (waiting_for_wheel_rest below).
constexpr double kWheelRestMs = 200;
double g_last_wheel_ms = -1e9, g_wake_at_ms = 0;
double g_build_ms = 0, g_dom_ms = 0, g_nodes_ms = 0;
bool g_built = false;
unsigned long long g_last_fingerprint = 0;
std::size_t g_entry_count = 0;
ImGuiID g_request_focus = 0, g_request_activate = 0;
std::string g_last_announced;
double g_last_announced_at = -1e9;

Note& last_note() {
    ImGuiContext& g = *GImGui;
    return g_notes[g.LastItemData.ID];
}

// [SECTION] roles and containers ---------------------------------------------------------

bool starts_with(const char* s, const char* prefix) { return std::strncmp(s, prefix, std::strlen(prefix)) == 0; }

// Keys are written into fixed buffers (big enough for their numbers): returns the end.
char* put(char* at, const char* text) {
    while (*text) *at++ = *text++;
    return at;
}
char* put_number(char* at, long long n) { return std::to_chars(at, at + 20, n).ptr; }

// Bits of A11yEntry::states, read by web/lib/a11y.js.
enum : unsigned {
    s_selected = 1, s_checked = 2, s_has_expanded = 4, s_expanded = 8, s_disabled = 16,
    s_has_popup = 32, s_modal = 64, s_multiline = 128, s_has_checked = 256, s_focusable = 512,
    s_has_selected = 1024,
};

// A combo whose popup holds a text field (the contact's "find or add") is a
// dialog of a field and buttons, not a listbox of options: a listbox may only
// hold options, and the field must be a real text box to type in.
std::unordered_set<const ImGuiWindow*> g_combos_with_field;

bool listbox_combo(const ImGuiWindow* root) {
    return root && starts_with(root->Name, "##Combo_") && !g_combos_with_field.count(root);
}

// FNV-1a of a key: the builder remembers which containers it made by these
// (no string is made to ask).
unsigned long long key_hash(const char* s, std::size_t n) {
    unsigned long long h = 1469598103934665603ull;
    for (std::size_t i = 0; i < n; ++i) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

// The nodes are built into the same storage every frame: each string keeps
// its buffer, so a frame that builds ~200 nodes allocates almost nothing.
std::vector<A11yEntry> g_entries;

class Builder {
public:
    std::size_t count = 0;

    // Room for every node this frame may make (at most a window, a menu bar or
    // tab panel, a grid, row and cell, a list and item per widget, and the
    // widget): references into g_entries stay valid while building.
    explicit Builder(std::size_t widgets) { g_entries.reserve(widgets * 8 + 16); }

    A11yEntry& next() {
        if (count == g_entries.size()) g_entries.emplace_back();
        A11yEntry& e = g_entries[count++];
        e.value.clear();
        e.description.clear();
        e.labelled_by.clear();
        e.states = 0;
        e.rect = nullptr;
        e.window = nullptr;
        e.anchor_window = nullptr;
        e.anchor_y = 0;
        return e;
    }

    const std::string& container(const std::string& key, std::string_view parent, const char* role,
                                 std::string_view name, unsigned states = 0, std::string_view labelled_by = {}) {
        add_container(key, parent, role, name, states, labelled_by);
        return key;
    }
    void add_container(std::string_view key, std::string_view parent, const char* role, std::string_view name,
                       unsigned states = 0, std::string_view labelled_by = {}) {
        if (!seen_.insert(key_hash(key.data(), key.size())).second) return;
        A11yEntry& e = next();
        e.key.assign(key.data(), key.size());
        e.parent.assign(parent.data(), parent.size());
        e.role.assign(role);
        e.name.assign(name.data(), name.size());
        e.states = states;
        e.labelled_by.assign(labelled_by.data(), labelled_by.size());
    }
    bool seen(const char* key) const { return seen_.count(key_hash(key, std::strlen(key))) != 0; }

    // Asked for every widget: each window's container is worked out once.
    const std::string& window_container(ImGuiWindow* window) {
        static const std::string root_key = "root";
        ImGuiWindow* root = window ? window->RootWindow : nullptr;
        if (!root) return root_key;
        auto known = window_keys_.find(root);
        if (known != window_keys_.end()) return known->second;
        return window_keys_[root] = new_window_container(root);
    }

    std::string new_window_container(ImGuiWindow* root) {
        const std::string key = "win:" + std::to_string(root->ID);
        const ImGuiWindowFlags f = root->Flags;
        const char* name_end = ImGui::FindRenderedTextEnd(root->Name);
        std::string name = words_only(std::string((const char*)root->Name, name_end));
        if (f & ImGuiWindowFlags_Modal) return container(key, "root", "dialog", name, s_modal);
        if (f & ImGuiWindowFlags_ChildMenu) return container(key, "root", "menu", name);
        if (listbox_combo(root)) return container(key, "root", "listbox", name);
        if (f & ImGuiWindowFlags_Popup) return container(key, "root", "dialog", name);
        if (f & ImGuiWindowFlags_Tooltip) return container(key, "root", "tooltip", "");
        return container(key, "root", "main", "Dagdeel");
    }

    void remember_tab(const WidgetRecord& w) {
        if (w.is_tab && w.tab_selected) selected_tab_[w.tab_bar_id] = w.id;
    }

    // A tab bar's panel, made once per frame (every widget in it asks).
    const std::string& tab_panel(const WidgetRecord& w, const std::string& parent) {
        auto known = tab_panels_.find(w.tab_bar_id);
        if (known != tab_panels_.end()) return known->second;
        auto sel = selected_tab_.find(w.tab_bar_id);
        return tab_panels_[w.tab_bar_id] =
                   container("tabpanel:" + std::to_string(w.tab_bar_id), parent, "tabpanel", "", 0,
                             sel == selected_tab_.end() ? std::string() : "w" + std::to_string(sel->second));
    }

    // Writes the key of the node `w` goes under into `out` (making the
    // containers on the way: menu bar, tab panel, grid, row, cell, list).
    void parent_of(const WidgetRecord& w, const Note* note, bool table_is_grid, std::string& out) {
        anchor_ = {};
        const std::string* parent = &window_container(w.window);
        if (w.in_menu_bar && !w.plain_text) {
            out = "menubar:" + std::to_string(w.window->ID);
            add_container(out, *parent, "menubar", T("Menu", "Menu"));
            return;
        }
        if (w.is_tab) {
            out = "tablist:" + std::to_string(w.tab_bar_id);
            add_container(out, *parent, "tablist", "");
            return;
        }
        if (w.tab_bar_id) parent = &tab_panel(w, *parent);
        static const std::string none, drafts = "drafts", findings = "findings";
        const std::string* list_key = note ? &note->list_key : &none;
        const std::string* list_name = note ? &note->list_name : &none;
        // The drafts library and the findings register their entries by a
        // stable key; they are lists without their views saying so.
        std::string named;
        if (list_key->empty() && w.key.find("###draft-") != std::string::npos) {
            list_key = &drafts;
            list_name = &(named = T("Concepten", "Drafts"));
        } else if (list_key->empty() && w.key.find("###finding-") != std::string::npos) {
            list_key = &findings;
            list_name = &(named = T("Controle", "Findings"));
        }
        if (w.table_id && table_is_grid) {
            char grid[24], row[48], cell[64];
            // "grid:T", "row:T:R", "cell:T:R:C" (made for every widget in a grid: no snprintf)
            *put_number(put(grid, "grid:"), (long long)w.table_id) = 0;
            *put_number(put(put(put(row, "row"), grid + 4), ":"), w.row) = 0;
            *put_number(put(put(put(cell, "cell"), row + 3), ":"), w.column) = 0;
            if (!seen(grid)) add_container(grid, *parent, "grid", grid_name(w));
            if (!seen(row)) {
                add_container(row, grid, "row", "");
                place_row(g_entries[count - 1], w);
            }
            anchor_ = row_anchors_[key_hash(row, std::strlen(row))];
            if (!seen(cell)) add_container(cell, row, w.header_row ? "columnheader" : "gridcell", "");
            out.assign(cell);
        } else {
            out.assign(*parent);
        }
        if (!list_key->empty()) {
            const std::string list = "list:" + *list_key;
            add_container(list, out, "list", *list_name);
            out = "li:" + std::to_string(w.id);
            add_container(out, list, "listitem", "");
        }
    }

    // A grid is named after the tab it sits in ("Programma").
    std::string grid_name(const WidgetRecord& w) const {
        auto sel = selected_tab_.find(w.tab_bar_id);
        return sel == selected_tab_.end() ? std::string() : tab_names_.count(sel->second) ? tab_names_.at(sel->second) : "";
    }
    void remember_tab_name(ImGuiID id, const std::string& name) { tab_names_[id] = name; }

    // The placed row the last parent_of() put its widget in (none: window null).
    struct Anchor {
        const ImGuiWindow* window = nullptr;
        float y = 0;
    };
    const Anchor& anchor() const { return anchor_; }

private:
    // A grid row is placed in the window of its first widget: a data row at
    // its top in the table's content (the same for whatever item scrolls
    // into that place), a header row (frozen, it moves against the content
    // origin as the table scrolls) at its first widget's top.
    void place_row(A11yEntry& row, const WidgetRecord& w) {
        if (!w.window) return;
        const float y = w.row >= 0 ? (float)w.row
                                   : std::round(w.rect.Min.y) - std::round(w.window->Pos.y - w.window->Scroll.y);
        row.window = w.window;
        row.anchor_y = y;
        row_anchors_[key_hash(row.key.data(), row.key.size())] = {w.window, y};
    }

    Anchor anchor_;
    std::unordered_map<unsigned long long, Anchor> row_anchors_;
    std::unordered_set<unsigned long long> seen_;
    std::unordered_map<const ImGuiWindow*, std::string> window_keys_;
    std::unordered_map<ImGuiID, std::string> tab_panels_;
    std::unordered_map<ImGuiID, ImGuiID> selected_tab_;
    std::unordered_map<ImGuiID, std::string> tab_names_;
};

const char* role_of(const WidgetRecord& w, const Note* note, bool multiline, unsigned& states) {
    if (note) switch (note->role) {
        case A11yRole::button: return "button";
        case A11yRole::combobox: return "combobox";
        case A11yRole::textbox: return "textbox";
        case A11yRole::option: return "option";
        case A11yRole::listitem: return "button";
        case A11yRole::heading: return "heading";
        case A11yRole::status: return "status";
        case A11yRole::automatic: break;
    }
    (void)multiline;
    if (w.plain_text) return "text";
    if (w.is_tab) {
        states |= s_has_selected | (w.tab_selected ? s_selected : 0);
        return "tab";
    }
    const bool menu = w.in_menu_bar || (w.window && (w.window->RootWindow->Flags & ImGuiWindowFlags_ChildMenu));
    if (w.window && listbox_combo(w.window->RootWindow)) return "option";
    if (w.flags & ImGuiItemStatusFlags_Checkable) {
        states |= s_has_checked | ((w.flags & ImGuiItemStatusFlags_Checked) ? s_checked : 0);
        return menu ? "menuitemcheckbox" : "checkbox";
    }
    if (w.flags & ImGuiItemStatusFlags_Inputable) return "textbox";
    if (w.flags & ImGuiItemStatusFlags_Openable) {
        states |= s_has_expanded | ((w.flags & ImGuiItemStatusFlags_Opened) ? s_expanded : 0);
        if (menu) states |= s_has_popup;
        return menu ? "menuitem" : "button";
    }
    return menu ? "menuitem" : "button";
}

// [SECTION] building the nodes ------------------------------------------------------------

// Builds this frame's nodes into g_entries; returns how many there are.
std::size_t build_entries() {
    const std::vector<WidgetRecord>& widgets = published_widgets();
    g_combos_with_field.clear();
    for (const WidgetRecord& w : widgets)
        if (w.window && (w.flags & ImGuiItemStatusFlags_Inputable) && starts_with(w.window->RootWindow->Name, "##Combo_"))
            g_combos_with_field.insert(w.window->RootWindow);
    Builder b(widgets.size());
    b.add_container("root", "", "root", "");
    // Tables with a header row are data grids; the rest only lay out a form.
    std::unordered_set<ImGuiID> grids;
    for (const WidgetRecord& w : widgets) {
        if (w.table_id && w.header_row) grids.insert(w.table_id);
        b.remember_tab(w);
        if (w.is_tab) b.remember_tab_name(w.id, words_only(w.label));
    }
    // A field in a grid without a label of its own is named by its column.
    const auto column_of = [](const WidgetRecord& w) { return ((unsigned long long)w.table_id << 32) | (unsigned)w.column; };
    std::unordered_map<unsigned long long, std::string> column_names;
    for (const WidgetRecord& w : widgets)
        if (w.header_row && w.table_id && !w.label.empty()) column_names[column_of(w)] = words_only(w.label);
    // Each "label next" names the first widget its window draws after it.
    std::unordered_map<std::size_t, std::string> label_at;
    for (const PendingLabel& l : g_labels_next) {
        for (std::size_t i = l.from; i < widgets.size(); ++i) {
            if (widgets[i].window != l.window || widgets[i].plain_text) continue;
            if (!label_at.count(i)) label_at[i] = l.name;
            break;
        }
    }
    std::unordered_map<ImGuiID, const ImGuiWindow*> children;
    for (const ImGuiWindow* win : GImGui->Windows)
        if ((win->Flags & ImGuiWindowFlags_ChildWindow) && win->ChildId && win->Active) children[win->ChildId] = win;
    std::string open_tab;
    for (const WidgetRecord& w : widgets)
        if (w.is_tab && w.tab_selected && open_tab.empty()) open_tab = words_only(w.label);
    static std::string parent, name;  // scratch: their buffers stay from frame to frame
    char key[32];
    for (std::size_t i = 0; i < widgets.size(); ++i) {
        const WidgetRecord& w = widgets[i];
        *put_number(put(key, "w"), (long long)w.id) = 0;
        if (auto c = children.find(w.id); c != children.end() && !w.has_info) {
            b.parent_of(w, nullptr, false, parent);
            A11yEntry& e = b.next();
            e.key.assign(key);
            e.parent.assign(parent);
            e.role.assign("group");
            e.name = pane_name(*c->second, open_tab);
            e.rect = &w.rect;
            e.window = w.window;
            e.anchor_window = b.anchor().window;
            e.anchor_y = b.anchor().y;
            e.states = s_focusable;
            continue;
        }
        auto n = g_notes.find(w.id);
        const Note* note = n == g_notes.end() ? nullptr : &n->second;
        if (!w.has_info && !note && w.key.empty()) continue;  // an id only: scroll areas, splitters
        if (w.window && (w.window->Flags & ImGuiWindowFlags_Tooltip)) continue;
        if (note && !note->name.empty()) name.assign(note->name);
        else words_only_into(w.label, name);
        if (name.empty()) {
            auto l = label_at.find(i);
            if (l != label_at.end()) name.assign(l->second);
        }
        unsigned states = 0;
        const bool multiline = text_entry_is_multiline(w.id);
        const char* role = role_of(w, note, multiline, states);
        const bool field = std::strcmp(role, "textbox") == 0 || std::strcmp(role, "combobox") == 0;
        if (name.empty() && field && w.table_id) {
            auto c = column_names.find(column_of(w));
            if (c != column_names.end()) name.assign(c->second);
        }
        if (name.empty() && field) name = name_from_key(w.key);
        if (name.empty()) continue;
        b.parent_of(w, note, w.table_id && grids.count(w.table_id), parent);
        A11yEntry& e = b.next();
        e.key.assign(key);
        e.parent.assign(parent);
        e.role.assign(role);
        e.name.assign(name);
        e.rect = &w.rect;
        e.window = w.window;
        e.anchor_window = b.anchor().window;
        e.anchor_y = b.anchor().y;
        if (std::strcmp(role, "text") != 0) states |= s_focusable;
        if (multiline) states |= s_multiline;
        if (w.disabled) states |= s_disabled;
        if (note) {
            e.value.assign(note->value);
            e.description.assign(note->invalid);
            if (note->selected >= 0) states |= s_has_selected | (note->selected ? s_selected : 0);
            if (note->expanded >= 0) states |= s_has_expanded | (note->expanded ? s_expanded : 0);
        }
        e.states = states;
    }
    return b.count;
}

// Everything build_entries() reads, hashed (core/word_hash.hpp): when a frame
// draws the same widgets at the same places with the same notes (the second
// frame after input, hover changes, a focus move), the nodes are not built
// again. A hash costs a few microseconds; building costs about 5 per widget.

unsigned long long inputs_fingerprint() {
    WordHash f;
    f.value((int)language());
    for (const WidgetRecord& w : published_widgets()) {
        f.value(w.id); f.value(w.rect); f.text(w.label); f.text(w.key); f.value(w.flags);
        f.value(w.window); f.value(w.table_id); f.value(w.row); f.value(w.column); f.value(w.tab_bar_id);
        const bool bits[] = {w.has_info, w.plain_text, w.is_tab, w.tab_selected, w.in_menu_bar, w.header_row,
                             w.disabled, text_entry_is_multiline(w.id)};
        f.bytes(bits, sizeof bits);
        if (w.window && w.window->RootWindow) {
            f.value(w.window->RootWindow->Flags);
            f.bytes(w.window->RootWindow->Name, std::strlen(w.window->RootWindow->Name));
        }
        if (auto n = g_notes.find(w.id); n != g_notes.end()) {
            const Note& note = n->second;
            f.text(note.name); f.text(note.value); f.text(note.invalid); f.text(note.list_key); f.text(note.list_name);
            f.value(note.role); f.value(note.selected); f.value(note.expanded);
        } else {
            f.value(-1);
        }
    }
    for (const PendingLabel& l : g_labels_next) {
        f.value(l.from); f.value(l.window); f.text(l.name);
    }
    for (const ImGuiWindow* win : GImGui->Windows)
        if ((win->Flags & ImGuiWindowFlags_ChildWindow) && win->ChildId && win->Active) {
            f.value(win->ChildId);
            f.bytes(win->Name, std::strlen(win->Name));
        }
    return f.get();
}

// The widget a keyboard user is on: ImGui's navigation id while it shows.
ImGuiID focused_widget() {
    ImGuiContext& g = *GImGui;
    if (g.ActiveId && g.ActiveId == g.InputTextState.ID) return g.ActiveId;
    if (!g.NavWindow || g.NavDisableHighlight) return 0;
    return g.NavId;
}

const WidgetRecord* find_published(ImGuiID id) {
    for (const WidgetRecord& w : published_widgets())
        if (w.id == id) return &w;
    return nullptr;
}

}  // namespace

// [SECTION] frame wiring and requests --------------------------------------------------------

void a11y_label_next(const char* name) {
    g_labels_next.push_back({widget_registry_building_count(), GImGui->CurrentWindow, words_only(name)});
}
void a11y_name_last(const std::string& name) { last_note().name = name; }
void a11y_value_last(const std::string& value) { last_note().value = value; }
void a11y_role_last(A11yRole role) { last_note().role = role; }
void a11y_selected_last(bool selected) { last_note().selected = selected ? 1 : 0; }
void a11y_expanded_last(bool expanded) { last_note().expanded = expanded ? 1 : 0; }
void a11y_invalid_last(const std::string& message) { last_note().invalid = message; }
void a11y_list_last(const std::string& list_key, const std::string& name) {
    Note& n = last_note();
    n.list_key = list_key;
    n.list_name = name;
}

void a11y_announce(const std::string& text) {
    if (text.empty()) return;
    const double now = platform::now_ms();
    if (text == g_last_announced && now - g_last_announced_at < 2000) return;
    g_last_announced = text;
    g_last_announced_at = now;
    platform::a11y_announce(text);
}

bool a11y_combo(const char* label, const char* preview, int flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    name_item(id, label);
    Note& n = g_notes[id];
    n.role = A11yRole::combobox;
    n.value = words_only(preview ? preview : "");
    n.expanded = open ? 1 : 0;
    return open;
}

void a11y_request_focus(unsigned id) { g_request_focus = id; platform::request_frames(3); }
void a11y_request_activate(unsigned id) { g_request_activate = id; platform::request_frames(3); }

void a11y_before_new_frame() {
    ImGuiContext& g = *GImGui;
    if (g_request_focus || g_request_activate) {
        const ImGuiID id = g_request_focus ? g_request_focus : g_request_activate;
        if (const WidgetRecord* w = find_published(id); w && w->window) {
            ImGui::FocusWindow(w->window);
            ImGui::SetFocusID(id, w->window);
            g.NavDisableHighlight = false;
            g.NavDisableMouseHover = true;
            g_last_focus = id;  // the page already has it there
            if (g_request_activate) ImGui::ActivateItemByID(id);
        }
        g_request_focus = g_request_activate = 0;
    }
}

void a11y_begin_frame() {
    const ImGuiIO& io = ImGui::GetIO();  // this frame's wheel (cleared again by Render)
    if (io.MouseWheel != 0 || io.MouseWheelH != 0) g_last_wheel_ms = platform::now_ms();
    g_notes.clear();
    g_labels_next.clear();
    text_entry_begin_frame();
}

namespace {

// While the wheel scrolls (a trackpad sends dozens of steps a second), the
// mirror waits until it has rested kWheelRestMs: nobody reads or explores
// the nodes of a list flying past, and building and sending them cost about
// 1-2 ms in each of those frames with a big plan open (issue 13, BENCHMARKS.md).
// Anything else (keys, clicks, a focus move, an edit or drag going on) updates
// the mirror in its own frame, so focus stays in step.

bool waiting_for_wheel_rest(double now, ImGuiID focus) {
    if (now - g_last_wheel_ms >= kWheelRestMs || focus != g_last_focus || GImGui->ActiveId != 0) return false;
    if (g_wake_at_ms == 0 || now + 1 >= g_wake_at_ms) {
        const double wait = g_last_wheel_ms + kWheelRestMs + 10 - now;
        platform::request_frame_after(wait);
        g_wake_at_ms = now + wait;
    }
    return true;
}

}  // namespace

void a11y_end_frame() {
    const double start = platform::now_ms();
    g_dom_ms = 0;
    const unsigned long long fingerprint = inputs_fingerprint();
    static A11yMessage message;  // its buffers stay from frame to frame
    message.words.clear();
    g_nodes_ms = 0;
    g_built = fingerprint != g_last_fingerprint && !waiting_for_wheel_rest(start, focused_widget());
    if (g_built) {
        g_entry_count = build_entries();
        g_nodes_ms = platform::now_ms() - start;
        a11y_delta_message(g_entries, g_entry_count, message);
        g_last_fingerprint = fingerprint;
    }
    if (!message.empty()) {
        const double dom_start = platform::now_ms();
        platform::a11y_update(message.words.data(), message.words.size(), message.strings);
        g_dom_ms = platform::now_ms() - dom_start;
    }
    const ImGuiID focus = focused_widget();
    if (focus != g_last_focus) {
        g_last_focus = focus;
        if (focus) platform::a11y_focus(focus);
    }
    text_entry_end_frame();
    g_build_ms = platform::now_ms() - start;
}

double a11y_last_build_ms() { return g_build_ms; }
double a11y_last_dom_ms() { return g_dom_ms; }
double a11y_last_nodes_ms() { return g_nodes_ms; }
bool a11y_last_built() { return g_built; }
std::size_t a11y_last_node_count() { return g_entry_count; }

bool a11y_keyboard_on_button() {
    ImGuiContext& g = *GImGui;
    // Enter on a pane (the centre, the inspector) goes into it: that Enter is
    // the pane's, not "edit the selected row's title".
    if (g.NavActivateId) {
        for (const ImGuiWindow* win : g.Windows)
            if (win->ChildId == g.NavActivateId) return true;
        // A button Enter pressed this frame: it may have opened a popup that
        // took the focus before the shortcuts ran ("Onderdeel ▾").
        const WidgetRecord* pressed = find_published(g.NavActivateId);
        if (pressed && !pressed->table_id && !(pressed->flags & ImGuiItemStatusFlags_Inputable)) return true;
    }
    if (g.NavDisableHighlight || !g.NavId) return false;
    // A button pressed with Enter is active while the key is down: still "on a
    // button". Anything else active (a field, a drag) is not.
    if (g.ActiveId && g.ActiveId != g.NavId) return false;
    const WidgetRecord* w = find_published(g.NavId);
    if (!w || w->table_id) return false;  // a row or cell of a table: Enter edits it
    return !(w->flags & ImGuiItemStatusFlags_Inputable) && !text_entry_is_multiline(w->id);
}

}  // namespace dagdeel::ui
