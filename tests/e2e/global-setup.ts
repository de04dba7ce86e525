import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// Each project of vitest.config.ts serves its own build: its `env` names the folder and the base path.
export default async function setup(project: TestProject) {
  const { E2E_DIST: root = 'dist', BASE_PATH: base = '/' } = project.config.env ?? {};
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root}/index.html is missing: build it first (npm test builds every site; "--project site" runs only the site's tests)`);
  const server = await serveStatic({ root, base });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
