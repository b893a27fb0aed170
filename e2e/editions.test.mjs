// The earlier bank editions are files of their own, fetched only for a draft or file of an earlier edition:
// a stored draft of edition 2026.2 opens once they are in, and when they cannot be fetched the page says so
// in both languages and the stored draft stays exactly as it was, to be opened again.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watch, option, assertNoPageErrors } from './harness.mjs';

let browser;
let server;
const asked = [];
before(async () => {
  browser = await launch();
  server = await serve({ log: (r) => asked.push(r.path) });
});
afterEach(assertNoPageErrors);
after(async () => {
  await browser?.close();
  await server?.close();
});

const ID = 'e2e2e2e2-0000-4000-8000-000000000002';
const KEY = `qmpc:v1:draft:${ID}`;
/** A draft stored by the release of bank edition 2026.2, open when the page was last closed. */
const RECORD = {
  [KEY]: JSON.stringify({
    format: 'qm-precheck-draft',
    format_version: 2,
    draft: {
      id: ID,
      name: '2026 年度自评（2026.2 版）',
      created: '2026-06-01T01:00:00.000Z',
      updated: '2026-06-02T01:00:00.000Z',
      locale: 'zh-CN',
      bank: {
        id: 'qm-precheck-default',
        version: '2026.2',
        hash: 'sha256:2b9c39a20f65bc4c3199760b7cf0e7decefa14912c0629247a65e15cd7b1a1d3',
      },
      answers: { 'A.2': { level: 2, note: '组织架构图每年更新。' } },
    },
  }),
  'qmpc:v1:current': ID,
};

const editionsAsked = () => asked.filter((p) => p.includes('/editions/'));

async function plant(ctx) {
  const page = await ctx.newPage();
  await page.goto(`${server.url}?plant`);
  await page.evaluate((r) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v);
  }, RECORD);
  return page;
}

test('the first question fetches no earlier edition', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  watch(page);
  asked.length = 0;
  await page.goto(server.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await option(page, 'A.1', 3).waitFor();
  assert.deepEqual(editionsAsked(), []);
  await ctx.close();
});

test('a stored draft of an earlier edition opens once its edition is fetched', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await plant(ctx);
  watch(page);
  asked.length = 0;
  await page.reload();
  await page.getByTestId('draft-name').waitFor();
  assert.equal(await page.getByTestId('draft-name').inputValue(), '2026 年度自评（2026.2 版）');
  assert.deepEqual(
    editionsAsked().sort(),
    ['/editions/2026.1-to-2026.2.json', '/editions/2026.1.json', '/editions/2026.2-to-2026.3.json', '/editions/2026.2.json'],
  );
  await page.getByTestId('next').click();
  assert.ok(await option(page, 'A.2', 2).isChecked(), 'the answer is carried to this edition');
  await ctx.close();
});

test('editions that cannot be fetched: a clear message, the stored draft untouched, and offered again', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await plant(ctx);
  watch(page, { expected: /ERR_INTERNET_DISCONNECTED/ });
  await page.route('**/editions/*.json', (route) => route.abort('internetdisconnected'));
  await page.reload();
  const notice = page.getByTestId('notice');
  await notice.filter({ hasText: '未能加载' }).waitFor();
  assert.match(await notice.textContent(), /较早版本的题库未能加载（.*editions\/.*），草稿“2026 年度自评（2026\.2 版）”暂时无法打开。它原样保存在本机/);
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await notice.textContent(), /The earlier bank edition could not be loaded .*kept on this device exactly as it was/);
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  assert.equal(stored[KEY], RECORD[KEY], 'never overwritten');
  assert.ok(!Object.keys(stored).some((k) => k.includes(':damaged:')), 'never set aside as damaged');

  // Offered again: once the files can be had, opening it from the drafts list fetches them and opens it.
  await page.unroute('**/editions/*.json');
  await page.getByTestId('drafts-button').click();
  const rows = page.getByTestId('draft-row');
  await rows.first().waitFor();
  const names = await rows.getByTestId('draft-row-name').evaluateAll((inputs) => inputs.map((i) => i.value));
  const k = names.indexOf('2026 年度自评（2026.2 版）');
  assert.ok(k >= 0, `listed: ${JSON.stringify(names)}`);
  await rows.nth(k).getByTestId('draft-open').click();
  await page.getByTestId('draft-name').waitFor();
  assert.equal(await page.getByTestId('draft-name').inputValue(), '2026 年度自评（2026.2 版）');
  await ctx.close();
});
