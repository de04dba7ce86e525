// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';

// BASE_PATH lets the same build run under a sub-path (a GitHub Pages project site, say).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://aip-c01.example.org',
  base,
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
