// `npm run check:content [-- --root DIR]`: checks lessons, questions, cases, price data and the glossary
// without building the site. Prints `file:line: field: problem`; exits 1 on any error (warnings do not fail).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, loadBank } from '../src/authoring/check/index';
import { bankTestWise } from '../src/authoring/check/item-writing';
import { formatTestWiseTable } from '../src/core/quiz/item-lint';
import { evaluateLikeCli } from '../src/authoring/check/simulator';
import { readContentTree } from '../src/authoring/content-tree';
import { formatProblem } from '../src/authoring/problems';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = resolve(process.env.INIT_CWD ?? process.cwd(), values.root);
const tree = readContentTree(root);
const problems = checkContent(tree, evaluateLikeCli);
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;

for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
const bank = loadBank(tree);
if (bank.questions.length) {
  const report = bankTestWise(
    bank.questions,
    bank.cases.map(({ data }) => data),
  );
  process.stdout.write(`\nA test-wise guesser with no AWS knowledge, per cue (mean chance of full credit):\n${formatTestWiseTable(report)}\n\n`);
}
const checked = `${tree.questions.length} question, ${tree.cases.length} case and ${tree.lessons.length} lesson files`;
process.stdout.write(`check:content: ${checked}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
process.exitCode = errors > 0 ? 1 : 0;
