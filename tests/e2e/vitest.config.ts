import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site in dist/, served by scripts/static-server.mjs.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser per file; files share the two cores of these machines.
    fileParallelism: true,
    maxWorkers: 2,
    // Two browsers on two cores: a page can take seconds to settle, so polls wait longer than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
  },
});
