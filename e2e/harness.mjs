// Shared by the end-to-end tests and scripts: serve dist/ on 127.0.0.1 and drive Debian's Chromium.
import { createServer } from 'node:http';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** What a static server compresses: text and wasm, not images that are compressed already. */
const TEXT = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);

/**
 * A static server for `dir`, mounted at `base` (to prove the build works from a sub-path), behaving as common
 * static servers do: an ETag on every file, 304 to a request that still holds it, and the body compressed in
 * `encoding` ('gzip' or 'br') when the browser accepts it, from the build's precompressed copy if there is one.
 * With `cors`, every response allows any origin, as a static host serving the widget to other sites must.
 * `log`, if given, receives `{ path, status, bytes }` for every response.
 */
export async function serve({ dir = join(ROOT, 'dist'), base = '/', cors = false, encoding = 'gzip', log } = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "trunk build --release" first`);
  }
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404).end();
        return;
      }
      let rel = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^([.][.][/\\])+/, '');
      let file = join(dir, rel);
      if (rel === '' || rel.endsWith('/') || (await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', etag, vary: 'Accept-Encoding' };
      if (cors) headers['access-control-allow-origin'] = '*';
      if (req.headers['if-none-match'] === etag) {
        log?.({ path: url.pathname, status: 304, bytes: 0 });
        res.writeHead(304, headers).end();
        return;
      }
      // Compressed as any production static host would, so timings on a slow network mean something.
      const accepted = new RegExp(`\\b${encoding}\\b`).test(req.headers['accept-encoding'] ?? '');
      if (accepted && TEXT.has(extname(file))) {
        const ext = encoding === 'br' ? '.br' : '.gz';
        // A copy older than its file (a test that edits a file in place) is stale, as a deploy would not leave it.
        const fresh = existsSync(file + ext) && (await stat(file + ext)).mtimeMs >= (await stat(file)).mtimeMs;
        body = fresh
          ? await readFile(file + ext)
          : encoding === 'br'
            ? brotliCompressSync(body)
            : gzipSync(body);
        headers['content-encoding'] = encoding;
      }
      log?.({ path: url.pathname, status: 200, bytes: body.length });
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((ok) => server.close(ok)) };
}

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Chromium not found: run scripts/setup.sh --test');
}

/** Headless Chromium with the flags this machine needs (no background network, no sandbox as root). */
export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Every uncaught page error and console error of every watched page since the last check. */
const pageErrors = [];

/**
 * Record `page`'s uncaught errors and console errors; returns the page's own list as well.
 * With `expected`, console messages matching it (a request a test makes fail on purpose) are not errors. */
export function watch(page, { expected } = {}) {
  const errors = [];
  const record = (text) => {
    if (expected?.test(text)) return;
    errors.push(text);
    pageErrors.push(`${page.url()}: ${text}`);
  };
  page.on('pageerror', (e) => record(String(e)));
  page.on('console', (m) => m.type() === 'error' && record(m.text()));
  return errors;
}

/** Fails if any watched page raised an error since the last call; every test file runs it after each test. */
export function assertNoPageErrors() {
  const seen = pageErrors.splice(0);
  if (seen.length) throw new Error(`errors in the page:\n${seen.join('\n')}`);
}

/** A fresh page (own storage) with the widget loaded and mounted. */
export async function openApp(browser, url, { viewport = { width: 1280, height: 800 }, context } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport, acceptDownloads: true }));
  const page = await ctx.newPage();
  const errors = watch(page);
  await page.goto(url);
  await page.getByTestId('app').waitFor();
  return { ctx, page, errors };
}

/**
 * Walk the four dimension steps from the profile, calling `visit(id, k, last)` for every indicator in bank
 * order (`k` counts from 0; `last` marks a step's last indicator) and `afterStep(step)` when a step is done.
 */
export async function walkIndicators(page, visit, afterStep = async () => {}) {
  let k = 0;
  for (let step = 0; step < 4; step++) {
    await page.getByTestId('next').click();
    const ids = await page.locator('.qmpc-ind').evaluateAll((cards) => cards.map((c) => c.dataset.testid.slice(10)));
    for (const [i, id] of ids.entries()) await visit(id, k++, i === ids.length - 1);
    await afterStep(step);
  }
}

/** The option of `level` (1–5 or `na`) in an indicator's card. */
export function option(page, indicator, level) {
  return page.getByTestId(`indicator-${indicator}`).locator(`input[type=radio][value="${level}"]`);
}

/** Choose a level (1–5) for an indicator by clicking its label, as a person would. */
export async function choose(page, indicator, level) {
  await page.getByTestId(`indicator-${indicator}`).locator(`.qmpc-opt:has(input[value="${level}"]) label`).click();
}
