// Start-up trace (issue 14 "Start"): one cold load of dist/ with a Chromium
// performance trace (CDP Tracing), printing the main thread's top-level tasks
// and the page's dd-* marks from navigation on, so the gap between
// 'dd-runtime-ready' and the first frame can be read phase by phase.
// Usage: node tests/bench/start_trace.mjs [dist] [out.json]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST, launch } from '../browser/harness.mjs';
import { serve } from '../../scripts/static-server.mjs';

const dir = resolve(process.argv[2] || DIST);
const out = process.argv[3] || '';
const server = await serve(dir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline', 'loading', 'gpu', 'toplevel', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'disabled-by-default-devtools.timeline.stack'] },
});
await page.goto(url);
await page.evaluate(() => window.planner.ready);
await page.waitForTimeout(300);
await cdp.send('Tracing.end');
await done;
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime.toFixed(1)])
  .concat(performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop() + ' (start/end)', r.startTime.toFixed(1) + '/' + r.responseEnd.toFixed(1)]))
  .concat([['readyMs', window.planner.readyMs.toFixed(1)]]));
await browser.close();
server.close();
if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
// Navigation start on the trace clock: the renderer's navigationStart mark.
const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) || events.find((e) => e.name === 'navigationStart');
const t0 = nav ? nav.ts : Math.min(...events.map((e) => e.ts || Infinity));
const mainPid = nav?.pid, mainTid = nav?.tid;
console.log('marks:', marks.map((m) => m.join(' ')).join('\n  '));
const rows = events.filter((e) => e.pid === mainPid && e.tid === mainTid && e.ph === 'X' && e.dur > 2000 && e.ts >= t0)
  .sort((a, b) => a.ts - b.ts);
for (const e of rows) {
  const d = e.args?.data || {};
  const what = d.url ? d.url.split('/').pop() : d.functionName || d.type || d.frame || '';
  console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(7)} ms ${(e.dur / 1000).toFixed(1).padStart(7)} ms  ${e.name} ${what}`);
}
