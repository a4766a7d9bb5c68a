// Issue 13: the canvas has a DOM mirror that assistive technology can use.
// Reads Chromium's own accessibility tree (CDP Accessibility.getFullAXTree),
// not our DOM, on every tab with a seed open, in Dutch and English: the
// labelled widgets planner.widgets() reports must be there with a fitting role
// and their visible name, and keyboard focus must be the AX tree's focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, click, launch, openPage, settle, startServer } from './harness.mjs';

const SEED = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-000-buitenstebinnen.json'), 'utf8');
const TABS = ['###tab-event', '###tab-programme', '###tab-timeline', '###tab-people', '###tab-participants', '###tab-designs', '###tab-announcement'];
// Roles a widget may have; a generic container or nothing at all fails.
const WIDGET_ROLES = new Set(['button', 'tab', 'menuitem', 'menuitemcheckbox', 'checkbox', 'textbox', 'combobox',
  'option', 'StaticText', 'listitem', 'heading', 'status', 'gridcell', 'columnheader']);

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

// What a screen reader hears: icons are not words.
const spoken = (label) => label.replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' ').trim();

async function axTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value, name: n.name?.value ?? '',
    focused: n.role?.value !== 'RootWebArea' && (n.properties || []).some((p) => p.name === 'focused' && p.value.value),
    value: n.value?.value,
  }));
}

async function openSeed(lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: lang === 'nl' ? 'nl-NL' : 'en-GB', bypassCSP: true });
  await context.addInitScript((l) => localStorage.setItem('dagdeel.language', l), lang);
  const { page, problems } = await openPage(context, server.url);
  const r = await page.evaluate((t) => window.planner.open(t), SEED);
  assert.ok(r.ok);
  await settle(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  return { context, page, problems, cdp };
}

for (const lang of ['nl', 'en']) {
  test(`AX tree (${lang}): ≥ 95% of labelled widgets on every tab, with role and name`, async () => {
    const { context, page, problems, cdp } = await openSeed(lang);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    let total = 0, found = 0;
    const missing = [];
    for (const tab of TABS) {
      await click(page, tab);
      await settle(page);
      const widgets = (await page.evaluate(() => window.planner.widgets()))
        .filter((w) => spoken(w.label) !== '' && w.w > 0 && w.h > 0);
      const ax = await axTree(cdp);
      const byName = new Map();
      for (const n of ax) if (n.name) (byName.get(n.name) || byName.set(n.name, []).get(n.name)).push(n);
      for (const w of widgets) {
        total++;
        const name = spoken(w.label);
        const nodes = byName.get(name) || ax.filter((n) => n.name && n.name.startsWith(name + ","));
        const ok = nodes.some((n) => WIDGET_ROLES.has(n.role) && (!/###tab-/.test(w.key) || n.role === 'tab'));
        if (ok) found++;
        else missing.push(`${tab}: ${JSON.stringify(spoken(w.label))} (${nodes.map((n) => n.role).join('/') || 'absent'})`);
      }
      // Tabs are a tablist with the open one selected.
      const tabs = ax.filter((n) => n.role === 'tab');
      assert.equal(tabs.length, TABS.length, `every tab in the AX tree on ${tab}`);
    }
    const share = found / total;
    console.log(`${lang}: ${found}/${total} labelled widgets in the AX tree (${(share * 100).toFixed(1)}%)`);
    if (share < 1) console.log('not found:', missing.slice(0, 20).join('; '));
    assert.ok(total > 100, `enough widgets looked at (${total})`);
    assert.ok(share >= 0.95, `${(share * 100).toFixed(1)}% found`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the event form’s fields are text boxes named by their labels, with their values', async () => {
  const { context, page, cdp } = await openSeed('nl');
  await click(page, '###tab-event');
  await settle(page);
  const ax = await axTree(cdp);
  const title = ax.find((n) => n.role === 'textbox' && n.name === 'Titel');
  assert.ok(title, 'a text box named Titel');
  const current = await page.evaluate(() => window.planner.current());
  assert.equal(title.value, current.title);
  assert.ok(ax.some((n) => n.role === 'menubar'), 'a menu bar');
  assert.ok(ax.some((n) => n.role === 'tablist'), 'a tab list');
  assert.ok(ax.some((n) => n.role === 'tabpanel'), 'a tab panel');
  await context.close();
});

test('keyboard focus is the AX tree’s focused node after Tab, arrows and Enter', async () => {
  const { context, page, cdp } = await openSeed('nl');
  await click(page, '###tab-programme');
  await settle(page);
  const checks = [];
  const check = async (what) => {
    await settle(page, 150);
    const nav = (await page.evaluate(() => window.planner.stats())).navId;
    const widgets = await page.evaluate(() => window.planner.widgets());
    const w = widgets.find((x) => x.id === nav);
    const focused = (await axTree(cdp)).filter((n) => n.focused);
    const domId = await page.evaluate(() => document.activeElement && document.activeElement.id);
    checks.push({ what, nav, label: w && spoken(w.label), focused: focused.map((n) => `${n.role}:${n.name}`), domId });
    return { nav, w, focused, domId };
  };
  for (const key of ['Tab', 'Tab', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'Tab']) {
    await page.keyboard.press(key);
    const { nav, focused, domId } = await check(key);
    assert.ok(nav, `ImGui has keyboard focus after ${key}`);
    assert.equal(domId, `dd-w${nav}`, `DOM focus on the mirrored node after ${key}: ${JSON.stringify(checks.at(-1))}`);
    assert.equal(focused.length, 1, `one focused AX node after ${key}`);
    assert.ok(focused[0].name, `the focused node has a name after ${key}`);
  }
  console.log(checks.map((c) => `${c.what} -> ${c.focused.join(',')}`).join('\n'));
  await context.close();
});

// axe-core on the running app (the mirror is what it can judge): no serious
// or critical violations on any tab. The page's CSP forbids injected scripts,
// so this context bypasses CSP to add axe.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
test('axe-core on the running app: no serious or critical violations on any tab', async () => {
  const { context, page } = await openSeed('nl');
  await page.addScriptTag({ content: AXE });
  const report = [];
  for (const tab of TABS) {
    await click(page, tab);
    await settle(page);
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }));
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      report.push(`${tab}: ${v.id} (${v.impact}) ${v.help}: ` + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
    }
  }
  assert.deepEqual(report, []);
  await context.close();
});
