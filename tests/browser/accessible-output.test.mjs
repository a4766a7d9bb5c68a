// Accessible output: every HTML the app exports (the announcement page and
// the four print pages) for the five seeds, in Dutch and in English, passes
// axe-core (npm) at WCAG 2.1 AA (tags wcag2a, wcag2aa, wcag21a, wcag21aa)
// with no violations. The pages forbid scripts with their own CSP, so the
// test context bypasses CSP to inject axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, launch, openPage, settle, startServer } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const SEEDS = readdirSync(FIXTURES).filter((f) => /^seed-\d+.*\.json$/.test(f)).sort();
const FORMATS = ['html', 'print-announcement', 'print-programme', 'print-rooms', 'print-people'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

test('axe-core: no WCAG 2.1 AA violations in any HTML export or print page, NL and EN', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const { page: app } = await openPage(context, server.url);
  const page = await context.newPage();
  const report = [];
  let checked = 0, rulesPassed = 0;
  for (const seed of SEEDS) {
    const r = await app.evaluate((t) => window.planner.open(t), readFileSync(join(FIXTURES, seed), 'utf8'));
    assert.ok(r.ok, JSON.stringify(r.errors));
    await settle(app);
    for (const lang of ['nl', 'en']) {
      for (const format of FORMATS) {
        const html = await app.evaluate(([f, l]) => window.planner.export(f, l), [format, lang]);
        await page.setContent(html, { waitUntil: 'load' });
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
        checked++;
        rulesPassed += result.passes.length;
        for (const v of result.violations) {
          report.push(`${seed} ${lang} ${format}: ${v.id} (${v.impact}) ${v.help}: ` +
            v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
        }
      }
    }
  }
  console.log(`axe: ${checked} pages, ${rulesPassed} rule passes, ${report.length} violations`);
  assert.deepEqual(report, []);
  assert.equal(checked, SEEDS.length * 2 * FORMATS.length);
  await context.close();
});
