// [SECTION] Menu bar
// [SECTION] Status bar
// [SECTION] Panes: drafts | tabs + findings | inspector
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "io/open_document.hpp"
#include "io/templates.hpp"
#include "platform/platform.hpp"
#include "ui/a11y.hpp"
#include "ui/actions.hpp"
#include "ui/fonts.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/view_print.hpp"
#include "ui/view_storage.hpp"
#include "ui/views.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace dagdeel::ui {
namespace {

void set_language_and_remember(UiState& ui, Language l) {
    ui.language = l;
    set_language(l);
    platform::store_setting("language", language_code(l));
}

void set_theme_and_remember(UiState& ui, Theme t) {
    ui.theme = t;
    ui.fonts_dirty = true;  // the theme is applied with the atlas rebuild
    platform::store_setting("theme", t == Theme::light ? "light" : t == Theme::contrast ? "contrast" : "dark");
}

void open_tab(UiState& ui, MainTab tab) {
    ui.tab = tab;
    ui.tab_requested = true;
}

// [SECTION] Menu bar -------------------------------------------------------------------

void draw_file_menu(Workspace& ws, UiState& ui) {
    if (!ImGui::BeginMenu(icon_label(icons::DRAFTS, T("Bestand", "File"), "menu-file").c_str())) return;
    if (ImGui::MenuItem(icon_label(icons::NEW, T("Nieuw concept", "New draft"), "file-new").c_str())) {
        ws.add(blank_document(language_code(ui.language)));
        ui.selection = {};
        open_tab(ui, MainTab::event);
    }
    if (ImGui::BeginMenu(icon_label(icons::BOOK, T("Nieuw uit sjabloon", "New from template"), "file-template").c_str())) {
        for (const TemplateInfo& t : list_templates()) {
            if (ImGui::MenuItem((std::string(ui.language == Language::nl ? t.name_nl : t.name_en) + "###tpl-" + t.id).c_str())) {
                if (auto doc = load_template(t.id)) {
                    ws.add(std::move(*doc));
                    ui.selection = {};
                    open_tab(ui, MainTab::programme);
                }
            }
        }
        ImGui::EndMenu();
    }
    draw_paste_import_menu_item(ui);
    Draft* d = ws.active();
    if (ImGui::MenuItem(icon_label(icons::DUPLICATE, T("Concept dupliceren", "Duplicate draft"), "file-dup").c_str(),
                        nullptr, false, d != nullptr)) {
        Document copy = d->doc();
        make_copy(copy, CopyReason::duplicate, language_code(ui.language));
        ws.add(std::move(copy));
    }
    draw_storage_menu_entries(ws, ui);
    draw_file_menu_entries(ws, ui);
    draw_print_menu_entry(ws, ui);
    ImGui::EndMenu();
}

void draw_edit_menu(Workspace& ws, UiState& ui) {
    if (!ImGui::BeginMenu(icon_label(icons::EDIT, T("Bewerken", "Edit"), "menu-edit").c_str())) return;
    Draft* d = ws.active();
    action_menu_item(ActionId::undo, d, ui);
    action_menu_item(ActionId::redo, d, ui);
    ImGui::SeparatorText(T("Programma", "Programme"));
    for (ActionId id : {ActionId::add_break, ActionId::duplicate_item, ActionId::delete_item, ActionId::move_up,
                        ActionId::move_down, ActionId::paste_rows})
        action_menu_item(id, d, ui);
    ImGui::EndMenu();
}

void draw_view_menu(Workspace& ws, UiState& ui) {
    if (!ImGui::BeginMenu(icon_label(icons::LANGUAGE, T("Beeld", "View"), "menu-view").c_str())) return;
    ImGui::SeparatorText(T("Taal", "Language"));
    if (ImGui::MenuItem("Nederlands", nullptr, ui.language == Language::nl)) set_language_and_remember(ui, Language::nl);
    if (ImGui::MenuItem("English", nullptr, ui.language == Language::en)) set_language_and_remember(ui, Language::en);
    ImGui::SeparatorText(T("Thema", "Theme"));
    if (ImGui::MenuItem(icon_label(icons::LIGHT, T("Licht", "Light"), "theme-light").c_str(), nullptr,
                        ui.theme == Theme::light))
        set_theme_and_remember(ui, Theme::light);
    if (ImGui::MenuItem(icon_label(icons::DARK, T("Donker", "Dark"), "theme-dark").c_str(), nullptr,
                        ui.theme == Theme::dark))
        set_theme_and_remember(ui, Theme::dark);
    if (ImGui::MenuItem(icon_label(icons::DARK, T("Hoog contrast", "High contrast"), "theme-contrast").c_str(), nullptr,
                        ui.theme == Theme::contrast))
        set_theme_and_remember(ui, Theme::contrast);
    ImGui::SeparatorText(T("Panelen", "Panels"));
    ImGui::MenuItem(icon_label(icons::WARNING, T("Controle", "Findings"), "view-findings").c_str(), nullptr,
                    &ui.show_findings);
    // The page a phone shows (also for a zoomed-in screen that prefers it);
    // its "Bewerken" comes back here.
    if (ImGui::MenuItem(icon_label(icons::CALENDAR, T("Leesweergave", "Reading view"), "view-reading").c_str(), nullptr,
                        false, ws.active() != nullptr))
        platform::show_reading_view();
    ImGui::EndMenu();
}

void draw_menu_bar(Workspace& ws, UiState& ui) {
    if (!ImGui::BeginMainMenuBar()) return;
    ImGui::TextUnformatted(icons::CALENDAR);
    ImGui::PushFont(heading_font());
    ImGui::SetWindowFontScale(kBodySize / kHeadingSize);
    ImGui::TextUnformatted("Dagdeel");
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::Spacing();
    draw_file_menu(ws, ui);
    draw_export_menu(ws, ui);
    draw_edit_menu(ws, ui);
    draw_view_menu(ws, ui);
    if (ImGui::BeginMenu(icon_label(icons::HELP, T("Help", "Help"), "menu-help").c_str())) {
        ImGui::TextDisabled("Dagdeel 0.1");
        ImGui::TextUnformatted(T("Programma's voor bijeenkomsten, offline in je browser.",
                                 "Programmes for meetings, offline in your browser."));
        ImGui::Separator();
        ImGui::TextDisabled("%s", T("Sneltoetsen", "Shortcuts"));
        draw_shortcut_list();
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

// [SECTION] Status bar ----------------------------------------------------------------

void draw_status_bar(Workspace& ws, UiState& ui) {
    ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_MenuBar;
    if (ImGui::BeginViewportSideBar("##statusbar", viewport, ImGuiDir_Down, ImGui::GetFrameHeight(), flags)) {
        if (ImGui::BeginMenuBar()) {
            Draft* d = ws.active();
            if (d) {
                const std::string& title = d->doc().event.title;
                ImGui::TextUnformatted(title.empty() ? T("Naamloos concept", "Untitled draft") : title.c_str());
                ImGui::SameLine(0, 24);
                const int errors = d->error_count(), warnings = d->warning_count();
                char badge[96];
                std::snprintf(badge, sizeof badge, "%s %d  %s %d###findings-badge", icons::WARNING, errors,
                              icons::INFO, warnings);
                ImGui::PushStyleColor(ImGuiCol_Text, errors ? ImVec4(0.75f, 0.2f, 0.15f, 1) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
                if (ImGui::SmallButton(badge)) ui.show_findings = !ui.show_findings;
                ImGui::PopStyleColor();
                char tip[96];
                std::snprintf(tip, sizeof tip, T("%d fouten, %d waarschuwingen", "%d errors, %d warnings"), errors, warnings);
                tooltip_for_last_item(tip);
            }
            if (!ui.drag_preview.empty()) {
                ImGui::SameLine(0, 24);
                ImGui::TextUnformatted(ui.drag_preview.c_str());
                register_last_item((ui.drag_preview + "###drag-preview").c_str());
            } else if (!ui.toast.empty() && platform::now_ms() < ui.toast_until_ms) {
                ImGui::SameLine(0, 24);
                ImGui::TextUnformatted(ui.toast.c_str());
                if (ui.toast_offers_undo_delete) {
                    ImGui::SameLine();
                    if (ImGui::SmallButton(T("Ongedaan maken###undo-delete", "Undo###undo-delete"))) {
                        ws.restore_last_deleted();
                        ui.toast.clear();
                    }
                }
            }
            draw_storage_status(ws, ui);
            const char* right = ui.language == Language::nl ? "NL" : "EN";
            ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(right).x - 16);
            ImGui::TextDisabled("%s", right);
            ImGui::EndMenuBar();
        }
    }
    ImGui::End();
}

// [SECTION] Panes ---------------------------------------------------------------------

void draw_tabs(Draft& draft, UiState& ui) {
    if (!ImGui::BeginTabBar("main-tabs")) return;
    struct Tab { MainTab tab; const char* icon; const char* nl; const char* en; const char* id; void (*draw)(Draft&, UiState&); };
    static const Tab tabs[] = {
        {MainTab::event, icons::INFO, "Bijeenkomst", "Event", "tab-event", draw_event_form},
        {MainTab::programme, icons::PROGRAMME, "Programma", "Programme", "tab-programme", draw_programme},
        {MainTab::timeline, icons::TIMELINE, "Tijdlijn", "Timeline", "tab-timeline", draw_timeline},
        {MainTab::people_rooms, icons::PEOPLE, "Mensen en zalen", "People and rooms", "tab-people", draw_people_rooms},
        {MainTab::participants, icons::PEOPLE, "Deelnemers", "Participants", "tab-participants", draw_participants},
        {MainTab::designs, icons::DESIGN, "Workshopontwerpen", "Workshop designs", "tab-designs", draw_designs},
        {MainTab::announcement, icons::BOOK, "Aankondiging", "Announcement", "tab-announcement", draw_announcement},
    };
    // Tabs show icon and name when all names fit; otherwise the open tab keeps
    // its name and the others show their icon; when even that does not fit,
    // icons only. A hidden name is in the tooltip; no name is cut mid-word.
    const ImGuiStyle& style = ImGui::GetStyle();
    auto tab_width = [&](const std::string& label) {
        return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + style.FramePadding.x * 2 + style.ItemInnerSpacing.x;
    };
    float full_width = 0, open_only_width = 0;
    for (const Tab& t : tabs) {
        const std::string label = icon_label(t.icon, T(t.nl, t.en), t.id);
        full_width += tab_width(label);
        open_only_width += t.tab == ui.tab ? tab_width(label) : tab_width(std::string(t.icon) + "###" + t.id);
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const int tier = full_width <= avail ? 0 : open_only_width <= avail ? 1 : 2;
    for (const Tab& t : tabs) {
        const ImGuiTabItemFlags flags = (ui.tab_requested && ui.tab == t.tab) ? ImGuiTabItemFlags_SetSelected : 0;
        const std::string label = icon_label(t.icon, T(t.nl, t.en), t.id);
        const bool icons_only = tier == 2 || (tier == 1 && t.tab != ui.tab);
        const std::string shown = icons_only ? std::string(t.icon) + "###" + t.id : label;
        const bool open = ImGui::BeginTabItem(shown.c_str(), nullptr, flags);
        // Registered by its full name (tests and the accessibility mirror);
        // clipped when ImGui had to squeeze the tab below its label's width.
        const float needed = ImGui::CalcTextSize(shown.c_str(), nullptr, true).x + style.FramePadding.x * 2;
        register_last_item(label.c_str(), ImGui::GetItemRectSize().x + 0.5f < needed);
        if (icons_only) tooltip_for_last_item(T(t.nl, t.en));
        if (open) {
            if (!ui.tab_requested) ui.tab = t.tab;
            // Flattened for the keyboard: Tab goes on from the tab bar into the
            // tab's fields, with no extra "enter this region" step in between.
            ImGui::BeginChild("tab-content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
            t.draw(draft, ui);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    }
    ui.tab_requested = false;
    ImGui::EndTabBar();
}

void draw_empty_workspace(Workspace& ws, UiState& ui) {
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::PushFont(heading_font());
    ImGui::TextUnformatted(T("Nog geen concept open", "No draft open"));
    ImGui::PopFont();
    ImGui::TextWrapped("%s", T("Begin met een nieuw, leeg concept of met een sjabloon: een middag met een "
                               "workshopronde, een inspiratieavond, een congresdag of een incompany workshop.",
                               "Start with a new, empty draft or from a template: an afternoon with a workshop "
                               "round, an inspiration evening, a conference day or an in-company workshop."));
    ImGui::Spacing();
    for (const TemplateInfo& t : list_templates()) {
        const std::string label = std::string(icons::BOOK) + "  " + (ui.language == Language::nl ? t.name_nl : t.name_en) +
                                  "###start-" + t.id;
        if (ImGui::Button(label.c_str())) {
            if (auto doc = load_template(t.id)) {
                ws.add(std::move(*doc));
                open_tab(ui, MainTab::programme);
            }
        }
    }
}

}  // namespace

void show_toast(UiState& ui, std::string text, bool offers_undo_delete) {
    ui.toast = std::move(text);
    ui.toast_until_ms = platform::now_ms() + 6000;
    ui.toast_offers_undo_delete = offers_undo_delete;
    platform::request_frame_after(6100);  // clear it without waiting for input
}

// Pane sizes are remembered in the page's settings: read once, written when a
// splitter drag ends.
static void remember_pane_sizes(UiState& ui) {
    static bool loaded = false;
    static std::string saved;
    if (!loaded) {
        loaded = true;
        float l = 0, r = 0, f = 0;
        int drafts = 1, inspector = 1;
        saved = platform::load_setting("panes");
        if (std::sscanf(saved.c_str(), "%f,%f,%f,%d,%d", &l, &r, &f, &drafts, &inspector) >= 3) {
            ui.left_width = l;
            ui.right_width = r;
            ui.findings_height = f;
            ui.show_drafts = drafts != 0;
            ui.show_inspector = inspector != 0;
        }
        return;
    }
    if (ImGui::IsAnyMouseDown()) return;
    char now[64];
    std::snprintf(now, sizeof now, "%.0f,%.0f,%.0f,%d,%d", ui.left_width, ui.right_width, ui.findings_height,
                  ui.show_drafts ? 1 : 0, ui.show_inspector ? 1 : 0);
    if (saved != now) {
        saved = now;
        platform::store_setting("panes", saved);
    }
}

// Below this width the side panes become drawers over the content, so the
// content keeps a usable width (at 800 px the event form needs ~700).
constexpr float kDrawerBreakpoint = 1100.0f;
// A hidden pane leaves a strip with the button that brings it back.
constexpr float kStripWidth = 30.0f;

// The inspector edits the selected item: only the programme and the timeline
// select items, so elsewhere it would sit empty.
static bool inspector_has_work(const UiState& ui) { return ui.tab == MainTab::programme || ui.tab == MainTab::timeline; }

// The strip of a hidden pane: one button to show it (or open its drawer).
static void pane_strip(const char* id, ActionId toggle, Draft* draft, UiState& ui, float height) {
    ImGui::BeginChild(id, ImVec2(kStripWidth, height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPosX(std::max(0.0f, (kStripWidth - ImGui::GetFrameHeight()) * 0.5f));
    action_toolbar_button(toggle, draft, ui);
    ImGui::EndChild();
}

// The hide button at the top right of a shown pane (drawn last so the pane's
// own heading keeps its place).
static void pane_hide_button(ActionId toggle, Draft* draft, UiState& ui) {
    const ImVec2 keep = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - ImGui::GetFrameHeight(),
                               ImGui::GetStyle().WindowPadding.y));
    action_toolbar_button(toggle, draft, ui);
    ImGui::SetCursorPos(keep);
}

// A side pane as a drawer over the content (narrow windows). Closes with its
// button, its shortcut, Escape or a click outside it.
template <typename Draw>
static void drawer(const char* id, bool* open, bool& was_open, bool at_left, ActionId toggle, Draft* draft, UiState& ui, Draw draw) {
    if (!*open) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float w = std::min(360.0f, viewport->WorkSize.x * 0.85f);
    const float x = at_left ? viewport->WorkPos.x + kStripWidth : viewport->WorkPos.x + viewport->WorkSize.x - kStripWidth - w;
    ImGui::SetNextWindowPos(ImVec2(x, viewport->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(w, viewport->WorkSize.y));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysVerticalScrollbar;
    const bool just_opened = !was_open;
    if (ImGui::Begin(id, nullptr, flags)) {
        if (just_opened) ImGui::SetWindowFocus();
        draw();
        pane_hide_button(toggle, draft, ui);
        // The strip's own button toggles the drawer: a click there is not "outside".
        const float mx = ImGui::GetIO().MousePos.x;
        const bool on_strip = at_left ? mx < viewport->WorkPos.x + kStripWidth
                                      : mx > viewport->WorkPos.x + viewport->WorkSize.x - kStripWidth;
        const bool inside = on_strip ||
                            ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByPopup);
        const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
        if (!popup && ((ImGui::IsMouseClicked(0) && !inside && !just_opened) ||
                       (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput)))
            *open = false;
    }
    ImGui::End();
    was_open = *open;
}

namespace {

// [SECTION] F6: pane to pane ------------------------------------------------------------

struct Pane {
    ImGuiWindow* window;
    const char* nl;
    const char* en;
};
std::vector<Pane> g_panes;  // the panes shown last frame, in F6 order

// F6 / Shift+F6 (ui.pane_step, set by the shortcut last frame): the keyboard
// goes into the next / previous pane, where it was last in that pane, and a
// screen reader hears the pane's name. Done as ImGui's own "Enter on a pane"
// (an activation of the pane's child item at the start of the frame), so
// the pane's first or remembered widget is found while it is drawn.
void move_to_pane(UiState& ui) {
    const int step = ui.pane_step;
    ui.pane_step = 0;
    if (!step || g_panes.empty()) return;
    ImGuiContext& g = *GImGui;
    int current = -1;
    for (ImGuiWindow* w = g.NavWindow; w && current < 0; w = w->ParentWindow)
        for (std::size_t i = 0; i < g_panes.size(); ++i)
            if (g_panes[i].window == w) current = (int)i;
    const int n = (int)g_panes.size();
    int next = current < 0 ? (step > 0 ? 0 : n - 1) : (current + step + n) % n;
    // A pane with nothing to focus (no findings) is passed over, as ImGui
    // would not go into it.
    for (int tries = 0; tries < n; ++tries, next = (next + step + n) % n) {
        const ImGuiWindow* w = g_panes[next].window;
        if (w->DC.NavLayersActiveMask != 0 || w->DC.NavWindowHasScrollY) break;
    }
    g.NavActivateId = g_panes[next].window->ChildId;
    g.NavActivateFlags = ImGuiActivateFlags_None;
    g.NavDisableHighlight = false;
    a11y_announce(T(g_panes[next].nl, g_panes[next].en));
    platform::request_frames(2);
}

}  // namespace

void draw_shell(Workspace& ws, UiState& ui) {
    move_to_pane(ui);
    std::vector<Pane>& panes = g_panes;
    panes.clear();
    remember_pane_sizes(ui);
    draw_menu_bar(ws, ui);
    draw_status_bar(ws, ui);
    ui.drag_preview.clear();  // the timeline says it again while a drag goes on

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    const ImGuiWindowFlags host_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##workspace", nullptr, host_flags);
    ImGui::PopStyleVar(2);

    const float height = ImGui::GetContentRegionAvail().y;
    const float width = ImGui::GetContentRegionAvail().x;
    ui.narrow_layout = viewport->WorkSize.x < kDrawerBreakpoint;
    if (!ui.narrow_layout) ui.drafts_drawer_open = ui.inspector_drawer_open = false;
    ui.left_width = std::clamp(ui.left_width, 180.0f, std::max(180.0f, width * 0.35f));
    ui.right_width = std::clamp(ui.right_width, 260.0f, std::max(260.0f, width * 0.45f));
    Draft* draft = ws.active();
    const bool left_shown = !ui.narrow_layout && ui.show_drafts;
    const bool right_wanted = draft && inspector_has_work(ui);
    const bool right_shown = right_wanted && !ui.narrow_layout && ui.show_inspector;

    float left_used = kStripWidth;
    if (left_shown) {
        ImGui::BeginChild("pane-drafts", ImVec2(ui.left_width, height), true);
        panes.push_back({ImGui::GetCurrentWindow(), "Concepten", "Drafts"});
        draw_drafts(ws, ui);
        pane_hide_button(ActionId::toggle_drafts_pane, draft, ui);
        ImGui::EndChild();
        register_last_item("##pane-drafts");  // the pane's rect, for tests and layout checks
        ImGui::SameLine(0, 0);
        vertical_splitter("##split-left", &ui.left_width, 180, width * 0.35f, height);
        left_used = ui.left_width + 8;
    } else {
        pane_strip("pane-drafts-strip", ActionId::toggle_drafts_pane, draft, ui, height);
    }
    ImGui::SameLine(0, 0);

    const float right_used = right_shown ? ui.right_width + 8 : right_wanted ? kStripWidth : 0.0f;
    const float center_width = std::max(200.0f, width - left_used - right_used);
    ImGui::BeginGroup();
    // A short window (a laptop at 200 % zoom is 400 CSS px high) keeps most of
    // its height for the open tab: the findings panel takes at most a quarter
    // there; the height the user chose comes back in a taller window.
    const float findings_max = height < 480 ? std::max(60.0f, height * 0.25f) : height * 0.6f;
    const float findings = (draft && ui.show_findings) ? std::min(ui.findings_height, findings_max) : 0.0f;
    ImGui::BeginChild("pane-center", ImVec2(center_width, height - findings - (findings > 0 ? 8 : 0)), true);
    panes.push_back({ImGui::GetCurrentWindow(), "Hoofdpaneel", "Main pane"});
    if (draft) draw_tabs(*draft, ui);
    else draw_empty_workspace(ws, ui);
    ImGui::EndChild();
    register_last_item("##pane-center");  // the pane's rect, for tests and layout checks
    if (findings > 0) {
        // Dragging the bar down makes the panel below it smaller.
        float bar = findings;
        horizontal_splitter("##split-findings", &bar, 60, findings_max, center_width);
        if (bar != findings) ui.findings_height = std::clamp(findings - (bar - findings), 60.0f, findings_max);
        ImGui::BeginChild("pane-findings", ImVec2(center_width, std::min(ui.findings_height, findings_max) - 8), true);
        panes.push_back({ImGui::GetCurrentWindow(), "Controle", "Checks"});
        draw_findings(*draft, ui);
        ImGui::EndChild();
        register_last_item("##pane-findings");  // the pane's rect, for tests and layout checks
    }
    ImGui::EndGroup();
    if (right_shown) {
        ImGui::SameLine(0, 0);
        float right = ui.right_width;
        vertical_splitter("##split-right", &right, 260, width * 0.45f, height);
        ui.right_width -= (right - ui.right_width);  // dragging right makes the inspector narrower
        ImGui::SameLine(0, 0);
        ImGui::BeginChild("pane-inspector", ImVec2(0, height), true);
        panes.push_back({ImGui::GetCurrentWindow(), "Onderdeelpaneel", "Item panel"});
        draw_inspector(*draft, ui);
        pane_hide_button(ActionId::toggle_inspector_pane, draft, ui);
        ImGui::EndChild();
        register_last_item("##pane-inspector");  // the pane's rect, for tests and layout checks
    } else if (right_wanted) {
        ImGui::SameLine(0, 0);
        pane_strip("pane-inspector-strip", ActionId::toggle_inspector_pane, draft, ui, height);
    }
    ImGui::End();

    static bool drafts_was_open = false, inspector_was_open = false;
    if (!ui.drafts_drawer_open) drafts_was_open = false;
    if (!ui.inspector_drawer_open) inspector_was_open = false;
    if (ui.narrow_layout) {
        drawer("##drawer-drafts", &ui.drafts_drawer_open, drafts_was_open, true, ActionId::toggle_drafts_pane, draft, ui,
               [&] { draw_drafts(ws, ui); });
        if (right_wanted)
            drawer("##drawer-inspector", &ui.inspector_drawer_open, inspector_was_open, false, ActionId::toggle_inspector_pane, draft, ui,
                   [&] { draw_inspector(*ws.active(), ui); });
    }

    handle_shortcuts(ws, ui);
    if (ui.pane_step) platform::request_frames(2);  // move_to_pane runs at the next frame's start
    for (Document& doc : ui.pending_new_documents) ws.add(std::move(doc));
    if (!ui.pending_new_documents.empty()) ui.selection = {};
    ui.pending_new_documents.clear();
    draw_storage_windows(ws, ui);
    draw_file_dialogs(ws, ui);
    draw_print_dialog(ws, ui);
    draw_paste_import_dialog(ws, ui);
}

}  // namespace dagdeel::ui
