// A small static file server for the built site: used by the browser tests and the audit, so they run against
// exactly what a static host would serve (no dev server, no rewrites beyond index.html and 404.html), gzipped
// as static hosts serve text, so the audit weighs what a reader downloads.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;

function fileAt(path) {
  try {
    const stat = statSync(path);
    if (stat.isFile()) return path;
    if (stat.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

// Each file is compressed once per version of it (its path, size and time): the browser tests load the same
// scripts and fonts hundreds of times, and compressing them again each time was work the tests waited for.
const gzipped = new Map();
function gzippedBody(file) {
  const { size, mtimeMs } = statSync(file);
  const version = `${size}:${mtimeMs}`;
  const cached = gzipped.get(file);
  if (cached?.version === version) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { version, body });
  return body;
}

/** Serves `root` under `base` (e.g. "/" or "/aip-c01/") on 127.0.0.1; resolves to { url, close }. */
export function serveStatic({ root, base = '/', port = 0 }) {
  const rootDir = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not under base');
      return;
    }
    pathname = pathname.slice(base.length - 1);
    const target = normalize(join(rootDir, pathname));
    if (!target.startsWith(rootDir)) {
      response.writeHead(403).end();
      return;
    }
    const file = fileAt(target);
    if (!file) {
      const notFound = fileAt(join(rootDir, '404.html'));
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('<!doctype html><title>404</title><h1>404</h1>');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    if (gzip) response.end(gzippedBody(file));
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}${base}`,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

// `node scripts/static-server.mjs [dir] [port] [base]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root, port: Number(port), base });
  console.log(`serving ${root} at ${url}`);
}
