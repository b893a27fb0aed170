// The standalone page's service worker: every file of one release is cached together under the release's
// own name, so a repeat visit opens offline and old files never mix with new ones. A new release installs
// in the background and waits until the page, at the user's click, asks it to take over.
// It owns only its own: it answers navigations to its page alone and requests for its release's files;
// everything else in its scope (other pages, missing pages) goes to the network untouched.
// A first visit downloads each file once: the install revalidates what the page has just loaded (a conditional
// request, answered 304 from the HTTP cache) and fetches only what it has not, and it keeps a file only when
// its SHA-256 is this release's, so a file of another release met on the way fails the install (retried on
// the next visit) instead of joining this one.
// RELEASE, FILES and HASHES (file → hex SHA-256) are filled in by scripts/release.sh at build time.
const RELEASE = '__RELEASE__';
const FILES = __FILES__;
const HASHES = __HASHES__;
const SCOPE = new URL(self.registration.scope);
// Cache names are shared by the whole origin: this scope in the name keeps a release served from another
// folder of the same site (or another app) out of this one's clean-up.
const PREFIX = 'qm-precheck:' + SCOPE.pathname + ':';
const CACHE = PREFIX + RELEASE;
// Releases before the scope was in the name: 'qm-precheck-' and 16 hex digits.
const LEGACY = /^qm-precheck-[0-9a-f]{16}$/;
const PAGE = new URL('index.html', SCOPE).href;
// The page's addresses: the scope itself and its index.html, with any query.
const PAGES = new Set([SCOPE.pathname, new URL(PAGE).pathname]);
const OWN = new Set(FILES.map((f) => new URL(f, SCOPE).pathname));

/** Lower-case hex SHA-256 of a response's body. */
async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The address the page was just loaded from (the scope itself, mostly), so its copy in the HTTP cache is reused. */
async function pageAddress() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.map((c) => new URL(c.url)).find((u) => u.origin === SCOPE.origin && PAGES.has(u.pathname));
  if (!open) return PAGE;
  open.hash = '';
  return open.href;
}

/** One file of this release, revalidated against the HTTP cache, checked against its hash. */
async function fetchChecked(file) {
  const url = file === 'index.html' ? await pageAddress() : file;
  const response = await fetch(new Request(url, { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  if ((await sha256(response.clone())) !== HASHES[file]) throw new Error(`${file} is not of release ${RELEASE}`);
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const responses = await Promise.all(FILES.map(fetchChecked));
      const cache = await caches.open(CACHE);
      // Written only once every file is in hand and checked, so a release is cached whole or not at all.
      await Promise.all(FILES.map((f, i) => cache.put(f, responses[i])));
    })(),
  );
});

/** Whether a cache is an earlier release of this page: named by this worker, or an older one holding this page. */
async function earlierRelease(name) {
  if (name === CACHE) return false;
  if (name.startsWith(PREFIX)) return true;
  if (!LEGACY.test(name)) return false;
  return (await (await caches.open(name)).match(PAGE)) !== undefined;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.map(async (k) => ((await earlierRelease(k)) ? caches.delete(k) : false))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  const page = request.mode === 'navigate';
  if (!(page ? PAGES.has(url.pathname) : OWN.has(url.pathname))) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(page ? PAGE : request, { ignoreSearch: true });
      return hit ?? fetch(request);
    }),
  );
});
