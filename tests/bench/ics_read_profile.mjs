// Where planner._testRead spends its time in the page (issue 14): a Chrome
// CPU profile (through CDP) of RUNS reads of the benchmark .ics, summed by
// function, self time. For readable rows, link the wasm of an existing
// scripts/build-web once more with function names (about 2 minutes, no
// compiling; a separate build folder would miss the compiler cache):
//   mkdir -p dist-prof && cp -r dist/* dist-prof/ && cd build-web &&
//   NODE_PATH=/usr/share/nodejs sh -c "$(sed 's| -o dagdeel.js | --profiling-funcs -o ../dist-prof/dagdeel.js |' \
//     CMakeFiles/dagdeel.dir/link.txt)" && cd ..
//   DAGDEEL_DIST=dist-prof node tests/bench/ics_read_profile.mjs build-bench/ics_bench 30
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, startServer } from '../browser/harness.mjs';

const bench = process.argv[2] ?? join(ROOT, 'build-bench', 'ics_bench');
const runs = Number(process.argv[3] ?? 30);
const dir = mkdtempSync(join(tmpdir(), 'ics-read-profile-'));
const server = await startServer();
const browser = await launch();
try {
  execFileSync(bench, [dir, '1']);
  const ics = readFileSync(join(dir, 'bench.ics'), 'utf8');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => window.planner.ready);
  await page.evaluate((t) => { window.__ics = t; window.planner._testRead(t); }, ics);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const ms = await page.evaluate((n) => {
    const a = performance.now();
    for (let i = 0; i < n; i++) window.planner._testRead(window.__ics);
    return (performance.now() - a) / n;
  }, runs);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber})`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0));
    total += dt[i] ?? 0;
  });
  console.log(`mean ${ms.toFixed(1)} ms per read over ${runs} reads; self time by function:`);
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
