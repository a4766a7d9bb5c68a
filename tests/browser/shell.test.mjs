// The app shell in Chromium: loads clean, renders real UI, takes typed and
// pasted text, copies to the system clipboard, idles at 0 fps, is crisp at
// DPR 2, runs from file:// and starts offline after one visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DIST, SHOTS, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const newContext = (options = {}) => browser.newContext({
  viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1, locale: 'nl-NL', ...options,
});

// Counts distinct colours in a PNG by decoding it in the page: a blank or
// single-colour canvas has a handful, real UI with text has hundreds.
async function distinctColours(page, png) {
  return page.evaluate(async (b64) => {
    // Decoded without fetch(): the page's Content-Security-Policy blocks data: fetches.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = c.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  }, png.toString('base64'));
}

test('loads without console errors, renders a first frame and real UI', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const stats = await page.evaluate(() => window.planner.stats());
  assert.ok(stats.frames >= 1, 'at least one frame');
  assert.ok(stats.heapBytes > 0 && typeof stats.lastFrameMs === 'number');
  await widget(page, /Bestand/);
  await widget(page, /Beeld/);
  await widget(page, /Middag met workshopronde/);  // the empty state offers templates
  const png = await page.screenshot({ path: join(DIST, '..', 'test-results', 'screenshots', 'shell-light.png') });
  const colours = await distinctColours(page, png);
  assert.ok(colours > 50, `screenshot shows UI (distinct colours: ${colours})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('typing, including ö and é, reaches the title field and the screen', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await settle(page);
  await click(page, /Nieuw$/);
  await click(page, '##ev-title');
  await page.keyboard.type('Wijkraad coöperatie – café');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Wijkraad coöperatie – café');
  // A dead-key sequence arrives as an IME composition: ¨ then o gives ö.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '¨', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'ö' });
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('ë');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Wijkraad coöperatie – cafë');
  await screenshot(page, 'shell-typed');
  await context.close();
});

test('letters beyond Latin-1 (Ł, ř, ĳ) get their glyphs the first time a text shows them', async () => {
  // The start atlas holds Latin-1 only (a faster first frame, src/ui/fonts.cpp);
  // a frame that would draw a missing letter rebuilds the atlas with the whole subset.
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await settle(page);
  const atlasBuilds = () => page.evaluate(() => performance.getEntriesByName('dd-fonts-end').length);
  const start = (await page.evaluate(() => window.planner.stats())).atlasGlyphs;
  const builds = await atlasBuilds();
  assert.ok(start > 300, `start atlas has ${start} glyphs`);
  await click(page, /Nieuw$/);
  await click(page, '##ev-title');
  await page.keyboard.type('Café één – “zó”');  // Latin-1 and punctuation: the start atlas has them
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.stats())).atlasGlyphs, start);
  assert.equal(await atlasBuilds(), builds);
  await page.keyboard.type(' Łódź, Dvořák, ĳs');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Café één – “zó” Łódź, Dvořák, ĳs');
  const full = (await page.evaluate(() => window.planner.stats())).atlasGlyphs;
  assert.ok(full >= start + 3 * 120, `after Ł: ${full} glyphs (start ${start}): Latin Extended-A in all three fonts`);
  assert.equal(await atlasBuilds(), builds + 1);
  await page.keyboard.type(' Ś');  // already there: no third build
  await settle(page);
  assert.equal(await atlasBuilds(), builds + 1);
  await screenshot(page, 'shell-latin-extended');
  await context.close();
});

test('paste from and copy to the system clipboard', async () => {
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page } = await openPage(context, server.url);
  await settle(page);
  await page.evaluate(() => navigator.clipboard.writeText('Geplakt uit Word: zorgcoöperaties'));
  await click(page, /Nieuw$/);
  await click(page, '##ev-title');
  await page.keyboard.press('Control+V');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Geplakt uit Word: zorgcoöperaties');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('Lokaal samenspel');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await settle(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Lokaal samenspel');
  await context.close();
});

test('renders no frames while idle', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await page.mouse.move(300, 300);
  // A full second without frames first: on a loaded machine the stored
  // drafts' restore may still land a little after the first quiet 300 ms.
  await settle(page, 1000);
  const before = await page.evaluate(() => window.planner.stats().frames);
  await page.waitForTimeout(2000);
  const after = await page.evaluate(() => window.planner.stats().frames);
  assert.equal(after, before, 'no frames rendered during 2 s of idleness');
  // ...and resumes at once on input.
  await page.mouse.move(320, 320);
  await page.waitForTimeout(100);
  assert.ok((await page.evaluate(() => window.planner.stats().frames)) > after);
  await context.close();
});

test('a frame that would repeat the picture draws nothing; a change or a resize draws', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await settle(page);
  const stats = () => page.evaluate(() => window.planner.stats());
  const first = await page.screenshot();
  // The pointer wanders over the empty programme pane: frames run (hover
  // checks), but the picture is the same, so nothing is drawn.
  const s0 = await stats();
  for (let i = 0; i < 12; i++) { await page.mouse.move(700 + i * 7, 600); await settle(page, 60); }
  const s1 = await stats();
  assert.ok(s1.frames - s0.frames >= 10, `frames ran (${s1.frames - s0.frames})`);
  assert.ok(s1.skipped - s0.skipped >= 10, `repeated pictures skipped (${s1.skipped - s0.skipped})`);
  assert.ok(s1.drawn - s0.drawn <= 2, `at most a hover drawn (${s1.drawn - s0.drawn})`);
  assert.ok(first.equals(await page.screenshot()), 'the canvas still shows the same picture');
  // A real change draws, and the screen shows it: a template opens as a draft.
  await click(page, /Middag met workshopronde/);
  await settle(page);
  const s2 = await stats();
  assert.ok(s2.drawn > s1.drawn, 'the opened draft was drawn');
  assert.ok(!first.equals(await page.screenshot()), 'the screen changed');
  // A resized canvas is cleared by the browser: the next frame draws, whole.
  await page.setViewportSize({ width: 1000, height: 700 });
  await settle(page);
  const s3 = await stats();
  assert.ok(s3.drawn > s2.drawn, 'drawn after the resize');
  const shot = await page.screenshot();
  assert.ok(await distinctColours(page, shot) > 50, 'real UI after the resize, not a blank canvas');
  await context.close();
});

test('crisp at devicePixelRatio 2: the backing store has twice the pixels', async () => {
  const context = await newContext({ deviceScaleFactor: 2 });
  const { page } = await openPage(context, server.url);
  await settle(page);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  assert.equal(size.w, size.cssW * 2);
  assert.equal(size.h, size.cssH * 2);
  await screenshot(page, 'shell-dpr2');
  await context.close();
});

test('language and theme switch from the View menu and are remembered', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await settle(page);
  await click(page, /Beeld/);
  await click(page, 'English');
  await widget(page, /View/);
  await click(page, /View/);
  await click(page, /Dark/);
  await screenshot(page, 'shell-dark-en');
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await settle(page);
  await widget(page, /View/);
  assert.equal(await page.evaluate(() => localStorage.getItem('dagdeel.theme')), 'dark');
  await context.close();
});

test('Tab, Enter and Escape work as in a web form', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await settle(page);
  await click(page, /Nieuw$/);
  await click(page, '##ev-title');
  await page.keyboard.type('Eerste');
  await page.keyboard.press('Escape');  // Escape reverts the field being edited
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, '');
  await click(page, /Nieuw$/);
  await click(page, '##ev-title');
  await page.keyboard.type('Tweede');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Tweede');
  await context.close();
});

test('planner.html starts from a file:// URL', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, pathToFileURL(join(DIST, 'planner.html')).href);
  await settle(page);
  await widget(page, /Bestand/);
  assert.deepEqual(problems, []);
  await screenshot(page, 'planner-file');
  await context.close();
});

test('after one online visit the app starts with the network blocked', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    return reg.active.state;
  });
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await settle(page);
  await widget(page, /Bestand/);
  await context.close();
});

test('panes can be resized by dragging and keep their size after a reload', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await settle(page);
  const paneWidth = async () => (await page.evaluate(() => window.planner.widgets()))
    .find((w) => /pane-drafts/.test(w.key)).w;
  const before = await paneWidth();
  const bar = await widget(page, '##split-left');
  await page.mouse.move(bar.x + bar.w / 2, bar.y + 200);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(bar.x + bar.w / 2 + i * 10, bar.y + 200);
  await page.mouse.up();
  await settle(page);
  const dragged = await paneWidth();
  assert.ok(Math.abs(dragged - before - 60) <= 4, `pane widened by the drag (${before} -> ${dragged})`);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await settle(page);
  assert.ok(Math.abs((await paneWidth()) - dragged) <= 1, 'the width is remembered');
  await context.close();
});

test('Beeld › Hoog contrast: white on black with a yellow focus, remembered', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  await click(page, /Beeld/);
  await click(page, '###theme-contrast');
  await settle(page);
  const png = await page.screenshot({ path: join(SHOTS, 'shell-high-contrast.png') });
  // Most of the screen is pure black, and pure white (text, borders) is the next most common colour.
  const share = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = c.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let black = 0, white = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] === 0 && d[i + 1] === 0 && d[i + 2] === 0) black++;
      if (d[i] === 255 && d[i + 1] === 255 && d[i + 2] === 255) white++;
    }
    return { black: black / (d.length / 4), white: white / (d.length / 4) };
  }, png.toString('base64'));
  assert.ok(share.black > 0.6, `mostly black (${share.black})`);
  assert.ok(share.white > 0.01, `white text and borders (${share.white})`);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await settle(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('dagdeel.theme')), 'contrast');
  assert.deepEqual(problems, []);
  await context.close();
});
