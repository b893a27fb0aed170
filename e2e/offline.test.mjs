// The standalone page before, without and after the network: its first screen is in the HTML, the app
// takes over without moving it, a Start pressed early is honoured, a repeat visit works offline, and a new
// release is offered without reloading under the user. The embedding example never gets a service worker.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, watch, choose, option, assertNoPageErrors } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
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

/** A copy of dist/ to serve, so a test can publish a "new release" into it. */
async function site(options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'qmpc-site-'));
  await cp(join(ROOT, 'dist'), dir, { recursive: true });
  const server = await serve({ dir, ...options });
  servers.push(server);
  return { dir, server };
}

/** A page whose service worker has installed and controls it, as after a first visit. */
async function visited(url) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  watch(page);
  await page.goto(url);
  await page.getByTestId('app').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { ctx, page };
}

test('with scripts disabled the page still shows the start screen', async () => {
  const { server } = await site();
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(server.url);
  assert.ok(await page.getByRole('heading', { name: '开始前请了解' }).isVisible());
  assert.ok(await page.getByRole('button', { name: '开始自评' }).isVisible());
  assert.ok(await page.getByText('本工具需要启用 JavaScript 才能开始自评。').isVisible());
  assert.ok(await page.getByText('本工具不是官方评价平台，结果仅供参考。').isVisible());
  assert.equal(await page.getByRole('heading', { name: 'Before you start' }).isVisible(), false);
  await ctx.close();
});

test('the first screen is readable before the wasm, keeps an early Start and is taken over in place', async () => {
  const { server } = await site();
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  watch(page);
  // Hold the wasm back, as a slow network would.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/qm-precheck_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  const heading = page.getByRole('heading', { name: '开始前请了解' });
  await heading.waitFor();
  const before = await heading.boundingBox();

  // Another language chosen on the first screen is the app's language too.
  await page.getByRole('button', { name: 'English' }).click();
  assert.ok(await page.getByRole('heading', { name: 'Before you start' }).isVisible());
  const title = await page.locator('.qmpc__title:visible').boundingBox();
  const start = page.getByRole('button', { name: 'Start the self-check' });
  await start.click();
  assert.equal(await page.locator('[data-shell-go]:visible').textContent(), 'Loading…');
  assert.equal(await page.locator('[data-shell-go]:visible').getAttribute('aria-busy'), 'true');

  release();
  await page.getByTestId('app').waitFor();
  // The early click was honoured: the profile step is open, in English.
  await page.getByTestId('profile-name').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await page.locator('.qmpc__title').boundingBox(), title, 'the header did not move');
  await ctx.close();

  // Without a click, the app's start screen sits exactly where the page's was.
  const again = await browser.newContext();
  const fresh = await again.newPage();
  watch(fresh);
  await fresh.goto(server.url);
  await fresh.getByTestId('app').waitFor();
  assert.deepEqual(await fresh.getByRole('heading', { name: '开始前请了解' }).boundingBox(), before);
  await again.close();
});

test('after one visit the page opens, walks and keeps answers with the network off', async () => {
  const { server } = await site();
  const { ctx, page } = await visited(server.url);
  await ctx.setOffline(true);
  await page.reload();
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await choose(page, 'A.1', 3);
  await page.reload();
  await option(page, 'A.1', 3).waitFor();
  assert.ok(await option(page, 'A.1', 3).isChecked(), 'the answer survived an offline reload');
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  await ctx.close();
});

test('a first visit downloads each file once: the service worker revalidates what the page loaded', async () => {
  const responses = [];
  const { server } = await site({ log: (r) => responses.push(r) });
  const { ctx, page } = await visited(server.url);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    return keys.length === 1 ? (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname) : keys;
  });
  const bodies = new Map();
  for (const { path, status } of responses) {
    if (status === 200) bodies.set(path, (bodies.get(path) ?? 0) + 1);
  }
  const twice = [...bodies].filter(([, n]) => n > 1);
  assert.deepEqual(twice, [], 'no file is downloaded twice');
  // The service worker did ask for every file of the release: the page's ones were answered 304.
  assert.ok(responses.some((r) => r.status === 304), 'the page’s files were revalidated');
  assert.ok(bodies.has('/qm-precheck_bg.wasm') && bodies.has('/icon-512.png'));
  // …and cached every one of them, each fetched once.
  const sw = await (await fetch(new URL('sw.js', server.url))).text();
  const release = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]).map((f) => `/${f}`);
  assert.deepEqual([...cached].sort(), [...release].sort());
  // The page is fetched by the address it was opened at, the scope itself.
  bodies.set('/index.html', (bodies.get('/index.html') ?? 0) + (bodies.get('/') ?? 0));
  for (const f of release) assert.equal(bodies.get(f), 1, f);
  await ctx.close();
});

test('a file of another release never joins this release’s cache', async () => {
  let asked;
  const askedForCss = new Promise((resolve) => (asked = resolve));
  const { dir, server } = await site({ log: (r) => r.path === '/qmpc.css' && asked() });
  // The server already holds a stylesheet of a newer build than the one this service worker lists.
  const css = join(dir, 'qmpc.css');
  await writeFile(css, `${await readFile(css, 'utf8')}\n/* next */\n`);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  watch(page);
  await page.goto(server.url);
  await page.getByTestId('app').waitFor();
  await askedForCss;
  // The install fails, and a failed first install leaves no worker behind.
  await page.waitForFunction(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return !r || (!r.installing && !r.waiting && !r.active);
  });
  assert.deepEqual(await page.evaluate(() => caches.keys()), []);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  await ctx.close();
});

test('the standalone page is installable, named in both languages', async () => {
  const { server } = await site();
  const { ctx, page } = await visited(server.url);
  const cdp = await ctx.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser context is private, which alone forbids installing; nothing else may stand in the way.
  const ids = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  assert.deepEqual(ids, []);
  const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((r) => r.json()));
  assert.match(manifest.name, /质量管理能力自评预检/);
  assert.match(manifest.translations.en.name, /Quality management capability pre-check/);
  await ctx.close();
});

test('a new release is offered, and reloads only when asked, keeping every keystroke', async () => {
  const { dir, server } = await site();
  const { ctx, page } = await visited(server.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  const note = page.getByTestId('note-A.1');
  await note.pressSequentially('第一句');

  // Publish a new build; the page looks for it when it is shown again (the browser also does on navigation).
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  await writeFile(join(dir, 'sw.js'), sw.replace(/const RELEASE = '([0-9a-f]+)'/, "const RELEASE = '$1-next'"));
  await page.evaluate(() => {
    window.notReloaded = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.getByTestId('update').waitFor();
  assert.match(await page.getByTestId('update').textContent(), /新版本可用.*重新加载/);

  // Typing goes on undisturbed: same page, same field, focus kept.
  await note.pressSequentially('，第二句');
  assert.equal(await note.inputValue(), '第一句，第二句');
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.ok(await note.evaluate((e) => e === document.activeElement));

  await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
  await page.getByTestId('note-A.1').waitFor();
  assert.equal(await page.evaluate(() => window.notReloaded), undefined, 'the page reloaded');
  assert.equal(await page.getByTestId('note-A.1').inputValue(), '第一句，第二句');
  const caches = await page.evaluate(() => self.caches.keys());
  assert.equal(caches.length, 1);
  assert.match(caches[0], /-next$/, 'only the new release is cached');
  await ctx.close();
});

test('the embedding example gets no service worker', async () => {
  const server = await serve({ dir: ROOT, base: '/site/' });
  servers.push(server);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  watch(page);
  await page.goto(`${server.url}examples/embed/index.html`);
  await page.getByTestId('app').waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  await ctx.close();
});
