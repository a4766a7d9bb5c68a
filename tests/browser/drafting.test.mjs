// Issue 11 at 1280×800, as a person would: dates typed the Dutch (and the
// English) way into the event form, a congress's findings folded into a
// readable panel, and a session leader added under Begeleiding who prints as
// "(geleid door …)". Each test checks what the app stores or exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const exported = (page) => page.evaluate(() => JSON.parse(window.planner.export('json')));
const exportText = (page, format) => page.evaluate((f) => window.planner.export(f), format);
const current = (page) => page.evaluate(() => window.planner.current());
const widgets = (page) => page.evaluate(() => window.planner.widgets());

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  return { context, page, problems };
}

async function newFromTemplate(page) {
  await click(page, /Bestand/);
  await click(page, /Nieuw uit sjabloon/);
  await click(page, /workshopronde/i);
}

// Scrolls the pane under the mouse down until a field is drawn (fields
// below the fold are not listed by planner.widgets()).
async function reveal(page, label) {
  for (let i = 0; i < 12; i++) {
    try {
      return await widget(page, label, { timeout: 300 });
    } catch {
      await page.mouse.move(640, 450);
      await page.mouse.wheel(0, 250);
      await settle(page, 120);
    }
  }
  return widget(page, label);
}

// Clicks a date field, replaces its text with `text` from the keyboard, Enter.
async function typeDate(page, field, text) {
  await reveal(page, field);
  await click(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settle(page, 150);
}

// The next date with this month and day from today, as ISO (what a date
// without a year means).
function nextIso(month, day) {
  const now = new Date();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  let year = now.getFullYear();
  if (new Date(year, month - 1, day) < today) year += 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

test('dates typed the Dutch way: every form is read, the weekday shows, wrong text says what works', async () => {
  const { context, page, problems } = await freshPage();
  await newFromTemplate(page);
  await click(page, '###tab-event');
  const forms = [
    ['19-06-2018', '2018-06-19', 'di 19 juni 2018'],
    ['20-6-2018', '2018-06-20', 'wo 20 juni 2018'],
    ['21/6/2018', '2018-06-21', 'do 21 juni 2018'],
    ['22 juni 2018', '2018-06-22', 'vr 22 juni 2018'],
    ['za 23 juni 2018', '2018-06-23', 'za 23 juni 2018'],
    ['2018-06-24', '2018-06-24', 'zo 24 juni 2018'],
    ['25.6.2018', '2018-06-25', 'ma 25 juni 2018'],
    ['19 jun', nextIso(6, 19), null],
    ['di 19 juni 2018', '2018-06-19', 'di 19 juni 2018'],
  ];
  for (const [typed, iso, weekday] of forms) {
    await typeDate(page, '##date', typed);
    assert.equal((await exported(page)).days[0].date, iso, `"${typed}" is read as ${iso}`);
    if (weekday) await widget(page, weekday);  // shown beside the field
  }
  // The field shows the date back the Dutch way.
  await widget(page, 'di 19 juni 2018');

  // Something unreadable: the date is kept and a message under the field says what works.
  await typeDate(page, '##date', 'morgen');
  assert.equal((await exported(page)).days[0].date, '2018-06-19', 'nothing is lost');
  const note = await widget(page, /^Typ een datum als 19-6-2018/);
  const field = await widget(page, '##date');
  assert.ok(note.y >= field.y + field.h - 1, 'the message is under the field');
  assert.ok(Math.abs(note.x - field.x) < 4, 'in the field\'s column');
  await screenshot(page, 'drafting-date-unreadable');

  // A weekday that does not match: the date counts, the mismatch is said.
  await typeDate(page, '##date', 'wo 19 juni 2018');
  assert.equal((await exported(page)).days[0].date, '2018-06-19');
  await widget(page, /19 juni 2018 is een dinsdag, geen woensdag/);

  // The registration deadline takes the same forms; after the event is a finding.
  await typeDate(page, '##reg-deadline', '5 jun');
  assert.equal((await exported(page)).event.registration.deadline, nextIso(6, 5));
  await widget(page, /^De aanmelddeadline \(5 juni \d{4}\) valt na de eerste dag \(19 juni 2018\)/);
  await typeDate(page, '##reg-deadline', 'di 5 juni 2018');
  assert.equal((await exported(page)).event.registration.deadline, '2018-06-05');
  await screenshot(page, 'drafting-date-dutch');

  // In English: the English forms.
  await click(page, /Beeld/);
  await click(page, 'English');
  await typeDate(page, '##date', 'June 26, 2018');
  assert.equal((await exported(page)).days[0].date, '2018-06-26');
  await widget(page, 'Tue 26 June 2018');
  await typeDate(page, '##date', 'Tue 19 June 2018');
  assert.equal((await exported(page)).days[0].date, '2018-06-19');
  await typeDate(page, '##date', 'yesterday');
  await widget(page, /^Type a date as 19-6-2018/);
  assert.equal((await exported(page)).days[0].date, '2018-06-19');
  await screenshot(page, 'drafting-date-english');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a congress (39C3 schedule.xml): findings fold by kind, open on a click, and wrap', async () => {
  const { context, page, problems } = await freshPage();
  const xml = readFileSync('/work/shared/samples/schedules/schedule-39c3-20251206.xml', 'utf8');
  const r = await page.evaluate((t) => window.planner.open(t), xml);
  assert.ok(r.ok, 'the schedule opens');
  await settle(page);
  const shown = async () => (await widgets(page)).filter((w) => /###(group|finding)-/.test(w.key));
  const before = await shown();
  const groups = before.filter((w) => w.key.includes('###group-'));
  assert.ok(groups.length >= 1, 'at least one folded group');
  assert.ok(before.length <= 25, `a readable panel: ${before.length} lines`);
  for (const g of groups) assert.match(g.label, /\(\d+\)$/, 'a group shows its count');
  assert.ok(!groups.some((g) => g.key.endsWith('###group-pinned_overlap')), 'parallel tracks are not one sequence');
  const group = groups[0];
  const count = Number(group.label.match(/\((\d+)\)$/)[1]);
  await page.mouse.click(group.x + 10, group.y + group.h / 2);
  await settle(page);
  const after = await shown();
  assert.ok(after.length > before.length, 'the group opened');
  assert.ok(count >= 3 && after.some((w) => w.key.includes('###finding-')), 'its findings are listed');
  // Long messages wrap at the panel's width: taller rows, never wider than the window.
  for (const w of after) assert.ok(w.x + w.w <= 1280 + 1, `${w.label.slice(0, 40)} fits`);
  await screenshot(page, 'drafting-findings-39c3');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a person added under a session\'s Begeleiding leads it; a room named "Zaal 1" prints once', async () => {
  const { context, page, problems } = await freshPage();
  await newFromTemplate(page);
  await click(page, '###tab-event');
  await typeDate(page, '##date', '19-6-2018');  // the .ics leaves undated days out
  await click(page, '###tab-programme');
  await click(page, /^\S*\s*Onderdeel$/);
  await click(page, /Workshopronde/);
  const round = (await current(page)).selection.item;
  let doc = await exported(page);
  if (doc.days[0].items.find((i) => i.id === round).sessions.length === 0) await click(page, '###add-session');
  doc = await exported(page);
  const session = doc.days[0].items.find((i) => i.id === round).sessions[0];
  for (let k = 0; k < 4 && (await current(page)).selection.session !== session.id; k++) {
    const heads = (await widgets(page)).filter((w) => w.key.endsWith('###head')).sort((a, b) => a.y - b.y);
    await click(page, heads[0].label);
  }
  await click(page, '##title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('De coöperatieve wijkraad');
  await page.keyboard.press('Enter');
  await settle(page);
  const lowest = async (re) => {
    const all = (await widgets(page)).filter((w) => re.test(w.label) || re.test(w.key)).sort((a, b) => b.y - a.y);
    await page.mouse.click(all[0].x + all[0].w / 2, all[0].y + all[0].h / 2);
    await settle(page, 150);
  };
  // The session's own "Persoon" button sits below the round's: scroll the
  // inspector down so it is drawn, then take the lowest one.
  await page.mouse.move(1100, 400);
  await page.mouse.wheel(0, 800);
  await settle(page, 150);
  await lowest(/Persoon$/);
  await click(page, '##new-org');
  await page.keyboard.type('de gemeente Groningen');
  await click(page, '###add-new-person');
  await lowest(/###new-room$/);
  await page.keyboard.type('Zaal 1');
  await click(page, '###add-room');
  doc = await exported(page);
  const filled = doc.days[0].items.find((i) => i.id === round).sessions.find((s) => s.id === session.id);
  assert.equal(filled.people.length, 1);
  assert.equal(filled.people[0].role, 'leader', 'added under Begeleiding: the leader');
  const text = await exportText(page, 'txt');
  assert.match(text, /De coöperatieve wijkraad \(geleid door de gemeente Groningen\) – Zaal 1/);
  assert.ok(!/Zaal Zaal/.test(text), 'no "Zaal Zaal 1"');
  const ics = (await exportText(page, 'ics-items')).replace(/\r\n /g, '');
  assert.ok(ics.includes('Begeleiding: de gemeente Groningen'), ics.split('\r\n').filter((l) => /Groningen|wijkraad/.test(l)).join('\n'));
  assert.ok(!/Spreker: de gemeente Groningen/.test(ics), 'the .ics does not call the leader a speaker');
  await screenshot(page, 'drafting-session-leader');
  assert.deepEqual(problems, []);
  await context.close();
});
