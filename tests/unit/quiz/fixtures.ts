/** Small valid question and case files, one per type, built fresh for each test so tests can mutate them. */
import type { StoredCard } from '../../../src/core/quiz/progress';
import { questionSchema, type Question, type QuestionOf } from '../../../src/schemas/question';

const block = (lang: string) => ({ scenario: '', prompt: `${lang} prompt`, explanation: `${lang} explanation` });

const option = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  ...fields,
  vi: { text: `vi ${id}`, feedback: `vi feedback ${id}` },
  en: { text: `en ${id}`, feedback: `en feedback ${id}` },
});

const common = (id: string) => ({
  id,
  skill: '2.2.1',
  difficulty: 2,
  tags: ['cost'],
  references: ['task-2-2/skill-2-2-1#khi-nao-chon-on-demand'],
  provenance: { source: 'Lesson 2.2.1', verified: '2026-11-29' },
  vi: block('vi'),
  en: block('en'),
});

/** Raw files as YAML would give them: plain objects typed loosely so a test can break any field. */
export type RawFile = Record<string, any>;

export const rawSingle = (): RawFile => ({
  ...common('q-single'),
  type: 'single',
  options: [option('a', { correct: true }), option('b', { correct: false, misconception: 'mistake-b' }), option('c', { misconception: 'mistake-c' })],
});

export const rawMultiple = (): RawFile => ({
  ...common('q-multiple'),
  type: 'multiple',
  options: [
    option('a', { correct: true }),
    option('b', { correct: true }),
    option('c', { misconception: 'mistake-c' }),
    option('d', { misconception: 'mistake-d', fixed: true }),
  ],
  select: 2,
});

export const rawOrdering = (): RawFile => ({
  ...common('q-ordering'),
  type: 'ordering',
  options: [option('a'), option('b'), option('c')],
  order: ['c', 'a', 'b'],
});

export const rawMatching = (): RawFile => ({
  ...common('q-matching'),
  type: 'matching',
  items: [
    { id: 'p1', vi: { text: 'vi p1' }, en: { text: 'en p1' } },
    { id: 'p2', vi: { text: 'vi p2' }, en: { text: 'en p2' } },
  ],
  options: [option('a'), option('b'), option('c')],
  pairs: { p1: 'b', p2: 'a' },
});

export const rawVerify = () => ({
  scenario: { workload: { requestsPerDay: 1000 } },
  path: 'recommendation.option',
  equals: 'onDemand',
  answer: 'a',
});

export const rawCase = (): RawFile => ({
  id: 'case-shop',
  title: { vi: 'Cửa hàng', en: 'A shop' },
  vi: { scenario: 'Tình huống' },
  en: { scenario: 'The situation' },
});

export const parseQuestion = (raw: RawFile): Question => questionSchema.parse(raw);

export const single = () => parseQuestion(rawSingle()) as QuestionOf<'single'>;
export const multiple = () => parseQuestion(rawMultiple()) as QuestionOf<'multiple'>;
export const ordering = () => parseQuestion(rawOrdering()) as QuestionOf<'ordering'>;
export const matching = () => parseQuestion(rawMatching()) as QuestionOf<'matching'>;

/** A card in review, due at `due`: what the scheduler leaves after a few right answers. */
export const dueCard = (due: string): StoredCard => ({
  due,
  stability: 2,
  difficulty: 5,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 'Review',
});
