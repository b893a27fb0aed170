// Screenshots of every screen in both languages and three sizes, to look at by eye:
//   node e2e/screens.mjs [out-dir]     (after trunk build --release)
import { mkdir } from 'node:fs/promises';
import { serve, launch, openApp, choose, walkIndicators } from './harness.mjs';

const out = process.argv[2] ?? 'target/screens';
await mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
const sizes = { desktop: { width: 1280, height: 800 }, projector: { width: 1920, height: 1080 }, phone: { width: 390, height: 844 } };
const levels = [3, 4, 2, 3, 3, 4, 3, 4, 3, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 2, 3];
for (const [sizeName, viewport] of Object.entries(sizes)) {
  const { page, ctx } = await openApp(browser, server.url, { viewport });
  await page.getByTestId('start-button').click();
  await page.getByTestId('profile-name').fill('示例精密机械有限公司');
  await page.getByTestId('profile-credit_code').fill('91350100M000100Y44');
  for (const lang of ['zh', 'en']) {
    await page.screenshot({ path: `${out}/${sizeName}-${lang}-1-profile.png`, fullPage: sizeName === 'phone' });
    if (lang === 'zh') await page.getByTestId('lang-switch').click();
  }
  await page.getByTestId('lang-switch').click();
  await walkIndicators(
    page,
    (id, k) => choose(page, id, levels[k]),
    async (step) => {
      if (step === 0) await page.screenshot({ path: `${out}/${sizeName}-zh-2-walk.png` });
    },
  );
  await page.getByTestId('next').click();
  await page.screenshot({ path: `${out}/${sizeName}-zh-3-result.png`, fullPage: true });
  await page.getByTestId('lang-switch').click();
  await page.screenshot({ path: `${out}/${sizeName}-en-3-result.png`, fullPage: true });
  if (sizeName === 'desktop') {
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${out}/report-en.pdf`, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('drafts-button').click();
    await page.getByTestId('new-draft').click();
    await page.getByTestId('next').click();
    for (const [id, level] of [['A.1', 4], ['A.2', 4], ['A.3', 2]]) await choose(page, id, level);
    await page.getByTestId('drafts-button').click();
    await page.screenshot({ path: `${out}/desktop-zh-4-drafts.png` });
    await page.getByTestId('compare-button').click();
    await page.screenshot({ path: `${out}/desktop-zh-5-compare.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
await server.close();
console.log(`screens written to ${out}`);
