// Registrations and workshop choices (issue 16), as an organiser does it at
// 1280x800 with real clicks: open the seed afternoon (one round of three
// workshops), import a Microsoft Forms export through the real file chooser
// (BOM, semicolons, a quoted newline, a formula as a name, an unknown
// workshop, a row without a name), read the problems the app lists, assign,
// pin one participant to another workshop, re-assign, print the attendance
// list (window.print stubbed to record the page) and download one person's
// .ics. Asserts on what the app shows (widgets) and what it exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const FORMS_CSV = join(FIXTURES, 'registrations', 'seed-000-forms.csv');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const STUB_PRINT = () => {
  window.__printed = [];
  const get = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const w = get.call(this);
      if (w && !w.__stubbed) {
        w.__stubbed = true;
        w.print = () => window.__printed.push(w.document.documentElement.outerHTML);
      }
      return w;
    },
  });
};

// session title per participant name, from the app's attendance CSV export.
async function placements(page) {
  const csv = await page.evaluate(() => window.planner.export('attendance-csv', 'nl'));
  const rows = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/).slice(1).map((r) => r.split(';'));
  return Object.fromEntries(rows.map((r) => [r[4].replace(/^"|"$/g, ''), r[0]]));
}

test('import a Forms CSV by the file chooser, assign, pin, re-assign, print, personal .ics', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL', acceptDownloads: true });
  await context.addInitScript(STUB_PRINT);
  const { page, problems } = await openPage(context, server.url);
  const opened = await page.evaluate((t) => window.planner.open(t), readFileSync(join(FIXTURES, 'seed-000-buitenstebinnen.json'), 'utf8'));
  assert.ok(opened.ok, JSON.stringify(opened.errors));
  await settle(page);
  await click(page, '###tab-participants');
  await screenshot(page, 'registrations-empty');

  // Import through the real chooser.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###participants-import')]);
  await chooser.setFiles(FORMS_CSV);
  const close = await widget(page, '###participants-problems-close', { timeout: 8000 });
  assert.ok(close, 'the import lists what it could not read');
  await screenshot(page, 'registrations-import-problems');
  await click(page, '###participants-problems-close');

  // Four people, one row refused; the table shows them with their names.
  const names = (await page.evaluate(() => window.planner.widgets())).filter((w) => w.key === '##name');
  assert.equal(names.length, 4, 'four participants in the table');
  const badges = await page.evaluate(() => window.planner.export('print-badges', 'nl'));
  for (const n of ['Anna de Vries', 'Bram Jansen', 'Carla Smit', '=HYPERLINK'])
    assert.ok(badges.includes(n.replace('"', '&quot;')), n + ' imported');

  // Assign: everyone gets their first choice (the sessions have no limit).
  await click(page, '###participants-assign');
  let at = await placements(page);
  assert.equal(at['Anna de Vries'], 'De coöperatieve wijkraad');
  assert.equal(at['Bram Jansen'], 'DemoCreatiespel');
  assert.ok(Object.keys(at).some((k) => k.startsWith("'=HYPERLINK")), 'a formula in a name is neutralised in CSV');
  await screenshot(page, 'registrations-assigned');

  // Pin Anna to another workshop by hand, then assign again: the pin stays.
  await click(page, '##round-i-workshops-pt-1');
  await click(page, 'Vastzetten: De rol van de gemeenteraad');
  await click(page, '###participants-assign');
  at = await placements(page);
  assert.equal(at['Anna de Vries'], 'De rol van de gemeenteraad', 'the pin is kept by the re-assignment');
  assert.equal(at['Bram Jansen'], 'DemoCreatiespel');
  await screenshot(page, 'registrations-pinned');

  // Print the attendance lists from File › Print….
  await click(page, '###menu-file');
  await click(page, '###file-print');
  await click(page, '###print-attendance');
  await click(page, '###print-go');
  await page.waitForFunction(() => window.__printed.length === 1, null, { timeout: 10000 });
  const printed = await page.evaluate(() => window.__printed[0]);
  assert.match(printed, /Presentielijst/);
  assert.match(printed, /Handtekening/);
  const rol = printed.slice(printed.indexOf('De rol van de gemeenteraad</h1>'));
  assert.ok(rol.slice(0, rol.indexOf('</section>')).includes('Anna de Vries'), 'Anna on the list of her pinned workshop');
  assert.doesNotMatch(printed, /<script/);

  // Anna's confirmation and her personal .ics.
  await click(page, '###confirmation-pt-1');
  await widget(page, '###confirmation-ics');
  await screenshot(page, 'registrations-confirmation');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '###confirmation-ics')]);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /SUMMARY:De rol van de gemeenteraad/);
  assert.doesNotMatch(ics, /SUMMARY:De coöperatieve wijkraad/);
  await click(page, '###confirmation-close');

  // Privacy: the JSON export leaves participants out; erasing removes them.
  const json = await page.evaluate(() => window.planner.export('json', 'nl'));
  assert.ok(!json.includes('Anna de Vries'), 'no personal data in the JSON export by default');
  await click(page, '###participants-erase');
  await click(page, '###erase-confirm');
  const after = await page.evaluate(() => window.planner.export('print-badges', 'nl'));
  assert.ok(!after.includes('Anna de Vries'), 'personal data erased');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Ctrl+V of rows copied from Excel on the Participants tab imports them', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page, problems } = await openPage(context, server.url);
  const opened = await page.evaluate((t) => window.planner.open(t), readFileSync(join(FIXTURES, 'seed-000-buitenstebinnen.json'), 'utf8'));
  assert.ok(opened.ok);
  await settle(page);
  await click(page, '###tab-participants');
  // As Excel copies a range: tab-separated, a header row, CRLF.
  await page.evaluate((t) => navigator.clipboard.writeText(t),
    'Naam\tE-mail\tKeuze 1\r\nDirk de Boer\tdirk@example.nl\tDemoCreatiespel\r\nEva Mulder\teva@example.nl\tDe rol van de gemeenteraad\r\n');
  await page.mouse.click(640, 500);  // the tab's empty space, no field
  await page.keyboard.press('Control+V');
  await settle(page);
  await page.waitForFunction(() => window.planner.export('print-badges', 'nl').includes('Eva Mulder'), null, { timeout: 5000 });
  await screenshot(page, 'registrations-pasted');
  const badges = await page.evaluate(() => window.planner.export('print-badges', 'nl'));
  assert.ok(badges.includes('Dirk de Boer') && badges.includes('Eva Mulder'), 'both pasted rows are participants');
  // Dirk changes his mind: his first choice, edited by hand in the Choices column.
  await click(page, '###choices');  // the first row's: Dirk
  await click(page, '##choice');     // his 1st choice
  await screenshot(page, 'registrations-choice-editor');
  await click(page, 'De rol van de gemeenteraad');
  await page.keyboard.press('Escape');
  await settle(page);
  await click(page, '###participants-assign');
  const csv = await page.evaluate(() => window.planner.export('attendance-csv', 'nl'));
  assert.match(csv, /De rol van de gemeenteraad;.*Dirk de Boer/, 'assigned to the choice edited by hand');
  assert.doesNotMatch(csv, /DemoCreatiespel;.*Dirk de Boer/);
  assert.deepEqual(problems, []);
  await context.close();
});
