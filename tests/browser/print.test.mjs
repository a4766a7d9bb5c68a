// Print pages in the browser: File › Print… by real clicks opens the chosen
// page and calls the print dialog (window.print is stubbed to record the
// page); then every print page of the five seeds, in Dutch, is printed to
// PDF by headless Chromium (page.pdf) and read back with pdftotext/pdfinfo
// (Debian poppler-utils): titles, times, rooms and leaders are on paper, the
// seed afternoon's announcement is one page and the door programme one sheet
// per day. The first page of each PDF is saved as PNG in test-results/print/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const SEEDS = readdirSync(FIXTURES).filter((f) => /^seed-\d+.*\.json$/.test(f)).sort();
const OUT = join(ROOT, 'test-results', 'print');
mkdirSync(OUT, { recursive: true });
const PAGES = ['print-announcement', 'print-programme', 'print-rooms', 'print-people'];

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const newContext = () => browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });

// Records every print() of a same-origin frame instead of opening a dialog
// (headless Chromium has none): the frame's page lands in window.__printed.
const STUB_PRINT = () => {
  window.__printed = [];
  const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const w = get.call(this);
      if (w && !w.__stubbed) {
        w.__stubbed = true;
        w.print = () => window.__printed.push(w.document.documentElement.outerHTML);
      }
      return w;
    },
  });
};

async function openPlan(page, file) {
  const r = await page.evaluate((t) => window.planner.open(t), readFileSync(join(FIXTURES, file), 'utf8'));
  assert.ok(r.ok, JSON.stringify(r.errors));
  await settle(page);
}

const squash = (s) => s.replace(/\s+/g, '');
const hdotmm = (hhmm) => hhmm.replace(/^0/, '').replace(':', '.');

// What must be on paper for a seed: titles, start times and leaders.
function expectations(doc) {
  const people = new Map(doc.people.map((p) => [p.id, p.name || p.organisation]));
  const items = doc.days.flatMap((d) => d.items);
  const sessions = items.flatMap((i) => i.sessions || []);
  return {
    titles: [...items.filter((i) => !(i.sessions || []).length).map((i) => i.title), ...sessions.map((s) => s.title)],
    // Only published times: an item may keep its time out (time_hidden, as the seed's Pauze).
    times: items.filter((i) => !i.time_hidden).map((i) => hdotmm(i.start)),
    leaders: [...items, ...sessions].flatMap((x) => (x.people || []).map((r) => people.get(r.person_id))).filter(Boolean),
  };
}

function pdfText(path) { return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }); }
function pdfPages(path) { return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]); }
function pdfSize(path) { return /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).slice(1).map(Number); }

test('File › Print…: a real click prints the chosen page, the same page the core exports', async () => {
  const context = await newContext();
  await context.addInitScript(STUB_PRINT);
  const { page, problems } = await openPage(context, server.url);
  await openPlan(page, SEEDS[0]);
  await click(page, '###menu-file');
  await click(page, '###file-print');
  await screenshot(page, 'print-dialog');
  await click(page, '###print-programme');
  await click(page, '###print-go');
  await page.waitForFunction(() => window.__printed.length === 1, null, { timeout: 10000 });
  const printed = await page.evaluate(() => window.__printed[0]);
  const exported = await page.evaluate(() => window.planner.export('print-programme', 'nl'));
  assert.match(printed, /<html lang="nl">/);
  assert.ok(printed.includes('Keuze 1') && printed.includes('DemoCreatiespel'), 'the door programme was printed');
  assert.equal(squash(printed.replace(/<[^>]+>/g, ' ')), squash(exported.replace(/<[^>]+>/g, ' ').replace(/<!DOCTYPE html>/, '')
    .replace(/&[a-z#0-9]+;/g, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }[e] || e))));
  // No app chrome in the printed page, and no script.
  assert.doesNotMatch(printed, /<canvas|<script/);
  // English, announcement: the dialog remembers nothing surprising.
  await click(page, '###menu-file');
  await click(page, '###file-print');
  await click(page, '###print-announcement');
  await click(page, '###print-en');
  await click(page, '###print-go');
  await page.waitForFunction(() => window.__printed.length === 2, null, { timeout: 10000 });
  const en = await page.evaluate(() => window.__printed[1]);
  assert.match(en, /<html lang="en">/);
  assert.match(en, /Practical information/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every print page of the five seeds as PDF: contents and page counts', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  const pdfPage = await context.newPage();
  const counts = {};
  for (const seed of SEEDS) {
    const doc = JSON.parse(readFileSync(join(FIXTURES, seed), 'utf8'));
    const want = expectations(doc);
    await openPlan(page, seed);
    const short = seed.slice(0, 8);
    for (const name of PAGES) {
      const html = await page.evaluate((n) => window.planner.export(n, 'nl'), name);
      await pdfPage.setContent(html, { waitUntil: 'load' });
      const pdf = join(OUT, `${short}-${name}.pdf`);
      await pdfPage.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
      const text = squash(pdfText(pdf));
      const pages = pdfPages(pdf);
      counts[`${short} ${name}`] = pages;
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
      const has = (s, what) => assert.ok(text.includes(squash(s)), `${seed} ${name}: "${s}" (${what}) not in the PDF`);
      if (doc.event.title) has(doc.event.title, 'title');
      if (name === 'print-announcement' || name === 'print-programme') {
        for (const t of want.titles) has(t, 'item title');
        for (const t of want.times) has(t, 'time');
        for (const l of want.leaders) has(l, 'leader');
      }
      if (name === 'print-rooms') {
        for (const t of want.titles) has(t, 'item title');
        // The seeds name no rooms: the plenary part is on the main room's sign.
        if (doc.days.some((d) => d.items.some((i) => i.all_rooms))) has('Plenaire zaal', 'room');
        for (const r of doc.rooms || []) has(r.name, 'room');
      }
      if (name === 'print-people') for (const l of new Set(want.leaders)) has(l, 'person');
      if (name === 'print-programme') {
        const days = doc.days.filter((d) => d.items.length).length;
        assert.equal(pages, Math.max(1, days), `${seed}: the door programme is one sheet per day`);
        const [w, h] = pdfSize(pdf);
        assert.ok(w > h, `${seed}: the door programme is landscape (${w} x ${h})`);
      }
    }
  }
  assert.equal(counts['seed-000 print-announcement'], 1, 'the seed afternoon announcement fits one A4');
  console.log('PDF pages: ' + JSON.stringify(counts));
  await context.close();
});
