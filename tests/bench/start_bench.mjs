// Start-up benchmark (issue 14 "Start"): one or more builds of dist/ side by
// side in the same run, each against the peer: the same HTML shell with its
// scripts removed. Interleaved cold loads (a fresh browser context each, so an
// empty cache), from 127.0.0.1, headless Chromium with SwiftShader WebGL2.
// Prints sizes (raw/gzip), navigation -> first frame medians, the ratio to the
// peer, and the phases the page marks on its performance timeline:
//   js     dagdeel.js received            wasm   dagdeel.wasm received
//   init   wasm compiled + instantiated   fonts  font atlas rasterised + uploaded
//   frame  first frame drawn (planner.ready)
// and, in builds that mark them (main() in src/app/app.cpp): gl (WebGL2
// context + program issued), main (init() done), raf (the first frame
// starts), ui (its UI built, before drawing). A build without a mark shows –.
// Usage: node tests/bench/start_bench.mjs [loads=9] [label=dist-dir ...]
//   e.g. node tests/bench/start_bench.mjs 9 js-exc=dist wasm-exc=dist-wx
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, launch } from '../browser/harness.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { makePeerPage } from './peer_page.mjs';

const loads = Number(process.argv[2] || 9);
const builds = (process.argv.length > 3 ? process.argv.slice(3) : [`dist=${DIST}`]).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=') : [arg, arg];
  return { label, dir: resolve(dir), loads: [], phases: {} };
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const gz = (data) => gzipSync(data, { level: 9 }).length;

// --- sizes -----------------------------------------------------------------------
const served = ['index.html', 'shell.js', 'dagdeel.js', 'dagdeel.wasm', 'sw.js', 'manifest.webmanifest', 'icons/icon.svg'];
console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
console.log('| build | dagdeel.wasm raw / gzip | dagdeel.js raw / gzip | app served, gzip (target ≤ 400 KB) | planner.html gzip (target ≤ 550 KB) |');
console.log('|---|---|---|---|---|');
for (const b of builds) {
  const file = (f) => readFileSync(join(b.dir, f));
  const total = served.reduce((sum, f) => sum + gz(file(f)), 0);
  const wasm = file('dagdeel.wasm'), js = file('dagdeel.js');
  console.log(`| ${b.label} | ${kb(wasm.length)} / ${kb(gz(wasm))} | ${kb(js.length)} / ${kb(gz(js))} | ${kb(total)} | ${kb(gz(file('planner.html')))} |`);
}

// --- the peer: the first build's shell without scripts ---------------------------------
const peerDir = makePeerPage(builds[0].dir);  // tests/bench/peer_page.mjs

// --- cold loads, interleaved ----------------------------------------------------------
const servers = [];
const urlOf = async (dir) => { const s = await serve(dir, 0); servers.push(s); return `http://127.0.0.1:${s.address().port}/`; };
for (const b of builds) b.url = await urlOf(b.dir);
const peer = { label: 'peer', url: await urlOf(peerDir), loads: [] };
const browser = await launch();
const phaseNames = ['js', 'wasm', 'init', 'gl', 'main', 'raf', 'fonts-start', 'fonts', 'ui', 'frame'];
const readPhases = () => {
  const res = (name) => { const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith(name)); return e ? e.responseEnd : NaN; };
  const mark = (name) => { const e = performance.getEntriesByName(name); return e.length ? e[0].startTime : NaN; };
  return { js: res('/dagdeel.js'), wasm: res('/dagdeel.wasm'), init: mark('dd-runtime-ready'),
           gl: mark('dd-renderer-ready'), main: mark('dd-init-end'), raf: mark('dd-frame-start'),
           'fonts-start': mark('dd-fonts-start'), fonts: mark('dd-fonts-end'), ui: mark('dd-ui-end'),
           frame: window.planner.readyMs };
};
for (let i = 0; i < loads; i++) {
  for (const b of [...builds, peer]) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
    const page = await context.newPage();
    await page.goto(b.url);
    if (b === peer) {
      b.loads.push(await page.evaluate(() => window.readyMs));
    } else {
      await page.evaluate(() => window.planner.ready);
      const p = await page.evaluate(readPhases);
      b.loads.push(p.frame);
      for (const k of phaseNames) (b.phases[k] ||= []).push(p[k]);
    }
    await context.close();
  }
}
await browser.close();
for (const s of servers) s.close();

const peerMedian = median(peer.loads);
console.log(`\n| build | navigation -> first frame, median of ${loads} cold loads | peer (same shell, no scripts) | ratio (target ≤ 2.5×) | js received | wasm received | wasm ready (compiled, instantiated) | renderer ready | main() done | first frame starts | fonts start → end | atlas build (median of end − start) | UI built | first frame |`);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const b of builds) {
  const m = (k) => { const xs = b.phases[k].filter((x) => !Number.isNaN(x)); return xs.length ? median(xs) : NaN; };
  const ms = (x) => Number.isNaN(x) ? '–' : x.toFixed(0) + ' ms';
  // Per load, so a slow load's late start does not shift the figure.
  const atlas = median(b.phases.fonts.map((end, i) => end - b.phases['fonts-start'][i]).filter((x) => !Number.isNaN(x)));
  console.log(`| ${b.label} | ${median(b.loads).toFixed(0)} ms | ${peerMedian.toFixed(0)} ms | ${(median(b.loads) / peerMedian).toFixed(1)}× | ` +
    `${ms(m('js'))} | ${ms(m('wasm'))} | ${ms(m('init'))} | ${ms(m('gl'))} | ${ms(m('main'))} | ${ms(m('raf'))} | ` +
    `${m('fonts-start').toFixed(0)} → ${m('fonts').toFixed(0)} ms | ${atlas.toFixed(0)} ms | ${ms(m('ui'))} | ${ms(m('frame'))} |`);
}
