// Every script and stylesheet a built page can load: its scripts, islands and stylesheets, and every module they
// import, statically or on first use. The service worker uses it to leave out what only instructor pages load.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** A script or stylesheet a page or module names, as its URL and its file in `dist`; undefined when absent. */
export function resolveAsset(dist, base, fromUrl, spec) {
  const url = spec.startsWith('/') ? spec : posix.join(posix.dirname(fromUrl), spec);
  const relative = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const file = join(dist, relative);
  return existsSync(file) ? { url, file, relative } : undefined;
}

/** Files (relative to `dist`) a page at `pagePath` (relative, ending in index.html) may load. */
export function pageAssets(dist, pagePath, base = '/') {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const pageUrl = `${base}${pagePath.replace(/index\.html$/, '')}`;
  const queue = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => [pageUrl, match[1]]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((match) => [pageUrl, match[1]]),
    ...[...html.matchAll(/<link\b[^>]*href="([^"]+\.css)"/g)].map((match) => [pageUrl, match[1]]),
  ];
  const found = new Set();
  while (queue.length) {
    const [from, spec] = queue.shift();
    const asset = resolveAsset(dist, base, from, spec);
    if (!asset || found.has(asset.relative)) continue;
    found.add(asset.relative);
    if (!asset.relative.endsWith('.js')) continue;
    const code = readFileSync(asset.file, 'utf8');
    const url = asset.url;
    for (const [, next] of code.matchAll(/(?:^|[^\w.$])(?:import|from)\s*\(?\s*["'`]([^"'`]+\.(?:js|css))["'`]/g)) queue.push([url, next]);
    // Vite's preload map lists what a dynamic import loads with it (its chunks and stylesheets), from the base:
    // "_astro/QuestionView.css". A stylesheet only named there would otherwise be missed, and missing offline.
    for (const [, next] of code.matchAll(/["'`](_astro\/[^"'`]+\.(?:js|css))["'`]/g)) queue.push([url, `${base}${next}`]);
  }
  return found;
}
