// `npm run --silent sim -- FILE.json`: evaluates one scenario (docs/simulator-model.md section 10) and prints the
// result as JSON on stdout. Bad input: messages on stderr, nothing on stdout, exit code 1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resultJson, runScenario } from '../src/core/evaluate';
import { formatValidationError } from '../src/core/validation-text';
import { shippedPrices } from '../src/core/shipped-data';

function main(args: string[]): { stdout: string } | { stderr: string[] } {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) return { stderr: ['usage: npm run --silent sim -- FILE.json'] };
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { stderr: [`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`] };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { stderr: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const run = runScenario(input, shippedPrices);
  if (!run.ok) return { stderr: run.errors.map((error) => formatValidationError(error, 'en')) };
  return { stdout: JSON.stringify(resultJson(run.result, 'en'), null, 2) };
}

const outcome = main(process.argv.slice(2));
if ('stdout' in outcome) {
  process.stdout.write(`${outcome.stdout}\n`);
} else {
  process.stderr.write(`${outcome.stderr.join('\n')}\n`);
  process.exitCode = 1;
}
