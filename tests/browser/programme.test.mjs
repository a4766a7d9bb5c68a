// The drafting interface driven as a person would: menus, buttons, fields,
// keyboard. Each test checks what the app then holds via planner.export("json")
// and saves a screenshot for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { click, launch, openPage, reveal, screenshot, settle, startServer, widget } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const exported = (page) => page.evaluate(() => JSON.parse(window.planner.export('json')));
const current = (page) => page.evaluate(() => window.planner.current());
const items = (doc, day = 0) => doc.days[day].items;
const byTitle = (doc, re) => items(doc).find((i) => re.test(i.title));

async function widgets(page) { return page.evaluate(() => window.planner.widgets()); }

// The widget labelled `label` on the same table row as the row selectable `rowLabel`.
async function inRow(page, rowLabel, label) {
  const all = await widgets(page);
  const row = all.find((w) => (rowLabel instanceof RegExp ? rowLabel.test(w.label) : w.label === rowLabel));
  if (!row) throw new Error('no row ' + rowLabel);
  const hit = all.find((w) => (w.label === label || w.key === label) && Math.abs((w.y + w.h / 2) - (row.y + row.h / 2)) < row.h);
  if (!hit) throw new Error(`no ${label} on row ${rowLabel}`);
  return hit;
}
async function clickWidget(page, w) {
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await settle(page, 120);
}

// The lowest widget matching `re` (e.g. the open session's "Persoon" button,
// below the round's own), scrolled into view first.
async function clickLowest(page, re) {
  const { height } = page.viewportSize();
  for (let i = 0; i < 6; i++) {
    const all = (await widgets(page)).filter((w) => re.test(w.label) || re.test(w.key)).sort((a, b) => b.y - a.y);
    const w = all[0];
    if (w.y + w.h < height - 40) return clickWidget(page, w);
    await page.mouse.move(w.x + 10, height - 150);
    await page.mouse.wheel(0, w.y - height / 2);
    await settle(page, 120);
  }
  throw new Error('could not bring ' + re + ' into view');
}

async function newFromTemplate(page) {
  await click(page, /Bestand/);
  await click(page, /Nieuw uit sjabloon/);
  await click(page, /workshopronde/i);
  await click(page, '###tab-programme');
}

async function freshPage(locale = 'nl-NL') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  return { context, page, problems };
}

test('create an event from the "afternoon with a workshop round" template', async () => {
  const { context, page, problems } = await freshPage();
  await newFromTemplate(page);
  const doc = await exported(page);
  assert.equal(doc.format, 'dagdeel');
  assert.match(doc.event.title, /veranderend lokaal samenspel/);
  assert.equal(byTitle(doc, /Ontvangst/).start, '13:30');
  const round = items(doc).find((i) => i.kind === 'round');
  assert.equal(round.sessions.length, 3);
  await screenshot(page, 'programme-template');
  assert.deepEqual(problems, []);
  await context.close();
});

test("changing the welcome's duration moves every later start time", async () => {
  const { context, page } = await freshPage();
  await newFromTemplate(page);
  const before = await exported(page);
  const welcome = byTitle(before, /Welkom/);
  const later = items(before).filter((i) => !i.pinned && i.start > welcome.start).map((i) => [i.id, i.start]);
  assert.ok(later.length >= 2);
  const plus = await inRow(page, new RegExp('^' + welcome.start), '+');
  await clickWidget(page, plus);
  await clickWidget(page, plus);
  const after = await exported(page);
  assert.equal(byTitle(after, /Welkom/).duration, welcome.duration + 10);
  const toMinutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  for (const [id, start] of later) {
    const moved = items(after).find((i) => i.id === id);
    assert.equal(toMinutes(moved.start), toMinutes(start) + 10, `${moved.title} moved by 10 minutes`);
  }
  // Typing a duration works too: "1h" in the field.
  const field = await inRow(page, new RegExp('^' + welcome.start), '##duration');
  await clickWidget(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1h');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(byTitle(await exported(page), /Welkom/).duration, 60);
  await screenshot(page, 'programme-duration');
  await context.close();
});

test('add a round with three workshops, leaders and rooms', async () => {
  const { context, page } = await freshPage();
  await newFromTemplate(page);
  await click(page, /^\S*\s*Onderdeel$/);
  await click(page, /Workshopronde/);
  let doc = await exported(page);
  const rounds = items(doc).filter((i) => i.kind === 'round');
  assert.equal(rounds.length, 2, 'a second round was added');
  const selectedId = (await current(page)).selection.item;
  const round = rounds.find((r) => r.id === selectedId);
  assert.ok(round, 'the new round is selected');
  const before = round.sessions.length;
  const titles = ['Wijkraad in de praktijk', 'Spelvorm: DemoCreatie', 'Rol van de raad'];
  // The button sits under the round's sessions in the inspector (right pane): scrolled to as a person would.
  const inspector = { x: page.viewportSize().width - 120, y: 500 };
  for (let i = before; i < 3; i++) {
    await reveal(page, '###add-session', inspector);
    await click(page, '###add-session');
  }
  doc = await exported(page);
  const sessions = items(doc).find((i) => i.id === round.id).sessions;
  assert.equal(sessions.length, 3);
  // Fill each session: select its header, type a title, add a leader and a room.
  for (let s = 0; s < 3; s++) {
    // Headers are in session order; clicking one selects (and opens) it.
    for (let k = 0; k < 4 && (await current(page)).selection.session !== sessions[s].id; k++) {
      const heads = (await widgets(page)).filter((w) => w.key.endsWith('###head')).sort((a, b) => a.y - b.y);
      await click(page, heads[s].label);  // scrolls the inspector to it when needed
    }
    assert.equal((await current(page)).selection.session, sessions[s].id);
    await click(page, '##title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(titles[s]);
    await page.keyboard.press('Enter');
    await settle(page);
    await clickLowest(page, /Persoon$/);
    await click(page, '##new-name');
    await page.keyboard.type(`Leider ${s + 1}`);
    await click(page, '##new-org');
    await page.keyboard.type('Movisie');
    await click(page, '###add-new-person');
    await clickLowest(page, /###new-room$/);
    await page.keyboard.type(`Zaal ${s + 1}`);
    await click(page, /capaciteit/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25');
    await click(page, '###add-room');
  }
  doc = await exported(page);
  const filled = items(doc).find((i) => i.id === round.id).sessions;
  assert.deepEqual(filled.map((x) => x.title), titles);
  for (const s of filled) {
    assert.equal(s.people.length, 1, 'one leader');
    const room = doc.rooms.find((r) => r.id === s.room_id);
    assert.ok(room && room.capacity === 25, 'a room of 25');
  }
  await screenshot(page, 'programme-round');
  await context.close();
});

test("a session's minimum and 'cancelled below the minimum' are set in the inspector", async () => {
  const { context, page } = await freshPage();
  await newFromTemplate(page);
  await click(page, 'DemoCreatiespel');  // the session's row in the programme
  assert.equal((await current(page)).selection.session, 's-democreatiespel');
  const inspector = { x: page.viewportSize().width - 120, y: 500 };
  await reveal(page, '##minimum', inspector);
  await click(page, '##minimum');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await settle(page);
  await reveal(page, '###cancel-under-minimum', inspector);
  await click(page, '###cancel-under-minimum', { at: 'left' });
  const session = items(await exported(page)).find((i) => i.id === 'i-workshops').sessions.find((x) => x.id === 's-democreatiespel');
  assert.equal(session.minimum, 8);
  assert.equal(session.cancel_if_under_minimum, true);
  await context.close();
});

test('a double booking shows as a finding; clicking it selects the item; undo undoes it all', async () => {
  const { context, page } = await freshPage();
  await newFromTemplate(page);
  const original = await exported(page);
  const presentation = byTitle(original, /Presentatie/);
  // Select the presentation and type an earlier start: it is pinned there and
  // now overlaps the welcome in the same (plenary) room.
  await click(page, new RegExp('^' + presentation.start), { at: 'left' });
  await click(page, '##start');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('14.05');
  await page.keyboard.press('Enter');
  await settle(page);
  const doc = await exported(page);
  const moved = byTitle(doc, /Presentatie/);
  assert.equal(moved.start, '14:05');
  assert.equal(moved.pinned, true);
  // Select something else, then click the finding about the overlap.
  await click(page, new RegExp('^' + byTitle(doc, /Ontvangst/).start), { at: 'left' });
  // Findings of one kind fold into a group with a count: open it if needed.
  const group = (await widgets(page)).find((w) => w.key.endsWith('###group-room_overlap'));
  if (group) await clickWidget(page, group);
  // Messages wrap, so the panel may need a scroll to show it, as for a person.
  const isOverlap = (w) => w.key.includes('###finding-') && /overlap|tegelijk|dubbel|overlapt/i.test(w.label);
  let finding = (await widgets(page)).find(isOverlap);
  for (let i = 0; i < 8 && !finding; i++) {
    const row = (await widgets(page)).find((w) => w.key.includes('###finding-'));
    await page.mouse.move(row.x + 40, row.y + row.h / 2);
    await page.mouse.wheel(0, 60);
    await settle(page, 120);
    finding = (await widgets(page)).find(isOverlap);
  }
  assert.ok(finding, 'an overlap finding is listed');
  await clickWidget(page, finding);
  const sel = (await current(page)).selection.item;
  assert.ok([moved.id, byTitle(doc, /Welkom/).id].includes(sel), 'the finding selected an item it is about');
  await screenshot(page, 'programme-finding');
  // Undo step by step until the document is as the template made it.
  for (let i = 0; i < 5 && (await current(page)).canUndo; i++) {
    const now = await exported(page);
    if (JSON.stringify(now) === JSON.stringify(original)) break;
    await page.keyboard.press('Control+Z');
    await settle(page);
  }
  assert.deepEqual(await exported(page), original);
  await page.keyboard.press('Control+Shift+Z');
  await settle(page);
  assert.equal(byTitle(await exported(page), /Presentatie/).start, '14:05', 'redo brings it back');
  await context.close();
});

test('switching to English shows English labels and dates', async () => {
  const { context, page } = await freshPage();
  await newFromTemplate(page);
  await click(page, '###tab-event');
  await click(page, '##date');
  await page.keyboard.type('2018-06-19');
  await page.keyboard.press('Enter');
  await settle(page);
  await click(page, '###tab-programme');
  await widget(page, 'dinsdag 19 juni 2018');
  await click(page, /Beeld/);
  await click(page, 'English');
  await widget(page, 'Tuesday 19 June 2018');
  await widget(page, /Programme/);
  await screenshot(page, 'programme-english');
  assert.equal((await exported(page)).days[0].date, '2018-06-19');
  await context.close();
});
