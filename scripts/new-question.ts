// `npm run new:question -- --skill 1.4.2 --type multiple [--id q142-my-topic]`: writes a question skeleton to
// content/questions/<skill>/<id>.yaml, never over an existing file, and prints its path. The skill must be one
// that a lesson under the root defines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultQuestionId, questionSkeleton } from '../src/authoring/skeleton';
import { readContentTree } from '../src/authoring/content-tree';
import { checkLessons } from '../src/authoring/check/lessons';
import { courseSkills } from '../src/lessons/course-skills';
import { QUESTION_TYPES, kebabCase, type QuestionType } from '../src/schemas/question';

const USAGE = `usage: npm run new:question -- --skill CODE --type ${QUESTION_TYPES.join('|')} [--id q142-my-topic] [--root DIR]`;

function main(): string {
  const { values } = parseArgs({
    options: { skill: { type: 'string' }, type: { type: 'string' }, id: { type: 'string' }, root: { type: 'string', default: '.' } },
  });
  const root = resolve(process.env.INIT_CWD ?? process.cwd(), values.root);
  const skills = courseSkills(checkLessons(readContentTree(root).lessons).pages);
  const skill = skills.find(({ code }) => code === values.skill);
  const type = values.type as QuestionType;
  if (!skill)
    throw new Error(`--skill ${JSON.stringify(values.skill)} is not one the lessons define (${skills.map(({ code }) => code).join(', ') || 'none'})\n${USAGE}`);
  if (!QUESTION_TYPES.includes(type)) throw new Error(`--type ${JSON.stringify(values.type)} is not one of ${QUESTION_TYPES.join(', ')}\n${USAGE}`);
  const id = values.id ?? defaultQuestionId(skill.code, type);
  const idCheck = kebabCase('--id').safeParse(id);
  if (!idCheck.success) throw new Error(idCheck.error.issues[0]?.message ?? 'bad --id');

  const path = join(root, 'content/questions', skill.code, `${id}.yaml`);
  mkdirSync(dirname(path), { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  try {
    writeFileSync(path, questionSkeleton({ id, skill: skill.code, lessonPath: skill.path, type, today }), { flag: 'wx' });
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
