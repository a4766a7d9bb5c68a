// The reading view on a phone: a share link opened at 390x844 with touch
// shows the plan as a page (every item title of the seed in the DOM, no
// horizontal scrolling even at 320 px), "Zet in mijn agenda" downloads valid
// .ics files (whole event, one item, a personal choice per round), a plan's
// markup stays text, and "Bewerken" leads to the editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, openPage, screenshot, startServer, widget } from './harness.mjs';

const SEED0 = join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const phone = () => browser.newContext({
  viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  locale: 'nl-NL', acceptDownloads: true,
});

async function shareLinkFor(context, planText) {
  const { page } = await openPage(context, server.url);
  const r = await page.evaluate((t) => window.planner.open(t), planText);
  assert.ok(r.ok, JSON.stringify(r.errors));
  const link = await page.evaluate(() => window.planner.shareLink());
  await page.close();
  return link;
}

// RFC 5545 in brief: CRLF lines of at most 75 octets, balanced BEGIN/END,
// events with UID, DTSTART and SUMMARY.
function assertValidIcs(text, what) {
  assert.match(text, /^BEGIN:VCALENDAR\r\n/, what);
  assert.match(text, /END:VCALENDAR\r\n$/, what);
  const lines = text.split('\r\n').slice(0, -1);
  assert.ok(!lines.some((l) => l.includes('\n')), `${what}: bare LF`);
  for (const l of lines) assert.ok(Buffer.byteLength(l, 'utf8') <= 75, `${what}: line over 75 octets: ${l}`);
  const stack = [];
  for (const l of lines) {
    if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
    if (l.startsWith('END:')) assert.equal(stack.pop(), l.slice(4), `${what}: unbalanced ${l}`);
  }
  assert.equal(stack.length, 0, what);
  const events = text.split('BEGIN:VEVENT').slice(1);
  assert.ok(events.length >= 1, `${what}: no events`);
  for (const e of events) {
    assert.match(e, /\r\nUID:/, what);
    assert.match(e, /\r\nDTSTART[;:]/, what);
    assert.match(e, /\r\nSUMMARY[;:]/, what);
  }
  return events.length;
}

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.tap(selector)]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

const noHorizontalScroll = (page) => page.evaluate(() => {
  const r = document.getElementById('dd-reading');
  return r.scrollWidth <= r.clientWidth && document.documentElement.scrollWidth <= window.innerWidth;
});

test('a share link on a phone: the plan as a page, calendar files, then Bewerken', async () => {
  const context = await phone();
  const seedText = readFileSync(SEED0, 'utf8');
  const seed = JSON.parse(seedText);
  const link = await shareLinkFor(context, seedText);
  const { page, problems } = await openPage(context, link);
  await page.waitForSelector('#dd-reading article h1');
  assert.equal(await page.textContent('#dd-reading h1'), seed.event.title);

  const text = await page.textContent('#dd-reading');
  const titles = seed.days.flatMap((d) => d.items.flatMap((i) => [i.title, ...(i.sessions || []).map((s) => s.title)]))
    .filter((t) => t && t.trim());
  assert.ok(titles.length > 5);
  for (const t of titles) assert.ok(text.includes(t.trim()), `item title in the page: ${t}`);
  assert.ok(await noHorizontalScroll(page), 'no horizontal scroll at 390 px');
  await screenshot(page, 'reading-phone');
  // Native scrolling by finger: the page scrolls, not the canvas.
  const before = await page.evaluate(() => document.getElementById('dd-reading').scrollTop);
  await page.evaluate(() => document.getElementById('dd-reading').scrollBy(0, 600));
  assert.ok(await page.evaluate((b) => document.getElementById('dd-reading').scrollTop > b, before));

  const whole = await download(page, '#dd-reading-ics');
  assert.match(whole.name, /\.ics$/);
  assertValidIcs(whole.text, 'whole event');
  assert.ok(whole.text.includes('SUMMARY'), 'has a summary');
  const one = await download(page, '#dd-reading .item-ics');
  const inOne = assertValidIcs(one.text, 'one item');
  assert.ok(inOne >= 1 && inOne < whole.text.split('BEGIN:VEVENT').length + 20);
  // Personal agenda: the second session of the round.
  const radios = await page.$$('#dd-reading ul.sessions input[type=radio]');
  assert.ok(radios.length >= 2, 'the round offers a choice');
  await radios[1].tap();
  const chosen = await page.evaluate(() => document.querySelector('#dd-reading ul.sessions input:checked').closest('li').textContent);
  const mine = await download(page, '#dd-reading-personal');
  assertValidIcs(mine.text, 'personal');
  const firstWords = chosen.trim().split(/\s+/)[0];
  assert.ok(mine.text.replace(/\r\n /g, '').includes(firstWords), `the chosen session is in the personal agenda (${firstWords})`);
  // Our own reader accepts the file.
  assert.ok((await page.evaluate((t) => window.planner.open(t), whole.text)).ok);

  await page.setViewportSize({ width: 320, height: 640 });
  assert.ok(await noHorizontalScroll(page), 'no horizontal scroll at 320 px');
  await screenshot(page, 'reading-320');

  await page.tap('#dd-reading-edit');
  assert.equal(await page.$('#dd-reading'), null, 'the reading view is gone');
  await widget(page, '###link-accept', { timeout: 5000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('reading view: markup in a plan stays text', async () => {
  const context = await phone();
  const seed = JSON.parse(readFileSync(SEED0, 'utf8'));
  seed.event.title = '<img src=x onerror="window.__pwned=1">Titel';
  seed.days[0].items[0].title = '<script>window.__pwned=1</script>Opening';
  seed.days[0].items[0].description = '[klik](javascript:window.__pwned=1) <b>vet</b>';
  const link = await shareLinkFor(context, JSON.stringify(seed));
  const { page } = await openPage(context, link);
  await page.waitForSelector('#dd-reading article h1');
  assert.equal(await page.textContent('#dd-reading h1'), seed.event.title);
  assert.equal(await page.$$eval('#dd-reading img, #dd-reading script, #dd-reading b', (n) => n.length), 0);
  assert.equal(await page.$$eval('#dd-reading a[href^="javascript"]', (n) => n.length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});
