// People and rooms, workshop designs and the announcement tab with real
// clicks and typing; results read back through planner.export('json').
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { click, launch, openPage, screenshot, settle, startServer } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const widgets = (page) => page.evaluate(() => window.planner.widgets());
const doc = async (page) => JSON.parse(await page.evaluate(() => window.planner.export('json')));

// Widgets whose full ImGui label (key) matches, in drawing order.
async function allByKey(page, re) { return (await widgets(page)).filter((w) => re.test(w.key)); }
async function clickWidget(page, w) {
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await settle(page, 120);
}
async function clickKey(page, re, index = 0) {
  const found = await allByKey(page, re);
  if (!found[index]) throw new Error(`no widget ${index} with key ${re}`);
  await clickWidget(page, found[index]);
}
async function openTab(page, label, probe) {
  for (let i = 0; i < 4; i++) {
    await click(page, label);
    if ((await widgets(page)).some((w) => probe.test(w.key))) return;
  }
  throw new Error(`tab ${label} did not open`);
}

async function fromTemplate(page) {
  await settle(page);
  await click(page, /Bestand/);
  await click(page, /Nieuw uit sjabloon/);
  await click(page, 'Middag met workshopronde');
}

const newContext = () => browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1, locale: 'nl-NL' });

test('people: add and type, merge two (references move), delete used and unused', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await fromTemplate(page);
  await openTab(page, /Mensen en zalen/, /###add-person$/);

  await clickKey(page, /###add-person$/);
  // The new row's name field takes the keyboard focus (a frame later).
  await page.waitForFunction(() => { const s = window.planner.stats(); return s.activeId !== 0 || s.editingId !== 0; });
  await page.keyboard.type('Jan Jansen');
  await page.keyboard.press('Enter');
  await settle(page);
  let d = await doc(page);
  assert.equal(d.people.at(-1).name, 'Jan Jansen');
  const jan = d.people.at(-1).id;

  // Tick Eveline Even (row 0), then the organisation Movisie (row 2): Movisie merges into Eveline.
  await clickKey(page, /^##tick$/, 0);
  await clickKey(page, /^##tick$/, 2);
  await clickKey(page, /###merge-people$/);
  await screenshot(page, 'people-merge-dialog');
  await clickKey(page, /###confirm-merge-yes$/);
  d = await doc(page);
  assert.equal(d.people.find((p) => p.id === 'p-movisie'), undefined, 'the second is removed');
  const demo = d.days[0].items.find((i) => i.id === 'i-workshops').sessions.find((s) => s.id === 's-democreatiespel');
  assert.deepEqual(demo.people.map((r) => r.person_id), ['p-eveline-even', 'p-7zebras'], 'its references moved to the first');

  // 7Zebras is used (row 2 now): deleting asks first and removes the reference too.
  await clickKey(page, /###delete$/, 2);
  await clickKey(page, /###confirm-delete-yes$/);
  d = await doc(page);
  assert.equal(d.people.find((p) => p.id === 'p-7zebras'), undefined);
  const demo2 = d.days[0].items.find((i) => i.id === 'i-workshops').sessions.find((s) => s.id === 's-democreatiespel');
  assert.deepEqual(demo2.people.map((r) => r.person_id), ['p-eveline-even']);

  // Jan is unused: deleted at once (last row).
  const deletes = await allByKey(page, /###delete$/);
  await clickWidget(page, deletes[d.people.length - 1]);
  assert.equal((await doc(page)).people.find((p) => p.id === jan), undefined);
  await screenshot(page, 'people-rooms');
  assert.deepEqual(problems, []);
  await context.close();
});

test('designs: add one and place it at the end of the day', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await fromTemplate(page);
  await openTab(page, /Workshopontwerpen/, /###design-add$/);
  await clickKey(page, /###design-add$/);
  await clickKey(page, /^##design-title$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Omdenken voor ambtenaren');
  await page.keyboard.press('Enter');
  await settle(page);
  let d = await doc(page);
  assert.equal(d.designs.length, 1);
  assert.equal(d.designs[0].title, 'Omdenken voor ambtenaren');

  await clickKey(page, /###design-place$/);
  await clickKey(page, /###end$/);
  d = await doc(page);
  const last = d.days[0].items.at(-1);
  assert.equal(last.design_id, d.designs[0].id);
  assert.equal(last.title, 'Omdenken voor ambtenaren');
  await screenshot(page, 'designs');
  assert.deepEqual(problems, []);
  await context.close();
});

test('announcement: English Markdown copied to the clipboard', async () => {
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page, problems } = await openPage(context, server.url);
  await fromTemplate(page);
  await openTab(page, /Aankondiging/, /###ann-md$/);
  await clickKey(page, /###ann-md$/);  // the tab opens rendered; the source is one click away
  await clickKey(page, /###ann-en$/);
  await clickKey(page, /###ann-copy$/);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^# /, 'Markdown heading first');
  assert.equal(text, await page.evaluate(() => window.planner.export('md', 'en')));
  await clickKey(page, /###ann-html$/);
  await screenshot(page, 'announcement-html');
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 11: people are typed where they are needed. The session's "Persoon"
// field finds who is already there by part of a name (no double entries) and
// adds a new name as a new person, in both cases as the session's leader.
test('Persoon under a session: part of a name finds the organisation, a new name is added once, as leader', async () => {
  const seed = (await import('node:fs')).readFileSync(new URL('../fixtures/seed-000-buitenstebinnen.json', import.meta.url), 'utf8');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  assert.ok((await page.evaluate((t) => window.planner.open(t), seed)).ok);
  await settle(page);
  await openTab(page, '###tab-programme', /###session-row$/);
  await clickKey(page, /^De coöperatieve wijkraad$/);
  const session = () => doc(page).then((d) => d.days[0].items.find((i) => i.id === 'i-workshops').sessions[0]);
  const before = await doc(page);
  // The open session's own Persoon button is the lowest one in the inspector
  // (scrolled down to it, as a person does).
  const lowestPerson = async () => {
    await page.mouse.move(1100, 400);
    await page.mouse.wheel(0, 800);
    await settle(page, 150);
    const all = (await allByKey(page, /###add-person$/)).sort((a, b) => b.y - a.y);
    await clickWidget(page, all[0]);
  };
  await lowestPerson();
  const field = (await allByKey(page, /##person-find$/))[0];
  assert.ok(field, 'the find-or-add field is there');
  assert.equal((await page.evaluate(() => window.planner.stats())).editingId, field.id, 'ready for typing at once');
  await page.keyboard.type('7zeb');
  await settle(page, 150);
  assert.deepEqual((await widgets(page)).filter((w) => /###pick-/.test(w.key)).map((w) => w.key.split('###')[1]),
    ['pick-p-7zebras', 'pick-new'], 'typing filters the list, case-insensitively; "Nieuw" stays offered');
  await page.keyboard.press('Enter');
  await settle(page);
  let s = await session();
  assert.deepEqual(s.people, [{ person_id: 'p-gemeente-groningen', role: 'leader' }, { person_id: 'p-7zebras', role: 'leader' }]);
  assert.equal((await doc(page)).people.length, before.people.length, 'found, not added again');

  await lowestPerson();
  await page.keyboard.type('Stichting Zet');
  await settle(page, 150);
  await screenshot(page, 'person-picker-new');
  await clickKey(page, /###pick-new$/);
  await settle(page);
  const after = await doc(page);
  assert.equal(after.people.length, before.people.length + 1);
  const added = after.people.find((p) => p.name === 'Stichting Zet');
  assert.ok(added, 'the new name is a person');
  s = await session();
  assert.deepEqual(s.people[2], { person_id: added.id, role: 'leader' });
  assert.deepEqual(problems, []);
  await context.close();
});
