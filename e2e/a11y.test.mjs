// Accessibility: axe-core (WCAG 2.1 A and AA rules) on every screen, in both languages and in trainer mode.
// Fails on any serious or critical violation.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, openApp, choose, assertNoPageErrors } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
afterEach(assertNoPageErrors);
after(async () => {
  await browser?.close();
  await server?.close();
});

async function audit(page, screen) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
  assert.deepEqual(report, [], report.join('\n'));
}

for (const lang of ['zh', 'en']) {
  test(`every screen passes axe in ${lang}`, async () => {
    const { page, ctx } = await openApp(browser, server.url);
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    await audit(page, 'start');
    await page.getByTestId('start-button').click();
    await page.getByTestId('profile-credit_code').fill('91350100M000100Y44');
    await audit(page, 'profile');
    for (let step = 0; step < 4; step++) {
      await page.getByTestId('next').click();
      const first = (await page.locator('.qmpc-ind').first().getAttribute('data-testid')).replace('indicator-', '');
      await choose(page, first, 3);
      await audit(page, `dimension ${step + 1}`);
    }
    await page.getByTestId('next').click();
    await audit(page, 'result');
    await page.getByTestId('drafts-button').click();
    await audit(page, 'drafts');
    await page.getByTestId('new-draft').click();
    await page.getByTestId('drafts-button').click();
    await page.getByTestId('compare-button').click();
    await audit(page, 'compare');
    await ctx.close();
  });
}

test('trainer mode passes axe', async () => {
  const { page, ctx } = await openApp(browser, `${server.url}?trainer=1`);
  await audit(page, 'trainer start');
  await page.getByTestId('show-sample').first().click();
  await audit(page, 'trainer result');
  await ctx.close();
});

test('the whole journey works with the keyboard alone, with visible focus', async () => {
  const { page, ctx, errors } = await openApp(browser, server.url);
  const active = () =>
    page.evaluate(() => {
      const e = document.activeElement;
      return { testid: e?.dataset?.testid ?? null, type: e?.type ?? null, name: e?.name ?? null, checked: !!e?.checked };
    });
  /** Press Tab until `match` holds for the focused element; fails after `limit` presses. */
  async function tabTo(match, limit = 60) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const a = await active();
      if (match(a)) return a;
    }
    throw new Error('focus never reached the target');
  }
  await tabTo((a) => a.testid === 'start-button');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await tabTo((a) => a.testid === 'profile-name');
  await page.keyboard.type('键盘测试有限公司');
  await tabTo((a) => a.testid === 'next');
  await page.keyboard.press('Enter');

  for (let step = 0; step < 4; step++) {
    const groups = await page.locator('.qmpc-ind').count();
    for (let g = 0; g < groups; g++) {
      // Tab reaches each unanswered group's radios; a digit picks the level there.
      await tabTo((a) => a.type === 'radio' && !a.checked);
      await page.keyboard.press('3');
    }
    await tabTo((a) => a.testid === 'next');
    await page.keyboard.press('Enter');
  }
  assert.equal(await page.getByTestId('result-level').textContent(), '保证级');
  assert.match(await page.getByTestId('result-score').textContent(), /^3\.00$/);
  await tabTo((a) => a.testid === 'print');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 20_000);
  assert.deepEqual(errors, []);
  await ctx.close();
});
