// Issue 13, WCAG 2.3.3 / 1.4.4 / 1.4.10: prefers-reduced-motion and 200 % zoom.
// The one animation in the canvas is the dimming behind a modal dialog: with
// reduced motion it is there at once, without it fades in (and finishes
// without further input). A laptop zoomed to 200 % (1280×800 becomes
// 640×400 CSS px at device pixel ratio 2, with a mouse) keeps the editor, not
// the phone's reading view: tabs whole, the event form reachable and
// editable, and Beeld > Leesweergave / "Bewerken" switch between the two.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const SEED = join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json');
let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const widgets = (page) => page.evaluate(() => window.planner.widgets());

async function fromTemplate(page) {
  await click(page, /Bestand|File/);
  await click(page, /Nieuw uit sjabloon|New from template/);
  await click(page, /workshopronde|workshop round/i);
}

// The dimming ratio behind the modal in every page frame for `ms` after `act`.
async function dimmingDuring(page, act, ms = 1200) {
  await page.evaluate((ms) => {
    window.__dim = [];
    const start = performance.now();
    const tick = () => {
      const s = window.planner.stats();
      const last = window.__dim[window.__dim.length - 1];
      if (!last || last.frames !== s.frames) window.__dim.push({ frames: s.frames, dim: s.dimBg });
      if (performance.now() - start < ms) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, ms);
  await act();
  await page.waitForTimeout(ms + 100);
  return page.evaluate(() => window.__dim.map((d) => d.dim).filter((d) => d > 0));
}

// Opens Bestand and returns the click on Afdrukken… (a modal dialog), to time it.
const printDialogClick = async (page) => {
  await click(page, /Bestand/);
  const item = await widget(page, /Afdrukken…/);
  return () => page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
};

for (const reduce of [true, false]) {
  test(`prefers-reduced-motion ${reduce ? 'reduce: the dialog\'s dimming is there at once' : 'not set: the dimming fades in and finishes'}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL',
      reducedMotion: reduce ? 'reduce' : 'no-preference' });
    const { page, problems } = await openPage(context, server.url);
    await settle(page);
    assert.equal((await page.evaluate(() => window.planner.stats())).reducedMotion, reduce);
    await fromTemplate(page);
    // The fade is timed (ImGui steps it by the frame's duration): on a loaded
    // machine one slow frame can cover all of it, so the fade gets three tries.
    let dims = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt) { await page.keyboard.press('Escape'); await settle(page); }
      dims = await dimmingDuring(page, await printDialogClick(page));
      if (reduce || dims.some((d) => d < 1)) break;
    }
    assert.ok(dims.length >= 1, 'the dialog dims what lies behind it');
    assert.equal(dims[dims.length - 1], 1, `the dimming ends complete without more input (${dims.join(', ')})`);
    if (reduce) assert.deepEqual(dims.filter((d) => d < 1), [], `no frame in between: ${dims.join(', ')}`);
    else assert.ok(dims.some((d) => d < 1), `it fades in over frames: ${dims.join(', ')}`);
    await screenshot(page, `motion-${reduce ? 'reduce' : 'normal'}-dialog`);
    assert.ok((await page.evaluate(() => window.planner.stats())).openPopups >= 1);
    // The preference is followed live: switching it in the system takes effect.
    await page.emulateMedia({ reducedMotion: reduce ? 'no-preference' : 'reduce' });
    await page.waitForTimeout(200);
    assert.equal((await page.evaluate(() => window.planner.stats())).reducedMotion, !reduce);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('200 % browser zoom on a 1280×800 laptop (640×400 CSS px): the editor, tabs whole, the event form reachable; reading view on request', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  await fromTemplate(page);
  await settle(page);
  assert.equal(await page.evaluate(() => !!document.getElementById('dd-reading')), false, 'no reading view over the editor');
  const all = await widgets(page);
  for (const key of ['tab-event', 'tab-programme', 'tab-timeline', 'tab-people', 'tab-participants', 'tab-designs', 'tab-announcement']) {
    const tab = all.find((w) => w.key.endsWith('###' + key));
    assert.ok(tab, `tab ${key} is drawn`);
    assert.equal(tab.clipped, false, `tab ${tab.label} is whole`);
    assert.ok(tab.x >= 0 && tab.x + tab.w <= 640, `tab ${tab.label} lies inside the window`);
  }
  await screenshot(page, 'zoom200-programme');

  await click(page, '###tab-event');
  const pane = await widget(page, '##pane-center');
  assert.ok(pane.h >= 200, `the open tab keeps most of the 400 px height (${pane.h}px)`);
  const inPane = { x: pane.x + pane.w / 2, y: pane.y + pane.h * 0.6 };
  const seen = new Map();
  for (let i = 0; i < 24; i++) {
    for (const w of await widgets(page)) {
      if (/^##(ev-|venue-|reg-|date|start|end|doors|price-|max|expected)/.test(w.key) && w.y > 0 && w.y + w.h < 400) seen.set(w.key, w);
    }
    if (i === 2) await screenshot(page, 'zoom200-event');
    await page.mouse.move(inPane.x, inPane.y);
    await page.mouse.wheel(0, 120);
    await settle(page, 100);
  }
  assert.ok(seen.size >= 8, `event fields seen while scrolling: ${[...seen.keys()].join(', ')}`);
  for (const [key, w] of seen) {
    assert.ok(w.w >= 60, `${key} is wide enough to type in (${w.w}px)`);
    assert.ok(w.x >= 0 && w.x + w.w <= 640, `${key} ends inside the window`);
  }
  await screenshot(page, 'zoom200-event-end');
  // Back up to the title and edit it, as a person would.
  for (let i = 0; i < 30; i++) { await page.mouse.move(inPane.x, inPane.y); await page.mouse.wheel(0, -200); }
  await settle(page);
  const title = await widget(page, '##ev-title');
  await page.mouse.click(title.x + title.w / 2, title.y + title.h / 2);
  await settle(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Zoom op 200 procent');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(JSON.parse(await page.evaluate(() => window.planner.export('json'))).event.title, 'Zoom op 200 procent');

  // Beeld > Leesweergave shows the page a phone shows; "Bewerken" comes back.
  await click(page, /Beeld/);
  const item = await widget(page, /Leesweergave/);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
  await page.waitForSelector('#dd-reading h1');
  assert.equal(await page.textContent('#dd-reading h1'), 'Zoom op 200 procent');
  await screenshot(page, 'zoom200-reading-view');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dd-reading-edit', 'the keyboard is in the page, not the hidden editor');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => !!document.getElementById('dd-reading')), false, 'Bewerken returns to the editor');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a phone (390×844, touch) still opens the open draft in the reading view', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true,
    hasTouch: true, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  assert.equal(await page.evaluate(() => window.matchMedia('(pointer: coarse)').matches), true, 'a touch screen');
  const r = await page.evaluate((t) => window.planner.open(t), readFileSync(SEED, 'utf8'));
  assert.ok(r.ok, JSON.stringify(r.errors));
  await page.evaluate(() => window.planner.flush());
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await page.waitForSelector('#dd-reading h1', { timeout: 10000 });
  await screenshot(page, 'phone-reading-view');
  assert.match(await page.textContent('#dd-reading h1'), /BuitensteBinnen|samenspel/i);
  assert.deepEqual(problems, []);
  await context.close();
});
