// `npm run new:question -- --skill 2.2.1 --type multiple [--id q221-my-topic]`: writes a question skeleton to
// content/questions/<skill>/<id>.yaml, never over an existing file, and prints its path.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultQuestionId, questionSkeleton } from '../src/authoring/skeleton';
import { QUESTION_TYPES, SKILLS, kebabCase, type QuestionType, type Skill } from '../src/schemas/question';

const USAGE = `usage: npm run new:question -- --skill ${SKILLS.join('|')} --type ${QUESTION_TYPES.join('|')} [--id q221-my-topic] [--root DIR]`;

function main(): string {
  const { values } = parseArgs({
    options: { skill: { type: 'string' }, type: { type: 'string' }, id: { type: 'string' }, root: { type: 'string', default: '.' } },
  });
  const skill = values.skill as Skill;
  const type = values.type as QuestionType;
  if (!SKILLS.includes(skill)) throw new Error(`--skill ${JSON.stringify(values.skill)} is not one of ${SKILLS.join(', ')}\n${USAGE}`);
  if (!QUESTION_TYPES.includes(type)) throw new Error(`--type ${JSON.stringify(values.type)} is not one of ${QUESTION_TYPES.join(', ')}\n${USAGE}`);
  const id = values.id ?? defaultQuestionId(skill, type);
  const idCheck = kebabCase('--id').safeParse(id);
  if (!idCheck.success) throw new Error(idCheck.error.issues[0]?.message ?? 'bad --id');

  const root = resolve(process.env.INIT_CWD ?? process.cwd(), values.root);
  const path = join(root, 'content/questions', skill, `${id}.yaml`);
  mkdirSync(dirname(path), { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  try {
    writeFileSync(path, questionSkeleton({ id, skill, type, today }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${relative(root, path)} already exists; choose another --id`);
    throw error;
  }
  return relative(root, path);
}

try {
  process.stdout.write(`${main()}\n`);
} catch (error) {
  process.stderr.write(`new:question: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
