// core_bench: how long the core takes on a big programme, as a table of
// medians and 95th percentiles against the targets the UI needs to stay
// responsive (validation runs after every edit). Measures, never asserts:
// machines differ, and a failing benchmark in CI teaches nothing.
//
//   core_bench [runs]      (default 30; build in Release for real figures)
//
// Two generated documents, both 5 days x 50 rooms x 10,000 entries:
//  * "rounds": how a big event is modelled — per day 40 blocks of a round
//    with 48 parallel sessions (rooms 1..48) plus an all-rooms break:
//    1,000 items + 9,000 sessions, people spread so nothing clashes;
//  * "flat": 10,000 items, 2,000 a day in 50 parallel tracks with explicit
//    starts (as an imported frab schedule would give), a break slot every
//    ninth slot. Worst case for the conflict sweeps.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "core/operations.hpp"
#include "core/reflow.hpp"
#include "core/validation.hpp"
#include "edit/history.hpp"

#if __has_include("io/json/json_document.hpp")
#include <nlohmann/json.hpp>

#include "io/json/json_document.hpp"
#define DAGDEEL_BENCH_JSON 1
#endif

using namespace dagdeel;

namespace {

constexpr int kDays = 5, kRooms = 50, kPeople = 1500;

std::string num(const char* prefix, int n) { return prefix + std::to_string(n); }

Document base_doc() {
    Document doc;
    doc.id = "bench";
    doc.event.title = "Benchmark-congres";
    doc.event.expected_participants = 1000;
    doc.event.registration.deadline = {2030, 1, 1};
    for (int r = 0; r < kRooms; ++r) doc.rooms.push_back({num("r-", r), num("Zaal ", r), r == 0 ? 1200 : 40, ""});
    for (int p = 0; p < kPeople; ++p) doc.people.push_back({num("p-", p), num("Spreker ", p), "Org", "", "", ""});
    return doc;
}

Day base_day(int d) {
    Day day;
    day.id = num("d-", d);
    day.date = {2030, 3, 4 + d};
    day.start = 8 * 60;
    day.end = 18 * 60;
    return day;
}

Document rounds_doc() {
    Document doc = base_doc();
    int next = 0, person = 0;
    for (int d = 0; d < kDays; ++d) {
        Day day = base_day(d);
        for (int block = 0; block < 40; ++block) {
            Item round;
            round.id = num("i-", ++next);
            round.kind = ItemKind::round;
            round.title = num("Ronde ", block);
            round.duration = 10;
            for (int s = 1; s <= 48; ++s) {
                Session session;
                session.id = num("s-", next * 100 + s);
                session.title = num("Sessie ", s);
                session.room_id = num("r-", s);
                session.capacity = 30;
                session.people = {{num("p-", person++ % kPeople), Role::leader}};
                round.sessions.push_back(std::move(session));
            }
            day.items.push_back(std::move(round));
            Item pause;
            pause.id = num("i-", ++next);
            pause.kind = ItemKind::break_;
            pause.title = "Pauze";
            pause.duration = 5;
            pause.all_rooms = true;
            day.items.push_back(std::move(pause));
        }
        doc.days.push_back(std::move(day));
    }
    reflow(doc);
    return doc;
}

Document flat_doc() {
    Document doc = base_doc();
    int next = 0;
    for (int d = 0; d < kDays; ++d) {
        Day day = base_day(d);
        for (int slot = 0; slot < 40; ++slot)
            for (int r = 0; r < kRooms; ++r) {
                Item item;
                item.id = num("i-", ++next);
                item.kind = slot % 9 == 8 ? ItemKind::break_ : ItemKind::talk;
                item.title = num("Onderdeel ", next);
                item.start = day.start + slot * 15;
                item.duration = 15;
                item.room_id = num("r-", r);
                item.people = {{num("p-", (slot * kRooms + r) % kPeople), Role::speaker}};
                // Moderators from the other half of the people: never a speaker at the same time.
                if (r % 5 == 0)
                    item.people.push_back({num("p-", (slot * kRooms + r + kPeople / 2) % kPeople), Role::moderator});
                day.items.push_back(std::move(item));
            }
        doc.days.push_back(std::move(day));
    }
    return doc;  // not reflowed: the tracks' starts are the data
}

struct Stats {
    double median, p95;
};

Stats measure(int runs, const std::function<void()>& f) {
    f();  // warm caches and allocators once
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * (ms.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95)};
}

void row(const char* task, Stats s, const char* target) {
    std::printf("%-44s %9.4f %9.4f   %s\n", task, s.median, s.p95, target);
}

// Keeps the optimiser from dropping work whose result is unused.
volatile std::size_t g_sink = 0;

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
    const Document rounds = rounds_doc();
    const Document flat = flat_doc();

    std::size_t entries = 0;
    for (const Day& day : rounds.days)
        for (const Item& item : day.items) entries += 1 + item.sessions.size();
    std::printf("Dagdeel core benchmark: %d days, %d rooms, %zu entries (rounds) / %zu items (flat), %d runs\n",
                kDays, kRooms, entries, flat.days.size() * flat.days[0].items.size(), runs);
    for (const Document* doc : {&rounds, &flat}) {
        const auto findings = validate(*doc);
        std::printf("findings (%s): %zu", doc == &rounds ? "rounds" : "flat", findings.size());
        if (!findings.empty()) std::printf(", first: %s %s", findings[0].code.c_str(), findings[0].message_en.c_str());
        std::printf("\n");
    }
    std::printf("\n");
    std::printf("%-44s %9s %9s   %s\n", "task", "median ms", "p95 ms", "target");

    row("validate: rounds document", measure(runs, [&] { g_sink = g_sink + validate(rounds).size(); }), "< 20 ms");
    row("validate: flat document", measure(runs, [&] { g_sink = g_sink + validate(flat).size(); }), "< 20 ms");

    Day day = rounds.days[2];
    row("reflow one day: rounds (80 items + 1,920 sess.)", measure(runs, [&] { g_sink = g_sink + reflow_day(day).size(); }), "< 2 ms");
    Day flat_day = flat.days[2];
    row("reflow one day: flat (2,000 items)", measure(runs, [&] { g_sink = g_sink + reflow_day(flat_day).size(); }),
        "< 2 ms");

    // One edit as the UI does it: operation, then commit (diff + day patch).
    History history(rounds);
    int minutes = 10;
    row("edit: set_duration + history commit", measure(runs, [&] {
            auto r = set_duration(history.document(), "i-401", minutes++ % 20 + 5);
            history.commit(std::move(r.doc), label_set_duration("Ronde"));
        }),
        "(one frame: < 16 ms)");

#ifdef DAGDEEL_BENCH_JSON
    std::string text = write_json(rounds);
    row("json: write_json (rounds)", measure(runs, [&] { g_sink = g_sink + write_json(rounds).size(); }), "");
    row("json: read_json (rounds)", measure(runs, [&] { g_sink = g_sink + read_json(text).problems.size(); }), "");
    row("json: read + write (rounds)", measure(runs, [&] {
            ReadResult r = read_json(text);
            if (r.ok()) g_sink = g_sink + write_json(*r.document).size();
        }),
        "< 40 ms");
    // Same-run peer: the nlohmann DOM that read_json and write_json were
    // built on until issue 14 (parse the text, dump it with the same layout).
    // A lower bound of the old path, which also pre-scanned, converted to and
    // from the model and built an ordered_json to dump.
    row("json peer: nlohmann parse + dump(2)", measure(runs, [&] {
            g_sink = g_sink + nlohmann::ordered_json::parse(text).dump(2).size();
        }),
        "");
    std::printf("\njson: %zu bytes, round trip %s\n", text.size(),
                read_json(text).ok() && *read_json(text).document == rounds ? "equal" : "NOT EQUAL");
#else
    std::printf("\njson: io/json_document.hpp not present, skipped\n");
#endif
    return 0;
}
