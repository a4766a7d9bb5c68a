// The timeline with a real mouse: a session dragged to another room and later
// in time, a block's lower edge dragged to lengthen it, each one undoable
// step; the result read back through planner.export('json').
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const PPM = 1.6;  // UiState's default timeline zoom: pixels per minute

async function widgets(page) { return page.evaluate(() => window.planner.widgets()); }

// A widget whose full ImGui label (key) matches: ids like "##resize-i-3".
async function byKey(page, re) {
  const w = (await widgets(page)).find((x) => re.test(x.key));
  if (!w) throw new Error(`no widget with key ${re}`);
  return w;
}

async function clickKey(page, re) {
  const w = await byKey(page, re);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await settle(page, 120);
}

// Tabs sometimes need a second click on the frame they appear; retry until
// a widget of the tab is drawn.
async function openTab(page, label, probe) {
  for (let i = 0; i < 4; i++) {
    await click(page, label);
    if ((await widgets(page)).some((w) => probe.test(w.key))) return;
  }
  throw new Error(`tab ${label} did not open`);
}

const doc = async (page) => JSON.parse(await page.evaluate(() => window.planner.export('json')));
const minutes = (v) => (typeof v === 'number' ? v : Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));
const itemById = (d, id) => d.days.flatMap((day) => day.items).find((i) => i.id === id);

// A drag in small steps, as a hand would do it (frames render while the button is down).
async function drag(page, from, to, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  }
  await page.waitForTimeout(150);
}

async function setup(page) {
  await settle(page);
  await click(page, /Bestand/);
  await click(page, /Nieuw uit sjabloon/);
  await click(page, 'Middag met workshopronde');
  await openTab(page, /Mensen en zalen/, /###add-room$/);
  await clickKey(page, /###add-room$/);
  await page.keyboard.press('Enter');
  await clickKey(page, /###add-room$/);
  await page.keyboard.press('Enter');
  await settle(page);
  assert.deepEqual((await doc(page)).rooms.map((r) => r.name), ['Zaal 1', 'Zaal 2']);
  await openTab(page, /Tijdlijn/, /###timeline-rooms$/);
}

test('drag a session to another room and 30 minutes later: one undoable step', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await setup(page);
  const before = await doc(page);
  const round = itemById(before, 'i-workshops');
  assert.equal(round.sessions.find((s) => s.id === 's-democreatiespel').room_id, '');

  const block = await widget(page, 'DemoCreatiespel');
  const from = { x: block.x + block.w / 2, y: block.y + 12 };
  // The grid's columns share its width equally: three columns here.
  const grid = await byKey(page, /##blk-i-ontvangst$/);  // spans every column
  const columnWidth = (grid.w + 6) / 3;
  const to = { x: grid.x - 3 + columnWidth * 1.5, y: from.y + 30 * PPM };
  await drag(page, from, to);
  const stats = await page.evaluate(() => window.planner.stats());
  await screenshot(page, 'timeline-dragging');
  await page.mouse.up();
  await settle(page);

  const after = await doc(page);
  const moved = itemById(after, 'i-workshops');
  assert.equal(moved.sessions.find((s) => s.id === 's-democreatiespel').room_id, 'r-1', 'session now in Zaal 1');
  assert.equal(moved.pinned, true, 'the round is pinned at its new start');
  assert.equal(minutes(moved.start), minutes(round.start) + 30, 'moved 30 minutes later, on a 5-minute grid');
  assert.equal(moved.sessions.find((s) => s.id === 's-cooperatieve-wijkraad').room_id, '', 'other sessions stay');
  assert.ok(stats.lastFrameMs < 50, `a frame while dragging took ${stats.lastFrameMs} ms`);
  await screenshot(page, 'timeline-after-move');

  // One gesture, one undo step.
  await page.keyboard.press('Control+z');
  await settle(page);
  const undone = itemById(await doc(page), 'i-workshops');
  assert.equal(undone.sessions.find((s) => s.id === 's-democreatiespel').room_id, '');
  assert.equal(minutes(undone.start), minutes(round.start));
  assert.deepEqual(problems, []);
  await context.close();
});

test('drag the lower edge to lengthen a block by 15 minutes', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await setup(page);
  const before = itemById(await doc(page), 'i-presentatie');
  const handle = await byKey(page, /##resize-i-presentatie$/);
  const from = { x: handle.x + handle.w / 2, y: handle.y + handle.h / 2 };
  await drag(page, from, { x: from.x, y: from.y + 15 * PPM });
  await page.mouse.up();
  await settle(page);
  const after = await doc(page);
  assert.equal(itemById(after, 'i-presentatie').duration, before.duration + 15);
  // The items after it flow on (reflow): the break starts 15 minutes later.
  assert.equal(minutes(itemById(after, 'i-pauze').start), minutes(before.start) + before.duration + 15);
  await screenshot(page, 'timeline-after-resize');

  // A click (no movement) selects instead of changing anything.
  const revision = await page.evaluate(() => window.planner.export('json'));
  const pauze = await widget(page, 'Pauze');
  await page.mouse.click(pauze.x + 40, pauze.y + 4);
  await settle(page);
  assert.equal(await page.evaluate(() => window.planner.export('json')), revision, 'a click changes nothing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('zoom, room filter and dark theme in English', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await setup(page);
  const small = await widget(page, 'Ontvangst en inloop');
  await clickKey(page, /###timeline-zoom-in$/);
  const big = await widget(page, 'Ontvangst en inloop');
  assert.ok(big.h > small.h * 1.2, `zoom in makes blocks taller (${small.h} -> ${big.h})`);

  await clickKey(page, /###timeline-rooms$/);
  await clickKey(page, /Zaal 2###room-r-2$/);
  await page.keyboard.press('Escape');
  await settle(page);
  assert.match((await byKey(page, /###timeline-rooms$/)).label, /\(2\/3\)/);

  await click(page, /Beeld/);
  await click(page, 'English');
  await click(page, /View/);
  await click(page, /Dark/);
  await settle(page);
  await widget(page, /Rooms \(2\/3\)/);
  await screenshot(page, 'timeline-dark-en');
  assert.deepEqual(problems, []);
  await context.close();
});
