// Gzipped bytes of the JavaScript and CSS one built page loads before any interaction: inline scripts, module
// scripts, island components and renderers, and every module they import statically, each file counted once.
// Dynamic imports (code loaded on first use, such as the search dialog) are not counted, and islands hydrated
// `client:visible` (a simulator panel further down a lesson) are counted apart, as `deferredJs`. Fonts are every
// woff2 the page's stylesheets name (an upper bound: a browser fetches only the faces the page uses); `total` adds
// the gzipped HTML, the eager JS, the CSS and the fonts: what a first visit transfers.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveAsset } from './page-assets.mjs';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;

export function pageWeight(dist, htmlFile, base = '/') {
  const html = readFileSync(htmlFile, 'utf8');
  const pageUrl = `${base}${htmlFile.slice(dist.length + 1).replace(/index\.html$/, '')}`;
  let js = 0;
  let css = 0;
  const seen = new Set();
  const files = [];

  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    if (body.trim()) js += gz(body);
  }
  const follow = (queue) => {
    let bytes = 0;
    while (queue.length) {
      const [from, spec] = queue.shift();
      const asset = resolveAsset(dist, base, from, spec);
      if (!asset || seen.has(asset.file)) continue;
      seen.add(asset.file);
      const code = readFileSync(asset.file, 'utf8');
      bytes += gz(code);
      files.push(asset.url);
      for (const [, next] of code.matchAll(/(?:^|[^\w.$])(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g)) queue.push([asset.url, next]);
    }
    return bytes;
  };
  const eager = [];
  const deferred = [];
  for (const [, spec] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) eager.push([pageUrl, spec]);
  for (const [island] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const target = /\bclient="visible"/.test(island) ? deferred : eager;
    for (const [, spec] of island.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) target.push([pageUrl, spec]);
  }
  js += follow(eager);
  const deferredJs = follow(deferred);
  let fonts = 0;
  const countFonts = (from, text) => {
    for (const [, spec] of text.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)) {
      const font = resolveAsset(dist, base, from, spec);
      if (font && !seen.has(font.file)) {
        seen.add(font.file);
        fonts += statSync(font.file).size;
      }
    }
  };
  for (const [, spec] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const asset = resolveAsset(dist, base, pageUrl, spec);
    if (asset && !seen.has(asset.file)) {
      seen.add(asset.file);
      const text = readFileSync(asset.file, 'utf8');
      css += gz(text);
      countFonts(asset.url, text);
    }
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    css += gz(body);
    countFonts(pageUrl, body);
  }
  const total = gz(html) + js + css + fonts;
  return { js, deferredJs, css, fonts, total, files };
}

// `node scripts/page-weight.mjs dist vi/lessons/task-2-2/ ...` prints a table.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', ...pages] = process.argv.slice(2);
  for (const page of pages) {
    const { js, deferredJs, css, fonts, total, files } = pageWeight(dist, join(dist, page, 'index.html'));
    console.log(
      `${page.padEnd(40)} js ${String(js).padStart(7)} B gz   deferred js ${String(deferredJs).padStart(7)} B gz   css ${String(css).padStart(6)} B gz   fonts ${String(fonts).padStart(6)} B   total ${String(total).padStart(7)} B   ${files.length} js files`,
    );
  }
}
