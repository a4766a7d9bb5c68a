// Issue 13's cost rules for the accessibility mirror, with the largest real
// plan in the samples open (the 39C3 schedule): scrolling the programme
// changes only what scrolled into view (one window origin, the new rows),
// every mirror node still lies over its widget, and once the last input's
// own frames are done the app renders 0 frames per second.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, settle, startServer, widget } from './harness.mjs';

const BIG = '/work/shared/samples/schedules/schedule-39c3-20251206.xml';
let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

// Where each mirror node for a drawn widget lies, next to the widget's rectangle.
const placed = (page) => page.evaluate(() => window.planner.widgets().map((w) => {
  const el = document.getElementById('dd-w' + w.id);
  const r = el && el.getBoundingClientRect();
  return { key: w.key, label: w.label, w, r: r && { x: r.x, y: r.y, w: r.width, h: r.height } };
}).filter((p) => p.r));

test('big plan: a scroll step sends only the rows that came into view, nodes stay over their widgets, idle is 0 fps', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'nl-NL' });
  const { page, problems } = await openPage(context, server.url);
  const opened = await page.evaluate((t) => window.planner.open(t), readFileSync(BIG, 'utf8'));
  assert.ok(opened.ok, JSON.stringify(opened.errors));
  await settle(page);
  const tab = await widget(page, '###tab-programme');
  await page.mouse.click(tab.x + 20, tab.y + 10);
  await settle(page);
  const rowsBefore = await page.evaluate(() => document.querySelectorAll('#dagdeel-a11y [role=row]').length);
  assert.ok(rowsBefore >= 8, `the programme grid is mirrored (${rowsBefore} rows)`);

  // Count what one wheel step does to the mirror's DOM.
  await page.evaluate(() => {
    const root = document.getElementById('dagdeel-a11y');
    window.__mirror = { styled: new Set(), added: 0, removed: 0, rootStyled: 0 };
    window.__observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target === root) window.__mirror.rootStyled++;
        else if (r.type === 'attributes') window.__mirror.styled.add(r.target);
        else { window.__mirror.added += r.addedNodes.length; window.__mirror.removed += r.removedNodes.length; }
      }
    });
    window.__observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
  });
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, 120);
  await settle(page);
  const m = await page.evaluate(() => {
    window.__observer.disconnect();
    const leaves = document.querySelectorAll('#dagdeel-a11y .dd-n').length;
    return { styled: window.__mirror.styled.size, added: window.__mirror.added, removed: window.__mirror.removed,
             rootStyled: window.__mirror.rootStyled, leaves };
  });
  t.diagnostic(`one wheel step: ${JSON.stringify(m)}`);
  assert.ok(m.rootStyled >= 1, 'the scrolled window\'s origin moved (one CSS variable on the mirror root)');
  assert.ok(m.added > 0 && m.removed > 0, `rows came into view and left it (${m.added} added, ${m.removed} removed)`);
  // Before, every node was moved on every scroll step (all leaves restyled);
  // then every leaf of a re-keyed row and the frozen header's cells (~20 of
  // ~120). Rows are placed now: a re-keyed row moves once, its cells not.
  assert.ok(m.styled < m.leaves / 8, `only placed rows and new nodes were restyled: ${m.styled} of ${m.leaves}`);

  // Every node of a drawn, unclipped widget lies over it (magnifiers, touch exploration).
  const all = await placed(page);
  assert.ok(all.length > 50, `${all.length} widgets have a node`);
  const off = all.filter((p) => Math.abs(p.r.x - p.w.x) > 1.5 || Math.abs(p.r.y - p.w.y) > 1.5 ||
    Math.abs(p.r.w - Math.max(1, p.w.w)) > 1.5 || Math.abs(p.r.h - Math.max(1, p.w.h)) > 1.5);
  assert.deepEqual(off.slice(0, 5).map((p) => `${p.key}: node ${JSON.stringify(p.r)} widget ${JSON.stringify([p.w.x, p.w.y, p.w.w, p.w.h])}`), []);

  // Scroll on (many steps, both ways), then stop: the frames end with the input.
  for (let i = 0; i < 24; i++) {
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, i < 16 ? 240 : -120);
    await page.waitForTimeout(20);
  }
  await settle(page, 1000);  // the last input's own frames (and a tooltip's wake-up) are done
  const before = await page.evaluate(() => window.planner.stats().frames);
  await page.waitForTimeout(2500);
  const frames = (await page.evaluate(() => window.planner.stats().frames)) - before;
  assert.equal(frames, 0, `no frames while idle with the big plan open after scrolling (${frames} in 2.5 s)`);
  // After many steps sent as "insert after" messages (no full order), the
  // tree is still the one C++ drew: each node under its parent, the grid's
  // rows top to bottom, each row's cells left to right, nothing left over.
  const tree = await page.evaluate(() => {
    const A = DagdeelA11y;
    const misplaced = [], unordered = [];
    let count = 0;
    // The page keeps each node's element by slot (src/ui/a11y_slots.hpp), with its parent's slot.
    A.recs.forEach((r, slot) => {
      if (!r || !r.el || slot === 0) return;
      count++;
      const parent = (A.recs[r.parent] && A.recs[r.parent].el) || A.root;
      if (r.el.parentNode !== parent) misplaced.push(r.key);
      if (r.el._key !== r.key) misplaced.push(`${r.key} (its element says ${r.el._key})`);
    });
    const ordered = (els, at) => els.every((el, i) => i === 0 || at(els[i - 1]) < at(el));
    for (const grid of document.querySelectorAll('#dagdeel-a11y [role=grid]')) {
      const rows = [...grid.children].filter((el) => /^row:/.test(el._key));
      if (!ordered(rows, (el) => Number(el._key.split(':')[2]))) unordered.push(grid._key);
      for (const row of rows) {
        const cells = [...row.children].filter((el) => /^cell:/.test(el._key));
        if (!ordered(cells, (el) => Number(el._key.split(':')[3]))) unordered.push(row._key);
      }
    }
    // Mirror nodes in the document (only widgets' nodes carry an id; every node its key).
    const inDom = [...document.querySelectorAll('#dagdeel-a11y *')].filter((el) => el._key && el.isConnected).length;
    return { misplaced: misplaced.slice(0, 5), unordered: unordered.slice(0, 5), count, inDom };
  });
  assert.deepEqual(tree.misplaced, [], 'every mirror node lies under its parent\'s node');
  assert.deepEqual(tree.unordered, [], 'rows and cells are in their drawn order');
  const mirror = await page.evaluate(() => window.planner.stats());
  assert.equal(tree.count, mirror.a11yNodes - 1, `the page holds the nodes C++ built, no more (${tree.count} of ${mirror.a11yNodes} with the root)`);
  assert.ok(tree.inDom >= tree.count, `every node is in the document (${tree.inDom} elements for ${tree.count} nodes)`);
  assert.ok(mirror.a11yNodes > 100, `the mirror holds the programme (${mirror.a11yNodes} nodes)`);
  assert.deepEqual(problems, []);
  await context.close();
});
