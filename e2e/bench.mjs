// Browser timings against the release build in dist/, printed as a table (run by scripts/bench.sh):
// - first interactive indicator: navigation start → first level radio present and enabled, median of 7 loads;
// - answer → strip: a click on a level label → the result strip shows the new count, over all 30 indicators;
// - autosave of a full draft with long notes, and import + validation of a full export, inside the page;
// - a cold load on an emulated slow network and a repeat visit offline: first text, start button, app
//   mounted, first question interactive.
import { serve, launch, choose, option } from './harness.mjs';

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

// A cold load on an emulated slow mobile network (1.6 Mbit/s down, 150 ms round trip), a user who presses
// Start as soon as it shows; then a repeat visit with the network off, served by the service worker.
async function journey(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('[data-shell-go]:visible, [data-testid=start-button]').first().click();
  await page.getByTestId('next').click();
  await option(page, 'A.1', 1).waitFor();
  return page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { text: at('first-contentful-paint'), start: at('qmpc-start'), app: at('qmpc-app'), question: at('qmpc-question') };
  });
}
const slowCtx = await browser.newContext();
await slowCtx.addInitScript(() => {
  const marks = { 'qmpc-start': '[data-shell-go], [data-testid=start-button]', 'qmpc-app': '[data-testid=app]', 'qmpc-question': '[data-testid="indicator-A.1"] input' };
  new MutationObserver((_, obs) => {
    for (const [mark, selector] of Object.entries(marks)) {
      if (!performance.getEntriesByName(mark).length && document.querySelector(selector)) performance.mark(mark);
    }
    if (Object.keys(marks).every((m) => performance.getEntriesByName(m).length)) obs.disconnect();
  }).observe(document, { childList: true, subtree: true });
});
const slow = await slowCtx.newPage();
const cdp = await slowCtx.newCDPSession(slow);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 0.75e6 / 8,
});
const cold = await journey(slow, server.url);
await slow.waitForFunction(() => navigator.serviceWorker.controller !== null);
await slowCtx.setOffline(true);
const offline = await journey(slow, server.url);

await browser.close();
await server.close();

const row = (name, value) => console.log(`${name.padEnd(58)} ${value}`);
row('browser measurement (headless Chromium, 127.0.0.1)', 'value');
row('first indicator interactive after navigation (median of 7)', `${median(loads).toFixed(0)} ms`);
row(`answer click → result strip updated (median of ${clicks.length})`, `${median(clicks).toFixed(2)} ms`);
row(`answer click → result strip updated (worst of ${clicks.length})`, `${max(clicks).toFixed(2)} ms`);
row(`autosave flush of a full draft (${(exportBytes / 1000).toFixed(0)}k characters)`, `${save.toFixed(1)} ms`);
row('import + validate a full export (pick → preview)', `${importMs} ms`);
for (const [name, t] of [['slow 3G-like network, first visit', cold], ['repeat visit, network off', offline]]) {
  row(`${name}: first text`, `${t.text.toFixed(0)} ms`);
  row(`${name}: start button`, `${t.start.toFixed(0)} ms`);
  row(`${name}: app mounted`, `${t.app.toFixed(0)} ms`);
  row(`${name}: first question interactive (Start pressed at once)`, `${t.question.toFixed(0)} ms`);
}
