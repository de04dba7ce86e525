// Runs the real CLI (scripts/sim.ts through tsx) on files, as `npm run --silent sim -- FILE.json` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultJson, runScenario } from '../../../src/core/evaluate';
import { shippedPrices } from '../../../src/core/shipped-data';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURE = join(ROOT, 'tests/fixtures/scenarios/all-sections.json');
const directory = mkdtempSync(join(tmpdir(), 'sim-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function sim(...args: string[]) {
  const run = spawnSync(TSX, ['scripts/sim.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // tsx's shebang finds `node` on PATH: make it the Node that runs the tests (22), not the system one.
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, INIT_CWD: ROOT },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run sim', () => {
  it('prints the result of a good scenario as JSON, and nothing on stderr', () => {
    const { status, stdout, stderr } = sim(FIXTURE);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const run = runScenario(JSON.parse(readFileSync(FIXTURE, 'utf8')), shippedPrices);
    if (!run.ok) throw new Error('the fixture should be valid');
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(resultJson(run.result, 'en'))));
  }, 20_000);

  it.each([
    [
      'values outside their rules, every one reported',
      file(
        'bad-values.json',
        '{"workload":{"requestsPerDay":-5,"inputTokens":"abc","outputTokens":1e400,"hourlyWeights":"steady","burstFactor":15},"model":"gpt-4"}',
      ),
      [
        'workload.requestsPerDay: -5 is not allowed (must be between 0 and 10,000,000,000)',
        'workload.inputTokens: "abc" is not allowed (must be between 0 and 10,000,000)',
        'workload.outputTokens: Infinity is not allowed (must be between 0 and 10,000,000)',
        'workload.burstFactor: 15 is not allowed (must be between 1 and 12)',
        'model: "gpt-4" is not allowed (must be the id of a model in the price data: claude-haiku-4-5,',
      ],
    ],
    ['a file that is not JSON', file('bad.json', '{"workload": '), ['bad.json: not valid JSON (']],
    ['a file that does not exist', join(directory, 'missing.json'), ['missing.json: cannot read the file (ENOENT)']],
  ])(
    'refuses %s: exit 1, messages on stderr, nothing on stdout',
    (_, path, messages) => {
      const { status, stdout, stderr } = sim(path);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      for (const message of messages) expect(stderr).toContain(message);
    },
    20_000,
  );

  it('explains its usage when no file is given', () => {
    expect(sim()).toEqual({ status: 1, stdout: '', stderr: 'usage: npm run --silent sim -- FILE.json\n' });
  }, 20_000);
});
