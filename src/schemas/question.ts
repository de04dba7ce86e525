/**
 * The question file format of docs/authoring.md as zod schemas. Shared by Astro's content collections
 * and the command-line content checker, so this module imports nothing from Astro.
 *
 * Every rule says what it found and what it expects: an author reading one issue should know the fix.
 */
import { z } from './zod';
import { KEBAB_CASE, show } from './describe';
import { OPTION_IDS, QUESTION_TYPES, SKILL_CODE, type QuestionType } from './question-kinds';

export { show };

export { OPTION_IDS, QUESTION_TYPES, SKILL_CODE, type QuestionType, type Skill } from './question-kinds';

/** "chapter/page#anchor": a lesson page path below /<lang>/lessons/, optionally with an anchor of that page. */
export const SECTION_REFERENCE = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*(?:#[a-z0-9-]+)?$/;

const list = (values: readonly unknown[]): string => (values.length ? values.map(show).join(', ') : 'none');

export const kebabCase = (field: string) =>
  z.string().regex(KEBAB_CASE, {
    error: (issue) => `${field} ${show(issue.input)} is not kebab-case (lower-case a-z and 0-9 joined by single hyphens)`,
  });

export const nonEmptyText = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is missing` : `${field} ${show(issue.input)} is not text`) })
    .refine((text) => text.trim() !== '', `${field} is empty; both vi and en need the text`);

/**
 * Refuses unknown keys by name and says where each belongs (most are a field of another question type);
 * also names a missing block, which zod would report only as "expected object".
 */
export const noUnknownKeys = (where: string) => ({
  error: (issue: z.core.$ZodRawIssue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${where} is missing`;
    if (issue.code !== 'unrecognized_keys') return undefined;
    const keys = issue.keys as string[];
    const hints = keys.flatMap((key) => (Object.hasOwn(KEY_BELONGS_TO, key) ? [`${key} belongs to ${KEY_BELONGS_TO[key]}`] : []));
    return `${keys.map(show).join(', ')} not allowed in ${where}${hints.length ? ` (${hints.join('; ')})` : ''}`;
  },
});

const KEY_BELONGS_TO: Record<string, string> = {
  correct: 'options of single and multiple questions; ordering uses order, matching uses pairs',
  misconception: 'wrong options of single and multiple questions',
  select: 'multiple questions',
  order: 'ordering questions',
  items: 'matching questions',
  pairs: 'matching questions',
};

const optionId = z.enum(OPTION_IDS, {
  error: (issue) => `option id ${show(issue.input)} is not one of ${OPTION_IDS.join(', ')}`,
});

const notADay = (issue: { input?: unknown }) => `verified ${show(issue.input)} is not a date written YYYY-MM-DD`;

const isoDay = z.union(
  [
    z.iso.date({ error: notADay }),
    // js-yaml, which Astro uses, reads an unquoted 2026-11-29 as a Date; the `yaml` package keeps the string.
    z.date().transform((date) => date.toISOString().slice(0, 10)),
  ],
  { error: notADay },
);

const questionText = (lang: string) =>
  z.strictObject(
    {
      scenario: z.string({ error: () => `${lang}.scenario is missing; write "" when the question has none` }),
      prompt: nonEmptyText(`${lang}.prompt`),
      explanation: nonEmptyText(`${lang}.explanation`),
    },
    noUnknownKeys(`the ${lang} block`),
  );

const optionText = (lang: string) =>
  z.strictObject({ text: nonEmptyText(`${lang}.text`), feedback: nonEmptyText(`${lang}.feedback`) }, noUnknownKeys(`an option's ${lang} block`));

/** Options of single and multiple questions: each says whether it is correct. */
const choiceOption = z.strictObject(
  {
    id: optionId,
    correct: z.boolean().default(false),
    fixed: z.boolean().default(false),
    misconception: kebabCase('misconception').optional(),
    vi: optionText('vi'),
    en: optionText('en'),
  },
  noUnknownKeys('an option of a single or multiple question'),
);

/** Options of ordering questions (the items to order) and matching questions (the right-hand side). */
const plainOption = z.strictObject(
  { id: optionId, fixed: z.boolean().default(false), vi: optionText('vi'), en: optionText('en') },
  noUnknownKeys('an option of an ordering or matching question'),
);

const withUniqueIds = (what: string) => (entries: readonly { id: string }[], ctx: z.core.$RefinementCtx<readonly { id: string }[]>) => {
  const seen = new Set<string>();
  entries.forEach(({ id }, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${what} id ${show(id)} is used twice` });
    seen.add(id);
  });
};

const optionList = <T extends z.ZodType<{ id: string }>>(option: T) =>
  z
    .array(option)
    .min(2, { error: (issue) => `options has ${(issue.input as unknown[]).length}; a question needs 2 to 8` })
    .max(8, { error: (issue) => `options has ${(issue.input as unknown[]).length}; a question needs 2 to 8` })
    .superRefine(withUniqueIds('option'));

const matchingItem = z.strictObject(
  {
    id: kebabCase('item id'),
    vi: z.strictObject({ text: nonEmptyText('vi.text') }, noUnknownKeys("an item's vi block")),
    en: z.strictObject({ text: nonEmptyText('en.text') }, noUnknownKeys("an item's en block")),
  },
  noUnknownKeys('a matching item'),
);

export const VERIFY_COMPARISONS = ['equals', 'lessThan', 'greaterThan'] as const;

const verifySchema = z
  .strictObject(
    {
      scenario: z.record(z.string(), z.unknown()),
      path: z.string().regex(/^[^.\s]+(?:\.[^.\s]+)*$/, {
        error: (issue) => `verify.path ${show(issue.input)} is not a dotted path such as recommendation.option`,
      }),
      equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
      lessThan: z.number().optional(),
      greaterThan: z.number().optional(),
      answer: optionId,
    },
    noUnknownKeys('verify'),
  )
  .superRefine((verify, ctx) => {
    const comparisons = VERIFY_COMPARISONS.filter((key) => key in verify);
    if (comparisons.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `verify needs exactly one of ${VERIFY_COMPARISONS.join(', ')}; found ${list(comparisons)}`,
      });
  });

const commonFields = {
  id: kebabCase('id'),
  // Which skills exist is the lessons' business: the content check compares this with their `### Skill` headings.
  skill: z
    .string({ error: (issue) => `skill ${show(issue.input)} is not text; write the code in quotes, such as "1.4.2"` })
    .regex(SKILL_CODE, { error: (issue) => `skill ${show(issue.input)} is not a skill code (numbers joined by dots, such as "1.4.2")` }),
  case: kebabCase('case').optional(),
  difficulty: z.literal([1, 2, 3], { error: (issue) => `difficulty ${show(issue.input)} is not one of 1, 2, 3` }),
  tags: z.array(kebabCase('tag')).min(1, 'tags is empty; give at least one tag'),
  references: z
    .array(
      z.string().regex(SECTION_REFERENCE, {
        error: (issue) => `reference ${show(issue.input)} is not a lesson page path with an optional anchor, such as chapter/page#anchor`,
      }),
    )
    .min(1, 'references is empty; cite at least one lesson section'),
  provenance: z.strictObject(
    {
      source: nonEmptyText('provenance.source'),
      verified: isoDay,
      /** Why the question may name a model that was retired by `verified`: it teaches a past decision. */
      historical: nonEmptyText('provenance.historical').optional(),
    },
    noUnknownKeys('provenance'),
  ),
  vi: questionText('vi'),
  en: questionText('en'),
  verify: verifySchema.optional(),
};

type ChoiceOption = z.output<typeof choiceOption>;
type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

const addIssue = (ctx: Ctx, path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

const correctIds = (options: readonly ChoiceOption[]) => options.filter((option) => option.correct).map((option) => option.id);

function requireMisconceptions(options: readonly ChoiceOption[], ctx: Ctx): void {
  options.forEach((option, index) => {
    if (!option.correct && option.misconception === undefined)
      addIssue(ctx, ['options', index, 'misconception'], `option ${show(option.id)} is wrong, so it needs a misconception tag naming the mistake it catches`);
  });
}

function requireCorrectVerifyAnswer(question: { type: QuestionType; verify?: { answer: string } | undefined }, correct: readonly string[], ctx: Ctx): void {
  if (!question.verify || correct.includes(question.verify.answer)) return;
  const why = correct.length
    ? `correct options: ${list(correct)}`
    : `a ${question.type} question has no correct option; verify is for single and multiple questions`;
  addIssue(ctx, ['verify', 'answer'], `verify.answer ${show(question.verify.answer)} is not a correct option (${why})`);
}

const singleQuestion = z
  .strictObject({ ...commonFields, type: z.literal('single'), options: optionList(choiceOption) }, noUnknownKeys('a single question'))
  .superRefine((question, ctx) => {
    const correct = correctIds(question.options);
    if (correct.length !== 1) addIssue(ctx, ['options'], `a single question needs exactly one correct option; found ${correct.length} (${list(correct)})`);
    requireMisconceptions(question.options, ctx);
    requireCorrectVerifyAnswer(question, correct, ctx);
  });

const multipleQuestion = z
  .strictObject(
    {
      ...commonFields,
      type: z.literal('multiple'),
      options: optionList(choiceOption),
      select: z.int({ error: (issue) => `select ${show(issue.input)} is not a whole number` }),
    },
    noUnknownKeys('a multiple question'),
  )
  .superRefine((question, ctx) => {
    const { select, options } = question;
    const correct = correctIds(options);
    if (select < 2) addIssue(ctx, ['select'], `select ${select} is below 2; a multiple question asks for two or more options`);
    if (select >= options.length) addIssue(ctx, ['select'], `select ${select} must be fewer than the ${options.length} options, or there is nothing to choose`);
    if (select !== correct.length) addIssue(ctx, ['select'], `select ${select} must equal the number of correct options, ${correct.length} (${list(correct)})`);
    requireMisconceptions(options, ctx);
    requireCorrectVerifyAnswer(question, correct, ctx);
  });

const orderingQuestion = z
  .strictObject(
    { ...commonFields, type: z.literal('ordering'), options: optionList(plainOption), order: z.array(optionId) },
    noUnknownKeys('an ordering question'),
  )
  .superRefine((question, ctx) => {
    const ids = question.options.map((option) => option.id);
    const listed = new Set<string>();
    question.order.forEach((id, index) => {
      if (!ids.includes(id)) addIssue(ctx, ['order', index], `order names ${show(id)}, which is not an option id (${list(ids)})`);
      else if (listed.has(id)) addIssue(ctx, ['order', index], `order lists option ${show(id)} twice; it must list every option once`);
      listed.add(id);
    });
    const missing = ids.filter((id) => !listed.has(id));
    if (missing.length) addIssue(ctx, ['order'], `order leaves out ${list(missing)}; it must list every option once`);
    requireCorrectVerifyAnswer(question, [], ctx);
  });

const matchingQuestion = z
  .strictObject(
    {
      ...commonFields,
      type: z.literal('matching'),
      options: optionList(plainOption),
      items: z
        .array(matchingItem)
        .min(2, { error: (issue) => `items has ${(issue.input as unknown[]).length}; a matching question needs 2 to 6` })
        .max(6, { error: (issue) => `items has ${(issue.input as unknown[]).length}; a matching question needs 2 to 6` })
        .superRefine(withUniqueIds('item')),
      pairs: z.record(z.string(), z.string()),
    },
    noUnknownKeys('a matching question'),
  )
  .superRefine((question, ctx) => {
    const itemIds = question.items.map((item) => item.id);
    const optionIds = question.options.map((option) => option.id);
    for (const [itemId, optionId] of Object.entries(question.pairs)) {
      if (!itemIds.includes(itemId)) addIssue(ctx, ['pairs', itemId], `pairs names item ${show(itemId)}, which is not an item id (${list(itemIds)})`);
      if (!(optionIds as string[]).includes(optionId))
        addIssue(ctx, ['pairs', itemId], `pairs.${itemId} is ${show(optionId)}, which is not an option id (${list(optionIds)})`);
    }
    const unpaired = itemIds.filter((id) => !Object.hasOwn(question.pairs, id));
    if (unpaired.length) addIssue(ctx, ['pairs'], `pairs leaves out item ${list(unpaired)}; every item needs one option`);
    requireCorrectVerifyAnswer(question, [], ctx);
  });

export const questionSchema = z.discriminatedUnion('type', [singleQuestion, multipleQuestion, orderingQuestion, matchingQuestion], {
  error: (issue) =>
    issue.code === 'invalid_union' ? `type ${show((issue.input as { type?: unknown } | undefined)?.type)} is not one of ${list(QUESTION_TYPES)}` : undefined,
});

export type Question = z.output<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

type WithoutBuildFields<Q> = Q extends unknown ? Omit<Q, 'verify' | 'provenance'> : never;
/**
 * A question as candidates get it: `verify` and `provenance` stay at build time, so the bank the browser caches
 * carries no sources nobody reads while practising. A full Question is one too.
 */
export type ClientQuestion = WithoutBuildFields<Question>;
export type ClientQuestionOf<T extends QuestionType> = Extract<ClientQuestion, { type: T }>;
export type Verify = z.output<typeof verifySchema>;
