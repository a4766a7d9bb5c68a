// The accessibility mirror's cost per frame (issue 13: < 1 ms with the largest
// plan) and idle frames per second with it on. Opens the 39C3 schedule (the
// largest real plan in the samples: 233+ talks, many rooms) and the bench's
// 1,000-item plan is not needed: the mirror only sees drawn (clipped) widgets.
// Run after scripts/build-web:  node tests/bench/a11y_bench.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, settle, widget } from '../browser/harness.mjs';
import { serve } from '../../scripts/static-server.mjs';

const SAMPLE = process.env.A11Y_BENCH_PLAN || '/work/shared/samples/schedules/schedule-39c3-20251206.xml';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const server = await serve(DIST, 0);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.evaluate(() => window.planner.ready);
const opened = await page.evaluate((t) => window.planner.open(t), readFileSync(join(SAMPLE), 'utf8'));
if (!opened.ok) throw new Error('plan refused: ' + opened.errors.join('; '));
await settle(page);

async function sampleWhile(action, n) {
  const mirror = [], frame = [];
  for (let i = 0; i < n; i++) {
    const before = await page.evaluate(() => window.planner.stats().frames);
    await action(i);
    await page.waitForFunction((b) => window.planner.stats().frames > b, before);
    const s = await page.evaluate(() => window.planner.stats());
    mirror.push(s.a11yMs);
    frame.push(s.lastFrameMs);
  }
  return { mirror, frame };
}
const rows = [];
for (const [tab, name] of [[/Programma|Programme/, 'scrolling the programme'], [/Tijdlijn|Timeline/, 'scrolling the timeline']]) {
  const t = await widget(page, tab);
  await page.mouse.click(t.x + 20, t.y + 10);
  await settle(page);
  const r = await sampleWhile(async (i) => { await page.mouse.move(600, 450); await page.mouse.wheel(0, i < 30 ? 120 : -120); }, 60);
  rows.push([name, r]);
}
const nodes = await page.evaluate(() => document.querySelectorAll('#dagdeel-a11y [id]').length);
const idleStart = await page.evaluate(() => window.planner.stats().frames);
await page.waitForTimeout(5000);
const idleFps = ((await page.evaluate(() => window.planner.stats().frames)) - idleStart) / 5;
await browser.close();
server.close();

console.log(`plan: ${SAMPLE.split('/').pop()}, ${nodes} mirror nodes on the last tab`);
console.log('| measure | mirror median | mirror p95 | whole frame median | budget |\n|---|---|---|---|---|');
for (const [name, r] of rows)
  console.log(`| ${name} (60 frames) | ${median(r.mirror).toFixed(3)} ms | ${p95(r.mirror).toFixed(3)} ms | ${median(r.frame).toFixed(2)} ms | mirror < 1 ms |`);
console.log(`| idle frames per second (5 s) | ${idleFps.toFixed(2)} | | | 0 |`);
