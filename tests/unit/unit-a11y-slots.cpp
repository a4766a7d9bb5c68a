// The accessibility mirror's slots (src/ui/a11y_slots.hpp): which element of
// the page each node gets, and which leaving node hands its element on.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ui/a11y_slots.hpp"

using dagdeel::ui::A11ySlots;

namespace {

constexpr unsigned kRow = 10, kCell = 12, kWidget = 16 | 128;

// A programme of `rows` data rows starting at `first` (keys as the mirror makes them).
struct Tree {
    std::vector<std::string> keys, parents;
    std::vector<unsigned> kinds;
    void add(std::string key, std::string parent, unsigned kind) {
        keys.push_back(std::move(key));
        parents.push_back(std::move(parent));
        kinds.push_back(kind);
    }
    std::vector<A11ySlots::Node> nodes() const {
        std::vector<A11ySlots::Node> out;
        for (std::size_t i = 0; i < keys.size(); ++i) out.push_back({keys[i], parents[i], kinds[i]});
        return out;
    }
    std::size_t at(const std::string& key) const {
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) return i;
        FAIL("no node " << key);
        return 0;
    }
};

Tree programme(int first, int rows) {
    Tree t;
    t.add("root", "", 0);
    t.add("grid:1", "root", 9);
    for (int r = first; r < first + rows; ++r) {
        const std::string row = "row:1:" + std::to_string(r);
        t.add(row, "grid:1", kRow);
        for (int c = 0; c < 2; ++c) {
            const std::string cell = "cell:1:" + std::to_string(r) + ":" + std::to_string(c);
            t.add(cell, row, kCell | ((unsigned)(c + 1) << 8));
            t.add("w" + std::to_string(r * 10 + c), cell, kWidget);
        }
    }
    return t;
}

unsigned slot_of(const A11ySlots& s, const Tree& t, const std::string& key) { return s.state[t.at(key)]->slot; }

}  // namespace

TEST_CASE("a11y slots: every node gets its own slot, the root slot 0, and keeps it while drawn") {
    A11ySlots s;
    const Tree t = programme(0, 3);
    s.assign(t.nodes());
    CHECK(slot_of(s, t, "root") == 0);
    std::vector<unsigned> seen;
    for (std::size_t i = 0; i < t.keys.size(); ++i) {
        CHECK(s.fresh[i] == A11ySlots::kNewElement);
        for (unsigned other : seen) CHECK(other != s.state[i]->slot);
        seen.push_back(s.state[i]->slot);
    }
    CHECK(s.parent_slot[t.at("w11")] == slot_of(s, t, "cell:1:1:1"));
    const unsigned w11 = slot_of(s, t, "w11");
    s.assign(t.nodes());  // the same nodes again: nothing new, nothing left
    CHECK(slot_of(s, t, "w11") == w11);
    for (unsigned char f : s.fresh) CHECK(f == A11ySlots::kKept);
    CHECK(s.left.empty());
}

TEST_CASE("a11y slots: the row that scrolled out hands its slot, cells and widgets to the row that came in") {
    A11ySlots s;
    const Tree before = programme(0, 3);
    s.assign(before.nodes());
    const unsigned row0 = slot_of(s, before, "row:1:0"), cell0 = slot_of(s, before, "cell:1:0:1"),
                   w01 = slot_of(s, before, "w1"), row1 = slot_of(s, before, "row:1:1");
    // What the delta sent for the cell (a11y_delta.cpp keeps its line's hash here).
    s.state[before.at("cell:1:0:1")]->hash = 0xC0FFEE;
    const Tree after = programme(1, 3);  // scrolled one row: row 0 left, row 3 came in
    s.assign(after.nodes());
    CHECK(slot_of(s, after, "row:1:1") == row1);
    CHECK(s.fresh[after.at("row:1:1")] == A11ySlots::kKept);
    CHECK(slot_of(s, after, "row:1:3") == row0);
    CHECK(s.fresh[after.at("row:1:3")] == A11ySlots::kHandedOn);
    // The element handed on still shows the line of the node that left: an
    // unchanged line need not go to the page again.
    CHECK(s.state[after.at("cell:1:3:1")]->hash == 0xC0FFEE);
    // The same column's cell, under the row that took the slot; its widget likewise.
    CHECK(slot_of(s, after, "cell:1:3:1") == cell0);
    CHECK(s.parent_slot[after.at("cell:1:3:1")] == row0);
    CHECK(slot_of(s, after, "w31") == w01);
    CHECK(s.left.empty());  // every element was handed on: nothing for the page to remove
    CHECK(s.size() == after.keys.size());
}

TEST_CASE("a11y slots: a cell keeps its column; what nothing takes is left, and its slot used again later") {
    A11ySlots s;
    Tree before = programme(0, 1);
    s.assign(before.nodes());
    const unsigned cell1 = slot_of(s, before, "cell:1:0:1"), cell0 = slot_of(s, before, "cell:1:0:0");
    // The new row has only its second column's cell: it takes that column's, not the first.
    Tree after;
    after.add("root", "", 0);
    after.add("grid:1", "root", 9);
    after.add("row:1:5", "grid:1", kRow);
    after.add("cell:1:5:1", "row:1:5", kCell | (2u << 8));
    s.assign(after.nodes());
    CHECK(slot_of(s, after, "cell:1:5:1") == cell1);
    // The first column's cell and both widgets had no taker: their elements go.
    CHECK(s.left.size() == 3);
    bool cell0_left = false;
    for (unsigned slot : s.left) cell0_left = cell0_left || slot == cell0;
    CHECK(cell0_left);
    // A later new node gets a slot that was left, not a new number.
    const std::vector<unsigned> was_left = s.left;
    after.add("w99", "cell:1:5:1", kWidget);
    s.assign(after.nodes());
    const unsigned w99 = slot_of(s, after, "w99");
    bool reused = false;
    for (unsigned slot : was_left) reused = reused || slot == w99;
    CHECK(reused);
    CHECK(s.fresh[after.at("w99")] == A11ySlots::kNewElement);
    CHECK(s.state[after.at("w99")]->hash == 0);  // a new element shows nothing yet
    CHECK(s.left.empty());
}

TEST_CASE("a11y slots: a leaving node of another kind is never handed on") {
    A11ySlots s;
    Tree before;
    before.add("root", "", 0);
    before.add("w1", "root", kWidget);
    s.assign(before.nodes());
    const unsigned w1 = slot_of(s, before, "w1");
    Tree after;
    after.add("root", "", 0);
    after.add("list:x", "root", 13);  // a container, not a widget's node
    s.assign(after.nodes());
    CHECK(slot_of(s, after, "list:x") != w1);
    REQUIRE(s.left.size() == 1);
    CHECK(s.left[0] == w1);
}
