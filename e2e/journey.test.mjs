// The whole journey of a new user, in a real Chromium against the release build in dist/:
// profile → 30 answers (mouse and keys) → result → print → export → reload → import into a clean profile.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openApp, choose, option, walkIndicators, assertNoPageErrors } from './harness.mjs';

let server;
let browser;
before(async () => {
  // A sub-path, as on a real static host.
  server = await serve({ base: '/tools/precheck/' });
  browser = await launch();
});
afterEach(assertNoPageErrors);
after(async () => {
  await browser?.close();
  await server?.close();
});

// One level per indicator, in bank order; the last one of each dimension is picked with a digit key.
const LEVELS = [3, 4, 3, 3, 4, 3, 3, 4, 3, 3, 2, 3, 3, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];

async function answerEverything(page) {
  await walkIndicators(page, async (id, k, last) => {
    if (last) {
      await option(page, id, 1).focus();
      await page.keyboard.press(String(LEVELS[k]));
    } else {
      await choose(page, id, LEVELS[k]);
    }
    if (k % 3 === 0) await page.getByTestId(`note-${id}`).fill(`证据 ${id}：文件编号 QP-${k + 1}`);
  });
}

test('a new user answers, prints, exports, reloads and imports to the same result', async () => {
  const { page, ctx, errors } = await openApp(browser, server.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('profile-name').fill('示例精密机械有限公司');
  await page.getByTestId('profile-credit_code').fill('91350100M000100Y43');
  assert.match(await page.getByTestId('credit-code-msg').textContent(), /校验通过/);

  await answerEverything(page);
  assert.equal(await page.getByTestId('strip-answered').textContent(), '30/30');
  const stripLevel = await page.getByTestId('strip-level').textContent();

  // Printing from a step prints the report, not the step: drawn while the page prints, with the enterprise
  // and the date at the top of every page, and gone again afterwards.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.getByTestId('print-copy').waitFor();
  assert.equal(await page.locator('.qmpc__body').evaluate((e) => getComputedStyle(e).display), 'none');
  assert.equal(await page.locator('.qmpc__toolbar').evaluate((e) => getComputedStyle(e).display), 'none');
  assert.match(
    await page.evaluate(() => document.documentElement.style.getPropertyValue('--qmpc-running')),
    /^"示例精密机械有限公司 · \d{4}年\d{1,2}月\d{1,2}日"$/,
  );
  assert.ok(await page.getByTestId('print-copy').getByTestId('gap-list').isVisible());
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.getByTestId('print-copy').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--qmpc-running')), '');
  // The browser's own print (here to PDF) does the same by itself: a report of a few A4 pages.
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))[1]);
  // Issue 22 adds the path to the target level; the report of a complete draft stays within about 5 pages.
  assert.ok(pages >= 2 && pages <= 5, `the report takes ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.locator('.qmpc__body').isVisible(), 'the step is back on screen');

  await page.getByTestId('next').click();
  const level = await page.getByTestId('result-level').textContent();
  const score = await page.getByTestId('result-score').textContent();
  assert.equal(level, stripLevel);
  assert.equal(level, '保证级');
  assert.ok(await page.getByTestId('gap-list').isVisible());
  // The most valuable gaps first; the rest one click away.
  const gaps = page.getByTestId('gap-list').locator('li.qmpc-gap');
  const total = await gaps.count();
  assert.ok(total > 5, `${total} gaps`);
  const shown = async () => (await gaps.evaluateAll((items) => items.filter((i) => i.offsetParent !== null))).length;
  assert.equal(await shown(), 5);
  const toggle = page.getByRole('button', { name: `显示全部 ${total} 项` });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await shown(), total);
  const fewer = page.getByRole('button', { name: '只显示影响最大的 5 项' });
  assert.equal(await fewer.getAttribute('aria-expanded'), 'true');

  await page.getByTestId('menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
  assert.match(download.suggestedFilename(), /^qm-precheck-.*\.json$/);
  const exported = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(exported);
  assert.equal(file.format, 'qm-precheck-answers');
  assert.equal(Object.keys(file.answers).length, 30);
  assert.equal(file.enterprise.credit_code, '91350100M000100Y43');
  assert.equal(file.result.level_name, '保证级');

  // A reload returns to the same place with everything kept.
  await page.reload();
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getByTestId('result-level').textContent(), level);
  assert.equal(await page.getByTestId('result-score').textContent(), score);
  assert.deepEqual(errors, []);
  await ctx.close();

  // A clean browser profile imports the file and finds the same answers and level.
  const clean = await openApp(browser, server.url);
  await clean.page.getByTestId('import-input').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await clean.page.getByTestId('import-preview').waitFor();
  assert.match(await clean.page.getByTestId('import-preview').textContent(), /示例精密机械有限公司/);
  await clean.page.getByTestId('confirm-import').click();
  assert.equal(await clean.page.getByTestId('result-level').textContent(), level);
  assert.equal(await clean.page.getByTestId('result-score').textContent(), score);
  await clean.page.getByTestId('menu-button').click();
  const [again] = await Promise.all([
    clean.page.waitForEvent('download'),
    clean.page.getByTestId('export-button').click(),
  ]);
  const reexported = JSON.parse(await readFile(await again.path(), 'utf8'));
  assert.deepEqual(reexported.answers, file.answers);
  assert.deepEqual(reexported.enterprise, file.enterprise);
  assert.deepEqual(clean.errors, []);
  await clean.ctx.close();
});

test('a wrong file is refused with a reason and changes nothing', async () => {
  const { page, ctx } = await openApp(browser, server.url);
  await page.getByTestId('import-input').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"another-tool","answers":[]}'),
  });
  await page.getByTestId('notice').waitFor();
  assert.match(await page.getByTestId('notice').textContent(), /无法导入/);
  assert.equal(await page.getByTestId('import-preview').count(), 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:')).length), 0);
  await ctx.close();
});

test('English and Chinese both render every screen without errors', async () => {
  const { page, ctx, errors } = await openApp(browser, server.url);
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByTestId('start-button').textContent(), 'Start the self-check');
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await choose(page, 'A.1', 2);
  assert.equal(await page.getByTestId('strip-level').textContent(), 'Experience – Excellence');
  await page.getByTestId('strip-result').click();
  assert.equal(await page.getByTestId('result-level').textContent(), 'Experience – Excellence');
  await page.reload();
  await page.getByTestId('result').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language is remembered');
  assert.deepEqual(errors, []);
  await ctx.close();
});
