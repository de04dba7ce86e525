// `npm run export -- --format gift|moodle-xml|qti3 --lang vi|en --out DIR [--root DIR]`: writes the question bank
// for a learning platform. Refuses, listing the problems, when a question or case file does not pass its schema or
// still holds a TODO placeholder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCourse } from '../src/authoring/check/course';
import { todoWarnings } from '../src/authoring/check/bank';
import { loadBank } from '../src/authoring/check/index';
import { COURSE_PATH } from '../src/authoring/content-paths';
import { readContentTree } from '../src/authoring/content-tree';
import { EXPORT_FORMATS, exportBank, type ExportFormat } from '../src/authoring/export/index';
import { formatProblem } from '../src/authoring/problems';
import { LOCALES, type Locale } from '../src/core/locale';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} --lang ${LOCALES.join('|')} --out DIR`;

function main(): string {
  const { values } = parseArgs({
    options: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, root: { type: 'string', default: '.' } },
  });
  const format = values.format as ExportFormat;
  const lang = values.lang as Locale;
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`--format ${JSON.stringify(values.format)} is not one of ${EXPORT_FORMATS.join(', ')}\n${USAGE}`);
  if (!LOCALES.includes(lang)) throw new Error(`--lang ${JSON.stringify(values.lang)} is not one of ${LOCALES.join(', ')}\n${USAGE}`);
  if (!values.out) throw new Error(`--out is missing\n${USAGE}`);

  const here = process.env.INIT_CWD ?? process.cwd();
  const tree = readContentTree(resolve(here, values.root));
  if (!tree.course) throw new Error(`${COURSE_PATH} is missing under ${values.root}: the export names its file and categories from it`);
  const bank = loadBank(tree);
  const { course, problems } = checkCourse(tree.course, null);
  // A placeholder is only a warning while writing, but never goes out to learners.
  const placeholders = [...bank.questions, ...bank.cases].flatMap(({ source }) => todoWarnings(source));
  const blocking = [...problems, ...bank.problems, ...placeholders];
  if (blocking.length || !course) throw new Error(`fix these first (npm run check:content):\n${blocking.map(formatProblem).join('\n')}`);
  const out = resolve(here, values.out);
  const file = exportBank(format, { course, questions: bank.questions.map(({ data }) => data), cases: bank.cases.map(({ data }) => data) }, lang);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, file.name), file.content);
  return `${relative(here, join(out, file.name)) || file.name}: ${bank.questions.length} questions`;
}

try {
  process.stdout.write(`${main()}\n`);
} catch (error) {
  process.stderr.write(`export: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
