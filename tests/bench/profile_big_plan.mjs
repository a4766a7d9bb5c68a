// A Chromium CPU profile of the big-plan steps (issue 14): opening the
// largest sample schedule with planner.open and the frames that follow, then
// typing in the event title while autosave runs. Prints the functions with
// the most self and inclusive time per phase. Use a build linked with
// --profiling-funcs for C++ names:
//   emcmake cmake -S . -B build-web-prof -DCMAKE_BUILD_TYPE=MinSizeRel \
//     -DDAGDEEL_DIST_DIR=$PWD/dist-prof -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs
//   cmake --build build-web-prof -j2
//   DAGDEEL_DIST=$PWD/dist-prof node tests/bench/profile_big_plan.mjs [top=25]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, click, launch, settle } from '../browser/harness.mjs';
import { serve } from '../../scripts/static-server.mjs';

const top = Number(process.argv[2] || 25);
const samples = join(ROOT, '..', 'shared', 'samples', 'schedules');
const schedulePath = readdirSync(samples).filter((f) => /\.(xml|json)$/.test(f)).map((f) => join(samples, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
const scheduleText = readFileSync(schedulePath, 'utf8');

// Function names made readable: libc++'s namespaces and string types folded.
function short(name) {
  return name.replace(/std::__2::/g, '').replace(/basic_string<char, char_traits<char>, allocator<char> >/g, 'string')
    .replace(/basic_string_view<char, char_traits<char> >/g, 'string_view').replace(/dagdeel::/g, '')
    .replace(/\(anonymous namespace\)::/g, '').slice(0, 110);
}
// Trampolines between JavaScript and wasm (Emscripten's exception wrappers): not a function of ours.
const glue = (n) => /^(invoke_|js-to-wasm|wasm-to-js|dynCall|getWasmTableEntry|function<|__function::|__value_func)/.test(n);

// Self and inclusive time per function name from a CDP profile, and for the
// functions named in `expand`, where their time went (callees, glue skipped).
function summarise(profile, expand = []) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) || 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const name = (id) => { const n = byId.get(id); return short(n.callFrame.functionName || '(anonymous ' + n.callFrame.url.split('/').pop() + ')'); };
  const selfByName = new Map(), inclByName = new Map(), callees = new Map();
  for (const [id, t] of self) {
    selfByName.set(name(id), (selfByName.get(name(id)) || 0) + t);
    const seen = new Set();
    let child = null;  // the nearest non-glue frame below the current one
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const nm = name(p);
      if (!seen.has(nm)) { seen.add(nm); inclByName.set(nm, (inclByName.get(nm) || 0) + t); }
      for (const e of expand) {
        if (!nm.startsWith(e)) continue;
        const m = callees.get(e) || new Map();
        const c = child === null ? '(self)' : child;
        m.set(c, (m.get(c) || 0) + t);
        callees.set(e, m);
      }
      if (!glue(nm)) child = nm;
    }
  }
  const list = (m, n = top) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${t.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  let out = `-- self --\n${list(selfByName)}\n-- inclusive --\n${list(inclByName)}`;
  for (const e of expand) if (callees.has(e)) out += `\n-- inside ${e} --\n${list(callees.get(e), 12)}`;
  return out;
}

const browser = await launch();
const server = await serve(DIST, 0);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.evaluate(() => window.planner.ready);
await page.evaluate(() => window.planner.flush());
await settle(page, 300);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

async function phase(name, action, expand) {
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`\n=== ${name} ===\n${summarise(profile, expand)}`);
}

await phase('open + 3 frames', async () => {
  await page.evaluate((t) => { const r = window.planner.open(t); if (!r.ok) throw new Error(r.errors.join('; ')); }, scheduleText);
  await settle(page, 300);
}, ['open_document', 'parse_xml', 'Importer::run', 'app::frame', 'dd_api_open']);
await page.evaluate(() => window.planner.flush());
// The frames of big_schedule_bench.mjs's interactions: scrolling the
// programme, scrolling the timeline, dragging a block (then undone).
const frames = async (n, action) => {
  for (let i = 0; i < n; i++) {
    const before = await page.evaluate(() => window.planner.stats().frames);
    await action(i);
    await page.waitForFunction((b) => window.planner.stats().frames > b, before);
  }
};
const FRAME_EXPAND = ['app::frame', 'draw_programme', 'draw_timeline', 'ImGui::Render', 'ImGui::NewFrame'];
await click(page, '###tab-programme');
await settle(page, 200);
await phase('scrolling the programme (80 frames)', () => frames(80, async (i) => {
  await page.mouse.move(640, 480); await page.mouse.wheel(0, i < 40 ? 120 : -120);
}), FRAME_EXPAND);
await click(page, '###tab-timeline');
await settle(page, 200);
await phase('scrolling the timeline (80 frames)', () => frames(80, async (i) => {
  await page.mouse.move(640, 480); await page.mouse.wheel(i % 2 ? 60 : 0, i < 40 ? 120 : -120);
}), FRAME_EXPAND);
await page.mouse.move(420, 300);
await page.mouse.down();
await phase('dragging a block (60 frames)', () => frames(60, (i) => page.mouse.move(420 + (i % 20) * 6, 300 + i * 2)), FRAME_EXPAND);
await page.mouse.up();
await page.keyboard.press('Control+z');
await settle(page, 200);
await page.evaluate(() => window.planner.flush());
await click(page, '###tab-event');
await click(page, '##ev-title');
await page.keyboard.press('End');
await settle(page, 300);
await page.evaluate(() => window.planner.flush());
await phase('typing 5 characters in the event title, then the autosave', async () => {
  for (const c of 'abcde') { await page.keyboard.type(c); await page.waitForTimeout(60); }
  const title = await page.evaluate(() => window.planner.current().title);
  // The autosave on its own ticks (no flush: that writes everything at once).
  await page.waitForFunction(async (t) => (await window.planner.drafts()).some((d) => d.title === t), title, { polling: 50, timeout: 30000 });
  await settle(page, 300);
}, ['Draft::commit', 'app::frame', 'History::commit', 'calendar_item_prints', 'DraftsLibrary::save_due']);
await browser.close();
server.close();
console.log(`\nload average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
