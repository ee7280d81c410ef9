{% autoescape off %}/* Offline re-reading for Human Mobility Quito (home/offline.py, docs/performance.md).
   Keeps, in the visitor's language, the home page, the help contacts and every guide opened;
   network first, so a new publish replaces the stored copy at the next visit online. Anything
   else, offline, gets the offline page in the visitor's language. */
"use strict";
const C = {{ config }};
const PAGES = "pages", FILES = "files-__VERSION__";
const FILE_URLS = C.static.map((p) => new URL(p, location).href);

function langOf(path) {
  const code = path.split("/")[1];
  return C.langs[code] ? code : null;
}

function isKept(url) {
  const lang = langOf(url.pathname);
  if (!lang || url.search) return false;
  const u = C.langs[lang], p = url.pathname;
  return p === u.home || p === u.help || p === u.offline ||
    (!!u.guides && p.startsWith(u.guides) && p !== u.guides);
}

// Never a page for one person (signed in, a confirmation): the site marks those private, no-store.
function storable(res) {
  return res.status === 200 && res.type === "basic" && !res.redirected &&
    !/private|no-store/.test(res.headers.get("Cache-Control") || "");
}

async function keep(url) {
  try {
    const res = await fetch(url, { credentials: "omit" });
    if (storable(res)) await (await caches.open(PAGES)).put(url, res);
  } catch (e) { /* offline or refused: keep what we had */ }
}

async function prepare(lang) {
  const u = C.langs[lang], cache = await caches.open(PAGES);
  const urls = [u.offline, u.home, u.help].filter(Boolean).map((p) => new URL(p, location).href);
  for (const url of urls) if (!(await cache.match(url))) await keep(url);
}

// Languages to try for an address without one ("/"): the phone's, then the site's default, then any.
function langsToTry() {
  const codes = (self.navigator.languages || []).map((tag) => tag.slice(0, 2).toLowerCase());
  return [...new Set([...codes, C.fallback, ...Object.keys(C.langs)])].filter((c) => C.langs[c]);
}

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil((async () => {
    const files = await caches.open(FILES);
    await Promise.all(FILE_URLS.map((url) => files.add(url).catch(() => null)));
    // The page that registered the worker was loaded without it: keep it now if it is kept.
    const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    const langs = new Set();
    for (const w of windows) {
      const url = new URL(w.url);
      url.hash = "";
      const lang = langOf(url.pathname);
      if (lang) langs.add(lang);
      if (isKept(url)) await keep(url.href);
    }
    for (const lang of langs) await prepare(lang);
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("files-") && name !== FILES) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function navigate(event, url) {
  const lang = langOf(url.pathname);
  try {
    const res = await fetch(event.request);
    if (isKept(url) && storable(res)) {
      const copy = res.clone();
      event.waitUntil(caches.open(PAGES).then((cache) => cache.put(url.href, copy)));
    }
    if (lang) event.waitUntil(prepare(lang));
    return res;
  } catch (error) {
    const cache = await caches.open(PAGES);
    const hit = await cache.match(url.href);
    if (hit) return hit;
    const langs = lang ? [lang] : langsToTry();
    const pages = [...(url.pathname === "/" ? langs.map((l) => C.langs[l].home) : []),
      ...langs.map((l) => C.langs[l].offline)];
    for (const p of pages) {
      const page = await cache.match(new URL(p, location).href);
      if (page) return page;
    }
    return Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (req.mode === "navigate") {
    if (url.origin === location.origin && !url.pathname.startsWith("/admin/")) {
      event.respondWith(navigate(event, url));
    }
  } else if (FILE_URLS.includes(url.href)) {
    event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
  }
});
{% endautoescape %}
