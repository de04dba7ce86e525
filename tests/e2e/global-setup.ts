import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/index.html is missing: run "npm run build" before the browser tests`);
  const server = await serveStatic({ root, base: process.env.BASE_PATH ?? '/' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
