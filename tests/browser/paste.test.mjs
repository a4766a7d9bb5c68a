// Bestand › Plakken als nieuw concept, as a person does it: copy a real
// announcement (seed 000) to the system clipboard, open the dialog from the
// File menu, press Ctrl+V in its text area, read the preview (recognised and
// not recognised lines), make the draft, and check that the programme shows,
// the open draft is untouched and the Markdown/text export reads as the seed.
// Also: a dropped .txt announcement and planner.open(text) make drafts, and
// text that is nothing we know is named in words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const SEED0_TEXT = readFileSync(join(ROOT, 'tests', 'fixtures', 'announcements', 'seed-000.txt'), 'utf8');
const SEED3_TEXT = readFileSync(join(ROOT, 'tests', 'fixtures', 'announcements', 'seed-003.txt'), 'utf8');
const SEED1_JSON = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-001-lokaal-samenspel.json'), 'utf8');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  return context;
}

const current = (page) => page.evaluate(() => window.planner.current());
const lines = (text) => text.split('\n').map((l) => l.trim());

// The lines under a heading up to the next blank line.
function block(text, heading) {
  const at = text.indexOf('\n' + heading + '\n\n');
  if (at < 0) return '';
  const from = at + heading.length + 3;
  const end = text.indexOf('\n\n', from);
  return text.slice(from, end < 0 ? undefined : end);
}

test('paste an announcement with Ctrl+V, preview it, make a new draft', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const opened = await page.evaluate((t) => window.planner.open(t), SEED1_JSON);
  assert.ok(opened.ok);
  await settle(page);
  const before = await page.evaluate(() => window.planner.export('json'));

  await page.evaluate((t) => navigator.clipboard.writeText(t), SEED0_TEXT);
  await click(page, '###menu-file');
  await click(page, '###file-paste');
  await widget(page, '###paste-make');
  await click(page, '##paste-text');
  await page.keyboard.press('Control+V');
  await settle(page);
  await screenshot(page, 'paste-after-ctrl-v');

  // The preview names what it read and what it did not.
  const shown = (await page.evaluate(() => window.planner.widgets())).map((w) => w.label);
  await widget(page, /^13\.30 uur Ontvangst en inloop$/);
  await widget(page, /^De coöperatieve wijkraad \(geleid door de gemeente Groningen\)$/);
  await widget(page, 'programmaonderdeel');
  await widget(page, 'sessie');
  assert.ok(shown.some((l) => /regels herkend, 0 niet herkend/.test(l)), 'summary line: ' + shown.filter((l) => /herkend/.test(l)));
  await screenshot(page, 'paste-preview');

  await click(page, '###paste-make');
  await settle(page);
  const made = await current(page);
  assert.notEqual(made.id, opened.id);
  assert.equal(made.title, 'Bijeenkomst over veranderend lokaal samenspel');

  // The programme tab shows the day and its items with their times.
  await widget(page, 'dinsdag 19 juni 2018');
  for (const range of ['13:30 – 14:00', '14:00 – 14:15', '14:50 – 16:30', '16:30 – 17:30']) await widget(page, range);
  await screenshot(page, 'paste-programme');

  // Exports read as the seed does.
  const txt = await page.evaluate(() => window.planner.export('txt'));
  const programme = lines(block(txt, 'Programma'));
  for (const l of ['13.30 uur Ontvangst en inloop', '14.00 uur Welkom en kennismaking', '16.30 uur Korte afsluiting en borrel',
    '• De coöperatieve wijkraad (geleid door de gemeente Groningen)', '• DemoCreatiespel (geleid door Movisie en de 7Zebras)',
    '• (o.v.) De rol van de gemeenteraad (geleid door griffie van gemeente Utrechtse Heuvelrug)']) {
    assert.ok(programme.includes(l), `programme has "${l}":\n${programme.join('\n')}`);
  }
  const practical = lines(block(txt, 'Praktisch'));
  for (const l of ['Tijd: 13.30-17.30 uur', 'Locatie: Mammoni, Mariaplaats 14, Utrecht', 'Toegang gratis',
    'Aanmelden vóór dinsdag 5 juni via Eveline Even, e.even@movisie.nl.']) {
    assert.ok(practical.includes(l), `Praktisch has "${l}":\n${practical.join('\n')}`);
  }
  assert.deepEqual(lines(block(txt, 'Neem contact op met:')).filter(Boolean), ['Eveline Even (Movisie)', 'e.even@movisie.nl', '06 55440539'],
    'one spelling of the address: the registration\'s');
  const md = await page.evaluate(() => window.planner.export('md'));
  assert.match(md, /13\.30 uur Ontvangst en inloop/);
  assert.match(md, /Mammoni, Mariaplaats 14, Utrecht/);

  // The draft that was open is untouched.
  await click(page, '###draft-' + opened.id, { at: 'left' });
  assert.equal((await current(page)).id, opened.id);
  assert.equal(await page.evaluate(() => window.planner.export('json')), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lines that are not understood are shown and land in the notes', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), SEED3_TEXT);
  await click(page, '###menu-file');
  await click(page, '###file-paste');
  await click(page, '##paste-text');
  await page.keyboard.press('Control+V');
  await settle(page);
  await widget(page, 'Incompany');
  await widget(page, /^niet herkend/);
  await screenshot(page, 'paste-unrecognised');
  await click(page, '###paste-make');
  await screenshot(page, 'paste-unrecognised-made');
  const json = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  assert.match(json.event.notes, /Incompany/);
  assert.equal(json.event.max_participants, 20);
  assert.deepEqual(problems, []);
  await context.close();
});

test('planner.open and a dropped .txt read announcements; unknown text is named in words', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const r = await page.evaluate((t) => window.planner.open(t), SEED0_TEXT);
  assert.ok(r.ok, JSON.stringify(r.errors));
  const junk = await page.evaluate(() => window.planner.open('boodschappen: melk, brood, kaas'));
  assert.equal(junk.ok, false);
  assert.match(junk.errors[0], /^Dit is geen plan, agenda, programma of aankondiging: het begint met “boodschappen/);

  const first = await current(page);
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'aankondiging.txt', { type: 'text/plain' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, SEED0_TEXT.replace('Bijeenkomst over', 'Gesleepte bijeenkomst over'));
  for (let i = 0; i < 50 && (await current(page)).id === first.id; i++) {
    await page.mouse.move(3, 3);
    await page.waitForTimeout(100);
  }
  assert.equal((await current(page)).title, 'Gesleepte bijeenkomst over veranderend lokaal samenspel');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Ctrl+V of spreadsheet rows in the programme: mapping dialog, one undoable step', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  const opened = await page.evaluate((t) => window.planner.open(t), SEED1_JSON);
  assert.ok(opened.ok);
  await settle(page);
  const before = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  const count = before.days[0].items.length;

  // As Excel/LibreOffice copy a range: tab-separated, a header row, CRLF.
  await page.evaluate((t) => navigator.clipboard.writeText(t),
    'Tijd\tOnderdeel\tSpreker\r\n22:30\tNagesprek aan de bar\tJan Jansen\r\n23:00\tEinde\t\r\n');
  await click(page, '###tab-programme');
  await page.keyboard.press('Control+V');
  await settle(page);
  await widget(page, '###table-paste-add', { timeout: 5000 });
  await widget(page, /^2 rijen gevonden/);
  await widget(page, 'Nagesprek aan de bar');
  await screenshot(page, 'paste-table-dialog');
  await click(page, '###table-paste-add');

  const after = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  const items = after.days[0].items;
  assert.equal(items.length, count + 2);
  const added = items.find((i) => i.title === 'Nagesprek aan de bar');
  assert.ok(added, 'the pasted row is an item');
  assert.equal(added.start, '22:30');
  const jan = after.people.find((p) => p.name === 'Jan Jansen');
  assert.ok(jan && added.people.some((r) => r.person_id === jan.id), 'the speaker column became a person');
  assert.equal(items.find((i) => i.title === 'Einde').kind, 'closing');

  // One step: Ctrl+Z takes both rows away.
  await page.mouse.click(640, 700);
  await page.keyboard.press('Control+Z');
  await settle(page);
  const undone = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  assert.equal(undone.days[0].items.length, count);
  assert.deepEqual(problems, []);
  await context.close();
});
