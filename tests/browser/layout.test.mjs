// Issue 11's layout at common screen sizes, as a person sees it: no tab label
// or column header cut at 1280×800 and 1024×768 (planner.widgets() marks a
// label drawn cut with `clipped`), side panes hidden and restored with their
// buttons and shortcuts, drawers below 1100 px with every event field
// reachable at 800×600, the drafts list lined up and numbered, and the
// timeline's drop preview saying what the drop will do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const widgets = (page) => page.evaluate(() => window.planner.widgets());
const doc = async (page) => JSON.parse(await page.evaluate(() => window.planner.export('json')));
const minutes = (v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));
const itemById = (d, id) => d.days.flatMap((day) => day.items).find((i) => i.id === id);

async function open(width, height, locale = 'nl-NL') {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  return { context, page, problems };
}

async function byKey(page, re, { timeout = 2000 } = {}) {
  const start = Date.now();
  for (;;) {
    const w = (await widgets(page)).find((x) => re.test(x.key));
    if (w) return w;
    if (Date.now() - start > timeout) throw new Error(`no widget with key ${re}`);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(120);
  }
}

async function clickKey(page, re) {
  const w = await byKey(page, re);
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await settle(page, 120);
  return w;
}

async function fromTemplate(page) {
  await click(page, /Bestand|File/);
  await click(page, /Nieuw uit sjabloon|New from template/);
  await click(page, /workshopronde|workshop round/i);
}

const TAB_KEYS = ['tab-event', 'tab-programme', 'tab-timeline', 'tab-people', 'tab-designs', 'tab-announcement'];
const HEADERS = { nl: ['Tijd', 'Onderdeel', 'Wie', 'Zaal', 'Duur', 'Status'], en: ['Time', 'Item', 'Who', 'Room', 'Duration', 'Status'] };

for (const [width, height] of [[1280, 800], [1024, 768]]) {
  for (const lang of ['nl', 'en']) {
    test(`${width}×${height} ${lang}: no tab label and no programme column header is cut`, async () => {
      const { context, page, problems } = await open(width, height, 'nl-NL');
      if (lang === 'en') {
        await click(page, /Beeld/);
        await click(page, 'English');
      }
      await fromTemplate(page);
      await clickKey(page, /###tab-programme$/);
      const all = await widgets(page);
      for (const key of TAB_KEYS) {
        const tab = all.find((w) => w.key.endsWith('###' + key));
        assert.ok(tab, `tab ${key} is drawn`);
        assert.equal(tab.clipped, false, `tab ${tab.label} is not cut at ${width}×${height}`);
      }
      for (const name of HEADERS[lang]) {
        const header = all.find((w) => w.label === name && w.h < 40);
        assert.ok(header, `column header ${name} is drawn`);
        assert.equal(header.clipped, false, `column header ${name} is not cut`);
      }
      // The title column gets the slack: wider than every other column.
      const title = all.find((w) => w.label === HEADERS[lang][1]);
      for (const name of HEADERS[lang].slice(2)) {
        const other = all.find((w) => w.label === name && w.h < 40);
        assert.ok(title.w >= other.w, `${HEADERS[lang][1]} (${title.w}px) is at least as wide as ${name} (${other.w}px)`);
      }
      // Short titles show whole; a long one that does not fit is marked cut
      // (drawn with "…", whole on hover), never silently chopped.
      for (const t of ['Ontvangst en inloop', 'Welkom en kennismaking', 'Pauze']) {
        const cell = all.find((w) => w.label === t);
        assert.ok(cell, `title cell ${t}`);
        assert.equal(cell.clipped, false, `${t} is shown whole`);
      }
      const long = all.find((w) => w.label === 'Inhoudelijk deel met keuze uit 3 workshops');
      assert.ok(long, 'the round title is registered by its whole text');
      await screenshot(page, `layout-${width}x${height}-${lang}-programme`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('1280×800: the programme rows line up: stepper within the row, pin column not clipped', async () => {
  const { context, page, problems } = await open(1280, 800);
  await fromTemplate(page);
  await clickKey(page, /###tab-programme$/);
  const all = await widgets(page);
  const row = all.find((w) => /###row$/.test(w.key) && /13:30/.test(w.label));
  assert.ok(row, 'the first row');
  const near = (w) => Math.abs(w.y + w.h / 2 - (row.y + row.h / 2)) < row.h;
  const minus = all.find((w) => w.label === '-' && near(w));
  const pin = all.find((w) => /###pin$/.test(w.key) && near(w));
  assert.ok(minus && pin, 'stepper and pin on the first row');
  assert.ok(minus.y >= row.y - 1 && minus.y + minus.h <= row.y + row.h + 1,
    `the stepper (${minus.y}..${minus.y + minus.h}) fits in the row (${row.y}..${row.y + row.h})`);
  const table = all.find((w) => w.label === 'Status');
  assert.ok(pin.x + pin.w <= 1280 && pin.w >= pin.h - 1, `the pin button is whole (${pin.w}×${pin.h})`);
  assert.ok(table, 'status header');
  assert.deepEqual(problems, []);
  await context.close();
});

test('side panes hide and come back with their buttons and shortcuts; no empty inspector', async () => {
  const { context, page, problems } = await open(1280, 800);
  await fromTemplate(page);
  await clickKey(page, /###tab-programme$/);
  const has = async (re) => (await widgets(page)).some((w) => re.test(w.key));
  assert.ok(await has(/pane-drafts$/), 'drafts pane shown');
  assert.ok(await has(/pane-inspector$/), 'inspector shown on the programme');
  await page.keyboard.press('Control+b');
  await settle(page);
  assert.ok(!(await has(/pane-drafts$/)), 'Ctrl+B hides the drafts pane');
  const wider = await byKey(page, /pane-center$/);
  await clickKey(page, /###pane-drafts-toggle$/);
  assert.ok(await has(/pane-drafts$/), 'its button brings it back');
  assert.ok((await byKey(page, /pane-center$/)).w < wider.w, 'the content was wider without it');
  await clickKey(page, /###pane-inspector-toggle$/);
  assert.ok(!(await has(/pane-inspector$/)), 'the inspector hides with its button');
  await page.keyboard.press('Control+Alt+b');
  await settle(page);
  assert.ok(await has(/pane-inspector$/), 'Ctrl+Alt+B brings it back');
  await clickKey(page, /###tab-people$/);
  assert.ok(!(await has(/pane-inspector$/)), 'no inspector on People and rooms');
  await clickKey(page, /###tab-announcement$/);
  assert.ok(!(await has(/pane-inspector$/)), 'no inspector on the announcement');
  // Splitters show themselves: the resize cursor's bar is there to hover.
  await widget(page, '##split-left');
  assert.deepEqual(problems, []);
  await context.close();
});

test('800×600: side panes are drawers over the content and every event field can be reached', async () => {
  const { context, page, problems } = await open(800, 600);
  await fromTemplate(page);
  const has = async (re) => (await widgets(page)).some((w) => re.test(w.key));
  assert.ok(!(await has(/pane-drafts$/)), 'no drafts pane beside the content');
  const center = await byKey(page, /pane-center$/);
  assert.ok(center.w > 650, `the content takes the width (${center.w}px)`);
  await clickKey(page, /###pane-drafts-toggle$/);
  assert.ok(await has(/###draft-/), 'the drafts drawer opens over the content');
  await screenshot(page, 'layout-800x600-drafts-drawer');
  await page.keyboard.press('Escape');
  await settle(page);
  assert.ok(!(await has(/###draft-/)), 'Escape closes the drawer');

  await clickKey(page, /###tab-event$/);
  // Walk down the event form with the wheel: every field is drawn wide enough to type in.
  const seen = new Map();
  for (let i = 0; i < 16; i++) {
    for (const w of await widgets(page)) {
      if (/^##(ev-|venue-|reg-|date|start|end|doors|price-|max|expected)/.test(w.key) && w.y > 0 && w.y + w.h < 600) seen.set(w.key, w);
    }
    await page.mouse.move(400, 350);
    await page.mouse.wheel(0, 200);
    await settle(page, 100);
  }
  assert.ok(seen.size >= 6, `event fields seen: ${[...seen.keys()].join(', ')}`);
  for (const [key, w] of seen) {
    assert.ok(w.w >= 60, `${key} is ${w.w}px wide`);
    assert.ok(w.x + w.w <= 800, `${key} ends inside the window`);
  }
  await screenshot(page, 'layout-800x600-event');
  assert.deepEqual(problems, []);
  await context.close();
});

test('drafts list: entries line up, untitled drafts are numbered, same titles are told apart', async () => {
  const { context, page, problems } = await open(1280, 800);
  for (let i = 0; i < 5; i++) await clickKey(page, /###drafts-new$/);
  const entries = (await widgets(page)).filter((w) => /###draft-(?!dup|del)/.test(w.key));
  assert.equal(entries.length, 5);
  const xs = new Set(entries.map((e) => Math.round(e.x)));
  assert.equal(xs.size, 1, `every entry starts at the same x (${[...xs].join(', ')})`);
  assert.deepEqual(entries.map((e) => e.label).sort(),
    ['Naamloos concept 1', 'Naamloos concept 2', 'Naamloos concept 3', 'Naamloos concept 4', 'Naamloos concept 5']);
  await fromTemplate(page);
  await fromTemplate(page);
  const titled = (await widgets(page)).filter((w) => /###draft-(?!dup|del)/.test(w.key) && /lokaal samenspel/.test(w.label));
  assert.equal(titled.length, 2);
  assert.notEqual(titled[0].label, titled[1].label, 'two drafts with one title read differently');
  // Hover shows the whole title, the date and the last change.
  await page.mouse.move(titled[0].x + 30, titled[0].y + titled[0].h / 2);
  await page.waitForTimeout(900);
  await settle(page);
  await screenshot(page, 'layout-drafts-tooltip');
  assert.deepEqual(problems, []);
  await context.close();
});

test('timeline at 1280×800: the rooms fit, a round has its title band, the drop preview says what happens', async () => {
  const { context, page, problems } = await open(1280, 800);
  await fromTemplate(page);
  await clickKey(page, /###tab-people$/);
  for (let i = 0; i < 3; i++) {
    await clickKey(page, /###add-room$/);
    await page.keyboard.press('Enter');
  }
  await settle(page);
  assert.equal((await doc(page)).rooms.length, 3);
  await clickKey(page, /###tab-timeline$/);
  const grid = await byKey(page, /##blk-i-ontvangst$/);  // spans every column
  const center = await byKey(page, /pane-center$/);
  assert.ok(grid.x + grid.w <= center.x + center.w, 'four columns fit without sideways scrolling');
  const band = await byKey(page, /##blk-i-workshops-band$/);
  assert.match(band.label, /Inhoudelijk deel/);

  // Drag one workshop 30 minutes down: the whole round moves, and the
  // status line says so before the drop.
  const before = itemById(await doc(page), 'i-workshops');
  const block = await widget(page, 'DemoCreatiespel');
  const from = { x: block.x + block.w / 2, y: block.y + 12 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(from.x, from.y + (30 * 1.6 * i) / 12);
  await page.waitForTimeout(200);
  const preview = await byKey(page, /###drag-preview$/);
  await screenshot(page, 'layout-timeline-drop-preview');
  assert.match(preview.label, /Hele ronde naar \d\d:\d\d/);
  assert.match(preview.label, /Korte afsluiting en borrel/);
  await page.mouse.up();
  await settle(page);
  const after = itemById(await doc(page), 'i-workshops');
  assert.equal(minutes(after.start), minutes(before.start) + 30);
  const time = preview.label.match(/Hele ronde naar (\d\d:\d\d)/)[1];
  assert.equal(after.start, time, 'the drop did what the preview said');
  const current = await page.evaluate(() => window.planner.current());
  assert.deepEqual([current.selection.item, current.selection.session], ['i-workshops', 's-democreatiespel'],
    'after the drop the dragged block is selected');
  assert.deepEqual(problems, []);
  await context.close();
});
