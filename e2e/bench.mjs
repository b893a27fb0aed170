// Browser timings against the release build in dist/, printed as a table (run by scripts/bench.sh):
// - first interactive indicator: navigation start → first level radio present and enabled, median of 7 loads;
// - answer → strip: a click on a level label → the result strip shows the new count, over all 30 indicators;
// - autosave of a full draft with long notes, and import + validation of a full export, inside the page;
// - side by side with a plain SurveyJS page of the same bank (e2e/surveyjs.mjs): bytes in gzip and brotli,
//   and on the LAN and on an emulated slow network (1.6 Mbit/s down, 150 ms round trip), each served gzip
//   and brotli: first text, first control, first question interactive (median of 3 cold visits); the bytes a
//   first visit transfers, the service worker's included (counted by the server); a repeat visit offline.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { serve, launch, choose, option } from './harness.mjs';
import { buildSurveyPage } from './surveyjs.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
const server = await serve();
const browser = await launch();

const loads = [];
for (let i = 0; i < 7; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  // A resumed draft reopens on its step, so after a reload the first indicator is what the user meets.
  await page.goto(server.url);
  await page.getByTestId('start-button').click();
  await page.getByTestId('next').click();
  await choose(page, 'A.1', 1);
  // Marks the moment the first level radio enters the page, from a script that runs before the app's.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid="indicator-A.1"] input[value="1"]')) {
        performance.mark('qmpc-first-indicator');
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await option(page, 'A.1', 1).waitFor();
  const t = await page.evaluate(() => performance.getEntriesByName('qmpc-first-indicator')[0].startTime);
  loads.push(t);
  await ctx.close();
}

// Time from an answer click to the strip showing it, for every indicator, measured inside the page.
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(server.url);
await page.getByTestId('start-button').click();
const clicks = [];
for (let step = 0; step < 4; step++) {
  await page.getByTestId('next').click();
  const ids = await page.locator('.qmpc-ind').evaluateAll((cards) => cards.map((c) => c.dataset.testid.slice(10)));
  for (const id of ids) {
    clicks.push(
      await page.evaluate(async (id) => {
        // The moment the strip's text changes, seen by an observer, against the click.
        const strip = document.querySelector('[data-testid=result-strip]');
        const changed = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            obs.disconnect();
            resolve(performance.now());
          });
          obs.observe(strip, { childList: true, characterData: true, subtree: true });
        });
        const t0 = performance.now();
        document.querySelector(`[data-testid="indicator-${id}"] input[value="3"]`).labels[0].click();
        return (await changed) - t0;
      }, id),
    );
  }
}

// Autosave of a full draft with 30 long notes: one flush, triggered as when the page is hidden.
const long = '质量记录与证据说明，'.repeat(400);
for (let step = 3; step >= 0; step--) {
  const ids = await page.locator('.qmpc-ind').evaluateAll((cards) => cards.map((c) => c.dataset.testid.slice(10)));
  for (const id of ids) await page.getByTestId(`note-${id}`).fill(long);
  if (step > 0) await page.getByTestId('previous').click();
}
const save = await page.evaluate(() => {
  const t0 = performance.now();
  window.dispatchEvent(new Event('pagehide'));
  return performance.now() - t0;
});
const exportBytes = await page.evaluate(() => {
  const k = Object.keys(localStorage).find((k) => k.includes(':draft:'));
  return localStorage.getItem(k).length;
});

// Import and validate the exported full draft, from picking the file to the preview.
await page.getByTestId('menu-button').click();
const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
const path = await download.path();
const t0 = Date.now();
await page.getByTestId('import-input').setInputFiles(path);
await page.getByTestId('import-preview').waitFor();
const importMs = Date.now() - t0;

await server.close();

const row = (name, value) => console.log(`${name.padEnd(72)} ${value}`);
row('browser measurement (headless Chromium, 127.0.0.1)', 'value');
row('first indicator interactive after navigation (median of 7)', `${median(loads).toFixed(0)} ms`);
row(`answer click → result strip updated (median of ${clicks.length})`, `${median(clicks).toFixed(2)} ms`);
row(`answer click → result strip updated (worst of ${clicks.length})`, `${max(clicks).toFixed(2)} ms`);
row(`autosave flush of a full draft (${(exportBytes / 1000).toFixed(0)}k characters)`, `${save.toFixed(1)} ms`);
row('import + validate a full export (pick → preview)', `${importMs} ms`);

// Side by side with SurveyJS.
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const surveyDir = await mkdtemp(join(tmpdir(), 'qmpc-surveyjs-'));
const surveyFiles = await buildSurveyPage(surveyDir);
// Served from precompressed copies, as dist/ is, so neither page waits for the test server's compressor.
execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/precompress.mjs', import.meta.url)), surveyDir]);
const PAGES = {
  'this widget': {
    dir: DIST,
    files: ['index.html', 'qm-precheck.js', 'qm-precheck_bg.wasm'],
    // The first screen is in the HTML; the first question is A.1 after Start and Next (the profile step).
    marks: { control: '[data-shell-go], [data-testid=start-button]', question: '[data-testid="indicator-A.1"] input' },
    async journey(page) {
      await page.locator('[data-shell-go]:visible, [data-testid=start-button]').first().click();
      await page.getByTestId('next').click();
      await option(page, 'A.1', 1).waitFor();
    },
    worker: true,
  },
  SurveyJS: {
    dir: surveyDir,
    files: surveyFiles,
    marks: { control: 'input[type=radio]', question: 'input[type=radio]' },
    async journey(page) {
      await page.locator('input[type=radio]').first().waitFor();
    },
    worker: false,
  },
};

const sizes = {};
for (const [name, p] of Object.entries(PAGES)) {
  let raw = 0, gz = 0, br = 0;
  for (const f of p.files) {
    const body = await readFile(join(p.dir, f));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
    br += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  sizes[name] = { raw, gz, br };
}

const SLOW = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };

/** One cold visit in a fresh profile: times from navigation start, bytes the server sent, then offline. */
async function visit(p, encoding, network, { offlineToo = false } = {}) {
  const sent = [];
  const srv = await serve({ dir: p.dir, encoding, log: (r) => sent.push(r) });
  const ctx = await browser.newContext();
  await ctx.addInitScript((marks) => {
    new MutationObserver((_, obs) => {
      for (const [mark, selector] of Object.entries(marks)) {
        if (!performance.getEntriesByName(mark).length && document.querySelector(selector)) performance.mark(mark);
      }
      if (Object.keys(marks).every((m) => performance.getEntriesByName(m).length)) obs.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, p.marks);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  const times = async () => {
    await page.goto(srv.url, { waitUntil: 'commit' });
    await p.journey(page);
    return page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      return { text: at('first-contentful-paint'), control: at('control'), question: at('question') };
    });
  };
  const cold = await times();
  if (p.worker) await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const transferred = sent.reduce((sum, r) => sum + r.bytes, 0);
  let offline = null;
  if (offlineToo) {
    await ctx.setOffline(true);
    offline = await times().catch(() => null);
  }
  await ctx.close();
  await srv.close();
  return { cold, transferred, requests: sent.length, offline };
}

const results = [];
for (const encoding of ['gzip', 'br']) {
  for (const [label, network] of [['LAN', null], ['slow network', SLOW]]) {
    for (const [name, p] of Object.entries(PAGES)) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await visit(p, encoding, network, { offlineToo: i === 0 && label !== 'LAN' }));
      const med = (k) => median(runs.map((r) => r.cold[k]));
      results.push({ encoding, label, name, text: med('text'), control: med('control'), question: med('question'), transferred: runs[0].transferred, requests: runs[0].requests, offline: runs[0].offline });
    }
  }
}
await browser.close();

console.log();
row('page bytes (what the first question needs)', 'raw / gzip -9 / brotli 11');
for (const [name, z] of Object.entries(sizes)) row(`  ${name}`, `${z.raw} / ${z.gz} / ${z.br}`);
console.log();
const ms = (t) => (t === undefined ? '–' : `${t.toFixed(0)} ms`);
for (const r of results) {
  const head = `${r.name}, ${r.label}, ${r.encoding}`;
  row(`${head}: first text / first control / first question`, `${ms(r.text)} / ${ms(r.control)} / ${ms(r.question)}`);
  const page = r.encoding === 'br' ? sizes[r.name].br : sizes[r.name].gz;
  row(`${head}: first visit transferred (${r.requests} responses)`, `${r.transferred} B = ${(r.transferred / page).toFixed(2)}× the page`);
  if (r.label !== 'LAN') {
    row(`${head}: repeat visit offline, first question`, r.offline ? ms(r.offline.question) : 'does not open');
  }
}
for (const encoding of ['gzip', 'br']) {
  const q = (name) => results.find((r) => r.name === name && r.encoding === encoding && r.label === 'slow network').question;
  row(`first question on the slow network, ${encoding}: this widget ÷ SurveyJS`, `${(q('this widget') / q('SurveyJS')).toFixed(2)}×`);
}
