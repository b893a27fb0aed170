// The input cases of issue 19 on the release build, as a user meets them: the case files under
// tests/fixtures/ served beside the built widget.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, choose, watch, assertNoPageErrors } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name) => join(ROOT, 'tests', 'fixtures', name);
let server;
let browser;

/** A page of one widget with `attrs` on its host, loading the build beside it. */
const page = (attrs) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>case</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="qmpc.css"></head><body>
<div class="qm-precheck" ${attrs}></div>
<script type="module">import init from './qm-precheck.js'; init({ module_or_path: new URL('qm-precheck_bg.wasm', import.meta.url) });</script>
</body></html>`;

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qmpc-cases-'));
  await cp(join(ROOT, 'dist'), dir, { recursive: true });
  await cp(fixture('c11-chinese-namespaces.html'), join(dir, 'c11.html'));
  // The case page names no icon; the browser then asks for this one.
  await writeFile(join(dir, 'favicon.ico'), '');
  await cp(fixture('c10-bank-js-reformatted.json'), join(dir, 'c10.json'));
  await cp(fixture('c10b-bank-identical-copy.json'), join(dir, 'c10b.json'));
  await writeFile(join(dir, 'plain.html'), page('data-lang="zh-CN"'));
  await writeFile(join(dir, 'bank-c10.html'), page('data-lang="zh-CN" data-bank-url="c10.json"'));
  await writeFile(join(dir, 'bank-c10b.html'), page('data-lang="zh-CN" data-bank-url="c10b.json"'));
  server = await serve({ dir });
  browser = await launch();
});
afterEach(assertNoPageErrors);
after(async () => {
  await browser?.close();
  await server?.close();
});

const storedKeys = (p) => p.evaluate(() => Object.keys(localStorage));
const saved = (p) =>
  p.waitForFunction(() => Object.keys(localStorage).some((k) => k.includes(':v1:draft:')));

test('c11: 一车间 and 二车间 keep their own drafts through a reload', async () => {
  const p = await (await browser.newContext()).newPage();
  const errors = watch(p);
  await p.goto(`${server.url}c11.html`);
  const apps = p.getByTestId('app');
  await apps.nth(1).waitFor();
  const [one, two] = [apps.nth(0), apps.nth(1)];
  await one.getByTestId('start-button').click();
  await one.getByTestId('next').click();
  await one.getByTestId('indicator-A.1').locator('.qmpc-opt:has(input[value="3"]) label').click();
  await saved(p);
  await p.reload();
  await apps.nth(1).waitFor();
  // The first resumes its answer; the second is still an empty draft on its start screen.
  await one.getByTestId('indicator-A.1').waitFor();
  assert.ok(await one.getByTestId('indicator-A.1').locator('input[value="3"]').isChecked());
  assert.ok(await two.getByTestId('start').isVisible());
  assert.equal(await two.getByTestId('indicator-A.1').count(), 0);
  const keys = await storedKeys(p);
  const families = new Set(keys.map((k) => k.split(':')[0]));
  assert.ok(families.has('%E4%B8%80%E8%BD%A6%E9%97%B4') && families.has('%E4%BA%8C%E8%BD%A6%E9%97%B4'), keys.join(', '));
  assert.ok(!families.has('qmpc'), keys.join(', '));
  assert.equal(await p.getByTestId('namespace-shared').count(), 0);
  assert.deepEqual(errors, []);
});

test('c10, c10b: a copy of the built-in bank keeps the drafts and imports the answer file', async () => {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  watch(p);
  await p.goto(`${server.url}plain.html`);
  await p.getByTestId('start-button').click();
  await p.getByTestId('next').click();
  await choose(p, 'A.1', 4);
  await saved(p);
  const before = (await storedKeys(p)).filter((k) => k.includes(':v1:draft:'));
  for (const bank of ['bank-c10.html', 'bank-c10b.html']) {
    await p.goto(`${server.url}${bank}`);
    await p.getByTestId('app').waitFor();
    await p.getByTestId('drafts-button').click();
    assert.equal(await p.getByTestId('draft-row').count(), 1, bank);
    // The user's own answer file imports against it.
    await p.getByTestId('import-input').setInputFiles(fixture('c00-base-utf8.json'));
    await p.getByTestId('import-preview').waitFor();
    assert.match(await p.getByTestId('import-preview').textContent(), /示例精工机械有限公司/);
    await p.getByTestId('import-preview').getByRole('button', { name: '取消' }).click();
  }
  const after = (await storedKeys(p)).filter((k) => k.includes(':v1:draft:'));
  assert.deepEqual(after, before, 'the same storage, no other namespace');
});

test('c04: an answer file in the Chinese Windows code page previews with its encoding named', async () => {
  const p = await (await browser.newContext()).newPage();
  watch(p);
  await p.goto(`${server.url}plain.html`);
  await p.getByTestId('app').waitFor();
  await p.getByTestId('import-input').setInputFiles(fixture('c04-gbk.json'));
  await p.getByTestId('import-preview').waitFor();
  assert.match(await p.getByTestId('import-preview').textContent(), /示例精工机械有限公司/);
  assert.match(await p.getByTestId('import-encoding').textContent(), /GB18030/);
  // A Latin-1 file whose bytes are not GB18030 either is refused, naming the encoding.
  const latin1 = Buffer.concat([Buffer.from('{"format":"qm-precheck-answers","n":"Qualit'), Buffer.from([0xe9, 0x22, 0x7d])]);
  await p.getByTestId('import-preview').getByRole('button', { name: '取消' }).click();
  await p.getByTestId('import-input').setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
  await p.getByTestId('notice').waitFor();
  assert.match(await p.getByTestId('notice').textContent(), /GB18030/);
  assert.equal(await p.getByTestId('import-preview').count(), 0);
});

test('c16: a draft saved by a newer release is listed as such and left as it was', async () => {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  watch(p);
  const record = JSON.parse(await readFile(fixture('c16-newer-release-draft.localstorage.json'), 'utf8'));
  await p.goto(`${server.url}plain.html`);
  await p.evaluate((r) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v);
  }, record);
  await p.reload();
  await p.getByTestId('app').waitFor();
  assert.match(await p.getByTestId('notice').textContent(), /更新版本/);
  await p.getByTestId('start-button').click();
  await p.getByTestId('next').click();
  await choose(p, 'A.1', 2);
  await p.getByTestId('drafts-button').click();
  assert.match(await p.getByTestId('newer-row').textContent(), /请更新后打开/);
  const stored = await p.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const key = 'qmpc:v1:draft:d3d3d3d3-0000-4000-8000-000000000003';
  assert.equal(stored[key], record[key]);
  assert.ok(!Object.keys(stored).some((k) => k.includes(':damaged:')));
});
