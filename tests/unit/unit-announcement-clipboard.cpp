// Rich copy (write_announcement_clipboard) and the parts of an announcement
// (whole, programme only, one item): the clipboard HTML is an e-mail-safe
// fragment (inline styles, no style sheet, class, script or external
// resource) with the programme as a list and bold times; its plain text is
// the text export; a part holds exactly what it says.
#include <doctest/doctest.h>

#include "builders.hpp"

#include "io/announcement/announcement.hpp"
#include "io/json/json_document.hpp"

using namespace dagdeel;

TEST_SUITE_BEGIN("announcement-clipboard");

namespace {

using test::seed0;

using test::contains;

}  // namespace

TEST_CASE("clipboard: e-mail-safe HTML with the programme as a list, and the text export beside it") {
    const Document d = seed0();
    const AnnouncementClipboard c = write_announcement_clipboard(d);
    CHECK(c.text == write_announcement(d, AnnouncementFormat::text));
    const std::string& h = c.html;
    for (const char* banned : {"<style", "class=", "<script", "<img", "<link", "src=", "<html", "<head", "rem;"})
        CHECK_MESSAGE(!contains(h, banned), banned);
    CHECK(contains(h, "<h1 style=\""));
    CHECK(contains(h, ">Programma</h2>"));
    CHECK(contains(h, "<li style=\"margin:0 0 4pt 0;\"><strong>13.30 uur</strong> Ontvangst en inloop</li>"));
    CHECK(contains(h, "<ul style=\"margin:3pt 0 0 0;padding-left:18pt;list-style-type:disc;\">"));
    CHECK(contains(h, "<a href=\"mailto:e.even@movisie.nl\" style=\"color:#0a4d8c;text-decoration:underline;\">"));
    // Every opening tag carries its style inline (bar the plain inline ones).
    std::size_t at = 0, tags = 0;
    while ((at = h.find('<', at)) != std::string::npos) {
        const std::string tag = h.substr(at + 1, h.find_first_of(" >", at) - at - 1);
        if (tag[0] != '/' && tag != "strong" && tag != "br") {
            const std::string whole = h.substr(at, h.find('>', at) - at);
            CHECK_MESSAGE(contains(whole, " style=\""), whole);
            ++tags;
        }
        ++at;
    }
    CHECK(tags > 20);
}

TEST_CASE("clipboard: hostile text is escaped and unsafe links stay text") {
    Document d = seed0();
    d.event.title = "<script>alert(1)</script>";
    d.event.url = "javascript:alert(2)";
    d.days[0].items[0].title = "<img src=x onerror=alert(3)>";
    const std::string h = write_announcement_clipboard(d).html;
    CHECK_FALSE(contains(h, "<script"));
    CHECK_FALSE(contains(h, "<img"));
    CHECK_FALSE(contains(h, "href=\"javascript"));
    CHECK(contains(h, "&lt;script&gt;"));
}

TEST_CASE("announcement parts: programme only, one item, an unknown item") {
    const Document d = seed0();
    AnnouncementOptions o;
    o.part = AnnouncementPart::programme;
    const std::string programme = write_announcement(d, AnnouncementFormat::text, o);
    CHECK(contains(programme, "Bijeenkomst over veranderend lokaal samenspel"));
    CHECK(contains(programme, "19 juni 2018"));
    CHECK(contains(programme, "13.30 uur Ontvangst en inloop"));
    CHECK_FALSE(contains(programme, "Praktisch"));
    CHECK_FALSE(contains(programme, "Op 19 juni organiseert Movisie"));

    o.part = AnnouncementPart::item;
    o.item_id = "i-workshops";
    const AnnouncementClipboard round = write_announcement_clipboard(d, o);
    // The seed keeps the round's time out of the announcement (time_hidden).
    CHECK(contains(round.text, "Inhoudelijk deel met keuze uit 3 workshops:"));
    CHECK_FALSE(contains(round.text, "14.50"));
    CHECK(contains(round.text, "DemoCreatiespel"));
    CHECK_FALSE(contains(round.text, "Ontvangst"));
    CHECK_FALSE(contains(round.html, "<h1"));
    CHECK_FALSE(contains(round.html, "<strong>14.50 uur</strong>"));

    o.item_id = "no-such-item";
    const AnnouncementClipboard none = write_announcement_clipboard(d, o);
    CHECK_FALSE(contains(none.html, "<li"));
    CHECK(none.text.find_first_not_of(" \n") == std::string::npos);
}

TEST_SUITE_END();
