// What screen-reader users hear without moving focus (aria-live="polite"):
// a status message (copied, deleted, imported), saving going wrong and
// recovering, import results and findings that appeared with an edit. Undo
// and redo say their step themselves (actions.cpp). Watches the plain UI
// state after each frame, so no view has to remember to speak.
#include <set>
#include <string>

#include "edit/workspace.hpp"
#include "ui/a11y.hpp"
#include "ui/i18n.hpp"
#include "ui/ui_state.hpp"

namespace dagdeel::ui {
namespace {

std::string g_toast, g_note, g_draft_id;
SaveStatus g_status = SaveStatus::loading;
std::size_t g_reports = 0;
std::set<std::string> g_findings;  // messages of the open draft's findings
bool g_findings_known = false;
unsigned g_revision = 0;

std::string finding_text(const Finding& f) { return language() == Language::en ? f.message_en : f.message_nl; }

void say_findings(Draft* d) {
    if (!d) {
        g_draft_id.clear();
        g_findings_known = false;
        return;
    }
    if (d->doc().id == g_draft_id && d->revision() == g_revision) return;  // nothing changed
    g_revision = d->revision();
    std::set<std::string> now;
    for (const Finding& f : d->findings()) now.insert(finding_text(f));
    if (d->doc().id != g_draft_id || !g_findings_known) {
        // Another draft: its findings are not news.
        g_draft_id = d->doc().id;
        g_findings = std::move(now);
        g_findings_known = true;
        return;
    }
    if (now == g_findings) return;
    std::string first;
    int added = 0;
    for (const std::string& m : now)
        if (!g_findings.count(m)) {
            if (first.empty()) first = m;
            ++added;
        }
    g_findings = std::move(now);
    if (added == 0) return;
    const std::string n = std::to_string(added);
    a11y_announce(added == 1 ? std::string(T("Nieuwe bevinding: ", "New finding: ")) + first
                             : n + T(" nieuwe bevindingen, onder meer: ", " new findings, among them: ") + first);
}

void say_storage(const StorageState& s) {
    if (s.status != g_status) {
        const SaveStatus before = g_status;
        g_status = s.status;
        if (s.status == SaveStatus::failed)
            a11y_announce(std::string(T("Opslaan is mislukt: ", "Saving failed: ")) + s.error);
        else if (s.status == SaveStatus::unavailable)
            a11y_announce(T("Deze browser kan niet opslaan; exporteer je werk.", "This browser cannot save; export your work."));
        else if (s.status == SaveStatus::saved && (before == SaveStatus::failed || before == SaveStatus::unavailable))
            a11y_announce(T("Weer opgeslagen.", "Saved again."));
    }
    if (s.note != g_note) {
        g_note = s.note;
        a11y_announce(s.note);
    }
}

void say_imports(const FilesState& f) {
    if (f.reports.size() < g_reports) g_reports = 0;  // the dialog was closed and cleared
    for (; g_reports < f.reports.size(); ++g_reports) {
        const ImportReport& r = f.reports[g_reports];
        std::string text = r.name + ": ";
        if (r.imported) {
            text += T("geïmporteerd", "imported");
            if (!r.warnings.empty())
                text += ", " + std::to_string(r.warnings.size()) + T(" waarschuwing(en)", " warning(s)");
        } else {
            text += T("niet geïmporteerd", "not imported");
            if (!r.errors.empty()) text += ": " + r.errors.front();
        }
        a11y_announce(text);
    }
}

}  // namespace

void a11y_announce_changes(Workspace& ws, const UiState& ui) {
    if (ui.toast != g_toast) {
        g_toast = ui.toast;
        a11y_announce(ui.toast);
    }
    say_storage(ui.storage);
    say_imports(ui.files);
    say_findings(ws.active());
}

}  // namespace dagdeel::ui
