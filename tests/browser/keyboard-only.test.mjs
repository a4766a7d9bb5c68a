// Issue 13's "done when": the seed afternoon (../shared/seeds/000_*.txt) built
// from a blank draft with the keyboard only: not one mouse event reaches the
// page. A keyboard user watches the focus ring: Tab (or Shift+Tab) until the
// widget wanted has focus, Enter or Space to press it, Enter to go into a pane
// and Escape to come out again. The test counts every key it pressed (typed
// text not counted) and checks the Dutch announcement's programme and
// "Praktisch" lines against the seed, as the mouse-and-keyboard test does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, settle, startServer } from './harness.mjs';
import { SEED_PRACTICAL, SEED_PROGRAMME, SEED_EVENT_FIELDS, SEED_WORKSHOPS, section } from './seed-afternoon.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

test('keyboard only: the seed afternoon from a blank draft, without one mouse event', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  // Every mouse, pointer and touch event that reaches the page is counted.
  await context.addInitScript(() => {
    window.__pointerEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'mousemove', 'click', 'wheel', 'pointerdown', 'pointermove', 'touchstart'])
      window.addEventListener(type, (e) => { if (e.isTrusted) window.__pointerEvents++; }, true);
  });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  let keys = 0;

  const focused = async () => {
    const s = await page.evaluate(() => window.planner.stats());
    const w = (await page.evaluate(() => window.planner.widgets())).find((x) => x.id === s.navId);
    return w ? w.key : String(s.navId);
  };
  const trail = [];  // where each key left the focus: printed when a step fails
  async function press(key) {
    await page.keyboard.press(key);
    keys++;
    await settle(page, 80);
    if (process.env.DAGDEEL_TRAIL) trail.push(`${key} → ${await focused()} popups=${(await page.evaluate(() => window.planner.stats())).openPopups}`);
  }
  async function type(text) {
    await page.keyboard.type(text);
    await settle(page, 80);
  }
  // Tab until the widget whose ImGui key matches has the keyboard focus.
  async function tabTo(re, { back = false, max = 80 } = {}) {
    for (let i = 0; i < max; i++) {
      if (re.test(await focused())) return;
      await press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${re}; focus is on ${await focused()}\n${trail.slice(-100, -70).join('\n')}`);
  }
  // Tab to a text field and type into it (Tab selects what it held).
  async function fill(re, text) { await tabTo(re); await type(text); }

  // Into the drafts pane, "Nieuw": a blank draft opens on the event form.
  await intoPane('drafts');
  await tabTo(/###drafts-new$/);
  await press('Enter');
  // Out of the drafts pane, into the centre: the event form.
  await intoPane('center');
  for (const [field, text] of SEED_EVENT_FIELDS) await fill(field, text);
  await tabTo(/###free$/);
  await press('Space');
  await fill(/##reg-deadline$/, '5-6-2018');
  await fill(/##reg-email$/, 'e.even@movisie.nl');
  await tabTo(/##reg-contact$/);
  await press('Enter');  // opens the contact's "find or add" field
  await type('Eveline Even');
  await press('Enter');

  // The programme tab (Shift+Tab back up to the tab bar), then its toolbar.
  await tabTo(/###tab-programme$/, { back: true, max: 120 });
  await press('Enter');

  // Arrow keys until the focused widget's visible label is `label` (a menu, a combo).
  async function arrowTo(label, { max = 20 } = {}) {
    for (let i = 0; i < max; i++) {
      const key = await focused();
      if (key.split('###')[0].trim() === label) return;
      await press('ArrowDown');
    }
    const seen = (await page.evaluate(() => window.planner.widgets())).filter((w) => w.label.includes(label)).map((w) => `${w.key}=${w.id}`);
    throw new Error(`arrows never reached "${label}"; focus is on ${await focused()}; ${seen}\n${trail.slice(-30, -10).join('\n')}`);
  }
  // F6 (as in browsers and office programs) until the keyboard focus is in
  // the pane wanted: the drafts, the centre, the findings or the item panel.
  async function intoPane(name) {
    for (let i = 0; i < 5; i++) {
      await press('F6');
      const s = await page.evaluate(() => window.planner.stats());
      const list = await page.evaluate(() => window.planner.widgets());
      const pane = list.find((w) => w.key.endsWith(`##pane-${name}`));
      const f = list.find((w) => w.id === s.navId);
      if (pane && f && f.x >= pane.x && f.y >= pane.y && f.x < pane.x + pane.w && f.y < pane.y + pane.h) return;
    }
    throw new Error(`F6 never reached the ${name} pane; focus is on ${await focused()}`);
  }
  // "Onderdeel ▾" in the programme's toolbar, then the kind: its title is
  // ready for typing in the inspector; Tab goes on to the duration.
  async function addItem(kind, title, { duration, hideTime } = {}) {
    await tabTo(/###add-item$/);
    await press('Enter');
    await tabTo(new RegExp(`###add-${kind}$`));
    await press('Enter');
    await type(title);
    if (duration) { await press('Tab'); await type(String(duration)); }
    await press('Enter');
    if (hideTime) {
      await tabTo(/###time-hidden$/);
      await press('Space');
    }
  }
  await addItem('walk_in', 'Ontvangst en inloop');
  await intoPane('center');
  await addItem('welcome', 'Welkom en kennismaking', { duration: 15 });
  await intoPane('center');
  await addItem('presentation', 'Presentatie magazine BuitensteBinnen', { duration: 20, hideTime: true });
  await intoPane('center');
  await tabTo(/###add-break$/);
  await press('Enter');
  await intoPane('inspector');
  await tabTo(/###time-hidden$/);
  await press('Space');
  await intoPane('center');
  await addItem('round', 'Inhoudelijk deel met keuze uit 3 workshops', { duration: 100, hideTime: true });

  // Three workshops in the round: "Sessie" at the end of the round's
  // sessions, the title typed, then the session's own Persoon (the next one
  // after its title) for each leader, typed and found or added.
  for (const [title, leaders, tentative] of SEED_WORKSHOPS) {
    await tabTo(/###add-session$/);
    await press('Enter');
    await type(title);
    await press('Enter');
    for (const name of leaders) {
      await tabTo(/###add-person$/);
      await press('Enter');
      await type(name);
      await press('Enter');
    }
    if (tentative) {
      await tabTo(/##status$/);
      await press('Enter');
      await arrowTo('Onder voorbehoud');
      await press('Enter');
    }
  }
  await intoPane('center');
  await addItem('drinks', 'Korte afsluiting en borrel');
  await screenshot(page, 'keyboard-only-built');

  const text = await page.evaluate(() => window.planner.export('txt', 'nl'));
  console.log(`keyboard only, blank draft → seed afternoon: ${keys} keys, no mouse`);
  assert.deepEqual(section(text, 'Programma'), SEED_PROGRAMME);
  assert.deepEqual(section(text, 'Praktisch'), SEED_PRACTICAL);
  assert.equal(await page.evaluate(() => window.__pointerEvents), 0, 'not one mouse, pointer or touch event');
  assert.deepEqual(problems, []);
  await context.close();
});
