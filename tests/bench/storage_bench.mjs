// Storage figures (issue 6): time from the last keystroke to the draft being
// in IndexedDB with a 1,000-item draft (median, p95), and the space used per
// draft and for 20 versions (navigator.storage.estimate()).
// Run: DAGDEEL_DIST=dist node tests/bench/storage_bench.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, settle, startServer } from '../browser/harness.mjs';

const seed = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json'), 'utf8'));
// 1,000 items: 20 days of 50, the seed's plain items repeated with fresh ids.
const day = seed.days[0];
const base = day.items.filter((i) => !i.sessions || i.sessions.length === 0);
seed.days = [];
for (let d = 0; d < (process.env.DAYS ? +process.env.DAYS : 20); d++) {
  const items = [];
  for (let n = 0; items.length < 50; n++) for (const it of base) if (items.length < 50) items.push({ ...it, id: `${it.id}-${d}-${n}` });
  seed.days.push({ ...day, id: `d-${d}`, items });
}

const browser = await launch();
const server = await startServer();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
const { page, problems } = await openPage(context, server.url);
page.on('crash', () => console.log('page crashed', problems));
await page.evaluate(() => window.planner.flush());
const usage0 = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
const r = await page.evaluate((t) => window.planner.open(t), JSON.stringify(seed));
if (!r.ok) throw new Error(r.errors.join('\n'));
await settle(page);
await page.evaluate(() => window.planner.flush());
const used = () => page.evaluate(async () => (await navigator.storage.estimate()).usage);
const empty = await used();
const draftBytes = await page.evaluate(() => new Promise((ok) => {
  const q = indexedDB.open('dagdeel'); q.onsuccess = () => { const g = q.result.transaction('drafts').objectStore('drafts').getAll(); g.onsuccess = () => ok(g.result[0].json.length); }; }));

await page.evaluate(() => window.planner._testVersionIntervalMs(0));
await click(page, '###tab-event');
await click(page, '##ev-title');
// Polls IndexedDB (through its own connection) until the stored title ends with `mark`.
const times = [];
for (let i = 0; i < 20; i++) {
  const mark = `x${i}`;
  await click(page, '##ev-title');
  await page.keyboard.press('End');
  await page.keyboard.type(mark);
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');  // the last keystroke: the field commits the edit
  const t1 = await page.evaluate((mark) => new Promise((ok) => {
    const q = indexedDB.open('dagdeel');
    q.onsuccess = () => {
      const poll = () => {
        const g = q.result.transaction('drafts').objectStore('drafts').getAll();
        g.onsuccess = () => (g.result.some((d) => d.title.endsWith(mark)) ? ok(performance.now()) : setTimeout(poll, 5));
      };
      poll();
    };
  }), mark);
  times.push(t1 - t0);
}
times.sort((a, b) => a - b);
const withVersions = await used();
const versions = await page.evaluate(() => new Promise((ok) => {
  const q = indexedDB.open('dagdeel'); q.onsuccess = () => { const g = q.result.transaction('versions').objectStore('versions').count(); g.onsuccess = () => ok(g.result); }; }));
const maxFrame = await page.evaluate(() => window.planner.stats().lastFrameMs);
console.log(JSON.stringify({
  items: seed.days.reduce((n, d) => n + d.items.length, 0), draftJsonBytes: draftBytes, usageBeforeDraftBytes: usage0,
  keystrokeToIndexedDbMs: { median: times[10], p95: times[18], min: times[0], max: times[19] },
  usageAfterFirstSaveBytes: empty, usageWithVersionsBytes: withVersions, versions, lastFrameMs: maxFrame,
}, null, 2));
await browser.close();
await server.close();
