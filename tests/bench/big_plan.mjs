// The benchmarks' large plan: 1,000 items over 2 days in 30 rooms, built from
// seed 002's event (web_bench.mjs, renderer_bench.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function bigPlan(root) {
  const seed = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-002-wakkere-stad.json'), 'utf8'));
  const big = { ...seed, id: 'bench-1000', people: [], designs: [], rooms: [] };
  for (let r = 0; r < 30; r++) big.rooms.push({ id: `r-${r}`, name: `Zaal ${r + 1}`, capacity: 40, notes: '' });
  const pad = (n) => String(n).padStart(2, '0');
  big.days = [0, 1].map((d) => ({
    id: `d-${d}`, date: `2026-06-${pad(18 + d)}`, start: '09:00', end: '18:00', doors_open: null, label: '',
    items: Array.from({ length: 500 }, (_, i) => {
      const minutes = 9 * 60 + Math.floor(i / 30) * 30;
      return { id: `i-${d}-${i}`, kind: 'workshop', title: `Sessie ${d + 1}.${i + 1}`, description: '',
        start: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, duration: 25, pinned: true,
        room_id: `r-${i % 30}`, all_rooms: false, people: [], status: 'confirmed', sessions: [], design_id: '' };
    }),
  }));
  return big;
}
