// The widget among other things on a page and a site: two widgets side by side, a host that sandboxes it,
// a page without a clipboard, the browser's Back and Forward, and a service worker that owns only its own.
// The pages in e2e/cases/ are the reproductions, kept as fixtures.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, watch, openApp, choose, assertNoPageErrors } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CASES = join(ROOT, 'e2e', 'cases');
let browser;
const servers = [];
before(async () => {
  browser = await launch();
});
afterEach(assertNoPageErrors);
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/** A copy of dist/ with `files` ({ path: text }) and the named case pages beside it, served at a site root. */
async function site({ files = {}, cases = [], cors = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'qmpc-host-'));
  await cp(join(ROOT, 'dist'), dir, { recursive: true });
  // Host pages without an icon link make the browser ask for one.
  await writeFile(join(dir, 'favicon.ico'), '');
  for (const name of cases) await cp(join(CASES, name), join(dir, name));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const server = await serve({ dir, cors });
  servers.push(server);
  return server;
}

/** Ids that occur more than once in the page. */
const repeatedIds = (page) =>
  page.evaluate(() => {
    const seen = new Map();
    for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });

test('c08: two widgets on the profile step, a label focuses its own widget\'s field', async () => {
  const server = await site({ cases: ['c08-two-widgets-profile.html'] });
  const page = await (await browser.newContext()).newPage();
  watch(page);
  await page.goto(`${server.url}c08-two-widgets-profile.html`);
  const widgets = page.locator('.qm-precheck');
  await widgets.nth(1).getByTestId('app').waitFor();
  for (const i of [0, 1]) await widgets.nth(i).getByRole('button', { name: '开始自评' }).click();
  for (const i of [0, 1]) await widgets.nth(i).getByTestId('step-profile').waitFor();
  assert.deepEqual(await repeatedIds(page), []);

  await widgets.nth(1).getByText('所属行业', { exact: true }).click();
  const focused = await page.evaluate(() => document.activeElement.closest('.qm-precheck') === document.querySelectorAll('.qm-precheck')[1] && document.activeElement.dataset.testid);
  assert.equal(focused, 'profile-industry', 'the second widget\'s industry select has the focus');
  await widgets.nth(1).getByLabel('所属行业').selectOption({ index: 1 });
  assert.equal(await widgets.nth(0).getByLabel('所属行业').inputValue(), '', 'the first widget is untouched');

  // The other screens, with both widgets on each.
  for (const i of [0, 1]) await widgets.nth(i).getByTestId('next').click();
  assert.deepEqual(await repeatedIds(page), [], 'dimension step');
  for (const i of [0, 1]) await widgets.nth(i).getByTestId('strip-result').click();
  assert.deepEqual(await repeatedIds(page), [], 'result');
  for (const i of [0, 1]) await widgets.nth(i).getByTestId('drafts-button').click();
  assert.deepEqual(await repeatedIds(page), [], 'drafts');
  // Import from the start screen opens this widget's own file picker.
  for (const i of [0, 1]) await widgets.nth(i).getByTestId('new-draft').click();
  for (const i of [0, 1]) await widgets.nth(i).getByTestId('previous').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    widgets.nth(1).getByTestId('start').getByRole('button', { name: '导入答卷文件' }).click(),
  ]);
  assert.ok(await chooser.element().evaluate((e) => e.closest('.qm-precheck') === document.querySelectorAll('.qm-precheck')[1]));
});

test('c13: in a sandbox without downloads and modals, export and print say so and offer the JSON', async () => {
  const server = await site({ cases: ['c13-sandboxed-iframe-host.html'] });
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  watch(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.goto(`${server.url}c13-sandboxed-iframe-host.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('app').waitFor();
  await frame.getByTestId('start-button').click();
  await frame.getByTestId('next').click();
  await choose(frame, 'A.1', 3);

  await frame.getByTestId('menu-button').click();
  await frame.getByTestId('export-button').click();
  const help = frame.getByTestId('host-help');
  await help.waitFor();
  assert.match(await help.textContent(), /不允许本工具下载文件/);
  await help.getByTestId('host-help-show').click();
  const json = frame.getByTestId('manual-json');
  assert.match(await json.inputValue(), /"format"/);
  assert.ok(await json.evaluate((e) => e === document.activeElement && e.selectionEnd - e.selectionStart === e.value.length));

  await frame.getByTestId('strip-result').click();
  await frame.getByTestId('print').click();
  await help.filter({ hasText: '打印对话框没有打开' }).waitFor();
  assert.match(await help.textContent(), /Ctrl\+P/);
  await frame.getByTestId('result-export').click();
  await help.filter({ hasText: '不允许本工具下载文件' }).waitFor();
  assert.equal(downloads, 0);

  // In English too.
  await frame.getByTestId('lang-switch').click();
  await frame.getByTestId('menu-button').click();
  await frame.getByTestId('export-button').click();
  assert.match(await frame.getByTestId('host-help').textContent(), /does not let the tool download files/);
});

test('a sandbox without allow-same-origin: memory only, and export and print still say what to do', async () => {
  const host = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>opaque sandbox</title></head><body>
<iframe src="index.html" width="1100" height="850" sandbox="allow-scripts"></iframe></body></html>`;
  // An opaque origin loads the module script and the wasm as another origin would: with CORS.
  const server = await site({ files: { 'opaque.html': host }, cors: true });
  const page = await (await browser.newContext()).newPage();
  const uncaught = [];
  // The browser itself logs the refused download and print; only the widget's own errors count here.
  page.on('pageerror', (e) => uncaught.push(String(e)));
  await page.goto(`${server.url}opaque.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('app').waitFor();
  await frame.getByTestId('storage-warning').waitFor();
  // Export and copy wait for something to export (issue 24), so the draft gets a name first.
  await frame.getByTestId('start-button').click();
  await frame.getByTestId('profile-name').fill('示例精密机械有限公司');
  await frame.getByTestId('menu-button').click();
  await frame.getByTestId('export-button').click();
  assert.match(await frame.getByTestId('host-help').textContent(), /如果没有开始下载/);
  await frame.getByTestId('menu-button').click();
  await frame.getByTestId('copy-button').click();
  await frame.getByTestId('manual-json').waitFor();
  await frame.getByTestId('strip-result').click();
  await frame.getByTestId('print').click();
  await frame.getByTestId('host-help').filter({ hasText: '打印对话框没有打开' }).waitFor();
  assert.deepEqual(uncaught, []);
});

test('without navigator.clipboard (plain HTTP) Copy JSON throws nothing and shows the JSON selected', async () => {
  const server = await site();
  const ctx = await browser.newContext();
  // Outside a secure context the browser has no navigator.clipboard at all.
  await ctx.addInitScript(() => delete Navigator.prototype.clipboard);
  const { page } = await openApp(browser, server.url, { context: ctx });
  assert.equal(await page.evaluate(() => 'clipboard' in navigator), false);
  // Copy waits for something to copy (issue 24): the draft gets a name first.
  await page.getByTestId('start-button').click();
  await page.getByTestId('profile-name').fill('示例精密机械有限公司');
  await page.getByTestId('menu-button').click();
  await page.getByRole('button', { name: '复制 JSON' }).click();
  const json = page.getByTestId('manual-json');
  await json.waitFor();
  assert.match(await page.getByTestId('host-help').textContent(), /无法使用剪贴板/);
  assert.ok(await json.evaluate((e) => e === document.activeElement && e.selectionEnd - e.selectionStart === e.value.length));
  assert.equal(JSON.parse(await json.inputValue()).format, 'qm-precheck-answers');
  await ctx.close();
});

test('Back and Forward move between the steps of the standalone page', async () => {
  const server = await site();
  const { page, ctx } = await openApp(browser, server.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('step-profile').waitFor();
  await page.getByTestId('next').click();
  await page.getByTestId('step-A').waitFor();
  await page.getByTestId('next').click();
  await page.getByTestId('step-B').waitFor();

  await page.goBack();
  await page.getByTestId('step-A').waitFor();
  await page.goForward();
  await page.getByTestId('step-B').waitFor();
  // From the result, Back returns to the step it was opened from.
  await page.getByTestId('strip-result').click();
  await page.getByTestId('result').waitFor();
  await page.goBack();
  await page.getByTestId('step-B').waitFor();
  await page.goBack();
  await page.goBack();
  await page.getByTestId('step-profile').waitFor();
  await page.goBack();
  await page.getByTestId('start').waitFor();
  assert.equal(page.url(), server.url, 'the address stays the page\'s');
  await page.goForward();
  await page.getByTestId('step-profile').waitFor();
  await ctx.close();
});

test('an embedded widget leaves the host page\'s history alone', async () => {
  const host = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title>
<link rel="stylesheet" href="qmpc.css"></head><body><div class="qm-precheck" data-namespace="host"></div>
<script type="module">import init from './qm-precheck.js'; init({ module_or_path: new URL('qm-precheck_bg.wasm', import.meta.url) });</script>
</body></html>`;
  const server = await site({ files: { 'host.html': host } });
  const { page, ctx } = await openApp(browser, `${server.url}host.html`);
  const length = await page.evaluate(() => history.length);
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await page.getByTestId('menu-button').click();
  await page.getByTestId('trainer-switch').click();
  await page.getByTestId('app').waitFor();
  assert.equal(await page.evaluate(() => history.length), length);
  assert.equal(page.url(), `${server.url}host.html`, 'the host\'s address is unchanged');
  await ctx.close();
});

test('the service worker answers only its own page: a guide beside it and a missing page reach the server', async () => {
  const guide = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>指南</title></head><body><h1>使用指南</h1></body></html>';
  const server = await site({ files: { 'guide/index.html': guide } });
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  watch(page);
  // Caches of others on the same origin, made before the widget's worker ever runs.
  await page.goto(`${server.url}guide/`);
  await page.evaluate(async () => {
    await caches.open('other-app');
    await (await caches.open('qm-precheck:/elsewhere/:0123456789abcdef')).put('/elsewhere/index.html', new Response('x'));
    await (await caches.open('qm-precheck-0123456789abcdef')).put('/elsewhere/index.html', new Response('x'));
    // An earlier release of this very page, under the naming before the scope was in it.
    await (await caches.open('qm-precheck-fedcba9876543210')).put('/index.html', new Response('x'));
  });
  await page.goto(server.url);
  await page.getByTestId('app').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  const response = await page.goto(`${server.url}guide/`);
  assert.equal(response.status(), 200);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '使用指南');
  assert.equal(await page.getByTestId('app').count(), 0, 'not the widget');
  // The page itself, with a query or as index.html, is still the worker's.
  const own = await page.goto(`${server.url}index.html?from=mail`);
  assert.equal(own.fromServiceWorker(), true);
  await page.getByTestId('app').waitFor();

  const names = await page.evaluate(() => caches.keys());
  for (const name of ['other-app', 'qm-precheck:/elsewhere/:0123456789abcdef', 'qm-precheck-0123456789abcdef']) {
    assert.ok(names.includes(name), `${name} is kept`);
  }
  assert.ok(!names.includes('qm-precheck-fedcba9876543210'), 'this page\'s earlier release is removed');
  assert.equal(names.filter((n) => n.startsWith('qm-precheck:/:')).length, 1);
  // The server's empty 404 makes the browser show its own error page (and log the 404, expected here, so
  // on a page not watched for errors), which fails goto; the response is what counts.
  const other = await ctx.newPage();
  const [missing] = await Promise.all([
    other.waitForResponse(`${server.url}a/b`),
    other.goto(`${server.url}a/b`).catch(() => null),
  ]);
  assert.equal(missing.status(), 404);
  assert.equal(missing.fromServiceWorker(), false);
  await ctx.close();
});
