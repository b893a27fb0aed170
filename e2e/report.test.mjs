// The printed report of a complete sample, in both languages: shaped like an evaluation report (its sections
// found by their headings as the printed page shows them), no control of the screen on paper, and about five
// A4 pages. And the spreadsheet export from the More menu: a UTF-8 CSV with a byte-order mark and CRLF.
// With REPORT_PDF_DIR set, the PDFs are written there to look at (pdftoppm -png -r 50).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serve, launch, openApp, assertNoPageErrors } from './harness.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
// The trainer samples are ordinary answer files; this one is complete, with a plan and evidence, and has the
// longest notes.
const SAMPLE = join(ROOT, process.env.REPORT_SAMPLE ?? 'src/samples/leader.json');

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

const HEADINGS = {
  zh: [
    '质量管理能力自评报告',
    '一、企业基本信息',
    '二、评估依据与范围',
    '三、自评结果',
    '四、各维度得分',
    '五、优势与短板',
    '六、提升路径',
    '七、整改计划',
    '八、佐证材料清单',
    '九、答卷明细',
    '十、真实性承诺',
  ],
  en: [
    'Quality management capability self-assessment report',
    '1 Enterprise information',
    '2 Basis and scope',
    '3 Result of the self-assessment',
    '4 Dimension scores',
    '5 Strengths and weak points',
    '6 Path to the target level',
    '7 Improvement plan',
    '8 Evidence index',
    '9 Answers',
    '10 Declaration of truthfulness',
  ],
};
const SIGNERS = { zh: ['填报人', '审核人', '法定代表人'], en: ['Preparer', 'Reviewer', 'Legal representative'] };

/** The number of pages of a PDF, read from its bytes: the page objects, checked against the page tree's count. */
function pageCount(pdf) {
  const text = pdf.toString('latin1');
  const objects = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
    Number(m[1] ?? m[2]),
  );
  assert.ok(objects > 0, 'the PDF has page objects');
  if (counts.length) assert.equal(Math.max(...counts), objects, 'page objects and the page tree agree');
  return objects;
}

/** A clean browser with the sample imported as a draft of its own, on its result, in `lang`. */
async function openSample(lang) {
  const opened = await openApp(browser, server.url);
  const { page } = opened;
  if (lang === 'en') await page.getByTestId('lang-switch').click();
  await page.getByTestId('import-input').setInputFiles(SAMPLE);
  await page.getByTestId('confirm-import').click();
  await page.getByTestId('result').waitFor();
  return opened;
}

for (const lang of ['zh', 'en']) {
  test(`${lang}: a complete sample prints as an evaluation report of about five A4 pages`, async () => {
    const { page, ctx } = await openSample(lang);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.getByTestId('print-copy').waitFor();

    // The printed page shows the report alone: its headings, in order, and nothing of the screen.
    const headings = await page.getByRole('heading').allTextContents();
    assert.deepEqual(headings.slice(0, 1).concat(headings.filter((h) => /^[一二三四五六七八九十]+、|^\d+ /.test(h))), HEADINGS[lang]);
    for (const name of HEADINGS[lang]) {
      assert.ok(await page.getByRole('heading', { name, exact: true }).isVisible(), name);
    }
    const report = page.getByRole('article', { name: HEADINGS[lang][0] });
    assert.ok(await report.isVisible());
    const controls = await page.evaluate(
      () =>
        [...document.querySelectorAll('.qmpc button, .qmpc input, .qmpc select, .qmpc textarea, .qmpc summary')].filter(
          (e) => e.getClientRects().length > 0,
        ).length,
    );
    assert.equal(controls, 0, 'no control of the screen is printed');
    // One disclaimer, the bank's; the signature lines of the declaration.
    assert.equal(await report.getByRole('note').count(), 1);
    const declaration = await page.getByTestId('report-declaration').textContent();
    for (const who of SIGNERS[lang]) assert.ok(declaration.includes(who), who);
    // The answers as one compact table of every indicator.
    assert.equal(await page.getByTestId('report-answers').locator('tbody tr').count(), 30);

    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const pages = pageCount(pdf);
    if (process.env.REPORT_PDF_DIR) {
      await mkdir(process.env.REPORT_PDF_DIR, { recursive: true });
      await writeFile(join(process.env.REPORT_PDF_DIR, `report-${lang}.pdf`), pdf);
    }
    assert.ok(pages >= 3 && pages <= 5, `the report takes ${pages} pages`);

    // After printing, the screen is the result again, as it was.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByTestId('print-copy').waitFor({ state: 'detached' });
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await page.getByTestId('result').isVisible());
    await ctx.close();
  });
}

test('the spreadsheet export downloads a UTF-8 CSV with a byte-order mark, CRLF lines and every answer', async () => {
  const { page, ctx } = await openSample('zh');
  await page.getByTestId('menu-button').click();
  const item = page.getByRole('button', { name: '导出表格 (CSV)' });
  assert.ok(await item.isEnabled());
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  assert.match(download.suggestedFilename(), /^qm-precheck-.*\.csv$/);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!/[^\r]\n"/.test(text), 'records end in CRLF');
  const ids = [...text.matchAll(/^"[A-D] [^"]*","([A-D]\.\d+)"/gm)].map((m) => m[1]);
  assert.equal(ids.length, 30);
  await ctx.close();
});
