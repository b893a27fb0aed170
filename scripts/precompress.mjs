// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside every text and wasm file of a directory,
// with Node's own zlib, for static servers that send a precompressed copy instead of compressing each
// response (nginx gzip_static/brotli_static, Caddy's precompressed, Apache's rewrite rules; see README).
// Usage: node scripts/precompress.mjs DIR
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt']);
const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/precompress.mjs DIR');

/** Every file below `at`, as paths relative to `dir`. */
async function files(at) {
  const out = [];
  for (const entry of await readdir(join(dir, at), { withFileTypes: true })) {
    const rel = join(at, entry.name);
    if (entry.isDirectory()) out.push(...(await files(rel)));
    else if (COMPRESSIBLE.has(extname(entry.name))) out.push(rel);
  }
  return out;
}

for (const rel of await files('')) {
  const body = await readFile(join(dir, rel));
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: extname(rel) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  await writeFile(join(dir, `${rel}.br`), br);
  await writeFile(join(dir, `${rel}.gz`), gzipSync(body, { level: 9 }));
}
