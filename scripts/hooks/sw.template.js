/* The site's service worker (written into the site as sw.js by scripts/hooks/service_worker.py;
 * the values in capitals are filled in at build time).
 *
 * After one visit the site works with no connection and a repeat visit downloads no byte
 * of the calculators' runtime:
 *
 *  - Pyodide (assets/pyodide/: the runtime, the trimmed standard library, the calculators
 *    wheel) and the theme's files whose names carry a content hash: cache first. The
 *    runtime's cache is named after a hash of its files, so a new Pyodide (or a new
 *    standard library) gets a new cache and the old one is deleted; the wheel's address
 *    carries its own hash (?v=...).
 *  - Everything else (pages, the search index, the calculators' scripts, answers.json):
 *    network first, so a reader online always gets the current page; the copy in the
 *    cache is used when the network fails (or is too slow to answer a page in time).
 *
 * The first visit is not controlled by the worker (it installs while the page is open),
 * so the page sends the list of what it fetched (scripts/hooks/sw-register.js), and the
 * worker copies those files into its cache, from the browser's HTTP cache (no new
 * download while the copies there are fresh). Nothing leaves the reader's device: the
 * worker only ever asks the site's own origin.
 */
"use strict";

const RUNTIME_CACHE = "runtime-__RUNTIME_VERSION__";
const WHEEL_CACHE = "wheel-__WHEEL_VERSION__";
const PAGES_CACHE = "pages-v1";
const KEEP = [RUNTIME_CACHE, WHEEL_CACHE, PAGES_CACHE];
// Addresses relative to this file (the site's root).
const RUNTIME = __RUNTIME_FILES__;
const WHEEL = __WHEEL_FILE__;
const HASHED = /\.[0-9a-f]{8,}\.min\.(?:css|js)$/;
const PAGE_TIMEOUT_MS = 6000; // then a cached page, if there is one

const scope = new URL("./", self.location.href);
const runtimeURLs = new Set(RUNTIME.map((path) => new URL(path, scope).href));
const wheelURL = new URL(WHEEL, scope).href;

self.addEventListener("install", () => {
  self.skipWaiting();
});

// No clients.claim(): the page that installs the worker stays uncontrolled, so its own
// downloads (the runtime above all) are never routed through the worker while in flight;
// the page then sends the list of what it fetched ("keep" below), copied from the HTTP cache.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => !KEEP.includes(name)).map((name) => caches.delete(name))))
  );
});

function cacheFor(url) {
  if (runtimeURLs.has(url.href.split("#")[0])) return RUNTIME_CACHE;
  if (url.href === wheelURL) return WHEEL_CACHE;
  if (HASHED.test(url.pathname)) return PAGES_CACHE; // content-addressed: cache first too
  return null;
}

async function cacheFirst(request, name) {
  const cache = await caches.open(name);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES_CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === "basic") await cache.put(request, response.clone());
    return response;
  });
  const cached = cache.match(request, { ignoreSearch: request.mode === "navigate" });
  if (request.mode === "navigate") {
    // A very slow connection: show the cached page rather than a blank screen for long.
    const late = new Promise((resolve) => setTimeout(() => cached.then((hit) => hit && resolve(hit)), PAGE_TIMEOUT_MS));
    return Promise.race([network.catch(() => null).then((r) => r || cached), late]).then(
      (response) => response || cached.then((hit) => hit || Response.error())
    );
  }
  return network.catch(() => cached.then((hit) => hit || Response.error()));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  const name = cacheFor(url);
  event.respondWith(name ? cacheFirst(request, name) : networkFirst(request));
});

// The first, uncontrolled visit: keep what the page fetched ({type: "keep", urls: [...]},
// with `runtime: true` once the calculators' runtime has loaded). Copies come from the HTTP cache.
async function keep(urls, runtime) {
  const wanted = urls.filter((href) => href.startsWith(scope.href));
  if (runtime) wanted.push(...runtimeURLs, wheelURL);
  for (const href of new Set(wanted)) {
    const url = new URL(href);
    const cache = await caches.open(cacheFor(url) || PAGES_CACHE);
    if (await cache.match(href)) continue;
    try {
      const response = await fetch(href, { cache: "force-cache" });
      if (response.ok) await cache.put(href, response);
    } catch (error) {
      // Offline again, or gone: the next visit will try again.
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "keep" && Array.isArray(data.urls)) {
    event.waitUntil(keep(data.urls.map(String), !!data.runtime));
  }
});
