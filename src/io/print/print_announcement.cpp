// The announcement on A4 portrait: the very article markup the HTML export
// renders from the announcement outline (render_html_article), in print
// type. Compact enough that the seed afternoon (seed 000: intro, four
// paragraphs, a round of three workshops, practical facts, contact) fits
// one page; longer plans flow over more pages with headings kept with
// their text and no programme row split.
#include "io/announcement/announcement_outline.hpp"
#include "io/print/print_page.hpp"
#include "io/print/print_writers.hpp"

namespace dagdeel::print {
namespace {

const char* const kAnnouncementStyle = R"CSS(
@page { size: A4 portrait; margin: 13mm 15mm; }
body { font-size: 9.6pt; }
article { max-width: 180mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 3.5mm 0 1.2mm; padding-bottom: .6mm; border-bottom: 1.2pt solid #000000; }
h3 { font-size: 10.5pt; margin: 2.5mm 0 1mm; }
p { margin: 0 0 1.6mm; orphans: 3; widows: 3; }
.subtitle { font-size: 11.5pt; margin: 0 0 1mm; }
.dateline { font-weight: bold; margin: 1mm 0 2.5mm; }
.lead { font-weight: bold; }
ul { margin: 0 0 1.6mm; padding-left: 5mm; }
ul.programme { list-style: none; padding-left: 0; }
ul.programme > li { padding: .6mm 0; border-bottom: .5pt solid #777777; break-inside: avoid; page-break-inside: avoid; }
ul.programme .time { display: inline-block; min-width: 27mm; }
ul.sessions { list-style: disc; margin: .5mm 0 0 27mm; padding-left: 4mm; }
p.note { margin: .3mm 0 0 27mm; color: #333333; }
ul.sessions p.note { margin-left: 0; }
ul.facts { list-style: none; padding-left: 0; }
ul.facts .label { font-weight: bold; }
address.contact { font-style: normal; margin: 0 0 1.6mm; break-inside: avoid; }
.small { font-size: 8pt; color: #333333; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
a { color: #000000; text-decoration: underline; }
@media screen { article { padding: 13mm 15mm; background: #ffffff; max-width: 180mm; margin: 1rem auto; box-shadow: 0 1px 4px #888888; } }
)CSS";

}  // namespace

std::string write_announcement_page(const Document& doc, Lang lang) {
    AnnouncementOptions options;
    options.language = lang;
    const announce::Outline outline = announce::outline_for_document(doc, options);
    const std::string title = outline.title.empty() ? tr(lang, "Aankondiging", "Announcement") : outline.title;
    return page(lang, title, kAnnouncementStyle, announce::render_html_article(outline));
}

}  // namespace dagdeel::print
