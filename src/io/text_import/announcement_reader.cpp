// Size (just over ~600 lines): the reader's line loop and the finishing of the
// draft share the ReaderState helpers; the entry points could move out.
// [SECTION] Sections and headings
// [SECTION] The line loop: title, facts, sections, body
// [SECTION] Finishing the draft: intro, description, notes, dates
// [SECTION] Entry points and detection
#include <algorithm>
#include <cstring>

#include "core/civil_time.hpp"
#include "io/text_import/text_import_internal.hpp"

namespace dagdeel::text_import {

void ReaderState::not_understood(std::size_t i) {
    out[i].meaning = LineMeaning::unrecognised;
    unrecognised.push_back((english ? "line " : "regel ") + std::to_string(lines[i].number) + ": " + lines[i].text);
}

namespace {

// [SECTION] Sections and headings --------------------------------------------------------

enum class Section { body, programme, practical, audience, registration, contact, goals, questions };

std::optional<Section> section_for_heading(std::string_view text) {
    const std::string l = strip_trailing(lower(trim(text)), ":?!. ");
    if (l.size() > 60) return {};
    struct H { const char* words; Section s; bool prefix; };
    static const H headings[] = {
        {"programma", Section::programme, false}, {"het programma", Section::programme, false},
        {"dagprogramma", Section::programme, false}, {"programme", Section::programme, false},
        {"program", Section::programme, false}, {"agenda", Section::programme, false},
        {"schedule", Section::programme, false}, {"programma op hoofdlijnen", Section::programme, false},
        {"programma van de dag", Section::programme, false}, {"the programme", Section::programme, false},
        {"praktisch", Section::practical, false}, {"praktische informatie", Section::practical, false},
        {"praktische zaken", Section::practical, false}, {"practical", Section::practical, false},
        {"practical information", Section::practical, false}, {"details", Section::practical, false},
        {"praktische details", Section::practical, false}, {"informatie", Section::practical, false},
        {"voor wie", Section::audience, true}, {"doelgroep", Section::audience, false},
        {"for whom", Section::audience, true}, {"who is it for", Section::audience, false},
        {"who should attend", Section::audience, false}, {"audience", Section::audience, false},
        {"aanmelden", Section::registration, false}, {"aanmelding", Section::registration, false},
        {"inschrijven", Section::registration, false}, {"inschrijving", Section::registration, false},
        {"registratie", Section::registration, false}, {"registration", Section::registration, false},
        {"register", Section::registration, false}, {"sign up", Section::registration, false},
        {"aanmelden en informatie", Section::registration, false},
        {"meer informatie", Section::contact, false}, {"contact", Section::contact, false},
        {"more information", Section::contact, false}, {"information", Section::contact, false},
        {"contactpersoon", Section::contact, false}, {"contactgegevens", Section::contact, false},
        {"vragen", Section::contact, false}, {"questions", Section::contact, false},
        {"wat je kunt verwachten", Section::goals, true}, {"wat kunt u verwachten", Section::goals, true},
        {"wat kunt u bij deze workshop verwachten", Section::goals, true}, {"wat ga je leren", Section::goals, true},
        {"leerdoelen", Section::goals, true}, {"what to expect", Section::goals, true},
        {"learning goals", Section::goals, true}, {"what you will learn", Section::goals, true},
        {"opbrengst", Section::goals, true}, {"wat levert het op", Section::goals, true},
        {"vragen die aan de orde komen", Section::questions, false}, {"centrale vragen", Section::questions, false},
        {"key questions", Section::questions, false}, {"questions we will discuss", Section::questions, false}};
    for (const H& h : headings)
        if (l == h.words || (h.prefix && l.rfind(h.words, 0) == 0)) return h.s;
    return {};
}

// A bare label standing on its own line ("Tijd", "Locatie", "Max. deelnemers").
Fact bare_label(const SourceLine& line) {
    if (line.bullet || line.text.size() > 40) return Fact::none;
    const Fact f = fact_for_label(line.text);
    switch (f) {
        case Fact::date: case Fact::time: case Fact::venue: case Fact::price: case Fact::capacity:
        case Fact::days_count: case Fact::organisers: return f;
        default: return Fact::none;
    }
}

bool is_navigation(const std::string& text) {
    const std::string l = lower(text);
    for (const char* n : {"selecteer een pagina", "menu", "home", "skip to content", "ga naar inhoud",
                          "ga direct naar", "zoeken", "search", "terug", "back", "delen", "share", "print",
                          "naar de inhoud", "hoofdmenu", "main menu"})
        if (l == n) return true;
    return false;
}

bool is_question_cue(const std::string& l) {
    return !l.empty() && l.back() == ':' &&
           (l.find("vragen") != std::string::npos || l.find("vraag") != std::string::npos ||
            l.find("question") != std::string::npos);
}

bool is_goal_cue(const std::string& l) {
    return !l.empty() && l.back() == ':' &&
           (l.find("verwacht") != std::string::npos || l.find("leerdoel") != std::string::npos ||
            l.find("leer je") != std::string::npos || l.find("leert u") != std::string::npos ||
            l.find("expect") != std::string::npos || l.find("you will learn") != std::string::npos ||
            l.find("learning goals") != std::string::npos || l.find("na afloop") != std::string::npos);
}

bool is_licence(const std::string& l) {
    return l.find("creative commons") != std::string::npos || contains_word(l, "licentie") ||
           contains_word(l, "license") || contains_word(l, "licence") || l.find("cc by") != std::string::npos ||
           l.find("naamsvermelding-licentie") != std::string::npos;
}

bool is_short_heading(const SourceLine& line) {
    const std::string& t = line.text;
    if (line.heading) return true;
    if (line.bullet || t.size() > 70 || t.back() == '.' || t.back() == ',' || t.back() == ';') return false;
    return line.blank_before && line.blank_after;
}

// [SECTION] The line loop ---------------------------------------------------------------------

struct Loop {
    ReaderState& st;
    Section section = Section::body;
    std::size_t section_start = 0;
    enum class List { none, questions, goals } list = List::none;
    bool title_done = false;

    void add_body(std::size_t i, const std::string& text, bool joinable, LineMeaning meaning = LineMeaning::description) {
        auto& body = st.body;
        const SourceLine& line = st.lines[i];
        if (!body.empty() && body.back().joinable && !line.blank_before && body.back().last_line + 1 == i)
            body.back().text += (line.bullet ? "\n" : " ") + text;
        else
            body.push_back({text, i, joinable});
        body.back().last_line = i;
        body.back().joinable = joinable;
        st.mark(i, meaning);
    }

    void enter(Section s, std::size_t i) {
        if (section == Section::contact) read_contact_block(st, section_start, i);
        section = s;
        section_start = i + 1;
        list = s == Section::goals ? List::goals : s == Section::questions ? List::questions : List::none;
    }

    bool title(std::size_t i) {
        const SourceLine& line = st.lines[i];
        if (is_navigation(line.text)) {
            st.not_understood(i);
            return true;
        }
        std::string t = line.text;
        // "Bijeenkomst over veranderend lokaal samenspel. Met lancering magazine BuitensteBinnen"
        const std::size_t dot = t.find(". ");
        if (dot != std::string::npos && t.size() < 200 && t.find(". ", dot + 2) == std::string::npos) {
            st.doc.event.title = strip_trailing(t.substr(0, dot), " ");
            st.doc.event.subtitle = strip_trailing(t.substr(dot + 2), " .");
        } else {
            st.doc.event.title = strip_trailing(t, " .");
        }
        st.mark(i, LineMeaning::title, st.doc.event.title);
        title_done = true;
        // A subtitle right under the title (no blank line between), not a fact or a date.
        if (st.doc.event.subtitle.empty() && i + 1 < st.lines.size()) {
            const SourceLine& next = st.lines[i + 1];
            Fact f = Fact::none;
            if (!next.blank_before && !next.bullet && next.text.size() <= 120 && next.text.back() != '.' &&
                find_dates(next.text).empty() && fact_label_end(next.text, f) == std::string::npos &&
                bare_label(next) == Fact::none && !section_for_heading(next.text) && !leading_time(next.text)) {
                st.doc.event.subtitle = next.text;
                st.mark(i + 1, LineMeaning::subtitle, next.text);
            }
        }
        return true;
    }

    // "Tijd" on its own: the value is the line before (seed 003: "20" above
    // "Max. deelnemers") when that one stands right above and is short, else the next.
    bool bare_fact(std::size_t i, Fact f) {
        const SourceLine& line = st.lines[i];
        if (i > 0 && !line.blank_before && st.lines[i - 1].text.size() <= 40 &&
            (st.out[i - 1].meaning == LineMeaning::unrecognised || st.out[i - 1].meaning == LineMeaning::description) &&
            bare_label(st.lines[i - 1]) == Fact::none) {
            const std::size_t before = st.unrecognised.size();
            // take the value back from the notes or the body
            if (st.out[i - 1].meaning == LineMeaning::unrecognised && before > 0) st.unrecognised.pop_back();
            if (st.out[i - 1].meaning == LineMeaning::description && !st.body.empty() && st.body.back().last_line == i - 1)
                st.body.pop_back();
            if (apply_fact(st, f, st.lines[i - 1].text, i - 1)) {
                st.mark(i, st.out[i - 1].meaning, st.out[i - 1].detail);
                return true;
            }
            st.not_understood(i - 1);
        }
        if (i + 1 < st.lines.size() && bare_label(st.lines[i + 1]) == Fact::none &&
            apply_fact(st, f, st.lines[i + 1].text, i + 1)) {
            st.mark(i, st.out[i + 1].meaning, st.out[i + 1].detail);
            return true;
        }
        return false;
    }

    // A heading right above the date/time facts names the day ("Tweede bijeenkomst").
    void take_day_label(std::size_t i, Fact fact) {
        if (fact != Fact::date && fact != Fact::time && fact != Fact::venue) return;
        if (i == 0 || st.body.empty() || st.body.back().last_line != i - 1 || st.out[i - 1].meaning != LineMeaning::heading)
            return;
        st.day_label = st.body.back().text;
        st.body.pop_back();
        st.mark(i - 1, LineMeaning::heading, "day label");
    }

    void body_line(std::size_t i) {
        const SourceLine& line = st.lines[i];
        const std::string& t = line.text;
        const std::string l = lower(t);
        // A programme without a heading: "13.30 uur Ontvangst" lines.
        if (auto time = leading_time(t); time && time->finish < t.size() && t.size() < 160 && !is_licence(l)) {
            enter(Section::programme, i - 1 + 0);
            section_start = i;
            read_programme_line(st, i);
            return;
        }
        if (is_question_cue(l)) {
            list = List::questions;
            st.mark(i, LineMeaning::cue);
            return;
        }
        if (is_goal_cue(l)) {
            list = List::goals;
            st.mark(i, LineMeaning::cue);
            return;
        }
        if (line.bullet && list != List::none) {
            (list == List::questions ? st.doc.event.key_questions : st.doc.event.learning_goals).push_back(t);
            st.mark(i, list == List::questions ? LineMeaning::question : LineMeaning::goal);
            return;
        }
        if (!line.bullet) list = List::none;
        if (is_licence(l)) {
            st.licence.push_back(t);
            if (st.doc.event.url.empty()) st.doc.event.url = find_url(t);
            st.mark(i, LineMeaning::licence);
            return;
        }
        // A date on its own line: "13 februari 2018".
        if (!line.bullet && t.size() <= 60) {
            const auto dates = find_dates(t);
            if (!dates.empty() && dates[0].begin <= 20 && dates.back().finish + 12 >= t.size()) {
                if (!st.dates_from_fact) st.dates = dates;
                if (auto tm = find_time(t); tm && !st.time) st.time = tm;
                st.mark(i, LineMeaning::date, std::to_string(dates.size()) + " date(s)");
                return;
            }
        }
        if (t.size() < 200 && (find_email(t).size() || find_phone(t).size()) && read_registration(st, t, i)) {
            // "Interesse in deze workshop? Mail Gertjan Verstoep of bel 06 28 24 24 06."
            if (!st.doc.event.registration.contact_person_id.empty() && st.doc.event.contact_ids.empty())
                st.doc.event.contact_ids.push_back(st.doc.event.registration.contact_person_id);
            return;
        }
        if (t.size() < 200 && (l.rfind("aanmelden", 0) == 0 || l.find(" aanmelden") != std::string::npos ||
                               l.rfind("inschrijven", 0) == 0 || l.find("register") != std::string::npos) &&
            read_registration(st, t, i))
            return;
        if (read_fact_sentence(st, t, i)) return;
        if (!line.bullet && t.size() <= 70 && t.back() != '.' && (line.heading || (line.blank_before && line.blank_after))) {
            add_body(i, t, false, LineMeaning::heading);
            return;
        }
        // A fragment ("Incompany", "RaadsledenSociaal domein"): neither a heading nor a sentence.
        if (!line.bullet && t.size() < 40 && !line.heading && !(line.blank_before && line.blank_after) &&
            std::string_view(".?!:;,)").find(t.back()) == std::string_view::npos) {
            st.not_understood(i);
            return;
        }
        if (line.bullet) {
            const bool after_bullet = !st.body.empty() && st.body.back().last_line + 1 == i;
            if (after_bullet) {
                st.body.back().text += "\n\xE2\x80\xA2 " + t;
                st.body.back().last_line = i;
                st.mark(i, LineMeaning::description);
            } else {
                add_body(i, "\xE2\x80\xA2 " + t, false);
                st.body.back().joinable = false;
            }
            return;
        }
        add_body(i, t, t.size() > 60 && t.back() != ':');
    }

    void section_line(std::size_t i) {
        const SourceLine& line = st.lines[i];
        const std::string& t = line.text;
        switch (section) {
            case Section::programme:
                if (!read_programme_line(st, i)) {
                    enter(Section::body, i);
                    body_line(i);
                }
                return;
            case Section::practical:
                if (read_fact_sentence(st, t, i)) return;
                if (!find_dates(t).empty() && t.size() < 60) {
                    apply_fact(st, Fact::date, t, i);
                    return;
                }
                if (find_time(t) && t.size() < 60) {
                    apply_fact(st, Fact::time, t, i);
                    return;
                }
                if ((find_email(t).size() || find_phone(t).size() || find_url(t).size()) && read_registration(st, t, i)) return;
                st.not_understood(i);
                return;
            case Section::audience:
                if (line.blank_before && is_short_heading(line)) break;
                st.audience.push_back(line.bullet ? "\xE2\x80\xA2 " + t : t);
                st.mark(i, LineMeaning::audience);
                return;
            case Section::registration:
                if (read_fact_sentence(st, t, i) || read_registration(st, t, i)) return;
                st.registration_notes.push_back(t);
                st.mark(i, LineMeaning::registration);
                return;
            case Section::contact:
                return;  // read as a block when the section ends
            case Section::goals:
            case Section::questions:
                if (line.bullet) {
                    (section == Section::questions ? st.doc.event.key_questions : st.doc.event.learning_goals).push_back(t);
                    st.mark(i, section == Section::questions ? LineMeaning::question : LineMeaning::goal);
                    return;
                }
                break;
            case Section::body: break;
        }
        if (section != Section::body) enter(Section::body, i);
        body_line(i);
    }

    void run() {
        for (std::size_t i = 0; i < st.lines.size(); ++i) {
            const SourceLine& line = st.lines[i];
            if (st.out[i].meaning != LineMeaning::skipped) continue;  // taken by a bare label
            if (line.too_long) {
                st.out[i].meaning = LineMeaning::unrecognised;
                st.unrecognised.push_back((st.english ? "line " : "regel ") + std::to_string(line.number) + ": [" +
                                          std::to_string(line.length) + " bytes, skipped]");
                Problem p;
                p.path = "line " + std::to_string(line.number);
                p.line = line.number;
                p.message = "line " + std::to_string(line.number) + " is " + std::to_string(line.length) +
                            " bytes long, more than " + std::to_string(kTextImportMaxLineBytes) + ": skipped";
                p.is_error = false;
                st.problems.push_back(std::move(p));
                continue;
            }
            if (!title_done) {
                title(i);
                continue;
            }
            if (!line.bullet || line.text.size() < 40) {
                if (auto s = section_for_heading(line.text); s && line.text.size() <= 60 &&
                                                             (line.heading || line.blank_after || line.blank_before ||
                                                              line.text.back() == '?' || line.text.back() == ':')) {
                    if (!(line.bullet && *s != Section::programme)) {
                        enter(*s, i);
                        st.mark(i, *s == Section::programme ? LineMeaning::programme_heading : LineMeaning::heading);
                        continue;
                    }
                }
            }
            if (const Fact f = bare_label(line); f != Fact::none && bare_fact(i, f)) continue;
            Fact fact = Fact::none;
            if (const std::size_t colon = fact_label_end(line.text, fact); colon != std::string::npos) {
                if (section != Section::programme || (fact != Fact::time)) {
                    if (apply_fact(st, fact, std::string_view(line.text).substr(colon + 1), i)) {
                        take_day_label(i, fact);
                        continue;
                    }
                }
            }
            section_line(i);
        }
        enter(Section::body, st.lines.size());
    }
};

// [SECTION] Finishing the draft ---------------------------------------------------------------

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

bool detect_english(const std::vector<SourceLine>& lines) {
    int nl = 0, en = 0;
    for (const SourceLine& line : lines) {
        const std::string l = " " + lower(line.text) + " ";
        for (const char* w : {" de ", " het ", " een ", " en ", " van ", " voor ", " met ", " op ", " uur ", " je ", " u "})
            for (std::size_t at = l.find(w); at != std::string::npos; at = l.find(w, at + 1)) ++nl;
        for (const char* w : {" the ", " and ", " of ", " for ", " with ", " to ", " you ", " is ", " will ", " on "})
            for (std::size_t at = l.find(w); at != std::string::npos; at = l.find(w, at + 1)) ++en;
    }
    return en > nl;
}

// Year for dates written without one: another date's year, else the next such date from today.
void resolve_years(ReaderState& st) {
    int year = 0;
    for (const DateFound& d : st.dates)
        if (d.date.year) year = d.date.year;
    for (DateFound& d : st.dates) {
        if (d.date.year) continue;
        if (year) d.date.year = year;
        else if (st.options.today.year) {
            d.date.year = st.options.today.year;
            if (d.date < Date{st.options.today.year, st.options.today.month, st.options.today.day}) ++d.date.year;
        }
    }
    std::vector<DateFound> kept;
    for (const DateFound& d : st.dates)
        if (d.date.year) kept.push_back(d);
        else st.extra_notes.push_back((st.english ? "Date without a year: " : "Datum zonder jaar: ") +
                                      std::to_string(d.date.day) + "-" + std::to_string(d.date.month));
    st.dates = kept;
    for (PDay& d : st.days)
        if (d.date.month && !d.date.year) d.date.year = year ? year : st.dates.empty() ? 0 : st.dates[0].date.year;
    for (PDay& d : st.days)
        if (!d.date.year) d.date = {};
    if (st.deadline.month) {
        Date event = st.dates.empty() ? Date{} : st.dates[0].date;
        if (!st.deadline.year && event.year) {
            st.deadline.year = event.year;
            if (st.deadline > event) --st.deadline.year;
        } else if (!st.deadline.year && st.options.today.year) {
            st.deadline.year = st.options.today.year;
        }
        if (st.deadline.year && is_valid_date(st.deadline)) st.doc.event.registration.deadline = st.deadline;
    }
}

void finish(ReaderState& st) {
    Event& e = st.doc.event;
    e.language = st.english ? "en" : "nl";
    // Intro and description from the body paragraphs.
    read_prose_facts(st);
    // A heading with nothing under it ("Ook interessant voor u" at the end of a web page) goes to the notes.
    for (std::size_t k = 0; k < st.body.size();) {
        const bool heading = st.out[st.body[k].last_line].meaning == LineMeaning::heading;
        const bool next_is_heading = k + 1 >= st.body.size() ||
                                     st.out[st.body[k + 1].last_line].meaning == LineMeaning::heading;
        if (heading && next_is_heading) {
            st.not_understood(st.body[k].last_line);
            st.body.erase(st.body.begin() + (long)k);
        } else {
            ++k;
        }
    }
    std::vector<std::string> paras;
    for (const ReaderState::Para& p : st.body) paras.push_back(p.text);
    std::size_t first_prose = 0;
    while (first_prose < st.body.size() && st.body[first_prose].text.size() < 80) ++first_prose;
    if (first_prose < paras.size() && first_prose == 0) {
        e.intro = paras[0];
        paras.erase(paras.begin());
    }
    e.description = joined(paras, "\n\n");
    e.audience = joined(st.audience, "\n");
    e.licence = joined(st.licence, "\n\n");
    // Registration notes: the sentences as written.
    e.registration.notes = joined(st.registration_notes, " ");
    // A contact person's organisation from the e-mail domain ("e.even@movisie.nl" -> Movisie).
    for (Person& p : st.doc.people) {
        if (!p.organisation.empty() || p.email.empty()) continue;
        const std::string domain = lower(p.email.substr(p.email.find('@') + 1));
        for (const std::string& o : e.organisers)
            if (domain.rfind(lower(o) + ".", 0) == 0) p.organisation = o;
    }
    // The registration contact is the contact when the text names no other.
    if (e.contact_ids.empty() && !e.registration.contact_person_id.empty() &&
        (e.registration.method == RegistrationMethod::phone || e.registration.method == RegistrationMethod::other))
        e.contact_ids.push_back(e.registration.contact_person_id);
    resolve_years(st);
    build_programme(st);
    // Unrecognised lines and facts without a field go to the notes.
    std::string notes;
    if (!st.extra_notes.empty()) notes += joined(st.extra_notes, "\n");
    if (!st.unrecognised.empty()) {
        if (!notes.empty()) notes += "\n\n";
        notes += st.english ? "Not recognised when reading the announcement:\n"
                            : "Niet herkend bij het inlezen van de aankondiging:\n";
        notes += joined(st.unrecognised, "\n");
    }
    e.notes = notes;
}

// FNV-1a: a stable id for the same text.
std::string id_for(std::string_view text) {
    unsigned long long h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    char buf[24];
    std::snprintf(buf, sizeof buf, "doc-%016llx", h);
    return buf;
}

}  // namespace

}  // namespace dagdeel::text_import

// [SECTION] Entry points and detection ------------------------------------------------------

namespace dagdeel {

using namespace text_import;

AnnouncementImport import_announcement_text(std::string_view text, const TextImportOptions& options) {
    AnnouncementImport result;
    try {
        CleanText clean = clean_text(text);
        result.source_kind = clean.kind;
        if (!clean.error.empty()) {
            result.result.problems.push_back({"", clean.error, true, 0, 0});
            return result;
        }
        ReaderState st;
        st.options = options;
        st.lines = std::move(clean.lines);
        st.out.resize(st.lines.size());
        for (std::size_t i = 0; i < st.lines.size(); ++i) {
            st.out[i].number = st.lines[i].number;
            st.out[i].text = st.lines[i].too_long ? "[" + std::to_string(st.lines[i].length) + " bytes]" : st.lines[i].text;
        }
        st.english = detect_english(st.lines);
        st.doc.id = id_for(text);
        Loop loop{st};
        loop.run();
        finish(st);
        for (const ImportedLine& l : st.out) {
            if (l.meaning == LineMeaning::unrecognised) ++result.unrecognised;
            else if (l.meaning != LineMeaning::skipped) ++result.recognised;
        }
        result.lines = std::move(st.out);
        result.result.problems = std::move(st.problems);
        if (st.doc.event.title.empty() || result.recognised == 0) {
            result.result.problems.push_back({"", "no announcement found in this text (no title)", true, 0, 0});
            return result;
        }
        if (result.unrecognised > 0)
            result.result.problems.push_back(
                {"", std::to_string(result.unrecognised) + " line(s) not recognised: they are kept in the notes", false, 0, 0});
        result.result.document = std::move(st.doc);
    } catch (const std::exception& e) {
        result.result.document.reset();
        result.result.problems.push_back({"", std::string("could not read the announcement: ") + e.what(), true, 0, 0});
    }
    return result;
}

ReadResult read_announcement_text(std::string_view text) { return import_announcement_text(text).result; }

bool looks_like_announcement_text(std::string_view text) {
    std::string_view head = text.substr(0, 65536);
    if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.remove_prefix(3);
    std::size_t i = 0;
    while (i < head.size() && std::isspace((unsigned char)head[i])) ++i;
    if (i == head.size() || head[i] == '{' || head[i] == '[' || looks_binary(head)) return false;
    const std::string l = lower(head);
    if (l.compare(i, 5, "<?xml") == 0 || l.compare(i, 15, "begin:vcalendar") == 0) return false;
    // Words of the genre, or enough prose.
    int signals = 0;
    for (const char* w : {"programma", "programme", "locatie", "aanmelden", "tijd:", "datum", "uur", "workshop",
                          "bijeenkomst", "pauze", "lunch", "welkom", "venue", "registration", "schedule", "welcome",
                          "break", "<html", "<p>", "<h1", "deelnemers", "participants", "meer informatie", "contact"})
        if (l.find(w) != std::string::npos) ++signals;
    if (!find_dates(head.substr(0, 16384)).empty()) ++signals;
    std::size_t letters = 0, spaces = 0;
    for (char c : head) {
        letters += std::isalpha((unsigned char)c) || (unsigned char)c >= 0x80;
        spaces += c == ' ';
    }
    const bool prose = spaces >= 8 && letters * 2 > head.size() - i;
    return prose && signals >= 1;
}

std::string not_a_known_format_message(std::string_view text) {
    std::string start;
    std::size_t i = 0;
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) i = 3;
    while (i < text.size() && std::isspace((unsigned char)text[i])) ++i;
    for (; i < text.size() && start.size() < 40; ++i) {
        const unsigned char c = (unsigned char)text[i];
        if (c == '\n' || c == '\r' || c == '\t') start += ' ';
        else if (c < 0x20 || c == 0x7F) start += "\xEF\xBF\xBD";
        else if (c < 0x80) start += (char)c;
        else {
            // whole UTF-8 sequences only; invalid bytes shown as U+FFFD
            const int n = (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
            bool ok = n > 0 && i + n < text.size();
            for (int k = 1; ok && k <= n; ++k) ok = ((unsigned char)text[i + k] & 0xC0) == 0x80;
            if (ok) {
                start.append(text.substr(i, n + 1));
                i += n;
            } else {
                start += "\xEF\xBF\xBD";
            }
        }
    }
    if (text.empty() || start.empty())
        return "Dit is geen plan, agenda, programma of aankondiging: het bestand is leeg. "
               "(This is not a plan, calendar, schedule or announcement: the file is empty.)";
    const bool more = i < text.size();
    const std::string quoted = "\xE2\x80\x9C" + start + (more ? "\xE2\x80\xA6" : "") + "\xE2\x80\x9D";
    return "Dit is geen plan, agenda, programma of aankondiging: het begint met " + quoted +
           ". (This is not a plan, calendar, schedule or announcement: it begins with " + quoted + ".)";
}

}  // namespace dagdeel
