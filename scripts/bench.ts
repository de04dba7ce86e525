// `npm run bench`: how long one full evaluation (every section) and one routing decision take.
// The simulator recomputes on every keystroke, so an evaluation must stay well under 1 ms.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import queries from '../content/router/queries.json' with { type: 'json' };
import { evaluateScenario, runScenario } from '../src/core/evaluate';
import { route } from '../src/core/router';
import { parseScenario } from '../src/core/scenario';
import { shippedPrices } from '../src/core/shipped-data';

const WARM_UP = 2000;
const ITERATIONS = 20_000;
const ROUTER_QUERIES = 10_000;

/** Runs `task` once per iteration and returns each duration in microseconds, sorted. */
function time(iterations: number, task: (iteration: number) => void): number[] {
  for (let i = 0; i < WARM_UP; i++) task(i);
  const durations = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    task(i);
    durations[i] = (performance.now() - start) * 1000;
  }
  return Array.from(durations).sort((a, b) => a - b);
}

function report(label: string, durations: number[]): void {
  const at = (quantile: number) => durations[Math.min(durations.length - 1, Math.floor(quantile * durations.length))] ?? 0;
  const mean = durations.reduce((sum, duration) => sum + duration, 0) / durations.length;
  const total = mean * durations.length;
  console.log(
    `${label.padEnd(46)} n=${String(durations.length).padStart(6)}  mean ${mean.toFixed(2).padStart(7)} µs  ` +
      `p50 ${at(0.5).toFixed(2).padStart(7)} µs  p95 ${at(0.95).toFixed(2).padStart(7)} µs  total ${(total / 1000).toFixed(1)} ms`,
  );
}

const prices = shippedPrices;
const input: unknown = JSON.parse(readFileSync(new URL('../tests/fixtures/scenarios/all-sections.json', import.meta.url), 'utf8'));
const parsed = parseScenario(input, prices);
if (!parsed.ok) throw new Error('tests/fixtures/scenarios/all-sections.json should be a valid scenario');
const { scenario } = parsed;

// Keep a result alive so the engine cannot drop the work.
let sink = 0;
report(
  'evaluateScenario (all sections)',
  time(ITERATIONS, () => {
    sink += evaluateScenario(scenario, prices).onDemand.monthly;
  }),
);
report(
  'runScenario (parse + evaluate, per keystroke)',
  time(ITERATIONS, () => {
    const run = runScenario(input, prices);
    if (run.ok) sink += run.result.onDemand.monthly;
  }),
);
report(
  `route (${queries.length} sample queries, cycled)`,
  time(ROUTER_QUERIES, (i) => {
    const query = queries[i % queries.length];
    if (query) sink += route(query.text, query.lang === 'vi' ? 'vi' : 'en').tier === 'small' ? 1 : 0;
  }),
);
if (!Number.isFinite(sink)) throw new Error('unreachable: keeps the benchmark honest');
