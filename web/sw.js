// The standalone page's service worker: every file of one release is cached together under the release's
// own name, so a repeat visit opens offline and old files never mix with new ones. A new release installs
// in the background and waits until the page, at the user's click, asks it to take over.
// RELEASE and FILES are filled in by scripts/release.sh at build time.
const RELEASE = '__RELEASE__';
const FILES = __FILES__;
const PREFIX = 'qm-precheck-';
const CACHE = PREFIX + RELEASE;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit =
        (await cache.match(request, { ignoreSearch: true })) ??
        (request.mode === 'navigate' ? await cache.match('index.html') : undefined);
      return hit ?? fetch(request);
    }),
  );
});
