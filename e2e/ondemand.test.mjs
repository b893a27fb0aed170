// Files the first question does not need are fetched only when a person needs them: the trainer samples
// come when trainer mode opens (relative to the script, also for an embedding page), work offline once the
// service worker has them, and when they cannot be fetched the page says so and loses nothing.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve, launch, watch, choose, option, assertNoPageErrors } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let browser;
let server;
let site;
const asked = [];
before(async () => {
  browser = await launch();
  server = await serve({ log: (r) => asked.push(r.path) });
  // The repository root, for the embedding example that loads ../../dist/.
  site = await serve({ dir: ROOT, base: '/site/' });
});
afterEach(assertNoPageErrors);
after(async () => {
  await browser?.close();
  await server?.close();
  await site?.close();
});

const samplesAsked = () => asked.filter((p) => p.includes('/samples/'));

/** Trainer mode sits in the header's More menu: open it unless it is open, then press the switch. */
async function toggleTrainer(page) {
  const toggle = page.getByTestId('trainer-switch');
  if (!(await toggle.isVisible())) await page.getByTestId('menu-button').click();
  await toggle.click();
}

test('the samples are fetched only when trainer mode opens', async () => {
  // No service worker here, so every request the page makes is its own.
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  watch(page);
  asked.length = 0;
  await page.goto(server.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await option(page, 'A.1', 1).waitFor();
  assert.deepEqual(samplesAsked(), [], 'the first question needs no sample');

  await toggleTrainer(page);
  await page.getByTestId('samples').waitFor();
  assert.equal(await page.getByTestId('show-sample').count(), 3);
  assert.deepEqual(samplesAsked().sort(), ['/samples/leader.json', '/samples/supplier.json', '/samples/workshop.json']);
  await page.getByTestId('show-sample').first().click();
  assert.equal(await page.getByTestId('result-level').textContent(), '检验级');
  await ctx.close();
});

test('after one visit trainer mode and its samples work with the network off', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  watch(page);
  await page.goto(server.url);
  await page.getByTestId('app').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await ctx.setOffline(true);
  await page.goto(`${server.url}?trainer=1`);
  await page.getByTestId('samples').waitFor();
  assert.equal(await page.getByTestId('show-sample').count(), 3);
  await page.getByTestId('show-sample').last().click();
  assert.equal(await page.getByTestId('result-level').textContent(), '预防级');
  await ctx.close();
});

test('samples that cannot be fetched: a clear message, the drafts untouched, and offered again', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  watch(page, { expected: /ERR_INTERNET_DISCONNECTED/ });
  await page.goto(server.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await choose(page, 'A.1', 3);
  await page.getByTestId('note-A.1').fill('来料检验记录齐全');

  await page.route('**/samples/*.json', (route) => route.abort('internetdisconnected'));
  await toggleTrainer(page);
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /培训示例未能加载（.*samples\/.*），本次培训演示没有示例企业/);
  assert.equal(await page.getByTestId('show-sample').count(), 0);
  await page.getByRole('button', { name: 'English' }).click();
  assert.match(await notice.textContent(), /The training samples could not be loaded .*Your drafts are not affected\./);

  // Back to the real drafts, reopened where the person was: the answer and the note are as they were.
  await toggleTrainer(page);
  await option(page, 'A.1', 3).waitFor();
  assert.ok(await option(page, 'A.1', 3).isChecked());
  assert.equal(await page.getByTestId('note-A.1').inputValue(), '来料检验记录齐全');

  // Once the files can be had, trainer mode fetches them again.
  await page.unroute('**/samples/*.json');
  await toggleTrainer(page);
  await page.getByTestId('samples').waitFor();
  assert.equal(await page.getByTestId('show-sample').count(), 3);
  await ctx.close();
});

test('an embedding page finds the samples beside the script, not beside itself', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  watch(page);
  const fetched = [];
  page.on('response', (r) => r.url().includes('/samples/') && fetched.push([r.url(), r.status()]));
  await page.goto(`${site.url}examples/embed/index.html`);
  await page.getByTestId('app').waitFor();
  await toggleTrainer(page);
  await page.getByTestId('samples').waitFor();
  assert.equal(await page.getByTestId('show-sample').count(), 3);
  assert.ok(fetched.length === 3 && fetched.every(([u, s]) => u.includes('/site/dist/samples/') && s === 200), JSON.stringify(fetched));
  await ctx.close();
});
