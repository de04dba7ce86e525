// Generates the service worker over the built site (after `astro build`): every page, asset, font and search
// index is precached; a navigation to anything else falls back to the offline page of its language. The new
// worker waits (skipWaiting: false) until the reader accepts the update, so old and new files never mix.
import { readdirSync, writeFileSync } from 'node:fs';
import { generateSW } from 'workbox-build';
import { pageAssets } from './page-assets.mjs';

const outDir = process.argv[2] ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// Workbox copies a matcher into the worker as source text, so the path prefix is written into it, not closed over.
const navigationUnder = (prefix) =>
  new Function('{ request, url }', `return request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(prefix)});`);

// Instructor pages are not precached, but once opened they keep working offline: the page and its data from the
// network when there is one, else from the last visit; its hashed scripts from the cache once fetched.
const instructorPages = {
  urlPattern: new Function('{ url }', `return url.pathname.startsWith(${JSON.stringify(base)}) && url.pathname.split('/').includes('author');`),
  handler: 'NetworkFirst',
  options: { cacheName: 'instructor-pages' },
};
const instructorAssets = {
  urlPattern: new Function('{ url }', `return url.pathname.startsWith(${JSON.stringify(`${base}_astro/`)});`),
  handler: 'CacheFirst',
  options: { cacheName: 'instructor-assets' },
};

const offlineFallback = (lang, prefix) => ({
  urlPattern: navigationUnder(prefix),
  handler: 'NetworkOnly',
  options: { precacheFallback: { fallbackURL: `${base}${lang}/offline/index.html` } },
});

// Scripts and styles that only instructor pages load (the studio's editor and checks) stay out of the cache too.
const pages = readdirSync(outDir, { recursive: true })
  .filter((file) => String(file).endsWith('index.html'))
  .map(String);
const assetsOf = (list) => new Set(list.flatMap((page) => [...pageAssets(outDir, page, base)]));
const isAuthorPage = (page) => page.split('/').includes('author');
const readerAssets = assetsOf(pages.filter((page) => !isAuthorPage(page)));
const authorOnly = [...assetsOf(pages.filter(isAuthorPage))].filter((file) => !readerAssets.has(file));

// The studio loads its editor, its checks and its data only when a file is opened. So that it also works offline
// after a visit that never opened one, the worker fetches them into the instructor caches (the data where the
// instructor pages' route looks for it offline) whenever an instructor page is visited under its control.
const WARM_SCRIPT = 'sw-instructor.js';
const instructorData = readdirSync(`${outDir}/author`).filter((file) => file.endsWith('.json'));
const warm = {
  'instructor-assets': authorOnly.filter((file) => !file.endsWith('.html')).map((file) => `${base}${file}`),
  'instructor-pages': instructorData.map((file) => `${base}author/${file}`),
};
writeFileSync(
  `${outDir}/${WARM_SCRIPT}`,
  `const INSTRUCTOR_FILES = ${JSON.stringify(warm)};
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.mode !== 'navigate' || !url.pathname.startsWith(${JSON.stringify(base)}) || !url.pathname.split('/').includes('author')) return;
  event.waitUntil(
    Promise.all(
      Object.entries(INSTRUCTOR_FILES).map(async ([name, urls]) => {
        const cache = await caches.open(name);
        const missing = [];
        for (const file of urls) if (!(await cache.match(file))) missing.push(file);
        await cache.addAll(missing);
      }),
    ).catch(() => {}),
  );
});
`,
);

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: ['**/*.{html,js,css,woff2,svg,png,json,webmanifest}'],
  // Instructor-only pages and files stay out of the reader's cache.
  globIgnores: ['**/author/**', 'sw.js', WARM_SCRIPT, 'workbox-*.js', ...authorOnly],
  importScripts: [WARM_SCRIPT],
  swDest: `${outDir}/sw.js`,
  modifyURLPrefix: { '': base },
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  sourcemap: false,
  mode: 'production',
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // Query strings never change a static page: /en/quiz/?q=… and /vi/simulator/?scenario=… are the cached page.
  ignoreURLParametersMatching: [/.*/],
  // Instructor pages first; then English pages fall back to the English offline page, everything else to the
  // Vietnamese one.
  runtimeCaching: [instructorPages, instructorAssets, offlineFallback('en', `${base}en/`), offlineFallback('vi', base)],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KiB`);
