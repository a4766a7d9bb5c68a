// Browser storage (issue 6): drafts survive reloads, interrupted saves,
// storage faults, damaged records, two tabs and a missing network; version
// history and restore. Edits are made with real clicks and keys.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, screenshot, settle, startServer, widget } from './harness.mjs';

const SEED = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json'), 'utf8');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const newContext = () => browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });

// A draft to work on: the seed opened through the API (setup, not the edit under test).
async function seedDraft(page) {
  const r = await page.evaluate((t) => window.planner.open(t), SEED);
  assert.ok(r.ok, JSON.stringify(r.errors));
  await settle(page);
  return r.id;
}

// Types a new event title with real clicks and keys.
async function typeTitle(page, title) {
  await click(page, '###tab-event');
  await click(page, '##ev-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await settle(page, 150);
}

const title = (page) => page.evaluate(() => window.planner.current().title);

// Reads a store straight from IndexedDB.
const readStore = (page, store) => page.evaluate((s) => new Promise((ok, bad) => {
  const r = indexedDB.open('dagdeel');
  r.onsuccess = () => { const g = r.result.transaction(s).objectStore(s).getAll(); g.onsuccess = () => { ok(g.result); r.result.close(); }; g.onerror = () => bad(g.error); };
  r.onerror = () => bad(r.error);
}), store);

test('edit, reload: the edit is there, the draft reopens', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  const id = await seedDraft(page);
  await typeTitle(page, 'Opgeslagen middag');
  await page.evaluate(() => window.planner.flush());
  await widget(page, /Opgeslagen$/);
  const stored = await page.evaluate(() => window.planner.drafts());
  assert.deepEqual(stored.map((d) => [d.id, d.title]), [[id, 'Opgeslagen middag']]);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await page.evaluate(() => window.planner.flush());  // waits for the initial load
  await settle(page);
  assert.equal(await title(page), 'Opgeslagen middag');
  assert.equal((await page.evaluate(() => window.planner.current())).id, id);
  assert.deepEqual(problems, []);
  await context.close();
});

test('close the page during a save, reopen: the new or the previous version, never nothing', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await seedDraft(page);
  await typeTitle(page, 'Eerste versie');
  await page.evaluate(() => window.planner.flush());
  await typeTitle(page, 'Tweede versie');
  // Close while the debounce runs or the transaction is in flight.
  await page.evaluate(() => window.planner.flush().catch(() => {}) && null);
  await page.close();
  const { page: again } = await openPage(context, server.url);
  await again.evaluate(() => window.planner.flush());
  const t = await title(again);
  assert.ok(t === 'Eerste versie' || t === 'Tweede versie', `got ${t}`);
  const drafts = await readStore(again, 'drafts');
  assert.equal(drafts.length, 1);
  await context.close();
});

test('storage fault: the message appears, nothing stored is lost, backup download works', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await seedDraft(page);
  await typeTitle(page, 'Veilig bewaard');
  await page.evaluate(() => window.planner.flush());
  const before = await readStore(page, 'drafts');
  await page.evaluate(() => window.planner._testFailStorage('quota'));
  await typeTitle(page, 'Niet op te slaan');
  const err = await page.evaluate(() => window.planner.flush().then(() => 'resolved', (e) => e.message));
  assert.match(err, /Quota/);
  await widget(page, /Niet opgeslagen: de opslag is vol/);
  assert.deepEqual(await readStore(page, 'drafts'), before, 'stored record untouched');
  assert.equal(await title(page), 'Niet op te slaan', 'the work stays in memory');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '###backup-now')]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(backup.format, 'dagdeel-backup');
  assert.equal(backup.drafts[0].title, 'Niet op te slaan');
  // Healed: the next save goes through and the message leaves.
  await page.evaluate(() => window.planner._testFailStorage(''));
  await page.waitForFunction(() => window.planner.flush().then(() => true, () => false), null, { timeout: 15000, polling: 500 });
  assert.equal((await readStore(page, 'drafts'))[0].title, 'Niet op te slaan');
  await context.close();
});

test('a damaged record is set aside and the last good version opens', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  const id = await seedDraft(page);
  await typeTitle(page, 'Goede versie');
  await page.evaluate(() => window.planner.flush());
  await page.evaluate((id) => new Promise((ok) => {
    const r = indexedDB.open('dagdeel');
    r.onsuccess = () => {
      const tx = r.result.transaction('drafts', 'readwrite');
      const s = tx.objectStore('drafts');
      s.get(id).onsuccess = (e) => { const rec = e.target.result; rec.json = rec.json.slice(0, 200) + 'kapot'; s.put(rec); };
      tx.oncomplete = () => { r.result.close(); ok(); };
    };
  }), id);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await page.evaluate(() => window.planner.flush());
  await widget(page, /beschadigd en is apart gezet/);
  assert.equal(await title(page), 'Goede versie');
  const q = await readStore(page, 'quarantine');
  assert.equal(q.length, 1);
  assert.match(q[0].record.json, /kapot$/);
  const drafts = await readStore(page, 'drafts');
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0].title, 'Goede versie');
  await context.close();
});

test('history: three edits, restore the first version, undo the restore', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await seedDraft(page);
  await page.evaluate(() => window.planner._testVersionIntervalMs(0));  // a version per save
  for (const t of ['Versie een', 'Versie twee', 'Versie drie']) {
    await typeTitle(page, t);
    await page.evaluate(() => window.planner.flush());
  }
  await click(page, '###menu-file');
  await click(page, '###file-history');
  // Versions are listed newest first; the oldest is the seed as opened.
  const versions = await readStore(page, 'versions');
  const titles = versions.map((v) => v.title);
  const index = titles.indexOf('Versie een');
  assert.ok(index >= 0, titles.join(', '));
  await click(page, `###version-restore-${index}`);
  assert.equal(await title(page), 'Versie een');
  await page.keyboard.press('Escape');
  await click(page, '###menu-edit');
  await click(page, '###edit-undo');
  assert.equal(await title(page), 'Versie drie');
  await page.evaluate(() => window.planner.flush());
  assert.equal((await page.evaluate(() => window.planner.drafts()))[0].title, 'Versie drie');
  await context.close();
});

test('delete moves a draft to the bin; it can be restored from there', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  const id = await seedDraft(page);
  await page.evaluate(() => window.planner.flush());
  await click(page, '###draft-del');
  await page.evaluate(() => window.planner.flush());
  assert.deepEqual(await page.evaluate(() => window.planner.drafts()), []);
  const bin = await readStore(page, 'bin');
  assert.equal(bin.length, 1, JSON.stringify(await readStore(page, 'drafts')).slice(0, 300));
  assert.equal(bin[0].id, id);
  await click(page, '###menu-file');
  await click(page, '###file-bin');
  await click(page, `###bin-restore-${id}`);
  await page.evaluate(() => window.planner.flush());
  await settle(page);
  assert.equal((await page.evaluate(() => window.planner.drafts()))[0].id, id);
  assert.equal((await page.evaluate(() => window.planner.current())).id, id);
  await context.close();
});

test('two pages on the same draft: the other follows; simultaneous edits keep both', async () => {
  const context = await newContext();
  const { page: a } = await openPage(context, server.url);
  const id = await seedDraft(a);
  await a.evaluate(() => window.planner.flush());
  const { page: b } = await openPage(context, server.url);
  await b.evaluate(() => window.planner.flush());
  assert.equal((await b.evaluate(() => window.planner.current())).id, id);
  await a.bringToFront();
  await typeTitle(a, 'Van tabblad A');
  await a.evaluate(() => window.planner.flush());
  await b.waitForFunction(() => window.planner.current().title === 'Van tabblad A', null, { timeout: 5000, polling: 100 });
  // Both edit before either has seen the other's save.
  await b.evaluate(() => window.planner._testFailStorage('unavailable'));
  await a.evaluate(() => window.planner._testFailStorage('unavailable'));
  await typeTitle(a, 'Alleen A');
  await b.bringToFront();
  await typeTitle(b, 'Alleen B');
  await a.evaluate(() => window.planner._testFailStorage(''));
  await a.waitForFunction(() => window.planner.flush().then(() => true, () => false), null, { timeout: 15000, polling: 500 });
  await b.evaluate(() => window.planner._testFailStorage(''));
  await b.waitForFunction(() => window.planner.flush().then(() => true, () => false), null, { timeout: 15000, polling: 500 });
  const titles = (await a.evaluate(() => window.planner.drafts())).map((d) => d.title).sort();
  assert.ok(titles.includes('Alleen A'), titles.join(', '));
  assert.ok(titles.some((t) => t.startsWith('Alleen B')), titles.join(', '));
  await context.close();
});

test('network blocked after the first visit: the app loads and saves', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();  // now controlled by the service worker
  await page.evaluate(() => window.planner.ready);
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await seedDraft(page);
  await typeTitle(page, 'Offline gemaakt');
  await page.evaluate(() => window.planner.flush());
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await page.evaluate(() => window.planner.flush());
  assert.equal(await title(page), 'Offline gemaakt');
  await context.close();
});

test('backup: download, change, import: same drafts are skipped, a changed one comes back as a copy', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  const id = await seedDraft(page);
  await typeTitle(page, 'Middag uit de back-up');
  await page.evaluate(() => window.planner.flush());
  await click(page, '###menu-file');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, '###file-backup')]);
  assert.match(download.suggestedFilename(), /^dagdeel-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  assert.deepEqual(backup.drafts.map((d) => [d.id, d.title]), [[id, 'Middag uit de back-up']]);

  // Unchanged: importing the backup adds nothing.
  await click(page, '###menu-file');
  let [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###file-import-backup')]);
  await chooser.setFiles(backupPath);
  await widget(page, /Back-up ingelezen: 0 nieuw, 0 als kopie \(verschilden\), 1 al aanwezig/, { timeout: 5000 });

  // Changed since: the backup's version is kept beside it, under a new id.
  await typeTitle(page, 'Middag, later gewijzigd');
  await click(page, '###menu-file');
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, '###file-import-backup')]);
  await chooser.setFiles(backupPath);
  await widget(page, /Back-up ingelezen: 0 nieuw, 1 als kopie/, { timeout: 5000 });
  await settle(page);
  await screenshot(page, 'storage-backup-imported');
  await page.evaluate(() => window.planner.flush());
  const stored = (await page.evaluate(() => window.planner.drafts())).map((d) => d.title).sort();
  assert.deepEqual(stored, ['Middag uit de back-up (uit back-up)', 'Middag, later gewijzigd']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bin: a draft deleted more than 30 days ago is gone for good at the next start, a recent one stays', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  await seedDraft(page);
  await page.evaluate(() => window.planner.flush());
  const day = 24 * 60 * 60 * 1000;
  await page.evaluate((day) => new Promise((ok) => {
    const r = indexedDB.open('dagdeel');
    r.onsuccess = () => {
      const tx = r.result.transaction(['bin', 'versions'], 'readwrite');
      const rec = (id, age) => ({ id, title: id, created: 1, modified: 1, json: '{}', checksum: 'x', deleted: Date.now() - age * day });
      tx.objectStore('bin').put(rec('oud', 31));
      tx.objectStore('bin').put(rec('recent', 29));
      tx.objectStore('versions').put({ draft: 'oud', started: 1, time: 1, title: 'oud', json: '{}', checksum: 'x' });
      tx.oncomplete = () => { r.result.close(); ok(); };
    };
  }), day);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await page.evaluate(() => window.planner.flush());
  await settle(page);
  assert.deepEqual((await readStore(page, 'bin')).map((b) => b.id), ['recent']);
  assert.deepEqual((await readStore(page, 'versions')).filter((v) => v.draft === 'oud'), []);
  await context.close();
});

// Issue 14: the autosave of a big plan is written in slices and compared
// through the "head" index; what it stores must still be the whole plan.
test('a big plan (39C3): typing in the title is stored complete by the autosave alone', async () => {
  const xml = readFileSync(join(ROOT, '..', 'shared', 'samples', 'schedules', 'schedule-39c3-20251206.xml'), 'utf8');
  const context = await newContext();
  const { page, problems } = await openPage(context, server.url);
  const r = await page.evaluate((t) => window.planner.open(t), xml);
  assert.ok(r.ok, JSON.stringify(r.errors));
  await page.evaluate(() => window.planner.flush());
  await click(page, '###tab-event');
  await click(page, '##ev-title');
  await page.keyboard.press('End');
  await page.keyboard.type(' bewaard', { delay: 60 });
  const typed = await title(page);
  assert.match(typed, / bewaard$/);
  // No flush: the autosave's own ticks store it. Polled from here (a
  // waitForFunction predicate that returns a promise counts as true at once).
  let rec = null;
  for (const start = Date.now(); Date.now() - start < 30000; await page.waitForTimeout(250)) {
    rec = (await readStore(page, 'drafts')).find((d) => d.id === r.id);
    if (rec && rec.title === typed) break;
  }
  assert.equal(rec && rec.title, typed, 'the autosave stored the typed title within 30 s');
  const stored = JSON.parse(rec.json);
  const current = JSON.parse(await page.evaluate(() => window.planner.export('json')));
  assert.equal(stored.event.title, typed);
  const items = (doc) => doc.days.reduce((n, d) => n + d.items.length, 0);
  const talks = (xml.match(/<event /g) || []).length;  // 215 talks in 4 days
  assert.ok(talks > 200 && items(stored) >= talks, `${items(stored)} items stored of ${talks} talks`);
  assert.deepEqual(stored, current, 'the stored plan is the plan on screen, every day and item');
  // The newest version holds the same bytes.
  const versions = (await readStore(page, 'versions')).filter((v) => v.draft === r.id);
  assert.equal(versions[versions.length - 1].checksum, rec.checksum);
  assert.equal(versions[versions.length - 1].json, rec.json);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a store made before the "head" index (database version 1) opens, upgrades and saves', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url);
  const id = await seedDraft(page);
  await typeTitle(page, 'Uit versie 1');
  await page.evaluate(() => window.planner.flush());
  const [rec] = await readStore(page, 'drafts');
  // The same record in a database as the previous release made it.
  await page.goto(server.url + 'manifest.webmanifest');
  await page.evaluate((rec) => new Promise((ok, bad) => {
    const del = indexedDB.deleteDatabase('dagdeel');
    del.onerror = () => bad(del.error);
    del.onsuccess = () => {
      const r = indexedDB.open('dagdeel', 1);
      r.onupgradeneeded = () => {
        const db = r.result;
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('versions', { keyPath: 'key', autoIncrement: true }).createIndex('draft', 'draft');
        db.createObjectStore('bin', { keyPath: 'id' });
        db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
        db.createObjectStore('meta', { keyPath: 'key' });
      };
      r.onsuccess = () => {
        const tx = r.result.transaction('drafts', 'readwrite');
        const old = { ...rec };
        delete old.created;  // as some older records: not a key of the "head" index until the upgrade
        tx.objectStore('drafts').put(old);
        tx.oncomplete = () => { r.result.close(); ok(); };
      };
      r.onerror = () => bad(r.error);
    };
  }), rec);
  const { page: again, problems } = await openPage(context, server.url);
  await again.evaluate(() => window.planner.flush());
  assert.equal(await title(again), 'Uit versie 1');
  assert.equal((await again.evaluate(() => window.planner.current())).id, id);
  await typeTitle(again, 'Na de upgrade');
  await again.evaluate(() => window.planner.flush());
  const after = await readStore(again, 'drafts');
  assert.deepEqual(after.map((d) => [d.id, d.title]), [[id, 'Na de upgrade']]);
  const indexes = await again.evaluate(() => new Promise((ok) => {
    const r = indexedDB.open('dagdeel');
    r.onsuccess = () => { ok([r.result.version, [...r.result.transaction('drafts').objectStore('drafts').indexNames]]); r.result.close(); };
  }));
  assert.deepEqual(indexes, [2, ['head']]);
  assert.deepEqual(problems, []);
  await page.close();
  await context.close();
});
