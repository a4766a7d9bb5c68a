// Shared browser-test plumbing: Debian's Chromium through playwright-core,
// a static server for dist/, and helpers that act on real ImGui widgets by
// their visible label (positions come from planner.widgets()).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.DAGDEEL_DIST || join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// Chromium without any WebGL: the GPU flags are dropped and the 3D APIs
// switched off, as on a machine whose GPU is blocklisted or absent.
export const CHROMIUM_NO_WEBGL_ARGS = [
  ...CHROMIUM_ARGS.filter((a) => !/^--(use-gl|use-angle|enable-unsafe-swiftshader)/.test(a)),
  '--disable-webgl', '--disable-3d-apis',
];

export async function launch({ args = CHROMIUM_ARGS } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args,
    headless: true,
  });
}

export async function startServer() {
  const server = await serve(DIST, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { server, url, close: () => new Promise((ok) => server.close(ok)) };
}

// Opens a page and collects console errors and page errors for later checks.
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  await page.goto(url);
  await page.evaluate(() => window.planner.ready);
  return { page, problems };
}

// Waits until the app has rendered and stopped (event-driven rendering): no
// new frame for `quietMs`. The watching happens inside the page on animation
// frames, so it returns `quietMs` after the app's last frame (polling from
// here in `quietMs` steps waited one to two quiet periods plus a round trip
// per step: a third of the browser tests' time). A frame the app has asked
// for always runs before the page's next animation-frame callback, so a
// slow, loaded machine cannot make a pending frame look like quiet.
export async function settle(page, quietMs = 300) {
  const frames = await page.evaluate(async (quiet) => {
    const count = () => window.planner.stats().frames;
    const tick = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 10)));
    await tick();
    let last = count();
    let since = performance.now();
    for (const start = since; performance.now() - start < Math.max(30000, 50 * quiet);) {
      await tick();
      const now = count();
      if (now !== last) { last = now; since = performance.now(); } else if (performance.now() - since >= quiet) return now;
    }
    return -1;
  }, quietMs);
  if (frames < 0) throw new Error('the app never stopped rendering');
  return frames;
}

// Finds a widget by its visible label (exact, or a RegExp) in the last frame.
// Retries for a moment: the frame that shows it may still be on its way.
export async function widget(page, label, { timeout = 2000 } = {}) {
  // A string starting with ### names a widget by its stable id suffix.
  const matches = (w) => (label instanceof RegExp ? label.test(w.label)
    : label.startsWith('###') ? w.key.endsWith(label) : w.label === label || w.key === label);
  let widgets = await page.evaluate(() => window.planner.widgets());
  let match = widgets.find(matches);
  for (const start = Date.now(); !match && Date.now() - start < timeout;) {
    await page.mouse.move(1, 1);  // a harmless input makes the app render a fresh frame
    await page.waitForTimeout(150);
    widgets = await page.evaluate(() => window.planner.widgets());
    match = widgets.find(matches);
  }
  if (!match) {
    throw new Error(`no widget labelled ${label}; have: ${widgets.map((w) => JSON.stringify(w.label)).join(', ')}`);
  }
  return match;
}

// The scrolling pane that holds widget `w` (the panes and tab contents are
// registered windows), or null: the innermost one around its top-left corner.
export function frameOf(list, w) {
  const frames = list.filter((f) => f !== w && /(pane-[a-z]+|tab-content)_[0-9A-F]{8}$/.test(f.key) &&
    f.x <= w.x + 1 && f.y <= w.y + 1 && f.x + f.w >= w.x + 1 && f.y + f.h >= w.y + 1);
  return frames.length ? frames.reduce((a, b) => (a.w * a.h <= b.w * b.h ? a : b)) : null;
}

// True when widget `w` lies wholly inside its pane: a widget half under a
// pane's edge is registered, but a click there lands on the next pane.
export function shownWhole(list, w, viewportHeight) {
  if (w.y < 30 || w.y + w.h > viewportHeight - 30) return false;
  const f = frameOf(list, w);
  return !f || (w.y >= f.y - 1 && w.y + w.h <= f.y + f.h + 1);
}

// Scrolls the pane under a widget with the mouse wheel until the widget is
// on screen, as a person would, and returns its fresh position.
export async function scrollIntoView(page, label) {
  let w = await widget(page, label);
  const { height } = page.viewportSize();
  for (let i = 0; i < 8; i++) {
    const list = await page.evaluate(() => window.planner.widgets());
    if (shownWhole(list, w, height)) break;
    const f = frameOf(list, w);
    // The wheel over the widget's own pane (its middle), not over whatever lies under the widget.
    if (f) await page.mouse.move(f.x + f.w / 2, f.y + f.h / 2);
    else await page.mouse.move(w.x + Math.min(20, w.w / 2), Math.min(Math.max(w.y, 120), height - 120));
    const middle = f ? f.y + f.h / 2 : height / 2;
    await page.mouse.wheel(0, w.y + w.h / 2 - middle);
    await settle(page, 120);
    w = await widget(page, label);
  }
  return w;
}

// A widget below the fold of a scrolled pane is not drawn at all (ImGui
// skips what it clips), so it cannot be found to scroll to: this scrolls the
// pane under `at` down, as a person would, until the widget appears.
export async function reveal(page, label, at) {
  for (let i = 0; i < 12; i++) {
    const found = await widget(page, label, { timeout: 0 }).catch(() => null);
    if (found) return scrollIntoView(page, label);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 250);
    await settle(page, 100);
  }
  return scrollIntoView(page, label);
}

// Clicks a widget: in its middle, or near its left edge with {at: 'left'}
// (rows that span a table have buttons in their middle).
export async function click(page, label, { at = 'middle' } = {}) {
  // Look before clicking, as a person does: frames still on their way (a plan
  // just opened switches to its own tab) land first. Without this a loaded
  // machine clicked a tab in the frame before the opened plan's, which undid it.
  await settle(page, 60);
  const w = await scrollIntoView(page, label);
  const x = at === 'left' ? w.x + Math.min(12, w.w / 4) : w.x + w.w / 2;
  await page.mouse.click(x, w.y + w.h / 2);
  await settle(page, 120);
  return w;
}

export async function screenshot(page, name) {
  const path = join(SHOTS, name + '.png');
  await page.screenshot({ path });
  return path;
}
