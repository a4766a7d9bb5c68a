// Dagdeel where there is no GPU: Chromium with WebGL switched off draws the
// same UI with Canvas 2D (same widgets in the same places, nearly the same
// pixels), opens, edits, exports and idles at 0 frames/s; a WebGL context
// lost in the middle of an edit and restored afterwards loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROMIUM_NO_WEBGL_ARGS, ROOT, click, launch, openPage, screenshot, settle, startServer, widget,
} from './harness.mjs';

const SEED0 = join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json');

let gl, noGl, server;
before(async () => {
  [gl, noGl, server] = await Promise.all([launch(), launch({ args: CHROMIUM_NO_WEBGL_ARGS }), startServer()]);
});
after(async () => { await gl?.close(); await noGl?.close(); await server?.close(); });

const newContext = (browser) => browser.newContext({
  viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL', acceptDownloads: true,
});

async function openSeed(page) {
  const r = await page.evaluate((t) => window.planner.open(t), readFileSync(SEED0, 'utf8'));
  assert.ok(r.ok, JSON.stringify(r.errors));
  await page.mouse.move(1, 1);
  await settle(page);
}

const renderer = (page) => page.evaluate(() => window.planner.stats().renderer);

// Share of pixels whose colour differs by more than `tolerance` in any
// channel, decoded in a page (no image library in the repo).
async function pixelDifference(page, pngA, pngB, tolerance = 40) {
  return page.evaluate(async ([a, b, tol]) => {
    const decode = async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      c.getContext('2d').drawImage(bitmap, 0, 0);
      return c.getContext('2d').getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [x, y] = [await decode(a), await decode(b)];
    if (x.width !== y.width || x.height !== y.height) return 1;
    let differ = 0;
    for (let i = 0; i < x.data.length; i += 4) {
      if (Math.abs(x.data[i] - y.data[i]) > tol || Math.abs(x.data[i + 1] - y.data[i + 1]) > tol ||
          Math.abs(x.data[i + 2] - y.data[i + 2]) > tol) differ++;
    }
    return differ / (x.width * x.height);
  }, [pngA.toString('base64'), pngB.toString('base64'), tolerance]);
}

const layout = (page) => page.evaluate(() => window.planner.widgets()
  .map((w) => `${w.key} ${Math.round(w.x)},${Math.round(w.y)} ${Math.round(w.w)}x${Math.round(w.h)}`));

test('without WebGL the page draws with Canvas 2D: same layout, opens, edits, exports, idles', async () => {
  const withGl = await newContext(gl);
  const without = await newContext(noGl);
  const a = await openPage(withGl, server.url);
  const b = await openPage(without, server.url);
  assert.equal(await b.page.evaluate(() => document.createElement('canvas').getContext('webgl2')), null,
    'this Chromium really has no WebGL2');
  assert.equal(await renderer(a.page), 'webgl2');
  assert.equal(await renderer(b.page), 'canvas2d');
  await openSeed(a.page);
  await openSeed(b.page);

  // Same widgets in the same places, and nearly the same pixels.
  assert.deepEqual(await layout(b.page), await layout(a.page));
  const pngGl = await a.page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'everywhere-webgl2.png') });
  const png2d = await b.page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'everywhere-canvas2d.png') });
  const ratio = await pixelDifference(b.page, pngGl, png2d);
  console.log(`# Canvas 2D vs WebGL2: ${(ratio * 100).toFixed(2)}% of pixels differ`);
  assert.ok(ratio < 0.03, `Canvas 2D looks like WebGL2 (${(ratio * 100).toFixed(2)}% of pixels differ)`);

  // Edit the title by typing, then export through the menu.
  const { page } = b;
  await click(page, '###tab-event');
  await click(page, '##ev-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Buitenstebinnen zonder GPU');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Buitenstebinnen zonder GPU');
  await click(page, '###menu-export');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), click(page, '###export-ics')]);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /Buitenstebinnen zonder GPU/);
  await screenshot(page, 'everywhere-canvas2d-edited');

  // Idle means idle: no frames without input.
  const frames = await settle(page);
  await page.waitForTimeout(1000);
  assert.equal((await page.evaluate(() => window.planner.stats())).frames, frames, '0 frames/s when idle');
  assert.deepEqual(b.problems, []);
  await withGl.close();
  await without.close();
});

test('a WebGL context lost in the middle of an edit and restored loses nothing', async () => {
  const context = await newContext(gl);
  const { page, problems } = await openPage(context, server.url);
  await openSeed(page);
  const before = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  await click(page, '###tab-event');
  await click(page, '##ev-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Voor ');

  await page.evaluate(() => {
    const ctx = document.getElementById('canvas').getContext('webgl2');
    window.loseContext = ctx.getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  });
  await page.keyboard.type('tijdens ');
  await settle(page);
  assert.equal(await renderer(page), 'canvas2d', 'Canvas 2D draws while the context is lost');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('canvas-2d')).display), 'block');
  await screenshot(page, 'everywhere-context-lost');

  await page.evaluate(() => window.loseContext.restoreContext());
  for (let i = 0; i < 50 && await renderer(page) !== 'webgl2'; i++) await page.waitForTimeout(100);
  assert.equal(await renderer(page), 'webgl2', 'WebGL2 draws again once the context is back');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('canvas-2d')).display), 'none');
  await page.keyboard.type('na');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Voor tijdens na');
  const json = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  assert.equal(json.event.title, 'Voor tijdens na');
  assert.deepEqual(json.days, before.days, 'the programme is untouched');
  assert.deepEqual(json.people, before.people);
  await widget(page, '##ev-title');
  await screenshot(page, 'everywhere-context-restored');
  assert.deepEqual(problems, []);
  await context.close();
});

test('no canvas at all: a plain page says why and offers the stored drafts as backup and HTML', async () => {
  const context = await newContext(gl);
  const first = await openPage(context, server.url);
  await openSeed(first.page);
  await first.page.evaluate(() => window.planner.flush());
  await first.page.close();

  // A browser (or a privacy extension) that refuses every drawing context.
  await context.addInitScript(() => { HTMLCanvasElement.prototype.getContext = () => null; });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('#dd-rescue li', { timeout: 15000 });
  assert.match(await page.textContent('#dd-rescue h1'), /kan in deze browser niet tekenen/);
  assert.equal(await page.isVisible('#dd-loading'), false, 'no endless "wordt geladen"');
  assert.equal(await page.evaluate(() => window.planner.rescue), true);
  assert.match(await page.textContent('#dd-rescue li'), /veranderend lokaal samenspel/);

  const [backup] = await Promise.all([page.waitForEvent('download'), page.click('#dd-rescue-backup')]);
  assert.match(backup.suggestedFilename(), /^dagdeel-backup-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const text = readFileSync(await backup.path(), 'utf8');
  assert.match(text, /dagdeel-backup/);
  assert.match(text, /veranderend lokaal samenspel/);
  const [html] = await Promise.all([page.waitForEvent('download'), page.click('.dd-rescue-html')]);
  assert.match(html.suggestedFilename(), /\.html$/);
  const announcement = readFileSync(await html.path(), 'utf8');
  assert.match(announcement, /<html[\s\S]*veranderend lokaal samenspel/);
  await screenshot(page, 'everywhere-rescue');
  assert.deepEqual(problems, []);
  await context.close();
});
