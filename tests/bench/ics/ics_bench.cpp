// Native half of tests/bench/ics_bench.mjs: builds one generated 1,000-item
// document, times write_ics (one VEVENT per item) and read_ics (of that
// output), and leaves the document, the .ics text and the planned UTC
// instants in OUT_DIR so that the Node half can feed the same events to
// ical-generator and the same file to ical.js.
// Usage: ics_bench OUT_DIR [RUNS]   (prints one JSON line of medians in ms)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/ics/ics_reader.hpp"
#include "io/ics/ics_writer.hpp"
#include "io/json/json_document.hpp"

using namespace dagdeel;

namespace {

Document generated(int items) {
    Document d;
    d.id = "bench-1000";
    d.event.title = "Benchmark: vijf dagen, duizend onderdelen";
    d.event.venue = {"Congrescentrum Één", "Plein 1", "1234 AB", "Utrecht", "", ""};
    d.event.registration.email = "aanmelden@dagdeel.invalid";
    d.rooms.push_back({"r-1", "Zaal 1", 100, ""});
    d.people.push_back({"p-1", "Anna de Vries", "Stichting Één, twee; drie", "anna@dagdeel.invalid", "", ""});
    const int per_day = items / 5;
    for (int day = 0; day < 5; ++day) {
        Day dd;
        dd.id = "d-" + std::to_string(day + 1);
        dd.date = {2026, 10, 22 + day};  // 25 October: the DST change
        dd.start = 8 * 60;
        for (int i = 0; i < per_day; ++i) {
            Item it;
            it.id = "i-" + std::to_string(day * per_day + i + 1);
            it.kind = static_cast<ItemKind>(i % 10);
            it.title = "Onderdeel " + std::to_string(i + 1) + ": samenspel, inwoners; één idee";
            it.description = "Een beschrijving met komma's, puntkomma's; en een nieuwe regel\nover participatie en "
                             "lokale democratie, zodat regels gevouwen moeten worden (ü, €, é).";
            it.start = dd.start + i * 4;
            it.duration = 4;
            it.pinned = true;
            it.room_id = "r-1";
            it.people.push_back({"p-1", Role::speaker});
            it.revision = i % 3;
            dd.items.push_back(std::move(it));
        }
        dd.end = dd.start + per_day * 4;
        d.days.push_back(std::move(dd));
    }
    return d;
}

template <class F>
double median_ms(int runs, F&& f) {
    std::vector<double> t;
    f();  // warm-up
    for (int i = 0; i < runs; ++i) {
        auto a = std::chrono::steady_clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: ics_bench OUT_DIR [RUNS]\n");
        return 2;
    }
    const std::string dir = argv[1];
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
    const Document doc = generated(1000);
    IcsOptions o;
    o.mode = IcsMode::per_item;
    o.dtstamp = 1767225600;
    std::string text;
    const double write_ms = median_ms(runs, [&] { text = write_ics(doc, o).text; });
    std::size_t days = 0;
    const double read_ms = median_ms(runs, [&] { days = read_ics(text).document->days.size(); });

    std::ofstream(dir + "/bench.json", std::ios::binary) << write_json(doc);
    std::ofstream(dir + "/bench.ics", std::ios::binary) << text;
    nlohmann::json planned = nlohmann::json::array();
    for (const IcsPlannedEvent& e : plan_ics_events(doc, o))
        planned.push_back({{"uid", e.uid}, {"summary", e.summary}, {"start", e.start}, {"end", e.end},
                           {"sequence", e.sequence}});
    std::ofstream(dir + "/bench.planned.json", std::ios::binary) << planned.dump();
    nlohmann::json out = {{"items", 1000}, {"runs", runs}, {"write_ms", write_ms}, {"read_ms", read_ms},
                          {"ics_bytes", text.size()}, {"days_read", days}};
    std::printf("%s\n", out.dump().c_str());
    return 0;
}
