// The release build in dist/ as a static server finds it: every text and wasm file has a brotli and a gzip
// copy beside it (written by scripts/precompress.mjs) that decompresses to exactly that file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const TEXT = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest']);

/** Every file below dist/, relative to it. */
async function files(at = '') {
  const out = [];
  for (const e of await readdir(join(DIST, at), { withFileTypes: true })) {
    const rel = join(at, e.name);
    out.push(...(e.isDirectory() ? await files(rel) : [rel]));
  }
  return out;
}

test('every text and wasm file of the release has a .br and a .gz copy with the same content', async () => {
  const all = new Set(await files());
  const originals = [...all].filter((f) => TEXT.has(extname(f)));
  for (const f of ['index.html', 'qm-precheck.js', 'qm-precheck_bg.wasm', 'qmpc.css', 'sw.js']) {
    assert.ok(originals.includes(f), `${f} is in dist/`);
  }
  for (const f of originals) {
    const body = await readFile(join(DIST, f));
    assert.ok(all.has(`${f}.br`) && all.has(`${f}.gz`), `${f} has both copies`);
    assert.ok(brotliDecompressSync(await readFile(join(DIST, `${f}.br`))).equals(body), `${f}.br`);
    assert.ok(gunzipSync(await readFile(join(DIST, `${f}.gz`))).equals(body), `${f}.gz`);
  }
  // Images are compressed already: no copies for them.
  assert.ok(![...all].some((f) => f.endsWith('.png.br') || f.endsWith('.png.gz')));
});
