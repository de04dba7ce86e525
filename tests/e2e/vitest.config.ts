import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site in dist/, served by scripts/static-server.mjs.
// E2E_COURSE runs the tests of tests/e2e/course/ instead, against the fixture course's build (E2E_DIST).
export default defineConfig({
  test: {
    include: process.env.E2E_COURSE ? ['tests/e2e/course/**/*.test.ts'] : ['tests/e2e/*.test.ts'],
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
