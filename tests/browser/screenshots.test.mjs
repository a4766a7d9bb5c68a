// Issue 11: screenshots at 800×600, 1280×800 and 1920×1080, in Dutch and
// English, light and dark, of the programme, the timeline and the event form
// of the workshop-round template, into test-results/screenshots/ for a person
// to look at. Each also asserts that no tab label is drawn cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { click, launch, openPage, screenshot, settle, startServer } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const widgets = (page) => page.evaluate(() => window.planner.widgets());
async function clickKey(page, re) {
  for (let i = 0; i < 10; i++) {
    const w = (await widgets(page)).find((x) => re.test(x.key));
    if (w) {
      await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
      await settle(page, 120);
      return;
    }
    await page.mouse.move(3, 3);
    await page.waitForTimeout(120);
  }
  throw new Error(`no widget ${re}`);
}

for (const [width, height] of [[800, 600], [1280, 800], [1920, 1080]]) {
  for (const lang of ['nl', 'en']) {
    for (const theme of ['light', 'dark']) {
      test(`screenshots ${width}×${height} ${lang} ${theme}`, async () => {
        const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'nl-NL' });
        const { page, problems } = await openPage(context, server.url);
        await settle(page);
        if (lang === 'en') { await click(page, /Beeld/); await click(page, 'English'); }
        if (theme === 'dark') { await click(page, lang === 'en' ? /View/ : /Beeld/); await click(page, lang === 'en' ? /Dark/ : /Donker/); }
        await click(page, lang === 'en' ? /File/ : /Bestand/);
        await click(page, lang === 'en' ? /New from template/ : /Nieuw uit sjabloon/);
        await click(page, /workshopronde|workshop round/i);
        for (const tab of ['programme', 'timeline', 'event']) {
          await clickKey(page, new RegExp(`###tab-${tab}$`));
          if (tab === 'programme') await clickKey(page, /###row$/);  // a selected row fills the inspector
          await settle(page);
          await screenshot(page, `ui-${width}x${height}-${lang}-${theme}-${tab}`);
          const cut = (await widgets(page)).filter((w) => /###tab-/.test(w.key) && w.clipped);
          assert.deepEqual(cut.map((w) => w.label), [], 'no tab label cut');
        }
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
}
