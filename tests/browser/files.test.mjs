// Files in the browser, by real clicks: the Export menu downloads every
// format; Import (file chooser and a dropped file) always makes a new draft
// and leaves the open one alone; broken and oversized files list their
// problems; share links round-trip through a new page, and hostile links (a
// deflate bomb, garbage) end with a clear message instead of a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const SEED0 = join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json');
const SEED1 = join(ROOT, 'tests', 'fixtures', 'seed-001-lokaal-samenspel.json');
const SAMPLE_ICS = '/work/shared/samples/ics/timezoned.ics';  // read in place, never copied into the repo

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const newContext = () => browser.newContext({
  viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL', acceptDownloads: true,
});

async function openPlan(page, text) {
  const r = await page.evaluate((t) => window.planner.open(t), text);
  assert.ok(r.ok, JSON.stringify(r.errors));
  await settle(page);
  return r.id;
}

const current = (page) => page.evaluate(() => window.planner.current());
const exportJson = (page) => page.evaluate(() => window.planner.export('json'));

async function waitFor(page, predicate, what, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('timed out waiting for ' + what);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(100);
  }
}

// Export > <entry>: the browser's download, its suggested name and text.
async function exportByMenu(page, entryId) {
  await click(page, '###menu-export');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), click(page, entryId)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

// Switches back to a draft through the drafts list, as a person would.
async function selectDraft(page, id) {
  await click(page, '###draft-' + id, { at: 'left' });
  assert.equal((await current(page)).id, id);
}

test('Export menu: every format downloads with a name from title and date', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  // A title with markup characters: the HTML must escape it.
  const seed = JSON.parse(readFileSync(SEED1, 'utf8'));
  seed.event.title = 'Samenspel <b>"wijk" & buurt</b>';
  await openPlan(page, JSON.stringify(seed));

  const ics = await exportByMenu(page, '###export-ics');
  assert.equal(ics.name, 'samenspel-b-wijk-buurt-b-2018-02-13.ics');
  assert.match(ics.text, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics.text, /\r\nMETHOD:PUBLISH\r\n/);
  assert.match(ics.text, /\r\nTZID:Europe\/Amsterdam\r\n/);
  assert.match(ics.text, /\r\nDTSTART;TZID=Europe\/Amsterdam:20180213T1[89][03]000\r\n/);
  assert.equal((ics.text.match(/BEGIN:VEVENT/g) || []).length, 1, 'whole event: one VEVENT');

  const items = await exportByMenu(page, '###export-ics-items');
  assert.match(items.text, /\r\nDTSTART;TZID=Europe\/Amsterdam:20180213T193000\r\n/, 'Welkomstwoord at 19.30');
  assert.match(items.text, /\r\nDTSTART;TZID=Europe\/Amsterdam:20180213T190000\r\n/, 'Inloop at 19.00');
  assert.ok((items.text.match(/BEGIN:VEVENT/g) || []).length >= 8, 'one VEVENT per item');

  const html = await exportByMenu(page, '###export-html');
  assert.equal(html.name, 'samenspel-b-wijk-buurt-b-2018-02-13.html');
  assert.match(html.text, /<html[^>]* lang="nl"/);
  assert.ok(html.text.includes('Samenspel &lt;b&gt;'), 'title escaped');
  assert.ok(!html.text.includes('<b>"wijk"'), 'no raw markup from the title');

  const xml = await exportByMenu(page, '###export-frab-xml');
  assert.equal(xml.name, 'samenspel-b-wijk-buurt-b-2018-02-13.xml');
  assert.match(xml.text, /<schedule[\s>]/);
  assert.match(xml.text, /<\/schedule>\s*$/);

  const frabJson = JSON.parse((await exportByMenu(page, '###export-frab-json')).text);
  assert.ok(frabJson.schedule, 'schedule.json has a schedule');

  const md = await exportByMenu(page, '###export-md');
  assert.ok(md.name.endsWith('.md') && md.text.includes('Programma'));
  const txt = await exportByMenu(page, '###export-txt');
  assert.ok(txt.name.endsWith('.txt') && txt.text.includes('Welkomstwoord'));
  const json = await exportByMenu(page, '###export-json');
  assert.equal(json.name, 'samenspel-b-wijk-buurt-b-2018-02-13.json');
  assert.deepEqual(JSON.parse(json.text), JSON.parse(await exportJson(page)));
  await screenshot(page, 'files-export-menu-done');

  // schedule.xml needs a date: a new, empty draft has none; nothing downloads.
  await click(page, '###menu-file');
  await click(page, '###file-new');
  let downloaded = false;
  page.once('download', () => { downloaded = true; });
  await click(page, '###menu-export');
  await screenshot(page, 'files-export-menu');
  await click(page, '###export-frab-xml');
  await page.waitForTimeout(800);
  assert.equal(downloaded, false, 'no download without a date');
  await screenshot(page, 'files-export-frab-no-date');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Export menu: personal agenda takes one session per round (first by default)', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await openPlan(page, readFileSync(SEED0, 'utf8'));
  await click(page, '###menu-export');
  await click(page, '###export-ics-personal');
  await widget(page, '###ics-personal-export');
  await screenshot(page, 'files-personal-agenda');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '###ics-personal-export')]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes('SUMMARY:De coöperatieve wijkraad'), 'the first session is in');
  assert.ok(!text.includes('DemoCreatiespel'), 'other sessions are not');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Import: file chooser and a dropped file each make a new draft; the open one is untouched', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  const firstId = await openPlan(page, readFileSync(SEED1, 'utf8'));
  const firstJson = await exportJson(page);

  // File > Importeren… opens the browser's file chooser.
  await click(page, '###menu-file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###file-import')]);
  await chooser.setFiles(SEED0);
  const second = await waitFor(page, async () => { const c = await current(page); return c.id !== firstId && c; }, 'the import');
  assert.equal(second.title, 'Bijeenkomst over veranderend lokaal samenspel');

  // A calendar file from another program, recognised by its content.
  await click(page, '###menu-file');
  const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###file-import')]);
  await chooser2.setFiles(SAMPLE_ICS);
  const third = await waitFor(page, async () => { const c = await current(page); return c.id !== second.id && c; }, 'the .ics import');
  assert.ok((await page.evaluate(() => window.planner.export('md'))).includes('artsprint 2012'));
  await settle(page);
  await screenshot(page, 'files-import-ics');
  // The .ics import may bring remarks (warnings); close them if shown.
  const widgets = await page.evaluate(() => window.planner.widgets());
  if (widgets.some((w) => w.key.endsWith('###import-problems-close'))) await click(page, '###import-problems-close');

  // Dropping a file onto the canvas.
  const seed0 = readFileSync(SEED0, 'utf8');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'gesleept.json', { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, seed0);
  const fourth = await waitFor(page, async () => { const c = await current(page); return c.id !== third.id && c; }, 'the drop');
  assert.equal(fourth.title, 'Bijeenkomst over veranderend lokaal samenspel');
  assert.notEqual(fourth.id, second.id, 'each import is its own draft');

  // The first draft is exactly as it was.
  await selectDraft(page, firstId);
  assert.equal(await exportJson(page), firstJson);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Import: a broken file lists its problems with their place; a too-large file is refused', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  const firstId = await openPlan(page, readFileSync(SEED1, 'utf8'));
  const firstJson = await exportJson(page);

  await click(page, '###menu-file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###file-import')]);
  await chooser.setFiles({ name: 'kapot.json', mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "dagdeel",\n  "days": [ 1, }\n') });
  await widget(page, '###import-problems-close', { timeout: 5000 });
  await widget(page, /Niet geïmporteerd/);
  await widget(page, /line \d+/);  // the location of the syntax error
  await screenshot(page, 'files-import-problems');
  await click(page, '###import-problems-close');
  assert.equal((await current(page)).id, firstId, 'the open draft stays open');
  assert.equal(await exportJson(page), firstJson);

  // 51 MB dropped: refused before reading, with the limit named.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'groot.json'));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await widget(page, /te groot om in te lezen: 51\.0 MB \(hoogstens 50\.0 MB\)/, { timeout: 5000 });
  await screenshot(page, 'files-import-too-large');
  await click(page, '###import-problems-close');
  assert.equal((await current(page)).id, firstId);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Share link: copy, open in a new page, accept: the same plan as a new draft', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  await openPlan(page, readFileSync(SEED0, 'utf8'));
  const json = await exportJson(page);

  await click(page, '###menu-file');
  await click(page, '###file-share');
  await widget(page, '###link-share-close', { timeout: 5000 });
  await screenshot(page, 'files-share-link');
  await click(page, '###link-share-close');
  const link = await page.evaluate(() => window.planner.shareLink());
  assert.ok(link.startsWith(server.url + '#plan='), link.slice(0, 80));
  assert.ok(link.length < 32000);

  const { page: other, problems: otherProblems } = await openPage(context, link);
  // A share link opens as a page to read; "Bewerken" leads to the editor's question.
  await other.click('#dd-reading-edit');
  await widget(other, '###link-accept', { timeout: 5000 });
  await screenshot(other, 'files-share-link-offer');
  await click(other, '###link-accept');
  await waitFor(other, async () => (await current(other)).id, 'the shared plan');
  // The same plan; it may get a fresh id when a draft with its id is already
  // stored in this browser (an import never replaces a stored draft).
  const withoutId = (t) => t.replace(/"id": "doc-[0-9a-f]+"|"id": "seed-[a-z0-9-]+"/, '"id": "*"');
  assert.equal(withoutId(await exportJson(other)), withoutId(json), 'the same plan');
  assert.equal(await other.evaluate(() => location.hash), '', 'the fragment is cleared');
  await other.reload();
  await other.evaluate(() => window.planner.ready);
  await settle(other);
  assert.equal((await other.evaluate(() => window.planner.stats())).openPopups, 0, 'a reload offers nothing');
  assert.deepEqual(problems, []);
  assert.deepEqual(otherProblems, []);
  await context.close();
});

test('Share link: a deflate bomb, garbage and a too-large plan end with a clear message', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);

  // 100 MB of zeros, deflated in the page (about 100 kB).
  const bomb = await page.evaluate(async () => {
    const stream = new Blob([new Uint8Array(100 * 1024 * 1024)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return '#plan=' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  });
  assert.ok(await page.evaluate((f) => window.planner.openShareLink(location.href + f), bomb));
  await click(page, '###link-accept');
  await widget(page, /groter dan 20\.0 MB/, { timeout: 10000 });
  await screenshot(page, 'files-share-link-bomb');
  await click(page, '###link-message-close');
  assert.equal((await current(page)).id, null, 'nothing was opened');

  for (const fragment of ['#plan=!!!dit-is-geen-base64***', '#plan=AAAA', '#plan=x']) {
    await page.evaluate((f) => window.planner.openShareLink(location.href + f), fragment);
    await click(page, '###link-accept');
    await widget(page, /Deze deellink is beschadigd/, { timeout: 5000 });
    await click(page, '###link-message-close');
  }
  assert.equal((await current(page)).id, null);

  // A plan that does not fit in a link: incompressible text in a description.
  const seed = JSON.parse(readFileSync(SEED1, 'utf8'));
  seed.days[0].items[0].description = Array.from({ length: 40000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join(' ');
  await openPlan(page, JSON.stringify(seed));
  await assert.rejects(page.evaluate(() => window.planner.shareLink()), /too large for a link/);
  await click(page, '###menu-file');
  await click(page, '###file-share');
  await widget(page, /te groot voor een deellink/, { timeout: 5000 });
  await screenshot(page, 'files-share-link-too-large');
  await click(page, '###link-message-close');

  const stats = await page.evaluate(() => window.planner.stats());
  assert.ok(stats.frames > 0, 'still running');
  assert.deepEqual(problems, []);
  await context.close();
});
