// Issue 13 and issue 11 ("Long text", "Keyboard"): real text entry with the
// browser's spell-check, long text that wraps, newline→space paste, Tab order
// from Datum, Enter on buttons and rows, keyboard moves in the timeline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const SEED = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json'), 'utf8');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

async function start({ seed = true, clipboard = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(() => localStorage.setItem('dagdeel.language', 'nl'));
  const { page, problems } = await openPage(context, server.url);
  if (seed) assert.ok((await page.evaluate((t) => window.planner.open(t), SEED)).ok);
  await settle(page);
  return { context, page, problems };
}

const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

// Scrolls the pane under the mouse until a widget (clipped ones are not
// reported) is drawn, then returns it.
async function scrolledTo(page, key, at = { x: 640, y: 500 }) {
  for (let i = 0; i < 10; i++) {
    const w = (await page.evaluate(() => window.planner.widgets())).find((x) => x.key === key || x.key.endsWith(key));
    if (w && w.y > 60 && w.y + w.h < 760) return w;
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, w && w.y <= 60 ? -200 : 200);
    await settle(page, 120);
  }
  throw new Error('never drawn: ' + key);
}

const doc = async (page) => JSON.parse(await page.evaluate(() => window.planner.export('json')));
const editing = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a && (a.tagName === 'TEXTAREA' || a.tagName === 'INPUT') && a.id !== 'dagdeel-keyboard-sink'
    ? { tag: a.tagName, lang: a.lang, spellcheck: a.spellcheck, value: a.value, label: a.getAttribute('aria-label'),
        readOnly: a.readOnly, width: a.getBoundingClientRect().width, scrollWidth: a.scrollWidth, clientWidth: a.clientWidth }
    : null;
});

test('spell-check: a misspelt Dutch word in the introduction is in a DOM textarea with spellcheck and lang="nl"', async () => {
  const { context, page, problems } = await start();
  await click(page, '###tab-event');
  await click(page, '##ev-intro');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Wij verwelkommen u graag op deze middag vol inspiratei.');
  await settle(page);
  const e = await editing(page);
  assert.ok(e, 'a real text box has focus');
  assert.equal(e.tag, 'TEXTAREA');
  assert.equal(e.lang, 'nl');
  assert.equal(e.spellcheck, true);
  assert.equal(e.label, 'Inleiding');
  assert.match(e.value, /inspiratei\.$/);
  // Long text wraps at the field's width: nothing runs off sideways.
  assert.ok(e.scrollWidth <= e.clientWidth + 1, `wraps (${e.scrollWidth} <= ${e.clientWidth})`);
  await screenshot(page, 'a11y-spellcheck-intro');
  await page.keyboard.press('Tab');
  await settle(page);
  assert.match((await doc(page)).event.intro, /inspiratei\.$/, 'what was typed is in the plan');
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasting several lines into a one-line field joins them with spaces', async () => {
  const { context, page } = await start({ clipboard: true });
  await click(page, '###tab-event');
  await click(page, '##ev-title');
  await page.keyboard.press('Control+A');
  await page.evaluate(() => navigator.clipboard.writeText('Middag\ninloop\r\n14.00 uur'));
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Middag inloop 14.00 uur');
  await context.close();
});

test('Tab from Datum goes to the start time, not to the calendar button; typing lands there', async () => {
  const { context, page } = await start();
  await click(page, '###tab-event');
  const date = await scrolledTo(page, '##date');
  await page.mouse.click(date.x + 20, date.y + date.h / 2);
  await settle(page, 150);
  await page.keyboard.press('Tab');
  await settle(page, 150);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('14.15');
  await page.keyboard.press('Tab');
  await settle(page);
  const d = await doc(page);
  assert.equal(d.days[0].start, '14:15', 'the typed start time is the day’s start');
  await context.close();
});

test('Enter presses the focused button, even with a row selected (Enter on a row edits its title)', async () => {
  const { context, page } = await start();
  await click(page, '###tab-programme');
  const before = (await doc(page)).days[0].items.length;
  const rows = (await page.evaluate(() => window.planner.widgets())).filter((w) => /###row$/.test(w.key));
  assert.ok(rows.length > 0, 'rows in the programme');
  await page.mouse.click(rows[0].x + 30, rows[0].y + rows[0].h / 2);
  await settle(page, 150);
  // A screen reader's "focus this node" is the path the keyboard's focus takes too.
  const pauze = await widget(page, '###add-break');
  await page.evaluate((id) => document.getElementById('dd-w' + id).focus(), pauze.id);
  await settle(page, 150);
  assert.equal((await page.evaluate(() => window.planner.stats())).navId, pauze.id, 'the button has keyboard focus');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await doc(page)).days[0].items.length, before + 1, 'Enter pressed "Pauze invoegen"');
  await context.close();
});

test('timeline: Alt+arrows move the selected block 5 minutes and to the next room, each one undo step', async () => {
  const { context, page } = await start();
  await click(page, '###tab-timeline');
  const blocks = (await page.evaluate(() => window.planner.widgets())).filter((w) => /##blk-/.test(w.key));
  assert.ok(blocks.length > 0, 'blocks on the timeline');
  const d0 = await doc(page);
  const items = d0.days.flatMap((d) => d.items);
  // A block that is one item (not a session), not spanning every room.
  const b = blocks.find((w) => items.some((it) => w.key.endsWith('##blk-' + it.id) && !it.all_rooms)) || blocks[0];
  const id = b.key.split('##blk-')[1];
  await page.mouse.click(b.x + b.w / 2, b.y + 4);
  await settle(page, 150);
  const item0 = items.find((it) => it.id === id);
  assert.ok(item0, 'clicked an item block');
  await page.keyboard.press('Alt+ArrowDown');
  await settle(page, 150);
  const item1 = (await doc(page)).days.flatMap((d) => d.items).find((it) => it.id === id);
  assert.equal(minutes(item1.start), minutes(item0.start) + 5);
  assert.equal(item1.pinned, true);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await settle(page, 150);
  const item2 = (await doc(page)).days.flatMap((d) => d.items).find((it) => it.id === id);
  assert.equal(item2.duration, item0.duration + 5);
  if (d0.rooms.length > 1) {
    await page.keyboard.press('Alt+ArrowRight');
    await settle(page, 150);
    const item3 = (await doc(page)).days.flatMap((d) => d.items).find((it) => it.id === id);
    assert.notEqual(item3.room_id || '', item2.room_id || '', 'moved to another room');
    await page.keyboard.press('Control+Z');
    await settle(page, 150);
  }
  await page.keyboard.press('Control+Z');
  await settle(page, 150);
  await page.keyboard.press('Control+Z');
  await settle(page);
  const back = (await doc(page)).days.flatMap((d) => d.items).find((it) => it.id === id);
  assert.equal(back.start, item0.start, 'each move was one undo step');
  assert.equal(back.duration, item0.duration);
  const live = await page.evaluate(() => document.getElementById('dagdeel-live').textContent);
  assert.ok(live.length > 0, 'the moves are said aloud');
  await context.close();
});

test('Ctrl+F finds a title, selects the hit and shows it; F3 goes on', async () => {
  const { context, page } = await start();
  await click(page, '###tab-event');
  await page.keyboard.press('Control+F');
  await settle(page, 150);
  const d = await doc(page);
  const target = d.days[0].items.find((it) => it.title.length > 6);
  await page.keyboard.type(target.title.slice(0, 6).toLowerCase());
  await settle(page);
  const cur = await page.evaluate(() => window.planner.current());
  assert.ok(cur.selection.item, 'a hit is selected');
  const count = (await page.evaluate(() => window.planner.widgets())).find((w) => /###find-count/.test(w.key));
  assert.match(count.label, /^1 van \d+$/);
  await screenshot(page, 'a11y-find');
  await context.close();
});
