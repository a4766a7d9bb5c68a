// Renderer benchmark: frame CPU time of the Canvas 2D fallback beside WebGL2
// in the same run, same machine, same interactions: Chromium with software
// WebGL2 (SwiftShader) and Chromium with WebGL switched off. A frame's time
// includes drawing (Canvas 2D draws synchronously; WebGL2's GPU work is
// queued, so its CPU time is the submission). Prints a Markdown table.
// Usage: node tests/bench/renderer_bench.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_NO_WEBGL_ARGS, DIST, launch, settle, widget } from '../browser/harness.mjs';
import { bigPlan } from './big_plan.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = join(DIST, '..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

const server = await serve(DIST, 0);
const url = `http://127.0.0.1:${server.address().port}/`;

async function sampleWhile(page, action, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const before = await page.evaluate(() => window.planner.stats().frames);
    await action(i);
    await page.waitForFunction((b) => window.planner.stats().frames > b, before);
    out.push(await page.evaluate(() => window.planner.stats().lastFrameMs));
  }
  return out;
}

async function measure(args) {
  const browser = await launch({ args });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.planner.ready);
  const renderer = await page.evaluate(() => window.planner.stats().renderer);
  const open = async (text) => {
    const r = await page.evaluate((t) => window.planner.open(t), text);
    if (!r.ok) throw new Error('refused: ' + r.errors.join('; '));
    await settle(page);
  };
  await open(readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json'), 'utf8'));
  const menu = await widget(page, /Beeld|View/);
  const seedHover = await sampleWhile(page, (i) => page.mouse.move(menu.x + (i % 40) * 8, menu.y + 10 + (i % 7) * 40), 80);
  const tabTimeline = await widget(page, /Tijdlijn|Timeline/);
  await page.mouse.click(tabTimeline.x + 20, tabTimeline.y + 10);
  await settle(page);
  const seedTimeline = await sampleWhile(page, async (i) => { await page.mouse.move(600, 450); await page.mouse.wheel(0, i < 20 ? 60 : -60); }, 40);
  await open(JSON.stringify(bigPlan(ROOT)));
  const tab = await widget(page, /Tijdlijn|Timeline/);
  await page.mouse.click(tab.x + 20, tab.y + 10);
  await settle(page);
  const bigTimeline = await sampleWhile(page, async (i) => { await page.mouse.move(600, 450); await page.mouse.wheel(i % 2 ? 60 : 0, i < 40 ? 120 : -120); }, 80);
  const tabProgramme = await widget(page, /Programma|Programme/);
  await page.mouse.click(tabProgramme.x + 20, tabProgramme.y + 10);
  await settle(page);
  const bigTable = await sampleWhile(page, async (i) => { await page.mouse.move(600, 450); await page.mouse.wheel(0, i < 40 ? 120 : -120); }, 80);
  await browser.close();
  return { renderer, seedHover, seedTimeline, bigTimeline, bigTable };
}

const gl = await measure(undefined);
const c2d = await measure(CHROMIUM_NO_WEBGL_ARGS);
server.close();
if (gl.renderer !== 'webgl2' || c2d.renderer !== 'canvas2d') throw new Error(`renderers: ${gl.renderer}, ${c2d.renderer}`);

const f = (x) => x.toFixed(2) + ' ms';
console.log('| frame CPU time (1280x800, DPR 1) | WebGL2 median | WebGL2 p95 | Canvas 2D median | Canvas 2D p95 | ratio (median) |');
console.log('|---|---|---|---|---|---|');
for (const [name, key] of [['seed 000, pointer over menus', 'seedHover'], ['seed 000, scrolling the timeline', 'seedTimeline'],
                           ['1,000 items, scrolling the timeline', 'bigTimeline'], ['1,000 items, scrolling the programme table', 'bigTable']]) {
  console.log(`| ${name} | ${f(median(gl[key]))} | ${f(p95(gl[key]))} | ${f(median(c2d[key]))} | ${f(p95(c2d[key]))} | ${(median(c2d[key]) / median(gl[key])).toFixed(1)}x |`);
}
