// Validation of the contact details an announcement prints: e-mail
// addresses, links and phone numbers (validate() in validation.cpp calls it).
#include "core/validation_contacts.hpp"

#include <string>
#include <string_view>

namespace dagdeel {
namespace {

// -----------------------------------------------------------------------------
// [SECTION] e-mail addresses, links and phone numbers
// -----------------------------------------------------------------------------
// Deliberately loose: only what cannot be right is reported ("e.even@movisie"
// has no top-level domain, "movisie.nl" as an e-mail has no @). A finding
// that an organiser has to ignore is worse than none.

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "movisie.nl", "www.gemeente-groningen.nl": labels separated by dots, the
// last one two letters or more (or non-ASCII: an internationalised domain).
bool plausible_host(std::string_view host) {
    if (host.empty() || host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos)
        return false;
    const auto dot = host.rfind('.');
    if (dot == std::string_view::npos) return false;
    const std::string_view tld = host.substr(dot + 1);
    if (tld.size() < 2) return false;
    for (char c : tld)
        if (!is_letter(c) && static_cast<unsigned char>(c) < 0x80) return false;
    for (char c : host)
        if (c == ' ' || c == '@' || c == '/' || c == ',' || c == ';') return false;
    return true;
}

bool plausible_email(std::string_view e) {
    const auto at = e.find('@');
    if (at == std::string_view::npos || at == 0 || e.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view local = e.substr(0, at);
    if (local.find(' ') != std::string_view::npos || local.front() == '.' || local.back() == '.') return false;
    return plausible_host(e.substr(at + 1));
}

// "https://www.movisie.nl/agenda", "www.movisie.nl", "movisie.nl/x".
bool plausible_link(std::string_view u) {
    if (u.find(' ') != std::string_view::npos) return false;
    for (std::string_view scheme : {"https://", "http://"})
        if (u.substr(0, scheme.size()) == scheme) {
            u.remove_prefix(scheme.size());
            break;
        }
    if (u.find("://") != std::string_view::npos) return false;  // "htps://", "ftp://"
    std::string_view host = u.substr(0, u.find_first_of("/?#"));
    if (const auto colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
    return plausible_host(host);
}

// Dutch numbers as written ("030 789 2000", "(030) 789 20 00", "06-12345678",
// "0800-1234", "14 050"), and international ones ("+31 30 789 2000", "0031 ...").
bool plausible_phone(std::string_view p) {
    std::string digits;
    bool plus = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c >= '0' && c <= '9') digits += c;
        else if (c == '+' && digits.empty() && !plus) plus = true;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/') return false;
    }
    const std::size_t n = digits.size();
    if (plus) return n >= 8 && n <= 15;
    if (digits.rfind("00", 0) == 0) return n >= 10 && n <= 17;
    if (digits.rfind("0800", 0) == 0 || digits.rfind("0900", 0) == 0) return n >= 8 && n <= 11;
    if (digits.rfind("14", 0) == 0) return n >= 5 && n <= 6;  // municipal numbers "14 050"
    return n == 10 && digits.front() == '0';
}

}  // namespace

void check_contacts(const Document& doc, std::vector<Finding>& out) {
    auto add = [&](const char* field, std::string nl, std::string en) {
        out.push_back({Severity::warning, "implausible_contact", "", "", "", field, std::move(nl), std::move(en)});
    };
    auto bad = [&](const char* field, const std::string& value, const char* what_nl, const char* what_en) {
        add(field, std::string(what_nl) + " \u201c" + value + "\u201d kan niet kloppen.",
                 std::string(what_en) + " \u201c" + value + "\u201d cannot be right.");
    };
    const Registration& reg = doc.event.registration;
    if (!reg.email.empty() && !plausible_email(reg.email)) bad("registration.email", reg.email, "Het e-mailadres", "The e-mail address");
    if (!reg.url.empty() && !plausible_link(reg.url)) bad("registration.url", reg.url, "De aanmeldlink", "The registration link");
    if (!doc.event.url.empty() && !plausible_link(doc.event.url)) bad("url", doc.event.url, "De website", "The website");
    if (!doc.event.venue.online_url.empty() && !plausible_link(doc.event.venue.online_url))
        bad("venue.online_url", doc.event.venue.online_url, "De online link", "The online link");
    for (const Person& p : doc.people) {
        const std::string who = p.name.empty() ? p.organisation : p.name;
        if (!p.email.empty() && !plausible_email(p.email))
            add("person.email", "Het e-mailadres van " + who + " (\u201c" + p.email + "\u201d) kan niet kloppen.",
                     "The e-mail address of " + who + " (\u201c" + p.email + "\u201d) cannot be right.");
        if (!p.phone.empty() && !plausible_phone(p.phone))
            add("person.phone", "Het telefoonnummer van " + who + " (\u201c" + p.phone + "\u201d) kan niet kloppen.",
                     "The phone number of " + who + " (\u201c" + p.phone + "\u201d) cannot be right.");
    }
}


}  // namespace dagdeel
