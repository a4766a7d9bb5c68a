// Importing what organisers already have, by real clicks at 1280x800 and the
// browser's real file chooser (Bestand › Importeren…):
//  - a programme saved by Dutch Excel as CSV (semicolons, Windows-1252, a
//    quoted cell over two lines) goes through the column-mapping dialog and
//    its rows appear in the programme, as one undoable step;
//  - an Outlook invitation whose TZID is a Windows zone name
//    ("W. Europe Standard Time") shows its Dutch local times.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const SEED1 = join(ROOT, 'tests', 'fixtures', 'seed-001-lokaal-samenspel.json');
const EXCEL_CSV = join(ROOT, 'tests', 'fixtures', 'csv', 'programma-excel-nl.csv');
const OUTLOOK_ICS = join(ROOT, 'tests', 'fixtures', 'outlook-invitation.ics');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const newContext = () => browser.newContext({
  viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL',
});
const current = (page) => page.evaluate(() => window.planner.current());
const exported = async (page) => JSON.parse(await page.evaluate(() => window.planner.export('json')));

async function importByMenu(page, file) {
  await click(page, '###menu-file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###file-import')]);
  await chooser.setFiles(file);
}

test('Importeren… of a Dutch Excel CSV (semicolons, Windows-1252, a cell over two lines): mapping dialog, items in the programme', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const opened = await page.evaluate((t) => window.planner.open(t), readFileSync(SEED1, 'utf8'));
  assert.ok(opened.ok);
  await settle(page);
  await click(page, '###tab-programme');
  const before = await exported(page);
  const count = before.days[0].items.length;
  // The file really is Windows-1252: é is one byte (0xE9), not UTF-8.
  assert.ok(readFileSync(EXCEL_CSV).includes(Buffer.from([0x4a, 0x6f, 0x73, 0xe9])));

  await importByMenu(page, EXCEL_CSV);
  await widget(page, '###table-paste-add', { timeout: 8000 });
  // The dialog says what it read: rows, encoding and delimiter.
  await widget(page, /^5 rijen gevonden \(Windows-1252, gescheiden door puntkomma's\)/);
  await widget(page, 'Lezing over wijkraden');
  await widget(page, 'Workshop "Samen de wijk in"');
  await widget(page, 'Borrel in café ’t Hoekje');
  await screenshot(page, 'imports-csv-mapping');
  await click(page, '###table-paste-add');
  await settle(page);

  const after = await exported(page);
  assert.equal(after.id, before.id, 'added to the open draft, not a new one');
  const items = after.days[0].items;
  assert.equal(items.length, count + 5);
  const talk = items.find((i) => i.title === 'Lezing over wijkraden');
  assert.ok(talk, 'the CSV row is an item');
  assert.equal(talk.start, '14:00');
  assert.equal(talk.duration, 45);
  assert.equal(talk.description, 'Over de rol van wijkraden.\nMet vragen uit de zaal; daarna koffie.');
  const jose = after.people.find((p) => p.name === 'José Müller');
  assert.ok(jose && talk.people.some((r) => r.person_id === jose.id), 'the speaker, decoded from Windows-1252');
  assert.ok(after.rooms.some((r) => r.name === 'Zaal 2'));
  assert.equal(items.find((i) => i.title === 'Pauze').kind, 'break');

  // The programme shows them: their rows at the file's times.
  for (const times of ['13:30 – 14:00', '14:00 – 14:45', '14:45 – 15:00', '15:00 – 16:00', '16:00 – 17:00']) {
    await widget(page, times);
  }
  await screenshot(page, 'imports-csv-programme');

  // One step: Ctrl+Z takes all five away.
  await page.mouse.click(640, 760);
  await page.keyboard.press('Control+Z');
  await settle(page);
  assert.equal((await exported(page)).days[0].items.length, count);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Importeren… of a CSV with an unclosed quote names the line; nothing is added', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const opened = await page.evaluate((t) => window.planner.open(t), readFileSync(SEED1, 'utf8'));
  assert.ok(opened.ok);
  await settle(page);
  const before = await page.evaluate(() => window.planner.export('json'));
  await importByMenu(page, { name: 'kapot.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Tijd;Titel\r\n13:30;"Inloop\r\n14:00;Welkom\r\n') });
  await widget(page, /^Regel 2, cel 2: het aanhalingsteken/, { timeout: 8000 });
  await screenshot(page, 'imports-csv-problem');
  await click(page, '###table-paste-cancel');
  assert.equal(await page.evaluate(() => window.planner.export('json')), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Importeren… of an Outlook invitation with TZID "W. Europe Standard Time" shows Dutch local times', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const first = await current(page);
  await importByMenu(page, OUTLOOK_ICS);
  for (let i = 0; i < 80 && (await current(page)).id === first.id; i++) {
    await page.mouse.move(3, 3);
    await page.waitForTimeout(100);
  }
  const doc = await exported(page);
  assert.equal(doc.event.title, 'Inspiratiebijeenkomst wijkraden');
  assert.equal(doc.event.time_zone, 'Europe/Amsterdam');
  assert.equal(doc.days[0].date, '2026-03-17');
  assert.equal(doc.days[0].items[0].start, '13:30');
  await settle(page);
  // No "not a known time zone" remark: the zone came from CLDR, not from guessing offsets.
  const widgets = await page.evaluate(() => window.planner.widgets());
  assert.ok(!widgets.some((w) => /not a known time zone/.test(w.label)), 'no fallback warning');
  if (widgets.some((w) => w.key.endsWith('###import-problems-close'))) await click(page, '###import-problems-close');
  await click(page, '###tab-programme');
  await widget(page, '13:30 – 16:30');  // the row as shown, in Amsterdam time
  await screenshot(page, 'imports-outlook-ics');
  assert.deepEqual(problems, []);
  await context.close();
});

// The text goes into wasm memory with encodeInto in a first block of length
// + 1/8 (web/lib/strings.js for the file menu, web/shell.js for
// planner.open); text that needs more than that, such as titles in Greek
// with emoji, goes into a second block. Both ways in must keep every byte.
test('Importeren… and planner.open of an .ics that is mostly not ASCII keep every character', async () => {
  const title = 'Ομάδα 😀 €'.repeat(400) + ' einde';
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL', 'X-WR-TIMEZONE:Europe/Amsterdam',
    'BEGIN:VEVENT', 'UID:greek-1@test', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260317T123000Z',
    'DTEND:20260317T153000Z', `SUMMARY:${title}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  const dir = mkdtempSync(join(tmpdir(), 'imports-utf8-'));
  const file = join(dir, 'grieks.ics');
  writeFileSync(file, ics);
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const first = await current(page);
  await importByMenu(page, file);
  for (let i = 0; i < 80 && (await current(page)).id === first.id; i++) {
    await page.mouse.move(3, 3);
    await page.waitForTimeout(100);
  }
  const doc = await exported(page);
  assert.equal(doc.days[0].items[0].title, title);
  assert.equal(doc.days[0].items[0].start, '13:30');
  const opened = await page.evaluate((t) => window.planner.open(t), ics.replace('greek-1', 'greek-2'));
  assert.ok(opened.ok, opened.errors?.join('; '));
  assert.equal((await exported(page)).days[0].items[0].title, title);
  assert.deepEqual(problems, []);
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});
