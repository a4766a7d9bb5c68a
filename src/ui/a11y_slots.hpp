// Where the page keeps each accessibility mirror node: at a small number, its
// slot (web/lib/a11y.js holds an array of elements by slot, no map by key).
//
// A node that stops being drawn hands its slot, and so its element, to a new
// node of the same kind (role, tag, widget or container, a grid cell's
// column), preferably under the same parent slot: a programme row that
// scrolled out becomes the row that scrolled in, with its cells and their
// widgets, and the page only writes what differs. Deciding that here, once,
// spares the page a pool of leaving elements per message (issue 13: the
// mirror's cost per frame). Pure: no ImGui, unit-tested (unit-a11y-slots.cpp).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dagdeel::ui {

class A11ySlots {
public:
    static constexpr unsigned kNone = ~0u;
    enum : unsigned char { kKept = 0, kNewElement = 1, kHandedOn = 2 };

    struct Node {
        std::string_view key, parent;  // the root's parent is ""
        unsigned kind = 0;             // nodes hand slots on only within a kind
    };
    // What the page was told about a key (the delta keeps its own fields here).
    struct State {
        unsigned slot = 0, parent_slot = kNone, kind = 0, stamp = 0, pos = 0;
        unsigned prev = kNone;  // the sibling its element followed in the page (kNone: the first)
        unsigned long long hash = 0;  // of the node's last line (a11y_delta.cpp)
    };

    // This frame's nodes in tree order (every parent before its children, the
    // root first). Afterwards, per node: state[i] (its slot and what was sent),
    // parent_slot[i] and fresh[i] (a new key: kNewElement when the page has no
    // element for its slot, kHandedOn when it takes the element of a node that
    // left; that state keeps the hash of the line the element shows and where
    // it is, so an unchanged line in its place, a cell of a row that scrolled
    // in, need not be sent or moved);
    // left: the slots whose element goes (their keys are no longer drawn and
    // nothing took them).
    void assign(const std::vector<Node>& nodes) {
        ++stamp_;
        const std::size_t n = nodes.size();
        state.assign(n, nullptr);
        parent_slot.assign(n, kNone);
        fresh.assign(n, 0);
        left.clear();
        std::size_t found = 0;
        for (std::size_t i = 0; i < n; ++i) {
            scratch_.assign(nodes[i].key);
            auto it = known_.find(scratch_);
            if (it == known_.end()) continue;
            it->second.stamp = stamp_;
            state[i] = &it->second;
            ++found;
        }
        if (found != known_.size()) collect_gone();
        else gone_.clear();
        std::string_view last_parent;  // siblings come together: their parent is looked up once
        unsigned last_parent_slot = kNone;
        for (std::size_t i = 0; i < n; ++i) {
            if (!nodes[i].parent.empty() && nodes[i].parent == last_parent) {
                parent_slot[i] = last_parent_slot;
            } else if (!nodes[i].parent.empty()) {
                scratch_.assign(nodes[i].parent);
                auto p = known_.find(scratch_);
                if (p != known_.end()) parent_slot[i] = p->second.slot;
                last_parent = nodes[i].parent;
                last_parent_slot = parent_slot[i];
            }
            if (state[i]) continue;
            const Gone* from = take(parent_slot[i], nodes[i].kind);
            State& s = known_[std::string(nodes[i].key)];
            s = State{};
            s.slot = from ? from->slot : new_slot();
            if (from) {  // where the element is and what it shows
                s.hash = from->hash;
                s.parent_slot = from->parent_slot;
                s.prev = from->prev;
            }
            s.kind = nodes[i].kind;
            s.stamp = stamp_;
            state[i] = &s;
            fresh[i] = from ? kHandedOn : kNewElement;
        }
        for (const Gone& g : gone_)
            if (!g.taken) {
                left.push_back(g.slot);
                free_.push_back(g.slot);
            }
    }

    std::size_t size() const { return known_.size(); }

    std::vector<State*> state;
    std::vector<unsigned> parent_slot;
    std::vector<unsigned char> fresh;
    std::vector<unsigned> left;

private:
    struct Gone {
        unsigned slot, parent_slot, kind, pos;
        unsigned long long hash;  // of the line its element shows
        unsigned prev;            // the sibling its element follows
        bool taken;
    };

    // The keys not drawn this frame, in their last tree order (the first row
    // that left is handed to the first row that came in), forgotten by key.
    void collect_gone() {
        gone_.clear();
        for (auto it = known_.begin(); it != known_.end();) {
            if (it->second.stamp == stamp_) {
                ++it;
                continue;
            }
            const State& s = it->second;
            gone_.push_back({s.slot, s.parent_slot, s.kind, s.pos, s.hash, s.prev, false});
            it = known_.erase(it);
        }
        std::sort(gone_.begin(), gone_.end(), [](const Gone& a, const Gone& b) { return a.pos < b.pos; });
    }

    // A leaving slot of this kind under the same parent slot, else any of this
    // kind (null: none; new_slot() then gives a free or new one). Leaving
    // slots are few (the rows of one scroll step): a scan is cheaper than
    // building buckets.
    const Gone* take(unsigned parent, unsigned kind) {
        Gone* any = nullptr;
        for (Gone& g : gone_) {
            if (g.taken || g.kind != kind) continue;
            if (g.parent_slot == parent) {
                g.taken = true;
                return &g;
            }
            if (!any) any = &g;
        }
        if (any) any->taken = true;
        return any;
    }
    unsigned new_slot() {
        if (!free_.empty()) {
            const unsigned slot = free_.back();
            free_.pop_back();
            return slot;
        }
        return next_++;
    }

    std::unordered_map<std::string, State> known_;
    std::vector<Gone> gone_;
    std::vector<unsigned> free_;
    std::string scratch_;
    unsigned stamp_ = 0, next_ = 0;
};

}  // namespace dagdeel::ui
