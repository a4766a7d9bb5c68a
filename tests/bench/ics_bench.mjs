// iCalendar figures (a benchmark, not a timed test): on one generated
// 1,000-item document, our writer against npm's ical-generator and our
// reader against Mozilla's ical.js, side by side in one run under Node.
// Ours run natively (build/ics_bench: medians inside the process, so no
// process start is counted); the npm libraries run here on the same events
// (the instants our planner computed) and on the very .ics text we wrote.
// Usage: node tests/bench/ics_bench.mjs [PATH/TO/ics_bench] [RUNS]
//   build it with: cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release --target ics_bench
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import ICAL from 'ical.js';
import { readWithIcalJs, writeWithIcalGenerator } from './ics_peers.mjs';

const bench = process.argv[2] ?? 'build-release/ics_bench';
const runs = Number(process.argv[3] ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'ics-bench-'));
try {
  const native = JSON.parse(execFileSync(bench, [dir, String(runs)], { encoding: 'utf8' }));
  const doc = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8'));
  const planned = JSON.parse(readFileSync(join(dir, 'bench.planned.json'), 'utf8'));
  const text = readFileSync(join(dir, 'bench.ics'), 'utf8');

  const median = (f) => {
    f();
    const t = [];
    for (let i = 0; i < runs; i++) {
      const a = performance.now();
      f();
      t.push(performance.now() - a);
    }
    t.sort((x, y) => x - y);
    return t[Math.floor(t.length / 2)];
  };

  let generated = '';
  const genMs = median(() => { generated = writeWithIcalGenerator({ ical, ICalCalendarMethod, ICalEventStatus }, doc, planned); });
  let seen = 0;
  const icaljsMs = median(() => { seen = readWithIcalJs(ICAL, text); });

  const f = (x) => x.toFixed(2);
  console.log(`iCalendar, ${native.items} items, median of ${runs} runs (ms); native = build ${bench}\n`);
  console.log('| task | Dagdeel (native C++) | npm library (Node ' + process.version + ') | ratio |');
  console.log('|---|---:|---:|---:|');
  console.log(`| write .ics (${native.ics_bytes} bytes) | ${f(native.write_ms)} | ical-generator: ${f(genMs)} (${generated.length} chars) | ${f(genMs / native.write_ms)}x |`);
  console.log(`| read .ics | ${f(native.read_ms)} | ical.js: ${f(icaljsMs)} (${seen} events) | ${f(icaljsMs / native.read_ms)}x |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
