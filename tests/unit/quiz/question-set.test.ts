import { describe, expect, it } from 'vitest';
import { filterQuestions, type QuestionSetFilters } from '../../../src/core/quiz/question-set';
import type { Question } from '../../../src/schemas/question';
import { matching, multiple, ordering, single } from './fixtures';

const withText = (question: Question, vi: string, en: string, scenario = ''): Question => ({
  ...question,
  vi: { ...question.vi, prompt: vi, scenario },
  en: { ...question.en, prompt: en },
});

const bank: Question[] = [
  { ...withText(single(), 'Chọn thông lượng dự phòng?', 'Choose provisioned throughput?'), id: 'q-one', skill: '2.2.1', difficulty: 1, tags: ['cost'] },
  { ...withText(multiple(), 'Hai cách giảm độ trễ', 'Two ways to cut latency'), id: 'q-two', skill: '2.2.2', difficulty: 2, tags: ['latency', 'cost'] },
  {
    ...withText(ordering(), 'Thứ tự triển khai', 'Deployment order', 'Đội ngũ dùng SageMaker'),
    id: 'q-three',
    skill: '2.2.3',
    difficulty: 3,
    tags: ['sagemaker'],
  },
  { ...withText(matching(), 'Ghép mô hình', 'Match the models'), id: 'q-four', skill: '2.2.1', difficulty: 2, tags: ['bedrock'] },
];

const NONE: QuestionSetFilters = { skills: [], types: [], tags: [], difficulties: [], search: '' };
const ids = (filters: Partial<QuestionSetFilters>) => filterQuestions(bank, { ...NONE, ...filters }).map((question) => question.id);

describe('filterQuestions', () => {
  it.each<[string, Partial<QuestionSetFilters>, string[]]>([
    ['nothing chosen: the whole bank, in bank order', {}, ['q-one', 'q-two', 'q-three', 'q-four']],
    ['one skill', { skills: ['2.2.1'] }, ['q-one', 'q-four']],
    ['two skills: either', { skills: ['2.2.2', '2.2.3'] }, ['q-two', 'q-three']],
    ['a type', { types: ['ordering'] }, ['q-three']],
    ['skill and type: both', { skills: ['2.2.1'], types: ['single'] }, ['q-one']],
    ['a tag any question of several carries', { tags: ['cost'] }, ['q-one', 'q-two']],
    ['two tags: either', { tags: ['sagemaker', 'bedrock'] }, ['q-three', 'q-four']],
    ['difficulties', { difficulties: [1, 3] }, ['q-one', 'q-three']],
    ['a search without accents finds the Vietnamese prompt', { search: 'thong luong' }, ['q-one']],
    ['a search with accents and capitals', { search: 'THÔNG LƯỢNG' }, ['q-one']],
    ['a search in English', { search: 'latency' }, ['q-two']],
    ['every word must occur, anywhere', { search: 'cut two' }, ['q-two']],
    ['one word missing: no match', { search: 'cut three' }, []],
    ['the scenario is searched', { search: 'sagemaker doi ngu' }, ['q-three']],
    ['the id is searched', { search: 'q-four' }, ['q-four']],
    ['the tags are searched', { search: 'bedrock' }, ['q-four']],
    ['blank search: no filter', { search: '   ' }, ['q-one', 'q-two', 'q-three', 'q-four']],
    ['filters and search together', { skills: ['2.2.1'], search: 'match' }, ['q-four']],
    ['no question passes', { skills: ['2.2.2'], types: ['matching'] }, []],
  ])('%s', (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});
