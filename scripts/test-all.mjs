// `npm test`: every test on a fresh machine. Finds Chromium (installing Debian's on a root Debian machine),
// type-checks, runs the unit tests, builds the site and runs the browser tests against the build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findChromium() {
  const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  if (debian && root) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get)...");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    `No Chromium at ${candidate}. The browser tests drive a system Chromium and never download one.\n` +
      (debian ? 'Install it as root: apt-get install chromium\n' : 'Install Chromium with your package manager,\n') +
      'or point CHROME_PATH at an existing Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}

const totals = { passed: 0, failed: 0 };
const reports = mkdtempSync(join(tmpdir(), 'aip-tests-'));

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
    console.log(`\ntests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(result.status || 1);
  }
}

function vitest(name, args, env = {}) {
  const output = join(reports, `${name}.json`);
  step(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], env);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  if (report.numTotalTests === 0) {
    console.error(`✗ ${name} ran no test`);
    process.exit(1);
  }
}

const chromium = findChromium();
step('format', 'npm', ['run', '--silent', 'format:check']);
step('type check', 'npx', ['astro', 'check', '--minimumFailingSeverity', 'warning']);
// astro check reads .astro and .ts files; the Svelte components need their own checker.
step('type check of Svelte components', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
vitest('unit', ['--coverage']);
step('build', 'npm', ['run', 'build']);
// The same site under a sub-path (as a GitHub Pages project site): links, assets, worker scope and manifest follow.
const subPath = { BASE_PATH: '/aip-c01/' };
step('sub-path build', 'npx', ['astro', 'build', '--outDir', 'dist-subpath'], subPath);
step('sub-path service worker', 'node', ['scripts/build-sw.mjs', 'dist-subpath'], subPath);
// A course of two tasks from a fixture folder (COURSE_ROOT): course, skills and questions come from its content.
const fixtureCourse = { COURSE_ROOT: 'tests/fixtures/two-task-course' };
step('fixture course build', 'npx', ['astro', 'build', '--outDir', 'dist-fixture'], fixtureCourse);
step('fixture course service worker', 'node', ['scripts/build-sw.mjs', 'dist-fixture'], fixtureCourse);
// The three builds' browser tests in one run (the projects of tests/e2e/vitest.config.ts).
vitest('browser', ['--config', 'tests/e2e/vitest.config.ts'], { CHROME_PATH: chromium });
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
