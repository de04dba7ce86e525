// Gzipped bytes of the JavaScript and CSS one built page loads before any interaction: inline scripts, module
// scripts, island components and renderers, and every module they import statically, each file counted once.
// Dynamic imports (code loaded on first use, such as the search dialog) are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;

function resolveAsset(dist, base, fromUrl, spec) {
  const url = spec.startsWith('/') ? spec : posix.join(posix.dirname(fromUrl), spec);
  const relative = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const file = join(dist, relative);
  return existsSync(file) ? { url, file } : undefined;
}

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
  const queue = [];
  for (const [, spec] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) queue.push([pageUrl, spec]);
  for (const [, spec] of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) queue.push([pageUrl, spec]);
  while (queue.length) {
    const [from, spec] = queue.shift();
    const asset = resolveAsset(dist, base, from, spec);
    if (!asset || seen.has(asset.file)) continue;
    seen.add(asset.file);
    const code = readFileSync(asset.file, 'utf8');
    js += gz(code);
    files.push(asset.url);
    for (const [, next] of code.matchAll(/(?:^|[^\w.$])(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g)) queue.push([asset.url, next]);
  }
  for (const [, spec] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const asset = resolveAsset(dist, base, pageUrl, spec);
    if (asset && !seen.has(asset.file)) {
      seen.add(asset.file);
      css += gz(readFileSync(asset.file, 'utf8'));
    }
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(body);
  return { js, css, files };
}

// `node scripts/page-weight.mjs dist vi/lessons/task-2-2/ ...` prints a table.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', ...pages] = process.argv.slice(2);
  for (const page of pages) {
    const { js, css, files } = pageWeight(dist, join(dist, page, 'index.html'));
    console.log(`${page.padEnd(40)} js ${String(js).padStart(7)} B gz   css ${String(css).padStart(6)} B gz   ${files.length} js files`);
  }
}
