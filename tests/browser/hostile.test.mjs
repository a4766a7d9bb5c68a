// Hostile input in the browser: broken and hostile documents are refused
// with a message and leave the open draft untouched; an exported HTML page
// with script payloads in every field runs no script when opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, settle, startServer } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
];

// Puts a payload into every string of the document (ids and enums excepted).
function poison(doc, payload) {
  const skip = new Set(['id', 'format', 'kind', 'status', 'role', 'method', 'format', 'language', 'time_zone',
    'person_id', 'room_id', 'design_id', 'contact_person_id', 'document_id', 'currency', 'start', 'end', 'date', 'deadline', 'doors_open']);
  const walk = (v, key) => {
    if (typeof v === 'string') return skip.has(key) || key.endsWith('_id') || key.endsWith('_ids') ? v : v + payload;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const out = walk(doc, '');
  out.event.url = 'javascript:window.__pwned=1';
  out.event.venue.online_url = 'javascript:window.__pwned=1';
  return out;
}

test('an exported HTML announcement and the print pages with script payloads in every field run no script', async () => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const { page } = await openPage(context, server.url);
  const seed = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed-000-buitenstebinnen.json'), 'utf8'));
  for (const payload of PAYLOADS) {
    const r = await page.evaluate((t) => window.planner.open(t), JSON.stringify(poison(seed, payload)));
    assert.ok(r.ok, 'the poisoned document itself is valid: ' + JSON.stringify(r.errors));
    // The HTML export and every print page (print pages are printed from the app too).
    for (const format of ['html', 'print-announcement', 'print-programme', 'print-rooms', 'print-people']) {
      const html = await page.evaluate((f) => window.planner.export(f), format);
      assert.ok(html.includes('&lt;') || !payload.includes('<'), 'payload escaped');
      const viewer = await context.newPage();
      let dialogs = 0;
      viewer.on('dialog', (d) => { dialogs++; d.dismiss(); });
      await viewer.setContent(html);
      await viewer.waitForTimeout(200);
      for (const a of await viewer.$$('a')) await a.click({ timeout: 500 }).catch(() => {});
      await viewer.waitForTimeout(100);
      const pwned = await viewer.evaluate(() => window.__pwned).catch(() => undefined);
      assert.equal(pwned, undefined, 'no payload ran for ' + payload + ' in ' + format);
      assert.equal(dialogs, 0);
      assert.equal(await viewer.$$eval('script', (s) => s.length), 0, 'the page has no script element');
      await viewer.close();
    }
  }
  await context.close();
});

test('broken and hostile documents are refused with a message; the open draft is untouched', async () => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  await settle(page);
  await click(page, /Middag met workshopronde/);
  const before = await page.evaluate(() => ({ json: window.planner.export('json'), current: window.planner.current() }));
  const deep = '['.repeat(100000) + ']'.repeat(100000);
  const cases = [
    ['{"format": "dagdeel", "version": 1, "event": {', /line|syntax|end of input|unexpected/i],
    [deep, /depth|nest/i],
    ['{"format":"dagdeel","version":1,"id":"x","event":{"title":5}}', /title/],
    ['{"format":"dagdeel","version":99}', /newer/i],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2026XXXX\r\n', /line|DTSTART|END/i],
    ['<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY a "aaaa">]><schedule></schedule>', /DOCTYPE|entit/i],
    ['\u0000\u0001garbage', /./],
  ];
  for (const [text, expected] of cases) {
    const r = await page.evaluate((t) => window.planner.open(t), text);
    if (r.ok) continue;  // a lenient import (e.g. .ics) may still succeed with warnings; it is a new draft
    assert.ok(r.errors.length > 0, 'a refusal says why');
    assert.match(r.errors.join('\n'), expected);
  }
  const after = await page.evaluate((id) => {
    // The draft that was open before is still there, unchanged.
    return { ids: window.planner.current().id, json: window.planner.export('json') };
  });
  // Switch back if a lenient import opened a new draft.
  if (after.ids !== before.current.id) await click(page, new RegExp(before.current.title.slice(0, 20)));
  assert.equal(await page.evaluate(() => window.planner.export('json')), before.json);
  assert.deepEqual(problems, []);
  await context.close();
});
