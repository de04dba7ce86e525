import { defineConfig } from 'vitest/config';
import LongestFirst from './sequencer';

// Browser tests: real Chromium against built sites, each served by scripts/static-server.mjs (global-setup.ts), as
// three projects in one run so that the two cores stay busy from the first file to the last:
// - site: every test against the site in E2E_DIST (default dist/);
// - sub-path: the offline tests against the same site built under /aip-c01/ (E2E_SUBPATH_DIST, dist-subpath/);
// - fixture-course: tests/e2e/course/ against the fixture course's build (E2E_FIXTURE_DIST, dist-fixture/).
// `--project site` runs one of them; scripts/test-all.mjs builds all three first.
const site = (name: string, include: string[], env: { E2E_DIST: string; BASE_PATH: string }) => ({
  extends: true as const,
  test: { name, include, env, globalSetup: ['tests/e2e/global-setup.ts'] },
});

export default defineConfig({
  test: {
    projects: [
      site('site', ['tests/e2e/*.test.ts'], { E2E_DIST: process.env.E2E_DIST ?? 'dist', BASE_PATH: '/' }),
      site('sub-path', ['tests/e2e/offline.test.ts'], { E2E_DIST: process.env.E2E_SUBPATH_DIST ?? 'dist-subpath', BASE_PATH: '/aip-c01/' }),
      site('fixture-course', ['tests/e2e/course/**/*.test.ts'], { E2E_DIST: process.env.E2E_FIXTURE_DIST ?? 'dist-fixture', BASE_PATH: '/' }),
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser per file; files share the two cores of these machines, the longest first.
    fileParallelism: true,
    sequence: { sequencer: LongestFirst },
    maxWorkers: 2,
    // Two browsers on two cores: a page can take seconds to settle, so polls wait longer than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
  },
});
