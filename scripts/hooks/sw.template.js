/* The site's service worker (written into the site as sw.js by scripts/hooks/service_worker.py;
 * the values in capitals are filled in at build time).
 *
 * After one visit the site works with no connection and a repeat visit downloads no byte
 * of the calculators' runtime:
 *
 *  - Pyodide (assets/pyodide/: the runtime, the trimmed standard library, the calculators
 *    wheel) and the theme's files whose names carry a content hash: cache first. The
 *    runtime's cache is named after a hash of its files, so a new Pyodide (or a new
 *    standard library) gets a new cache; the wheel's address carries its own hash (?v=...).
 *  - Everything else (pages, the search index, the calculators' scripts, answers.json):
 *    network first, so a reader online always gets the current page; the copy in the
 *    cache is used when the network fails, answers with a server error (5xx), or is too
 *    slow to answer a page in time. A page never visited, offline: the offline page in the
 *    reader's language, with links to the pages this device has.
 *
 * Nothing the reader answered is ever stored (issue 21): a page is cached under its address
 * with no fragment and no query (a shared link's answers live in the fragment), and only
 * a whole, successful answer from this site is cached (never an error, a redirect, an opaque
 * or a cut-off response: runtime files are checked against their SHA-256 from the build).
 *
 * An update never loses the offline calculator: the new worker fetches and checks the new
 * runtime while it installs, and only when that succeeded does it activate and delete the
 * caches of the old one. A deploy still half-uploaded makes the install fail, so the old
 * worker and its caches stay until a later visit finds the deploy complete.
 *
 * A project site shares its origin (owner.github.io) with its owner's other sites: every
 * cache name starts with this site's scope, and only those (and this site's own entries in
 * the unprefixed caches of the first version of this worker) are ever deleted.
 *
 * The first visit is not controlled by the worker (it installs while the page is open),
 * so the page sends the list of what it fetched (scripts/hooks/sw-register.js), and the
 * worker copies those files into its cache, from the browser's HTTP cache. On a page with
 * no calculator the page may also ask the worker to fetch the runtime in the background
 * ("warm"), unless the browser asks to save data; a calculator page that asks for a file
 * still on its way shares that download. Nothing leaves the reader's device: the worker
 * only ever asks the site's own origin.
 */
"use strict";

// Addresses relative to this file (the site's root), each with its SHA-256 (base64).
const RUNTIME = __RUNTIME_FILES__;
const WHEEL = __WHEEL_FILE__;
// Language folder ("" for the default language) -> that language's offline page.
const OFFLINE = __OFFLINE_PAGES__;
const HASHED = /\.[0-9a-f]{8,}\.min\.(?:css|js)$/;
const PAGE_TIMEOUT_MS = 6000; // then a cached page, if there is one

const scope = new URL("./", self.location.href);
// One prefix per site on the origin: "<scope path>:" ("/repo/:" for owner.github.io/repo/).
const PREFIX = scope.pathname + ":";
const RUNTIME_CACHE = PREFIX + "runtime-__RUNTIME_VERSION__";
const WHEEL_CACHE = PREFIX + "wheel-__WHEEL_VERSION__";
const PAGES_CACHE = PREFIX + "pages-v2";
const KEEP = [RUNTIME_CACHE, WHEEL_CACHE, PAGES_CACHE];
// The first version of this worker named its caches without a prefix (and kept fragments).
const LEGACY = /^(?:pages-v1|runtime-[0-9a-f]{16}|wheel-[0-9a-f]{16})$/;

const expected = new Map(); // address -> SHA-256 (base64) of the file as built
RUNTIME.forEach((file) => expected.set(new URL(file.path, scope).href, file.sha256));
const wheelURL = new URL(WHEEL.path, scope).href;
expected.set(wheelURL, WHEEL.sha256);
const runtimeURLs = RUNTIME.map((file) => new URL(file.path, scope).href);
const offlineURLs = Object.keys(OFFLINE).map((lang) => new URL(OFFLINE[lang], scope).href);

// The address a page is kept under: no fragment, no query (either may hold answers).
function pageKey(href) {
  const url = new URL(href);
  url.hash = "";
  url.search = "";
  return url.href;
}

function cacheFor(url) {
  const href = url.href.split("#")[0];
  if (href === wheelURL) return WHEEL_CACHE;
  if (expected.has(href)) return RUNTIME_CACHE;
  return PAGES_CACHE;
}

function keyFor(url) {
  const href = url.href.split("#")[0];
  return expected.has(href) ? href : pageKey(href);
}

// Only a whole, successful answer of this site is kept.
function keepable(response) {
  return !!response && response.status === 200 && response.type === "basic" && !response.redirected;
}

async function sha256(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  let text = "";
  for (let i = 0; i < digest.length; i++) text += String.fromCharCode(digest[i]);
  return btoa(text);
}

// The headers worth keeping: the body is kept decoded, so no encoding or length of the wire.
function plainHeaders(headers) {
  const kept = new Headers();
  for (const name of ["content-type", "etag", "last-modified"]) {
    const value = headers.get(name);
    if (value) kept.set(name, value);
  }
  return kept;
}

// Reads a body whole and keeps it when it is what the build made (runtime files: the same
// SHA-256; other files: a status 200 body read to its end). False when it was not kept.
async function storeBody(cacheName, key, body, headers) {
  let bytes;
  try {
    bytes = await body; // a connection cut mid-way rejects here
  } catch (error) {
    return false;
  }
  const want = expected.get(key);
  if (want && (await sha256(bytes)) !== want) return false;
  const cache = await caches.open(cacheName);
  await cache.put(key, new Response(bytes, { status: 200, statusText: "OK", headers: plainHeaders(headers) }));
  return true;
}

async function store(cacheName, key, response) {
  if (!keepable(response)) return false;
  return storeBody(cacheName, key, response.arrayBuffer(), response.headers);
}

/* ------------------------------------------------------- the runtime, fetched once */

// Downloads of runtime files on their way: address -> {done: Promise<boolean>, spare: stream or null}.
// A page's request for one of them takes the spare copy of the bytes as they arrive.
const inflight = new Map();

function download(href) {
  if (inflight.has(href)) return inflight.get(href).done;
  const entry = { spare: null, headers: null, done: null };
  entry.done = fetch(href, { cache: "no-cache" })
    .then((response) => {
      if (!keepable(response) || !response.body) return false;
      const [mine, spare] = response.body.tee();
      entry.spare = spare;
      entry.headers = plainHeaders(response.headers);
      return storeBody(cacheFor(new URL(href)), href, new Response(mine).arrayBuffer(), response.headers);
    })
    .catch(() => false)
    .finally(() => {
      if (entry.spare) entry.spare.cancel().catch(() => {});
      inflight.delete(href);
    });
  inflight.set(href, entry);
  return entry.done;
}

async function runtimeComplete() {
  const runtime = await caches.open(RUNTIME_CACHE);
  const wheel = await caches.open(WHEEL_CACHE);
  for (const href of runtimeURLs) if (!(await runtime.match(href))) return false;
  return !!(await wheel.match(wheelURL));
}

// Every runtime file and the wheel, checked; true when all are in their caches.
async function fetchRuntime() {
  const results = await Promise.all([...runtimeURLs, wheelURL].map(async (href) => {
    const cache = await caches.open(cacheFor(new URL(href)));
    return (await cache.match(href)) ? true : download(href);
  }));
  return results.every(Boolean);
}

/* ------------------------------------------------------------- install, activate */

async function ownOldCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && !KEEP.includes(name));
}

// This device already keeps this site's calculators offline (any version, this worker's first
// version included): an update must bring the new runtime before it replaces the old one.
async function keptOffline() {
  for (const name of await caches.keys()) {
    const ours = name.startsWith(PREFIX + "runtime-") || name.startsWith(PREFIX + "wheel-");
    const legacy = /^(?:runtime|wheel)-[0-9a-f]{16}$/.test(name);
    if (!ours && !legacy) continue;
    const keys = await (await caches.open(name)).keys();
    if (keys.some((request) => request.url.startsWith(scope.href))) return true;
  }
  return false;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    // The offline pages (a few kilobytes): a page never visited still gets an answer.
    await Promise.all(offlineURLs.map(async (href) => {
      const cache = await caches.open(PAGES_CACHE);
      if (await cache.match(href)) return;
      await fetch(href, { cache: "no-cache" }).then((response) => store(PAGES_CACHE, href, response), () => false);
    }));
    // An update of a site this device already keeps offline: the new runtime first. If it
    // cannot be fetched whole (a deploy still on its way), the install fails, and the old
    // worker keeps serving the old runtime; the browser tries again on a later visit.
    if ((await keptOffline()) && !(await fetchRuntime())) throw new Error("the new runtime is not complete yet");
    await self.skipWaiting();
  })());
});

// This site's own entries in the first worker's unprefixed caches (the page cache kept
// answers in its keys): removed; a cache left empty is deleted.
async function forgetLegacy() {
  for (const name of await caches.keys()) {
    if (!LEGACY.test(name)) continue;
    const cache = await caches.open(name);
    const keys = await cache.keys();
    const ours = keys.filter((request) => request.url.startsWith(scope.href));
    await Promise.all(ours.map((request) => cache.delete(request)));
    if (ours.length === keys.length) await caches.delete(name);
  }
}

// No clients.claim(): the page that installs the worker stays uncontrolled, so its own
// downloads (the runtime above all) are never routed through the worker while in flight.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    await Promise.all((await ownOldCaches()).map((name) => caches.delete(name)));
    await forgetLegacy();
  })());
});

/* ------------------------------------------------------------------------ fetch */

async function cacheFirst(request, url) {
  const key = keyFor(url);
  const name = cacheFor(url);
  const cache = await caches.open(name);
  const cached = await cache.match(key);
  if (cached) return cached;
  const coming = inflight.get(key);
  if (coming && coming.spare) {
    // The worker is already fetching it in the background: share those bytes.
    const spare = coming.spare;
    coming.spare = null;
    return new Response(spare, { status: 200, headers: coming.headers });
  }
  if (coming) {
    await coming.done;
    const now = await cache.match(key);
    if (now) return now;
  }
  const response = await fetch(request);
  store(name, key, response.clone()).catch(() => {});
  return response;
}

function languageOf(url) {
  const path = url.pathname.slice(scope.pathname.length);
  const first = path.split("/")[0];
  return Object.prototype.hasOwnProperty.call(OFFLINE, first) && first ? first : "";
}

function escapeHTML(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// The offline page in the reader's language, its list filled with the pages this device keeps.
async function offlinePage(url) {
  const cache = await caches.open(PAGES_CACHE);
  const lang = languageOf(url);
  const page = await cache.match(new URL(OFFLINE[lang], scope).href);
  if (!page) return Response.error();
  const items = [];
  for (const request of await cache.keys()) {
    const href = request.url;
    if (!href.endsWith("/") || offlineURLs.includes(href)) continue;
    const kept = await cache.match(request);
    if (!kept || !(kept.headers.get("content-type") || "").startsWith("text/html")) continue;
    const title = ((await kept.text()).match(/<title>([^<]*)<\/title>/) || [])[1] || href;
    items.push({ href, title, mine: languageOf(new URL(href)) === lang });
  }
  items.sort((a, b) => (b.mine - a.mine) || a.href.localeCompare(b.href));
  const list = items.map((item) => `<li><a href="${escapeHTML(item.href)}">${item.title}</a></li>`).join("\n");
  // Its own links ("./", the home page) are relative to where the offline page lives.
  const base = `<base href="${escapeHTML(new URL(OFFLINE[lang], scope).href)}">`;
  const text = (await page.text()).replace("<head>", "<head>\n" + base).replace("<!--offline-pages-->", list);
  return new Response(text, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
}

async function networkFirst(request, url) {
  const navigate = request.mode === "navigate";
  const key = keyFor(url);
  const cache = await caches.open(PAGES_CACHE);
  const network = fetch(request).then((response) => {
    if (keepable(response)) store(PAGES_CACHE, key, response.clone()).catch(() => {});
    return response;
  });
  const cached = cache.match(key);
  const fallback = () => cached.then((hit) => hit || (navigate ? offlinePage(url) : Response.error()));
  // A server error: the cached copy, if there is one, is better than the error page.
  const answer = network.then(
    (response) => (response.status >= 500 ? cached.then((hit) => hit || response) : response),
    fallback);
  if (!navigate) return answer;
  // A very slow connection: show the cached page rather than a blank screen for long.
  const late = new Promise((resolve) => setTimeout(() => cached.then((hit) => hit && resolve(hit)), PAGE_TIMEOUT_MS));
  return Promise.race([answer, late]);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  const first = expected.has(url.href.split("#")[0]) || HASHED.test(url.pathname);
  event.respondWith(first ? cacheFirst(request, url) : networkFirst(request, url));
});

/* ---------------------------------------------------------------------- messages */

// The first, uncontrolled visit: keep what the page fetched ({type: "keep", urls: [...]},
// with `runtime: true` once the calculators' runtime has loaded). Copies come from the HTTP cache.
async function keep(urls, runtime) {
  const wanted = urls.filter((href) => href.startsWith(scope.href));
  if (runtime) wanted.push(...runtimeURLs, wheelURL);
  for (const href of new Set(wanted)) {
    const url = new URL(href);
    const key = keyFor(url);
    const name = cacheFor(url);
    if (await (await caches.open(name)).match(key)) continue;
    try {
      await store(name, key, await fetch(key, { cache: "force-cache" }));
    } catch (error) {
      // Offline again, or gone: the next visit will try again.
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "keep" && Array.isArray(data.urls)) {
    event.waitUntil(keep(data.urls.map(String), !!data.runtime));
  } else if (data.type === "warm") {
    // A page with no calculator, and a browser that did not ask to save data: fetch the
    // runtime now, while the reader reads, so the calculators start at once later.
    event.waitUntil(runtimeComplete().then((done) => done || fetchRuntime()));
  }
});
