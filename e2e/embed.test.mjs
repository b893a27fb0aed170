// Embedding: the widget in a host page with aggressive global CSS (examples/embed/), from a sub-path.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, choose, watch, assertNoPageErrors } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let server;
let browser;
before(async () => {
  // The repository root, so the example's relative links reach dist/.
  server = await serve({ dir: ROOT, base: '/site/' });
  browser = await launch();
});
afterEach(assertNoPageErrors);
after(async () => {
  await browser?.close();
  await server?.close();
});

const style = (page, selector, prop) =>
  page.locator(selector).first().evaluate((e, p) => getComputedStyle(e)[p], prop);

test('host styles do not reach the widget and the widget does not leak out', async () => {
  const page = await (await browser.newContext()).newPage();
  const errors = watch(page);
  await page.goto(`${server.url}examples/embed/index.html`);
  await page.getByTestId('app').waitFor();

  // Inside: the widget's own look, whatever the host says about buttons, headings, labels and divs.
  assert.notEqual(await style(page, '[data-testid=start-button]', 'backgroundColor'), 'rgb(255, 105, 180)');
  assert.equal(await style(page, '[data-testid=start-button]', 'backgroundColor'), 'rgb(11, 92, 173)');
  assert.notEqual(await style(page, '.qmpc h2', 'fontSize'), '48px');
  assert.equal(await style(page, '.qmpc h2', 'textTransform'), 'none');
  assert.equal(await style(page, '.qmpc__body', 'borderTopStyle'), 'none');
  assert.notEqual(await style(page, '.qmpc p', 'color'), 'rgb(128, 0, 128)');

  await page.getByTestId('start-button').click();
  assert.equal(await style(page, '.qmpc label', 'display'), 'block');
  assert.notEqual(await style(page, '[data-testid=profile-name]', 'width'), '60px');
  await page.getByTestId('next').click();
  await choose(page, 'A.1', 3);
  // One answer is too little for one level: the levels still possible are shown.
  assert.equal(await page.getByTestId('strip-level').textContent(), '经验级 – 卓越级');

  // Outside: the host keeps its own styles.
  assert.equal(await style(page, '#host-button', 'backgroundColor'), 'rgb(255, 105, 180)');
  assert.equal(await style(page, 'body > h1', 'fontSize'), '48px');
  // The host's data-namespace keeps the widget's storage apart.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0 && keys.every((k) => k.startsWith('acme-precheck')), keys.join(', '));
  assert.deepEqual(errors, []);
});

test('two widgets on one page each work on their own drafts, in their own language', async () => {
  const page = await (await browser.newContext()).newPage();
  watch(page);
  await page.goto(`${server.url}examples/embed/two.html`);
  const apps = page.getByTestId('app');
  await apps.nth(1).waitFor();
  assert.equal(await apps.count(), 2);
  const [zh, en] = [apps.nth(0), apps.nth(1)];
  assert.match(await zh.getByTestId('start-button').textContent(), /开始/);
  assert.match(await en.getByTestId('start-button').textContent(), /Start/);
  for (const [app, level] of [[zh, 4], [en, 2]]) {
    await app.getByTestId('start-button').click();
    await app.getByTestId('next').click();
    await app.getByTestId('indicator-A.1').locator(`.qmpc-opt:has(input[value="${level}"]) label`).click();
  }
  assert.ok(await zh.getByTestId('indicator-A.1').locator('input[value="4"]').isChecked());
  assert.ok(await en.getByTestId('indicator-A.1').locator('input[value="2"]').isChecked());
  assert.ok(!(await en.getByTestId('indicator-A.1').locator('input[value="4"]').isChecked()));
  const repeated = await page.evaluate(() => {
    const seen = new Set();
    return [...document.querySelectorAll('[id]')].map((e) => e.id).filter((id) => seen.size === seen.add(id).size);
  });
  assert.deepEqual(repeated, []);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith('plant-a:')) && keys.some((k) => k.startsWith('plant-b:')), keys.join(', '));
});

test('the widget embeds from another origin', async () => {
  // The widget's files on one origin (with CORS), the host page on another.
  const app = await serve({ cors: true, base: '/precheck/' });
  const hostDir = await mkdtemp(join(tmpdir(), 'qmpc-host-'));
  await writeFile(
    join(hostDir, 'index.html'),
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>Host</title>
     <link rel="icon" href="data:,">
     <link rel="stylesheet" href="${app.url}qmpc.css"></head>
     <body><div id="qm-precheck" data-namespace="other-origin"></div>
     <script type="module">
       import init from '${app.url}qm-precheck.js';
       init({ module_or_path: '${app.url}qm-precheck_bg.wasm' });
     </script></body></html>`,
  );
  const host = await serve({ dir: hostDir });
  assert.notEqual(new URL(host.url).origin, new URL(app.url).origin);
  const page = await (await browser.newContext()).newPage();
  const errors = watch(page);
  await page.goto(host.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await choose(page, 'A.1', 2);
  assert.equal(await page.getByTestId('strip-answered').textContent(), '1/30');
  assert.equal(await style(page, '[data-testid=next]', 'backgroundColor'), 'rgb(11, 92, 173)');
  assert.deepEqual(errors, []);
  await host.close();
  await app.close();
});
