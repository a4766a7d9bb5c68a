// The accessibility mirror's cost per frame (issue 13: < 1 ms with the largest
// plan) and idle frames per second with it on. Opens the 39C3 schedule (the
// largest real plan in the samples: 233+ talks, many rooms); the mirror only
// sees drawn (clipped) widgets, so a bigger plan draws no more of them.
// Every frame rendered while scrolling is sampled in the page (a
// requestAnimationFrame reader of planner.stats()), not only the last one.
// Run after scripts/build-web:  node tests/bench/a11y_bench.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, settle, widget } from '../browser/harness.mjs';
import { serve } from '../../scripts/static-server.mjs';

const SAMPLE = process.env.A11Y_BENCH_PLAN || '/work/shared/samples/schedules/schedule-39c3-20251206.xml';
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => (xs.length ? sorted(xs)[Math.floor(xs.length / 2)] : NaN);
const p95 = (xs) => (xs.length ? sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] : NaN);
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const ms = (x) => (Number.isNaN(x) ? '–' : x.toFixed(2) + ' ms');

const server = await serve(DIST, 0);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.evaluate(() => window.planner.ready);
const opened = await page.evaluate((t) => window.planner.open(t), readFileSync(join(SAMPLE), 'utf8'));
if (!opened.ok) throw new Error('plan refused: ' + opened.errors.join('; '));
await settle(page);

const startSampling = () => page.evaluate(() => {
  window.__frames = [];
  window.__sampling = true;
  let last = window.planner.stats().frames;
  const tick = () => {
    const s = window.planner.stats();
    if (s.frames !== last) { window.__frames.push(s); last = s.frames; }
    if (window.__sampling) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
const stopSampling = () => page.evaluate(() => { window.__sampling = false; return window.__frames; });

const rows = [];
for (const [tab, name] of [[/Programma|Programme/, 'scrolling the programme'], [/Tijdlijn|Timeline/, 'scrolling the timeline']]) {
  const t = await widget(page, tab);
  await page.mouse.click(t.x + 20, t.y + 10);
  await settle(page);
  await startSampling();
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(600, 450);
    await page.mouse.wheel(0, i < 30 ? 120 : -120);
    await page.waitForTimeout(40);
  }
  await settle(page);
  rows.push([name, await stopSampling()]);
}
// Idle: first the frames right after the last scroll (the input's own frames
// and a tooltip's wake-up), then 5 s once those are done.
const tail0 = await page.evaluate(() => window.planner.stats().frames);
await page.waitForTimeout(1500);
const tail = (await page.evaluate(() => window.planner.stats().frames)) - tail0;
await settle(page, 1000);
const idleStart = await page.evaluate(() => window.planner.stats().frames);
await page.waitForTimeout(5000);
const idleFps = ((await page.evaluate(() => window.planner.stats().frames)) - idleStart) / 5;
await browser.close();
server.close();

console.log(`plan: ${SAMPLE.split('/').pop()}`);
console.log('| measure | frames | mirror mean | mirror median | mirror p95 | frames that rebuilt the nodes: median / p95 | of which building, median | of which DOM update, median | nodes | whole frame median |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const [name, f] of rows) {
  // a11yBuilt: the frame built the nodes (older builds lack it: a build time
  // above the 0.1 ms timer resolution said so).
  const rebuilt = f.filter((s) => (s.a11yBuilt === undefined ? s.a11yNodesMs > 0 || s.a11yDomMs > 0 : s.a11yBuilt));
  console.log(`| ${name} | ${f.length} | ${ms(mean(f.map((s) => s.a11yMs)))} | ${ms(median(f.map((s) => s.a11yMs)))} | ${ms(p95(f.map((s) => s.a11yMs)))} | ` +
    `${ms(median(rebuilt.map((s) => s.a11yMs)))} / ${ms(p95(rebuilt.map((s) => s.a11yMs)))} (${rebuilt.length}) | ` +
    `${ms(median(rebuilt.map((s) => s.a11yNodesMs)))} | ${ms(median(rebuilt.map((s) => s.a11yDomMs)))} | ${median(f.map((s) => s.a11yNodes))} | ${ms(median(f.map((s) => s.lastFrameMs)))} |`);
}
console.log(`frames in the 1.5 s after the last scroll: ${tail}; idle frames per second after that (5 s): ${idleFps.toFixed(2)}`);
