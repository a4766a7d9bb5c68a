// Dagdeel service worker: precaches every file of one build (the list and the
// version are written in by scripts/assemble-dist.mjs) and serves them
// cache-first, so the app starts with the network off after one visit.
const VERSION = 'e500f988b861';
const FILES = ["./","dagdeel.js","dagdeel.wasm","icons/icon-maskable.svg","icons/icon.svg","index.html","manifest.webmanifest","shell.js"];
const CACHE = 'dagdeel-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('dagdeel-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// A new build waits until the user accepts the "new version" note.
self.addEventListener('message', (event) => { if (event.data === 'skip-waiting') self.skipWaiting(); });

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, {ignoreSearch: true}) ||
                (request.mode === 'navigate' ? await cache.match('./') || await cache.match('index.html') : undefined);
    if (hit) return hit;
    return fetch(request);
  })());
});
