// @ts-check
// Offline support: caches the site's own files on the first visit and serves
// them from the cache afterwards. The build stamps VERSION with a hash of the
// site's contents (wasm/stamp-site.cmake), so an update installs a new cache
// and removes the old one. Nothing but the site's own files is ever fetched.
const VERSION = '__GIGCHECK_VERSION__';
const FILES = ["__GIGCHECK_FILES__"];
const CACHE = `gigcheck-${VERSION}`;
// `self` is the worker's global scope (typed so for tsc, tsconfig.worker.json).
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('gigcheck-') && key !== CACHE).map((key) => caches.delete(key))))
    .then(() => worker.clients.claim()));
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
  // Cache first: the cached files are exactly the version this worker shipped with.
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const cached = await cache.match(event.request, { ignoreSearch: true });
    return cached || fetch(event.request);
  }));
});
