// Issue 14, "open in a blink": planner.open of the largest sample schedule
// -> the end of the next frame, alone (no scrolling or saving afterwards),
// for several builds in the same run, in fresh pages taking turns (the
// build that goes first rotates every run: the page opened right after a
// closed one was slower when one build always went first). The open runs
// first in the page, its code cold, as a person's first open finds it;
// afterwards the read alone (planner._testRead: the same reader, no draft,
// now warm) and the browser's DOMParser on the same XML, as a load gauge.
//
// Usage: OPEN_DISTS=dist,dist-main node tests/bench/open_bench.mjs [runs=7]
//        (OPEN_LIFTOFF=1: see below; OPEN_RAW=1: every run's open printed)
//        (OPEN_DISTS: comma-separated dist folders, relative to the worktree
//        or absolute; default: DAGDEEL_DIST or dist/)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CHROMIUM_ARGS, DIST, ROOT, launch, settle } from '../browser/harness.mjs';
import { serve } from '../../scripts/static-server.mjs';

const runs = Number(process.argv[2] || 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const samples = process.env.BIG_SCHEDULE_DIR || join(ROOT, '..', 'shared', 'samples', 'schedules');
const schedulePath = readdirSync(samples).filter((f) => /\.(xml|json)$/.test(f)).map((f) => join(samples, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
const scheduleText = readFileSync(schedulePath, 'utf8');
const dists = (process.env.OPEN_DISTS ? process.env.OPEN_DISTS.split(',') : [DIST])
  .map((d) => (isAbsolute(d) ? d : join(ROOT, d)));

const FRAME_TIMER = `(() => {
  window.__frames = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const s = performance.now();
    try { cb(t); } finally { window.__frames.push([s, performance.now() - s]); }
  });
})();`;

async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  await context.addInitScript(FRAME_TIMER);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.planner.ready);
  await page.evaluate(() => window.planner.flush());
  await settle(page, 300);
  const r = await page.evaluate(async (text) => {
    const n0 = window.__frames.length;
    const t0 = performance.now();
    const o = window.planner.open(text);
    const t1 = performance.now();
    if (!o.ok) throw new Error('refused: ' + o.errors.join('; '));
    while (window.__frames.length === n0) await new Promise((res) => setTimeout(res, 0));
    const [start, dur] = window.__frames[n0];
    // After the open (its code cold, as a person's first open finds it):
    // the load gauge and the reader again, now warm.
    await new Promise((res) => setTimeout(res, 100));
    const t = (f) => { const a = performance.now(); f(); return performance.now() - a; };
    const domParser = t(() => new DOMParser().parseFromString(text, 'application/xml'));
    let read = Infinity;
    for (let k = 0; k < 5; k++) read = Math.min(read, t(() => window.planner._testRead(text)));
    return { domParser, read, call: t1 - t0, frame: dur, total: start + dur - t0 };
  }, scheduleText);
  await context.close();
  return r;
}

const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
// OPEN_LIFTOFF=1: wasm stays in V8's baseline compiler (no tier-up), as the
// code of a first open mostly runs: a steadier view of that cost.
const browser = await launch(process.env.OPEN_LIFTOFF ? { args: [...CHROMIUM_ARGS, '--js-flags=--liftoff --no-wasm-tier-up'] } : {});
const servers = [], results = [];
for (const d of dists) {
  const s = await serve(d, 0);
  servers.push(s);
  results.push({ name: d.split('/').pop(), url: `http://127.0.0.1:${s.address().port}/`, rows: [] });
}
for (let i = 0; i < runs; i++)
  for (let k = 0; k < results.length; k++) {
    const r = results[(i + k) % results.length];
    r.rows.push(await once(browser, r.url));
  }
await browser.close();
for (const s of servers) s.close();
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${schedulePath.split('/').pop()}: ${runs} fresh pages per build, taking turns; load average ${load0} -> ${load}\n`);
console.log('| build | open -> end of next frame: median (min) | `planner.open`: median (min) | first frame: median (min) | read again, warm: best of 5, median (min) | DOMParser peer: median (min) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of results) {
  const m = (k) => { const xs = r.rows.map((x) => x[k]); return `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}) ms`; };
  console.log(`| ${r.name} | ${m('total')} | ${m('call')} | ${m('frame')} | ${m('read')} | ${m('domParser')} |`);
}
if (process.env.OPEN_RAW) for (const r of results) console.log(r.name, JSON.stringify(r.rows.map((x) => Math.round(x.total))));
