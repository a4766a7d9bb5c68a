// Web benchmark: transfer sizes, navigation -> first frame (cold loads),
// idle frames per second, and frame CPU time while interacting. Prints a
// Markdown table. A peer is measured in the same run: a plain static page
// served from the same server, so load times read as a ratio to the
// browser's own navigation cost on this machine.
// Usage: node tests/bench/web_bench.mjs [loads=9]
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, settle, widget } from '../browser/harness.mjs';
import { bigPlan } from './big_plan.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { makePeerPage } from './peer_page.mjs';

const loads = Number(process.argv[2] || 9);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

// --- sizes ---------------------------------------------------------------------------
const appFiles = ['index.html', 'shell.js', 'dagdeel.js', 'dagdeel.wasm', 'sw.js', 'manifest.webmanifest', 'icons/icon.svg'];
const rows = [];
let rawTotal = 0, gzTotal = 0;
for (const f of appFiles) {
  const data = readFileSync(join(DIST, f));
  const gz = gzipSync(data, { level: 9 }).length;
  rawTotal += data.length; gzTotal += gz;
  rows.push([f, kb(data.length), kb(gz)]);
}
const single = readFileSync(join(DIST, 'planner.html'));
console.log('| file | raw | gzip |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`| **app total (served)** | ${kb(rawTotal)} | **${kb(gzTotal)}** (target ≤ 400 KB) |`);
console.log(`| planner.html (single file) | ${kb(single.length)} | ${kb(gzipSync(single, { level: 9 }).length)} (target ≤ 550 KB) |`);

// --- load, idle, frame time --------------------------------------------------------------
// The peer (issue 14): the app's own HTML shell with its scripts and the wasm
// preload removed, plus one tiny external script (the shell's policy allows no
// inline script) that notes when the page has been parsed. Same styles,
// same manifest and icon, same server: what remains is the browser's own cost.
const peerDir = makePeerPage(DIST);  // tests/bench/peer_page.mjs
const app = await serve(DIST, 0);
const peer = await serve(peerDir, 0);
const appUrl = `http://127.0.0.1:${app.address().port}/`;
const peerUrl = `http://127.0.0.1:${peer.address().port}/`;
const browser = await launch();

const appLoads = [], peerLoads = [];
for (let i = 0; i < loads; i++) {
  for (const [url, out, expr] of [[appUrl, appLoads, 'window.planner.ready.then(() => window.planner.readyMs)'],
                                  [peerUrl, peerLoads, 'window.readyMs']]) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });  // cold: empty cache
    const page = await context.newPage();
    await page.goto(url);
    out.push(await page.evaluate(expr));
    await context.close();
  }
}

const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
const page = await context.newPage();
await page.goto(appUrl);
await page.evaluate(() => window.planner.ready);
await settle(page);
const idleStart = await page.evaluate(() => window.planner.stats().frames);
await page.waitForTimeout(5000);
const idleFps = ((await page.evaluate(() => window.planner.stats().frames)) - idleStart) / 5;

const frameMs = [];
const menu = await widget(page, /Beeld|View/);
for (let i = 0; i < 80; i++) {
  const before = await page.evaluate(() => window.planner.stats().frames);
  await page.mouse.move(menu.x + (i % 40) * 8, menu.y + 10 + (i % 7) * 40);
  await page.waitForFunction((b) => window.planner.stats().frames > b, before);
  frameMs.push(await page.evaluate(() => window.planner.stats().lastFrameMs));
}
// --- a 1,000-item, 30-room, 2-day plan: frame time while scrolling and dragging ------
const big = bigPlan(join(DIST, '..'));
const opened = await page.evaluate((t) => window.planner.open(t), JSON.stringify(big));
if (!opened.ok) throw new Error('bench document refused: ' + opened.errors.join('; '));
await settle(page);

async function sampleWhile(action, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const before = await page.evaluate(() => window.planner.stats().frames);
    await action(i);
    await page.waitForFunction((b) => window.planner.stats().frames > b, before);
    out.push(await page.evaluate(() => window.planner.stats().lastFrameMs));
  }
  return out;
}
const tabProgramme = await widget(page, /Programma|Programme/);
await page.mouse.click(tabProgramme.x + 20, tabProgramme.y + 10);
await settle(page);
const scrollTable = await sampleWhile(async (i) => { await page.mouse.move(600, 450); await page.mouse.wheel(0, i < 40 ? 120 : -120); }, 80);
const tabTimeline = await widget(page, /Tijdlijn|Timeline/);
await page.mouse.click(tabTimeline.x + 20, tabTimeline.y + 10);
await settle(page);
const scrollTimeline = await sampleWhile(async (i) => { await page.mouse.move(600, 450); await page.mouse.wheel(i % 2 ? 60 : 0, i < 40 ? 120 : -120); }, 80);
// Drag: press on a block near the top-left of the grid and move in steps.
await page.mouse.move(420, 260);
await page.mouse.down();
const drag = await sampleWhile(async (i) => page.mouse.move(420 + (i % 20) * 6, 260 + i * 2), 60);
await page.mouse.up();
const frameRow = (name, xs) => `| ${name} | ${median(xs).toFixed(2)} ms | ${p95(xs).toFixed(2)} ms | | | p95 < 8 ms |`;

await browser.close();
app.close(); peer.close();

console.log('\n| measure | median | p95 | peer (same HTML shell, no scripts) median | ratio | budget |\n|---|---|---|---|---|---|');
console.log(`| navigation -> first frame (${loads} cold loads) | ${median(appLoads).toFixed(0)} ms | ${p95(appLoads).toFixed(0)} ms | ${median(peerLoads).toFixed(0)} ms | ${(median(appLoads) / median(peerLoads)).toFixed(1)}x | ≤ 2.5× the peer |`);
console.log(`| idle frames per second (5 s) | ${idleFps.toFixed(2)} | | | | 0 |`);
console.log(`| frame CPU time, pointer over menus (80 frames) | ${median(frameMs).toFixed(2)} ms | ${p95(frameMs).toFixed(2)} ms | | | |`);
console.log(frameRow('frame CPU time, scrolling the programme table (1,000 items, 30 rooms)', scrollTable));
console.log(frameRow('frame CPU time, scrolling the timeline (same plan)', scrollTimeline));
console.log(frameRow('frame CPU time, dragging a timeline block (same plan)', drag));
