#include "ui/a11y_names.hpp"

#include "ui/i18n.hpp"

namespace dagdeel::ui {

// Font Awesome glyphs (private use area, 3 bytes in UTF-8 from U+E000) say
// nothing to a screen reader: names keep only the words.
void words_only_into(const std::string& s, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = (unsigned char)s[i];
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const bool icon = n == 3 && c == 0xEF && i + 1 < s.size() && (unsigned char)s[i + 1] >= 0x80 &&
                          (unsigned char)s[i + 1] <= 0xA3;  // U+F000..U+F8FF
        // Runs of spaces collapse, as the DOM's text does.
        if (!icon && !(s[i] == ' ' && !out.empty() && out.back() == ' ')) out.append(s, i, n);
        i += n;
    }
    const std::size_t a = out.find_first_not_of(' ');
    if (a == std::string::npos) {
        out.clear();
        return;
    }
    out.erase(out.find_last_not_of(' ') + 1);
    out.erase(0, a);
}
std::string words_only(const std::string& s) {
    std::string out;
    words_only_into(s, out);
    return out;
}

// The last resort for a field nobody labelled: its id in words
// ("##room-name" -> "room name"), better than a nameless text box.
std::string name_from_key(const std::string& key) {
    const std::size_t at = key.rfind('#');
    std::string out = at == std::string::npos ? key : key.substr(at + 1);
    for (char& c : out)
        if (c == '-' || c == '_') c = ' ';
    return out;
}

// Child windows (the panes) are keyboard stops in ImGui: Tab lands on a pane
// before entering it. Their mirror node is a named group so focus is never lost.
std::string pane_name(const ImGuiWindow& child, const std::string& open_tab) {
    std::string n = child.Name;
    const std::size_t slash = n.rfind('/');
    if (slash != std::string::npos) n = n.substr(slash + 1);
    const std::size_t under = n.rfind('_');
    if (under != std::string::npos) n = n.substr(0, under);
    if (n == "pane-drafts") return T("Concepten", "Drafts");
    if (n == "pane-findings") return T("Controle", "Findings");
    if (n == "pane-inspector") return T("Inspector", "Inspector");
    if (n == "pane-center" || n == "tab-content") return open_tab.empty() ? T("Werkblad", "Workspace") : open_tab;
    if (n == "timeline-grid") return T("Tijdlijn", "Timeline");
    if (n == "announcement-text") return T("Aankondiging", "Announcement");
    for (char& c : n)
        if (c == '-' || c == '_') c = ' ';
    return n;
}

}  // namespace dagdeel::ui
