// The Firefox smoke set: Debian's firefox-esr driven by puppeteer-core over
// WebDriver BiDi (playwright's Firefox needs its own patched build). Run under
// Xvfb for software GL (scripts/test: xvfb-run); headless when no display.
// Load, open a seed, edit by real clicks and keys, export .ics and JSON,
// reload and find the draft, a share link that opens as a page to read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, startServer } from '../browser/harness.mjs';

const SEED0 = join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json');

let browser, server;
before(async () => {
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: !process.env.DISPLAY,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'intl.accept_languages': 'nl-NL, nl', 'datareporting.policy.dataSubmissionEnabled': false },
  });
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.evaluate(() => window.planner.ready.then(() => true));
  return { page, problems };
}

async function settle(page) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const frames = await page.evaluate(() => window.planner.stats().frames);
    if (frames === last) return;
    last = frames;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function clickWidget(page, suffix) {
  let w;
  for (let i = 0; i < 20 && !w; i++) {
    w = (await page.evaluate(() => window.planner.widgets())).find((x) => x.key.endsWith(suffix));
    if (!w) { await page.mouse.move(2, 2 + i); await new Promise((r) => setTimeout(r, 150)); }
  }
  assert.ok(w, 'widget ' + suffix);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await settle(page);
}

test('Firefox: loads, opens a seed, edits, exports, keeps the draft, share link', async () => {
  const { page, problems } = await open(server.url);
  const stats = await page.evaluate(() => window.planner.stats());
  assert.ok(stats.frames >= 1);
  assert.match(stats.renderer, /^(webgl2|canvas2d)$/);
  console.log('# Firefox renderer:', stats.renderer, 'ready after', await page.evaluate(() => Math.round(window.planner.readyMs)), 'ms');

  const r = await page.evaluate((t) => window.planner.open(t), readFileSync(SEED0, 'utf8'));
  assert.ok(r.ok, JSON.stringify(r.errors));
  await settle(page);
  await clickWidget(page, '###tab-event');
  await clickWidget(page, '##ev-title');
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type('Samenspel in Firefox');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Samenspel in Firefox');

  const ics = await page.evaluate(() => window.planner.export('ics'));
  assert.match(ics, /^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:Samenspel in Firefox[\s\S]*END:VCALENDAR\r\n$/);
  const json = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  assert.equal(json.event.title, 'Samenspel in Firefox');
  await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'firefox-edited.png') });

  await page.evaluate(() => window.planner.flush());
  await page.reload();
  await page.evaluate(() => window.planner.ready.then(() => true));
  const drafts = await page.evaluate(() => window.planner.drafts());
  assert.ok(drafts.some((d) => d.title === 'Samenspel in Firefox'), JSON.stringify(drafts));

  const link = await page.evaluate(() => window.planner.shareLink());
  assert.match(link, /#plan=/);
  const other = await open(link);
  await other.page.waitForSelector('#dd-reading article h1');
  assert.equal(await other.page.$eval('#dd-reading h1', (e) => e.textContent), 'Samenspel in Firefox');
  await other.page.click('#dd-reading-edit');
  await clickWidget(other.page, '###link-accept');
  assert.equal((await other.page.evaluate(() => window.planner.current())).title.startsWith('Samenspel in Firefox'), true);
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
});
