// The Announcement tab by real clicks: it opens rendered (headings, bold
// times, bullets, links: screenshots at 1280x800 in Dutch and English, light
// and dark), and Copy puts ONE clipboard item with text/html and text/plain
// on the clipboard; the HTML, parsed in a fresh page, shows the seed's
// programme as a list with its times and the round's sessions nested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const SEED0 = join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openSeed(context) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const opened = await openPage(context, server.url);
  const r = await opened.page.evaluate((t) => window.planner.open(t), readFileSync(SEED0, 'utf8'));
  assert.ok(r.ok, JSON.stringify(r.errors));
  await settle(opened.page);
  await click(opened.page, '###tab-announcement');
  await widget(opened.page, '###ann-copy');
  return opened;
}

// The wheel over the rendered text, as a reader scrolls down to the programme.
async function scrollToProgramme(page) {
  await page.mouse.move(580, 420);
  await page.mouse.wheel(0, 520);
  await settle(page, 150);
}

test('Copy in the Announcement tab: one item with text/html and text/plain; the HTML lists the programme', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openSeed(context);
  await click(page, '###ann-copy');
  const items = await page.evaluate(async () => {
    const out = [];
    for (const item of await navigator.clipboard.read()) {
      const entry = { types: item.types };
      for (const t of item.types) entry[t] = await (await item.getType(t)).text();
      out.push(entry);
    }
    return out;
  });
  assert.equal(items.length, 1, 'one clipboard item');
  assert.deepEqual([...items[0].types].sort(), ['text/html', 'text/plain']);
  assert.equal(items[0]['text/plain'], await page.evaluate(() => window.planner.export('txt', 'nl')));
  const html = items[0]['text/html'];
  // E-mail safe: no style sheet, no class, nothing fetched, no script.
  assert.doesNotMatch(html, /<style|class=|<script|<img|<link|src=/i);

  const reader = await context.newPage();
  await reader.setContent(html);
  const programme = await reader.evaluate(() => {
    const h = [...document.querySelectorAll('h2')].find((e) => e.textContent === 'Programma');
    let list = h.nextElementSibling;
    return {
      rows: [...list.children].map((li) => li.tagName + ' ' + li.firstElementChild?.tagName + ' ' + li.textContent.split('\n')[0]),
      sessions: [...list.querySelectorAll('li ul li')].map((li) => li.textContent),
      listTag: list.tagName,
    };
  });
  assert.equal(programme.listTag, 'UL');
  assert.equal(programme.rows.length, 6);
  assert.match(programme.rows[0], /^LI STRONG 13\.30 uur Ontvangst en inloop/);
  // The seed prints no time for the round (time_hidden), so neither do we.
  assert.match(programme.rows[4], /^LI UL Inhoudelijk deel met keuze uit 3 workshops/);
  assert.equal(programme.sessions.length, 3);
  assert.match(programme.sessions[1], /DemoCreatiespel/);
  await reader.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'announcement-clipboard-html.png'), fullPage: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Announcement tab shows the announcement rendered, NL/EN, light/dark; the source is one click away', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openSeed(context);
  await screenshot(page, 'announcement-rendered-nl-light');
  await scrollToProgramme(page);
  await screenshot(page, 'announcement-rendered-nl-light-programme');
  await click(page, /Beeld/);
  await click(page, '###theme-dark');
  await screenshot(page, 'announcement-rendered-nl-dark');
  await click(page, /Beeld/);
  await click(page, 'English');
  await click(page, '###ann-en');
  await widget(page, /Formatted/);
  await screenshot(page, 'announcement-rendered-en-dark');
  await scrollToProgramme(page);
  await screenshot(page, 'announcement-rendered-en-dark-programme');
  await click(page, /View/);
  await click(page, '###theme-light');
  await screenshot(page, 'announcement-rendered-en-light');
  // One click to the source.
  await click(page, '###ann-md');
  await screenshot(page, 'announcement-source-en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Copy of the programme only, and of one selected round, for a newsletter', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openSeed(context);
  const clipboard = () => page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
  });
  await click(page, '###ann-programme');
  await click(page, '###ann-copy');
  const programme = await clipboard();
  assert.match(programme.text, /^Bijeenkomst over veranderend lokaal samenspel/);
  assert.match(programme.text, /13\.30 uur Ontvangst en inloop/);
  assert.doesNotMatch(programme.text, /Praktisch|Op 19 juni organiseert/);
  assert.match(programme.html, /<li[^>]*><strong>16\.30 uur<\/strong> Korte afsluiting en borrel/);

  // Select the round in the programme, then copy just that item.
  await click(page, '###tab-programme');
  await click(page, /^14[.:]50/, { at: 'left' });
  assert.equal((await page.evaluate(() => window.planner.current())).selection.item, 'i-workshops');
  await click(page, '###tab-announcement');
  await click(page, '###ann-item');
  await screenshot(page, 'announcement-selected-item');
  await click(page, '###ann-copy');
  const round = await clipboard();
  assert.match(round.text, /^Inhoudelijk deel met keuze uit 3 workshops:/);  // no time: the seed gives none
  assert.match(round.text, /DemoCreatiespel/);
  assert.doesNotMatch(round.text, /Ontvangst|Bijeenkomst over/);
  assert.doesNotMatch(round.html, /14\.50 uur/);
  assert.equal((round.html.match(/<li/g) || []).length, 4, 'the round and its three sessions');
  assert.deepEqual(problems, []);
  await context.close();
});
