// Layouts that hold on a 1024×768 projector, a 1280×900 laptop and a 390×844 phone, in both languages: no
// cell of the result cut off, no sideways scrolling of the page, the header on one row from 1024 px up.
// Also: nothing is exported or copied before there is a draft, the menu closes on Escape, the digit-key
// hint stays off touch screens, a new draft is dated today.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, assertNoPageErrors } from './harness.mjs';

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

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
const PHONE = 600;

/** Every table cell in `scope` that is cut off: its content wider than its box, or its box reaching past
 * an ancestor that clips it (a region of its own that scrolls sideways is allowed on a phone only). */
function cutCells(page, scope) {
  return page.evaluate(
    ({ scope, phone }) => {
      const bad = [];
      for (const cell of document.querySelectorAll(`${scope} table th, ${scope} table td`)) {
        const style = getComputedStyle(cell);
        // Visually hidden headings (read out, not drawn) and hidden rows are not on screen.
        if (cell.getClientRects().length === 0 || style.position === 'absolute') continue;
        const text = cell.textContent.trim().slice(0, 40);
        if (cell.scrollWidth > cell.clientWidth + 1) bad.push(`${text}: content ${cell.scrollWidth} px in a ${cell.clientWidth} px cell`);
        const r = cell.getBoundingClientRect();
        let inScroller = false;
        for (let a = cell.parentElement; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX === 'visible') continue;
          const box = a.getBoundingClientRect();
          if (r.right > box.right + 1 || r.left < box.left - 1) {
            const scrolls = (s.overflowX === 'auto' || s.overflowX === 'scroll') && a.scrollWidth > a.clientWidth;
            if (scrolls && phone) inScroller = true;
            else bad.push(`${text}: reaches past its .${a.className.split(' ')[0]} box (${Math.round(r.right)} > ${Math.round(box.right)})`);
          }
          break;
        }
        if (!inScroller && r.right > innerWidth + 1) bad.push(`${text}: reaches past the window (${Math.round(r.right)} > ${innerWidth})`);
      }
      return bad;
    },
    { scope, phone: page.viewportSize().width < PHONE },
  );
}

/** The page itself never scrolls sideways. */
async function assertNoSidewaysScroll(page, where) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
  assert.ok(scroll <= inner, `${where}: the page is ${scroll} px wide in a ${inner} px window`);
}

/** The header's brand and every visible toolbar item share one row. */
async function headerRows(page) {
  return page.evaluate(() => {
    const header = document.querySelector('.qmpc__header');
    const brand = header.querySelector('.qmpc__brand').getBoundingClientRect();
    const items = [...header.querySelectorAll('.qmpc__toolbar > *')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().width > 0)
      .map((e) => ({ id: e.dataset.testid ?? e.className, top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom }));
    return { brand: { top: brand.top, bottom: brand.bottom }, items, height: header.getBoundingClientRect().height };
  });
}

for (const lang of ['zh', 'en']) {
  for (const viewport of SIZES) {
    const where = `${lang} ${viewport.width}×${viewport.height}`;
    test(`${where}: every sample's result shows every cell whole, the page never scrolls sideways`, async () => {
      const { page, ctx } = await openApp(browser, `${server.url}?trainer=1`, { viewport });
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      const samples = await page.getByTestId('show-sample').count();
      assert.ok(samples >= 2, 'the start screen lists the samples');
      await assertNoSidewaysScroll(page, `${where} start`);

      if (viewport.width >= 1024) {
        const { brand, items } = await headerRows(page);
        assert.ok(items.length >= 3, 'the toolbar shows its items');
        const top = items[0].top;
        for (const item of items) {
          assert.ok(Math.abs(item.top - top) <= 4, `${where}: header item ${item.id} at ${item.top}, not in the row at ${top}`);
        }
        assert.ok(items[0].top < brand.bottom && items[0].bottom > brand.top, `${where}: the toolbar sits beside the title`);
      }

      await ctx.close();
      // Each sample in a fresh browser profile, so every one is opened from the start screen.
      for (let k = 0; k < samples; k++) {
        const { page, ctx } = await openApp(browser, `${server.url}?trainer=1`, { viewport });
        if (lang === 'en') await page.getByTestId('lang-switch').click();
        await page.getByTestId('show-sample').nth(k).click();
        await page.getByTestId('result').waitFor();
        assert.deepEqual(await cutCells(page, '[data-testid=result]'), [], `${where}, sample ${k + 1}`);
        await assertNoSidewaysScroll(page, `${where} result of sample ${k + 1}`);
        await ctx.close();
      }

      // Two samples side by side, and the header's menu open, hold too.
      {
        const { page, ctx } = await openApp(browser, `${server.url}?trainer=1`, { viewport });
        if (lang === 'en') await page.getByTestId('lang-switch').click();
        await page.getByTestId('show-sample').first().waitFor();
        await page.getByTestId('drafts-button').click();
        await page.getByTestId('compare-button').click();
        await page.getByTestId('compare-left-reason').waitFor();
        assert.deepEqual(await cutCells(page, '[data-testid=compare]'), [], `${where}, comparison`);
        await assertNoSidewaysScroll(page, `${where} comparison`);
        await page.getByTestId('menu-button').click();
        await page.getByTestId('export-button').waitFor();
        await assertNoSidewaysScroll(page, `${where} with the menu open`);
        await ctx.close();
      }
    });
  }
}

test('a note of 5,000 characters without a space widens neither a table nor the page', async () => {
  for (const viewport of [SIZES[0], SIZES[2]]) {
    const { page, ctx } = await openApp(browser, server.url, { viewport });
    await page.getByTestId('start-button').click();
    await page.getByTestId('profile-name').fill('名'.repeat(200));
    await page.getByTestId('next').click();
    await page.getByTestId('note-A.1').fill('x'.repeat(5000));
    await page.getByTestId('strip-result').click();
    await page.getByTestId('result').waitFor();
    assert.deepEqual(await cutCells(page, '[data-testid=result]'), [], `${viewport.width} px`);
    await assertNoSidewaysScroll(page, `${viewport.width} px with a long note`);
    await ctx.close();
  }
});

test('before there is a draft, export and copy neither download nor claim to copy', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('menu-button').click();
  const exportButton = page.getByTestId('export-button');
  const copyButton = page.getByTestId('copy-button');
  assert.equal(await exportButton.isDisabled(), true);
  assert.equal(await copyButton.isDisabled(), true);
  assert.match(await page.getByTestId('export-for').textContent(), /还没有可导出的答卷/);
  await exportButton.click({ force: true });
  await copyButton.click({ force: true });

  // The result screen's own export button says there is nothing yet.
  await page.keyboard.press('Escape');
  await page.getByTestId('start-button').click();
  await page.getByTestId('strip-result').click();
  await page.getByTestId('result-export').click();
  assert.match(await page.getByTestId('notice').textContent(), /还没有可导出的答卷/);
  assert.equal(await page.getByText('已复制到剪贴板').count(), 0);
  assert.equal(downloads, 0);

  // Once there is something, the same menu exports it and says what the file is for.
  await page.getByTestId('drafts-button').click();
  await page.getByTestId('new-draft').click();
  await page.getByTestId('profile-name').fill('示例精密机械有限公司');
  await page.getByTestId('menu-button').click();
  assert.equal(await exportButton.isDisabled(), false);
  assert.match(await page.getByTestId('export-for').textContent(), /JSON/);
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  assert.match(download.suggestedFilename(), /\.json$/);
  await ctx.close();
});

test('the header menu opens from the keyboard and closes on Escape, focus back on its button', async () => {
  const { page, ctx } = await openApp(browser, server.url, { viewport: SIZES[0] });
  const menu = page.getByTestId('menu');
  await page.getByTestId('menu-button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.evaluate((d) => d.open), true);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'import-button');
  await page.keyboard.press('Escape');
  assert.equal(await menu.evaluate((d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'menu-button');
  await ctx.close();
});

test('touch screens get no digit-key hint; a new draft is dated today', async () => {
  const ctx = await browser.newContext({ viewport: SIZES[2], hasTouch: true, isMobile: true });
  const { page } = await openApp(browser, server.url, { context: ctx });
  await page.getByTestId('start-button').click();
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.equal(await page.getByTestId('profile-assessment_date').inputValue(), today);
  assert.match(await page.getByTestId('size-rule').textContent(), /1000 人/);
  await page.getByTestId('next').click();
  assert.equal(await page.locator('.qmpc-keyhint').first().isVisible(), false);
  await ctx.close();

  const desk = await openApp(browser, server.url);
  await desk.page.getByTestId('start-button').click();
  await desk.page.getByTestId('next').click();
  assert.equal(await desk.page.locator('.qmpc-keyhint').first().isVisible(), true);
  await desk.ctx.close();
});
