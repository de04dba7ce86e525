/** The real question bank, loaded the way the scripts load it. */
import { loadBank } from '../../../src/authoring/check/index';
import { readContentTree } from '../../../src/authoring/content-tree';
import { projectRoot } from './cli';

const bank = loadBank(readContentTree(projectRoot));
export const questions = bank.questions.map(({ data }) => data);
export const cases = bank.cases.map(({ data }) => data);
