// iCalendar where users run it (issue 14): the wasm build's .ics writer and
// reader inside headless Chromium, against ical-generator and ical.js loaded
// into the same page, on the same 1,000-item document as ics_bench.mjs (made
// by the native build-bench/ics_bench, which also gives a native column).
// A benchmark, not a test: it prints a Markdown table of medians.
//
//   node tests/bench/ics_browser_bench.mjs [PATH/TO/ics_bench] [RUNS]
//
// Ours: planner.export('ics-items') (the app's own export: write_ics, the
// reply's JSON and the copy out of wasm memory) and planner._testRead(text)
// (what planner.open does to a file: format recognition, read_ics, the
// reply), so the strings crossing into and out of wasm are counted, as a
// user's click pays them. Theirs: the same events (the instants our planner
// computed) given to ical-generator, and the very text we wrote parsed by
// ical.js with every event's start and end read. The four tasks take turns
// in each round so that load from other work on the machine hits all alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, launch, startServer } from '../browser/harness.mjs';

const bench = process.argv[2] ?? join(ROOT, 'build-bench', 'ics_bench');
const runs = Number(process.argv[3] ?? 15);
const LIBS = {
  '/npm/ical.js.mjs': join(ROOT, 'node_modules', 'ical.js', 'dist', 'ical.js'),
  '/npm/ical-generator.mjs': join(ROOT, 'node_modules', 'ical-generator', 'dist', 'index.mjs'),
  '/bench/ics_peers.mjs': join(ROOT, 'tests', 'bench', 'ics_peers.mjs'),
};
const version = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

const dir = mkdtempSync(join(tmpdir(), 'ics-browser-bench-'));
const server = await startServer();
const browser = await launch();
try {
  const native = JSON.parse(execFileSync(bench, [dir, String(runs)], { encoding: 'utf8' }));
  const docText = readFileSync(join(dir, 'bench.json'), 'utf8');
  const planned = JSON.parse(readFileSync(join(dir, 'bench.planned.json'), 'utf8'));

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  for (const [path, file] of Object.entries(LIBS))
    await context.route('**' + path, (route) =>
      route.fulfill({ body: readFileSync(file), contentType: 'text/javascript; charset=utf-8' }));
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(server.url);
  await page.evaluate(() => window.planner.ready);

  const r = await page.evaluate(async ({ docText, planned, runs }) => {
    const { default: ical, ICalCalendarMethod, ICalEventStatus } = await import('/npm/ical-generator.mjs');
    const { default: ICAL } = await import('/npm/ical.js.mjs');
    const { writeWithIcalGenerator, readWithIcalJs } = await import('/bench/ics_peers.mjs');
    const opened = window.planner.open(docText);
    if (!opened.ok) throw new Error('the benchmark document did not open: ' + opened.errors.join('; '));
    const doc = JSON.parse(docText);

    let ours = '', generated = '', read = null, seen = 0;
    const tasks = {
      oursWrite: () => { ours = window.planner.export('ics-items'); },
      oursRead: () => { read = window.planner._testRead(ours); },
      // the same peers as ics_bench.mjs under Node (tests/bench/ics_peers.mjs)
      generator: () => { generated = writeWithIcalGenerator({ ical, ICalCalendarMethod, ICalEventStatus }, doc, planned); },
      icaljs: () => { seen = readWithIcalJs(ICAL, ours); },
    };
    const times = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
    for (const f of Object.values(tasks)) f();  // warm-up (and the text the readers read)
    for (let i = 0; i < runs; i++)
      for (const [name, f] of Object.entries(tasks)) {
        const a = performance.now();
        f();
        times[name].push(performance.now() - a);
      }
    const median = (t) => [...t].sort((x, y) => x - y)[Math.floor(t.length / 2)];
    return {
      ms: Object.fromEntries(Object.entries(times).map(([k, t]) => [k, median(t)])),
      oursBytes: new TextEncoder().encode(ours).length, generatedChars: generated.length,
      readItems: read.ok ? read.items : -1, readErrors: read.errors, seen,
      userAgent: navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent,
    };
  }, { docText, planned, runs });
  await context.close();

  if (r.readItems !== native.items || r.seen !== native.items)
    throw new Error(`expected ${native.items} events read by both, got ours ${r.readItems} (${r.readErrors}), ical.js ${r.seen}`);
  const f = (x) => x.toFixed(2);
  const x = (a, b) => `${(a / b).toFixed(1)}x`;
  console.log(`iCalendar in the browser, ${native.items} items, median of ${runs} runs (ms), ${r.userAgent}, ` +
    `load average ${loadavg()[0].toFixed(1)}; dist = ${DIST}\n`);
  console.log('| task | Dagdeel (wasm, in the page) | npm library (same page) | ratio (target) | Dagdeel (native) |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| write .ics (${r.oursBytes} bytes) | ${f(r.ms.oursWrite)} | ical-generator ${version('ical-generator')}: ` +
    `${f(r.ms.generator)} (${r.generatedChars} chars) | ${x(r.ms.generator, r.ms.oursWrite)} (≥ 20x) | ${f(native.write_ms)} |`);
  console.log(`| read .ics | ${f(r.ms.oursRead)} | ical.js ${version('ical.js')}: ${f(r.ms.icaljs)} (${r.seen} events) | ` +
    `${x(r.ms.icaljs, r.ms.oursRead)} (≥ 10x) | ${f(native.read_ms)} |`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
