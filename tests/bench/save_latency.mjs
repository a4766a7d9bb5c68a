// Save latency and storage use (issue: keep drafts safe): with a 1,000-item
// draft open, type one character into the event title and time until the
// stored draft (planner.drafts()) carries it; repeat. Then the space used
// (navigator.storage.estimate) for the draft and after 20 versions.
// Run: DAGDEEL_DIST=dist node tests/bench/save_latency.mjs [repeats=9]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, click, launch, openPage, settle, startServer } from '../browser/harness.mjs';

const repeats = Number(process.argv[2] || 9);
const seed = JSON.parse(readFileSync(join(DIST, '..', 'tests', 'fixtures', 'seed-002-wakkere-stad.json'), 'utf8'));
const pad = (n) => String(n).padStart(2, '0');
const big = { ...seed, id: 'bench-save', people: [], designs: [], rooms: [] };
for (let r = 0; r < 30; r++) big.rooms.push({ id: `r-${r}`, name: `Zaal ${r + 1}`, capacity: 40, notes: '' });
big.days = [0, 1].map((d) => ({
  id: `d-${d}`, date: `2026-06-${pad(18 + d)}`, start: '09:00', end: '18:00', doors_open: null, label: '',
  items: Array.from({ length: 500 }, (_, i) => {
    const m = 9 * 60 + Math.floor(i / 30) * 30;
    return { id: `i-${d}-${i}`, kind: 'workshop', title: `Sessie ${d + 1}.${i + 1}`, description: '',
      start: `${pad(Math.floor(m / 60))}:${pad(m % 60)}`, duration: 25, pinned: true, room_id: `r-${i % 30}`,
      all_rooms: false, people: [], status: 'confirmed', sessions: [], design_id: '' };
  }),
}));

const browser = await launch();
const server = await startServer();
const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
const { page } = await openPage(context, server.url);
await settle(page);
const usage0 = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
const r = await page.evaluate((t) => window.planner.open(t), JSON.stringify(big));
if (!r.ok) throw new Error(r.errors.join('; '));
await page.evaluate(() => window.planner.flush());
const usage1 = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
await settle(page);
await click(page, '###tab-event');
await click(page, '##ev-title');
await page.keyboard.press('End');

const times = [];
for (let i = 0; i < repeats; i++) {
  const ch = String.fromCharCode(97 + (i % 26));
  const t0 = Date.now();
  await page.keyboard.type(ch);
  const expected = await page.evaluate(() => window.planner.current().title);
  await page.waitForFunction(async (title) => (await window.planner.drafts()).some((d) => d.title === title),
    expected, { polling: 10, timeout: 10000 });
  times.push(Date.now() - t0);
  await page.waitForTimeout(300);
}
// 20 versions: space them out with the test hook and make 20 edits.
await page.evaluate(() => window.planner._testVersionIntervalMs && window.planner._testVersionIntervalMs(1));
for (let i = 0; i < 20; i++) {
  await page.keyboard.type('x');
  await page.evaluate(() => window.planner.flush());
}
const usage2 = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
await browser.close();
await server.close();

const sorted = [...times].sort((a, b) => a - b);
const kb = (n) => (n / 1024).toFixed(0) + ' KB';
console.log('| measure | value |\n|---|---|');
console.log(`| keystroke -> in IndexedDB, 1,000-item draft (${repeats} runs) | median ${sorted[Math.floor(sorted.length / 2)]} ms, p95 ${sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]} ms |`);
console.log(`| storage used by the draft (JSON ${kb(JSON.stringify(big).length)}) | ${kb(usage1 - usage0)} |`);
console.log(`| storage used after 20 more saved versions | ${kb(usage2 - usage0)} |`);
