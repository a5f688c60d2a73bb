// The service worker of SiGe Explorer: the template of dist/sw.js.
//
// scripts/vite-plugin-offline.ts fills in BUILD (the build's version and its file list) when
// it writes dist/sw.js. The worker sits next to index.html and controls only that folder (the
// default scope), whatever sub-path a wiki serves it under: every URL here is relative to it.
//
// - install: puts every file of this build in one cache named after the scope and the
//   version, bypassing the HTTP cache; the install fails (and the old worker stays) if any
//   file is missing.
// - activate: deletes this scope's caches of other builds, then takes the open pages.
// - fetch: answers this build's files from its own cache, and a navigation to the folder
//   (any query) with its index.html; everything else goes to the network untouched.
//
// A new build's worker waits until no page of the old one is open (no skipWaiting), so a
// page never runs one build's index with another build's chunks.

/** @type {{ version: string, files: string[] }} */
const BUILD = { version: 'dev', files: [] }; // replaced at build time

const sw = /** @type {any} */ (self);
const scope = new URL(sw.registration.scope);
const prefix = `sige-explorer ${scope.pathname} `;
const cacheName = prefix + BUILD.version;
const index = new URL('index.html', scope).href;
const precached = new Set(BUILD.files.map((file) => new URL(file, sw.location.href).href));

sw.addEventListener('install', (/** @type {any} */ event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) =>
        cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' }))),
      ),
  );
});

sw.addEventListener('activate', (/** @type {any} */ event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(prefix) && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (/** @type {any} */ event) => {
  /** @type {Request} */
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  let key;
  if (request.mode === 'navigate') {
    // The app's own page only; other pages that happen to live under the folder are not ours.
    if (url.pathname !== scope.pathname && `${url.origin}${url.pathname}` !== index) return;
    key = index;
  } else {
    key = `${url.origin}${url.pathname}`;
    if (!precached.has(key)) return;
  }
  event.respondWith(
    caches
      .open(cacheName)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  );
});
