// Issue 10's seams seen from the user's side: every way in shows the same
// times, an edit in the programme raises the calendar SEQUENCE of exactly
// what changed, and the Edit menu, toolbar and keys are one set of actions.
// Real clicks and keys at 1280x800.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const SEED0 = join(ROOT, 'tests/fixtures/seed-000-buitenstebinnen.json');
const SEED1 = join(ROOT, 'tests/fixtures/seed-001-lokaal-samenspel.json');

// seed-001 with the unpinned welcome holding a stale "start": "08:00".
function staleSeed1() {
  const text = readFileSync(SEED1, 'utf8');
  const at = text.indexOf('"id": "i-welkom"');
  const start = text.indexOf('"start": "19:30"', at);
  assert.ok(at > 0 && start > at);
  return text.slice(0, start) + '"start": "08:00"' + text.slice(start + 16);
}

const exported = (page, f = 'json') => page.evaluate((f) => window.planner.export(f), f);
const welcomeStart = async (page) => JSON.parse(await exported(page)).days[0].items.find((i) => i.id === 'i-welkom').start;

// UID -> SEQUENCE of an ics-items export.
function sequences(ics) {
  const out = {};
  for (const block of ics.split('BEGIN:VEVENT').slice(1)) {
    const unfolded = block.replace(/\r\n /g, '');
    out[unfolded.match(/\r\nUID:([^\r]+)/)[1]] = Number(unfolded.match(/\r\nSEQUENCE:(\d+)/)[1]);
  }
  return out;
}

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  return { context, page, problems };
}

async function waitForDraft(page, notId) {
  for (let i = 0; i < 40; i++) {
    const c = await page.evaluate(() => window.planner.current());
    if (c.id && c.id !== notId) return c;
    await page.waitForTimeout(150);
  }
  throw new Error('no new draft');
}

test('a stale start shows the reflowed time by every way in (planner.open, Import…, share link)', async () => {
  const { context, page, problems } = await freshPage();
  const stale = staleSeed1();

  const opened = await page.evaluate((t) => window.planner.open(t), stale);
  assert.equal(opened.ok, true);
  assert.equal(await welcomeStart(page), '19:30');
  assert.ok(!(await exported(page, 'ics-items')).includes('T080000'));
  assert.ok(!(await exported(page, 'md')).includes('8.00'));

  const dir = mkdtempSync(join(tmpdir(), 'dagdeel-seams-'));
  const file = join(dir, 'oud-programma.json');
  writeFileSync(file, stale);
  const before = (await page.evaluate(() => window.planner.current())).id;
  await click(page, '###menu-file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###file-import')]);
  await chooser.setFiles(file);
  await waitForDraft(page, before);
  assert.equal(await welcomeStart(page), '19:30');

  // A share link made from the stale text opens at 19:30 too.
  const viaLink = (await page.evaluate(() => window.planner.current())).id;
  const link = await page.evaluate(async (t) => {
    window.planner.open(t);
    return window.planner.shareLink();
  }, stale);
  const linked = await context.newPage();
  await linked.goto(link);
  await linked.evaluate(() => window.planner.ready);
  await settle(linked);
  // A share link opens as a page to read first; "Bewerken" leads to the question.
  await linked.click('#dd-reading-edit');
  await settle(linked);
  await click(linked, /Openen als nieuw concept|Open as a new draft/);
  await waitForDraft(linked, viaLink);
  assert.equal(await welcomeStart(linked), '19:30');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a duration changed in the programme raises SEQUENCE of that item and the ones it moved; undo never lowers it', async () => {
  const { context, page, problems } = await freshPage();
  await page.evaluate((t) => window.planner.open(t), readFileSync(SEED0, 'utf8'));
  await click(page, '###tab-programme');
  const id = (await page.evaluate(() => window.planner.current())).id;
  const uid = (item, session) => `${id}-${item}${session ? '-' + session : ''}@dagdeel`;
  const before = sequences(await exported(page, 'ics-items'));
  assert.ok(Object.values(before).every((s) => s === 0));

  // The presentation's row: its "+" stepper adds 5 minutes.
  const doc = JSON.parse(await exported(page));
  const talk = doc.days[0].items.find((i) => i.id === 'i-presentatie');
  // (the row's frame may still be on its way on a loaded machine: widget() waits for it)
  const startsAt = new RegExp(`^(${talk.start.replace(':', '\\.')}|${talk.start})`);
  const row = await widget(page, startsAt).catch(() => null);
  assert.ok(row, 'the presentation row is on screen');
  const all = await page.evaluate(() => window.planner.widgets());
  const plus = all.find((w) => w.label === '+' && Math.abs(w.y + w.h / 2 - (row.y + row.h / 2)) < row.h);
  await page.mouse.click(plus.x + plus.w / 2, plus.y + plus.h / 2);
  await settle(page);

  const after = sequences(await exported(page, 'ics-items'));
  assert.ok(after[uid('i-presentatie')] >= 1, 'the changed item');
  assert.ok(after[uid('i-pauze')] >= 1, 'the break moved by reflow');
  assert.ok(after[uid('i-workshops', 's-democreatiespel')] >= 1, 'a session of the moved round');
  assert.equal(after[uid('i-ontvangst')], 0, 'the walk-in before it is untouched');
  assert.equal(after[uid('i-afsluiting')], 0, 'the pinned drinks are untouched');
  assert.match(await exported(page, 'ics-items'), /LAST-MODIFIED:\d{8}T\d{6}Z/);

  // Ctrl+Z with the real keyboard: the old times are back, with a higher SEQUENCE.
  await page.mouse.click(640, 760);  // off any field
  await page.keyboard.press('Control+z');
  await settle(page);
  const undone = sequences(await exported(page, 'ics-items'));
  assert.equal(JSON.parse(await exported(page)).days[0].items.find((i) => i.id === 'i-presentatie').duration, talk.duration);
  assert.ok(undone[uid('i-presentatie')] > after[uid('i-presentatie')]);
  assert.equal(undone[uid('i-ontvangst')], 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Edit menu, the toolbar, the keys and Help > Sneltoetsen are one set of actions', async () => {
  const { context, page, problems } = await freshPage();
  await page.evaluate((t) => window.planner.open(t), readFileSync(SEED0, 'utf8'));
  await click(page, '###tab-programme');
  const pauze = JSON.parse(await exported(page)).days[0].items.find((i) => i.id === 'i-pauze');
  await click(page, new RegExp('^' + pauze.start), { at: 'left' });  // the break's row
  assert.equal((await page.evaluate(() => window.planner.current())).selection.item, 'i-pauze');

  // Ctrl+D from the keyboard duplicates; the Edit menu names that step and its key.
  await page.keyboard.press('Control+d');
  await settle(page);
  let doc = JSON.parse(await exported(page));
  assert.equal(doc.days[0].items.filter((i) => i.title === 'Pauze').length, 2);
  await click(page, '###menu-edit');
  const undo = await widget(page, '###edit-undo');
  assert.match(undo.label, /Ongedaan maken: .*Pauze/);
  const dup = await widget(page, '###dup-item');
  assert.match(dup.label, /dupliceren/i);
  await screenshot(page, 'seams-edit-menu');
  await click(page, '###edit-undo');
  doc = JSON.parse(await exported(page));
  assert.equal(doc.days[0].items.filter((i) => i.title === 'Pauze').length, 1);

  // The toolbar's delete button is the same action: select the break again
  // (the undone copy was the selection) and press it.
  await click(page, new RegExp('^' + pauze.start), { at: 'left' });
  await click(page, '###del-item');
  doc = JSON.parse(await exported(page));
  assert.equal(doc.days[0].items.some((i) => i.id === 'i-pauze'), false);

  await click(page, '###menu-help');
  const help = (await page.evaluate(() => window.planner.widgets())).map((w) => w.label).join('\n');
  await screenshot(page, 'seams-help-shortcuts');
  for (const line of ['Ctrl+Z: Ongedaan maken', 'Ctrl+Shift+Z of Ctrl+Y: Opnieuw', 'Ctrl+D: Onderdeel dupliceren',
    'Delete: Onderdeel verwijderen', 'Alt+Pijl omhoog: Onderdeel omhoog']) {
    assert.ok(help.includes(line), `Help lists "${line}"`);
  }
  assert.ok(problems.length === 0, problems.join('\n'));
  await context.close();
});
