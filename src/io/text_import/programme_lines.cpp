// What a programme line says about its item: the kind from the words an
// organiser uses ("Ontvangst", "Pauze", "keuze uit 3 workshops", "Drinks"),
// tentative/cancelled marks, and the length an organiser would give an item
// of that kind when the announcement prints no end time.
#include <cstring>

#include "io/text_import/text_import_internal.hpp"

namespace dagdeel::text_import {

Mark take_status_mark(std::string& text) {
    struct M { const char* text; Mark mark; };
    static const M marks[] = {
        {"(o.v.b.)", Mark::tentative}, {"(o.v.)", Mark::tentative},       {"(ovb)", Mark::tentative},
        {"o.v.b.", Mark::tentative},   {"(onder voorbehoud)", Mark::tentative}, {"onder voorbehoud", Mark::tentative},
        {"(tbc)", Mark::tentative},    {"(t.b.c.)", Mark::tentative},    {"(to be confirmed)", Mark::tentative},
        {"(tbd)", Mark::tentative},    {"(vervalt)", Mark::cancelled},   {"(geannuleerd)", Mark::cancelled},
        {"(gaat niet door)", Mark::cancelled}, {"(cancelled)", Mark::cancelled}, {"(canceled)", Mark::cancelled}};
    Mark found = Mark::none;
    for (const M& m : marks) {
        const std::string l = lower(text);
        const std::size_t at = l.find(m.text);
        if (at == std::string::npos) continue;
        text.erase(at, std::strlen(m.text));
        found = m.mark;
    }
    text = trim(text);
    // "– ", ": " left over at either end
    while (!text.empty() && (text[0] == '-' || text[0] == ':')) text = trim(std::string_view(text).substr(1));
    return found;
}

ItemKind kind_for_title(std::string_view title) {
    const std::string l = lower(title);
    auto any = [&](std::initializer_list<const char*> words) {
        for (const char* w : words)
            if (l.find(w) != std::string::npos) return true;
        return false;
    };
    if (is_round_header(title)) return ItemKind::round;
    if (any({"borrel", "drankje", "drinks", "netwerkborrel", "reception", "happy hour"})) return ItemKind::drinks;
    if (any({"lunch"})) return ItemKind::lunch;
    if (any({"inloop", "ontvangst", "registratie", "binnenkomst", "aanmelding", "walk-in", "walk in", "arrival",
             "doors open", "registration", "koffie en thee bij"}))
        return ItemKind::walk_in;
    if (any({"welkom", "opening", "welcome", "introductie door de dagvoorzitter"})) return ItemKind::welcome;
    if (any({"pauze", "break", "koffie", "coffee", "thee", "tea "})) return ItemKind::break_;
    if (any({"afsluiting", "afronding", "einde", "closing", "wrap-up", "wrap up", "slotwoord", "afscheid", "close"}))
        return ItemKind::closing;
    if (any({"workshop"})) return ItemKind::workshop;
    if (any({"discussie", "tafelgesprek", "debat", "gesprek", "panel", "dialoog", "discussion", "debate",
             "conversation", "q&a", "vragen"}))
        return ItemKind::discussion;
    if (any({"presentatie", "presentation", "pitch", "lancering", "launch"})) return ItemKind::presentation;
    if (any({"lezing", "keynote", "spreker", "talk", "lecture", "inleiding", "speech", "toespraak"})) return ItemKind::talk;
    return ItemKind::other;
}

bool is_round_header(std::string_view title) {
    const std::string l = lower(title);
    for (const char* w : {"keuze uit", "workshopronde", "workshop ronde", "ronde ", "subsessie", "deelsessie",
                          "parallelle", "parallel", "break-out", "breakout", "choice of", "choose from", "round ",
                          "workshops:", "sessies:", "sessions:", "workshops (", "keuzeprogramma", "carrousel", "choose one",
                          "kies een", "kies uit", "keuze tussen"})
        if (l.find(w) != std::string::npos) return true;
    if (l.size() > 5 && (l.rfind("ronde", l.size() - 5) == l.size() - 5 || l.rfind("round", l.size() - 5) == l.size() - 5))
        return true;
    return false;
}

Minutes default_duration(ItemKind kind) {
    switch (kind) {
        case ItemKind::walk_in: return 30;
        case ItemKind::welcome: return 15;
        case ItemKind::talk: return 30;
        case ItemKind::presentation: return 20;
        case ItemKind::workshop: return 60;
        case ItemKind::discussion: return 30;
        case ItemKind::break_: return 15;
        case ItemKind::lunch: return 45;
        case ItemKind::closing: return 15;
        case ItemKind::drinks: return 60;
        case ItemKind::round: return 60;
        case ItemKind::other: return 30;
    }
    return 30;
}


}  // namespace dagdeel::text_import

namespace dagdeel {

const char* to_string(LineMeaning m) {
    switch (m) {
        case LineMeaning::skipped: return "skipped";
        case LineMeaning::title: return "title";
        case LineMeaning::subtitle: return "subtitle";
        case LineMeaning::date: return "date";
        case LineMeaning::time: return "time";
        case LineMeaning::venue: return "venue";
        case LineMeaning::price: return "price";
        case LineMeaning::capacity: return "capacity";
        case LineMeaning::registration: return "registration";
        case LineMeaning::contact: return "contact";
        case LineMeaning::organisers: return "organisers";
        case LineMeaning::audience: return "audience";
        case LineMeaning::intro: return "intro";
        case LineMeaning::description: return "description";
        case LineMeaning::question: return "question";
        case LineMeaning::goal: return "goal";
        case LineMeaning::licence: return "licence";
        case LineMeaning::link: return "link";
        case LineMeaning::series: return "series";
        case LineMeaning::chair: return "chair";
        case LineMeaning::programme_heading: return "programme_heading";
        case LineMeaning::programme_item: return "programme_item";
        case LineMeaning::round: return "round";
        case LineMeaning::session: return "session";
        case LineMeaning::heading: return "heading";
        case LineMeaning::cue: return "cue";
        case LineMeaning::unrecognised: return "unrecognised";
    }
    return "skipped";
}

}  // namespace dagdeel
