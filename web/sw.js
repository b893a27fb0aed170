// The standalone page's service worker: every file of one release is cached together under the release's
// own name, so a repeat visit opens offline and old files never mix with new ones. A new release installs
// in the background and waits until the page, at the user's click, asks it to take over.
// It owns only its own: it answers navigations to its page alone and requests for its release's files;
// everything else in its scope (other pages, missing pages) goes to the network untouched.
// RELEASE and FILES are filled in by scripts/release.sh at build time.
const RELEASE = '__RELEASE__';
const FILES = __FILES__;
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

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
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
