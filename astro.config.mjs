// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The theme script is inlined (no extra request before first paint); the CSP allows it by its hash.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

// COURSE_ROOT builds another course (a folder with its own content/): pages name the course from its course.json.
const courseRoot = process.env.COURSE_ROOT;
const courseAlias = courseRoot ? [{ find: /^(\.\.\/)+content\/course\.json$/, replacement: resolve(courseRoot, 'content/course.json') }] : [];

// BASE_PATH lets the same build run under a sub-path (a GitHub Pages project site, say).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://aip-c01.example.org',
  base,
  // Fonts stay files: inlined into the stylesheet they would block first paint and could not be preloaded.
  vite: { build: { modulePreload: false, assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) }, resolve: { alias: courseAlias } },
  trailingSlash: 'always',
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    // Rewrite, not redirect: redirect fallbacks are meta-refresh stubs, useless offline.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false, fallbackType: 'rewrite' },
  },
  integrations: [svelte(), mdx()],
  markdown: { syntaxHighlight: 'prism' },
  build: { inlineStylesheets: 'never' },
  security: {
    // Hashes for Astro's own scripts and styles; everything else only from this origin, nothing third-party.
    csp: {
      scriptDirective: { hashes: [themeInitHash] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
