// A tablet (1024x768, touch only) through Chromium's touch events (CDP
// Input.dispatchTouchEvent): taps work menus and tabs, a finger drags a
// timeline block to another room and later, a long-press opens the context menu a right click would, and tapping
// a text field asks for the on-screen keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const PPM = 1.6;  // the timeline's default zoom: pixels per minute
const doc = async (page) => JSON.parse(await page.evaluate(() => window.planner.export('json')));
const minutes = (v) => (typeof v === 'number' ? v : Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));
const itemById = (d, id) => d.days.flatMap((day) => day.items).find((i) => i.id === id);
const byKey = async (page, re) => {
  for (let i = 0; i < 10; i++) {
    const w = (await page.evaluate(() => window.planner.widgets())).find((x) => re.test(x.key));
    if (w) return w;
    await page.waitForTimeout(150);
  }
  throw new Error(`no widget ${re}`);
};

// Resolves after the page's next `n` animation frames: the app's own frame,
// asked for by the input just sent, runs before each of them.
const frames = (page, n) => page.evaluate((count) => new Promise((ok) => {
  const tick = (left) => (left === 0 ? ok() : requestAnimationFrame(() => tick(left - 1)));
  tick(count);
}), n);

function finger(cdp, page) {
  const send = (type, x, y) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y), id: 1 }],
  });
  return {
    async tap(w) {
      await send('touchStart', w.x + w.w / 2, w.y + w.h / 2);
      await page.waitForTimeout(60);
      await send('touchEnd');
      await settle(page, 150);
    },
    async drag(from, to, steps = 12) {
      await send('touchStart', from.x, from.y);
      // The app sees the finger down where it landed before it moves, and
      // each step in a frame (a finger held down keeps the app drawing: wait
      // for frames, not quiet). The first step goes past the 10 px slop at
      // once, as a finger that drags does: in small steps a loaded machine
      // took longer than the 500 ms after which a still finger is a long
      // press (a right click), so a resize by 24 px never began.
      await frames(page, 2);
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      const first = length > 0 ? Math.min(1, 14 / length) : 1;
      for (let i = 0; i <= steps; i++) {
        const f = first + ((1 - first) * i) / steps;
        await send('touchMove', from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
        await frames(page, 1);
      }
      await page.waitForTimeout(150);
      await send('touchEnd');
      await settle(page, 150);
    },
    async longPress(w) {
      await send('touchStart', w.x + Math.min(30, w.w / 2), w.y + w.h / 2);
      await page.waitForTimeout(700);
      await send('touchEnd');
      await settle(page, 150);
    },
  };
}

async function setup(page, hand) {
  await settle(page);
  await hand.tap(await widget(page, /Bestand/));
  await hand.tap(await widget(page, /Nieuw uit sjabloon/));
  await hand.tap(await widget(page, 'Middag met workshopronde'));
  await hand.tap(await widget(page, /Mensen en zalen/));
  // Each new room's name is typed in a real text field laid over the canvas
  // (it takes touches while it is open); a person taps again once Enter has
  // closed it. Under load that can take a few frames.
  const fieldClosed = () => page.waitForFunction(() => !document.querySelector('#dagdeel-a11y .dd-edit'), null, { timeout: 10000 });
  await hand.tap(await byKey(page, /###add-room$/));
  await page.keyboard.press('Enter');
  await fieldClosed();
  await hand.tap(await byKey(page, /###add-room$/));
  await page.keyboard.press('Enter');
  await fieldClosed();
  await settle(page);
  assert.deepEqual((await doc(page)).rooms.map((r) => r.name), ['Zaal 1', 'Zaal 2']);
  await hand.tap(await widget(page, /Tijdlijn/));
  await byKey(page, /###timeline-rooms$/);
}

test('tablet: a finger drags a timeline block, a tap changes nothing, long-press is a right click', async () => {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, hasTouch: true, locale: 'nl-NL',
  });
  const { page, problems } = await openPage(context, server.url);
  const cdp = await context.newCDPSession(page);
  const hand = finger(cdp, page);
  await setup(page, hand);

  const before = await doc(page);
  const round = itemById(before, 'i-workshops');
  const block = await widget(page, 'DemoCreatiespel');
  const from = { x: block.x + block.w / 2, y: block.y + 12 };
  const grid = await byKey(page, /##blk-i-ontvangst$/);
  const columnWidth = (grid.w + 6) / 3;
  await hand.drag(from, { x: grid.x - 3 + columnWidth * 1.5, y: from.y + 30 * PPM });
  const moved = itemById(await doc(page), 'i-workshops');
  assert.equal(moved.sessions.find((s) => s.id === 's-democreatiespel').room_id, 'r-1', 'dragged by finger to Zaal 1');
  assert.equal(minutes(moved.start), minutes(round.start) + 30, '30 minutes later');
  await screenshot(page, 'tablet-after-drag');

  // A finger on a block's lower edge drags its duration (15 minutes longer).
  const presentation = itemById(await doc(page), 'i-presentatie');
  const edge = await byKey(page, /##resize-i-presentatie$/);
  const at = { x: edge.x + edge.w / 2, y: edge.y + edge.h / 2 };
  await hand.drag(at, { x: at.x, y: at.y + 15 * PPM });
  assert.equal(itemById(await doc(page), 'i-presentatie').duration, presentation.duration + 15, 'a finger resizes');
  await screenshot(page, 'tablet-after-resize');

  // A tap on a block selects and changes nothing.
  const revision = await page.evaluate(() => window.planner.export('json'));
  await hand.tap(await widget(page, 'Pauze'));
  assert.equal(await page.evaluate(() => window.planner.export('json')), revision, 'a tap changes nothing');

  // Long-press where a mouse would right-click: the draft's context menu.
  // At 1024 px the drafts list is a drawer: a tap on its button opens it.
  const id = (await page.evaluate(() => window.planner.current())).id;
  await hand.tap(await byKey(page, /###pane-drafts-toggle$/));
  await settle(page);
  await hand.longPress(await byKey(page, new RegExp('###draft-' + id + '$')));
  assert.ok((await page.evaluate(() => window.planner.stats())).openPopups > 0, 'long-press opens the context menu');
  await screenshot(page, 'tablet-long-press');
  await page.keyboard.press('Escape');
  await settle(page);

  // Tapping a text field asks for the on-screen keyboard; typing reaches it.
  await hand.tap(await byKey(page, /###tab-event$/));
  await hand.tap(await byKey(page, /##ev-title$/));
  // The field is edited in a real, focused, writable <input> (the text entry
  // over the canvas): that is what brings up a tablet's on-screen keyboard.
  const focused = await page.evaluate(() => {
    const e = document.activeElement;
    return { tag: e.tagName, readOnly: !!e.readOnly, inputMode: e.inputMode || '' };
  });
  assert.ok(['INPUT', 'TEXTAREA'].includes(focused.tag), `a text control has the focus (${focused.tag})`);
  assert.equal(focused.readOnly, false);
  assert.notEqual(focused.inputMode, 'none');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Op de tablet');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.current())).title, 'Op de tablet');
  assert.deepEqual(problems, []);
  await context.close();
});
