/** The real question bank, loaded the way the scripts load it. */
import { checkCourse } from '../../../src/authoring/check/course';
import { loadBank } from '../../../src/authoring/check/index';
import { readContentTree } from '../../../src/authoring/content-tree';
import { projectRoot } from './cli';

const tree = readContentTree(projectRoot);
const bank = loadBank(tree);
export const questions = bank.questions.map(({ data }) => data);
export const cases = bank.cases.map(({ data }) => data);

const course = tree.course ? checkCourse(tree.course, null).course : undefined;
if (!course) throw new Error('content/course.json is missing or invalid');
/** The bank as the exporters take it. */
export const exportSet = { course, questions, cases };
