import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../../src/schemas/case';
import { questionSchema, type QuestionOf } from '../../../src/schemas/question';
import { rawCase, rawMatching, rawMultiple, rawOrdering, rawSingle, rawVerify, type RawFile } from './fixtures';

type Row = { rule: string; file: () => RawFile; path: (string | number)[]; says: string[] };

/** Each row breaks one rule of a valid file; the issue must sit at `path` and name the value and the rule. */
const broken = (base: () => RawFile, change: (file: RawFile) => void) => () => {
  const file = base();
  change(file);
  return file;
};

const questionRows: Row[] = [
  {
    rule: 'single: exactly one correct option (two)',
    file: broken(rawSingle, (q) => (q.options[1].correct = true)),
    path: ['options'],
    says: ['exactly one correct option', 'found 2', '"a", "b"'],
  },
  {
    rule: 'single: exactly one correct option (none)',
    file: broken(rawSingle, (q) => {
      q.options[0].correct = false;
      q.options[0].misconception = 'mistake-a';
    }),
    path: ['options'],
    says: ['exactly one correct option', 'found 0'],
  },
  {
    rule: 'multiple: select at least 2',
    file: broken(rawMultiple, (q) => {
      q.select = 1;
      q.options[1].correct = false;
      q.options[1].misconception = 'mistake-b';
    }),
    path: ['select'],
    says: ['select 1', 'two or more'],
  },
  {
    rule: 'multiple: select equals the number of correct options',
    file: broken(rawMultiple, (q) => (q.select = 3)),
    path: ['select'],
    says: ['select 3', 'number of correct options, 2', '"a", "b"'],
  },
  {
    rule: 'multiple: select fewer than the options',
    file: broken(rawMultiple, (q) => {
      q.options = q.options.slice(0, 2);
    }),
    path: ['select'],
    says: ['select 2', 'fewer than the 2 options'],
  },
  {
    rule: 'multiple: select is a whole number',
    file: broken(rawMultiple, (q) => (q.select = 'two')),
    path: ['select'],
    says: ['"two"', 'whole number'],
  },
  {
    rule: 'single: a wrong option carries a misconception',
    file: broken(rawSingle, (q) => delete q.options[1].misconception),
    path: ['options', 1, 'misconception'],
    says: ['option "b" is wrong', 'misconception'],
  },
  {
    rule: 'multiple: a wrong option carries a misconception',
    file: broken(rawMultiple, (q) => delete q.options[2].misconception),
    path: ['options', 2, 'misconception'],
    says: ['option "c" is wrong', 'misconception'],
  },
  {
    rule: 'misconception is kebab-case',
    file: broken(rawSingle, (q) => (q.options[1].misconception = 'Wrong Idea')),
    path: ['options', 1, 'misconception'],
    says: ['"Wrong Idea"', 'kebab-case'],
  },
  {
    rule: 'ordering: order lists every option',
    file: broken(rawOrdering, (q) => (q.order = ['c', 'a'])),
    path: ['order'],
    says: ['leaves out "b"', 'every option once'],
  },
  {
    rule: 'ordering: order lists each option once',
    file: broken(rawOrdering, (q) => (q.order = ['c', 'a', 'a', 'b'])),
    path: ['order', 2],
    says: ['"a" twice', 'every option once'],
  },
  {
    rule: 'ordering: order names existing options',
    file: broken(rawOrdering, (q) => (q.order = ['c', 'a', 'b', 'e'])),
    path: ['order', 3],
    says: ['"e"', 'not an option id', '"a", "b", "c"'],
  },
  {
    rule: 'ordering: options have no correct',
    file: broken(rawOrdering, (q) => (q.options[0].correct = true)),
    path: ['options', 0],
    says: ['"correct" not allowed', 'ordering uses order'],
  },
  {
    rule: 'ordering: order is required',
    file: broken(rawOrdering, (q) => delete q.order),
    path: ['order'],
    says: ['expected array'],
  },
  {
    rule: 'matching: pairs cover every item',
    file: broken(rawMatching, (q) => delete q.pairs.p2),
    path: ['pairs'],
    says: ['leaves out item "p2"', 'every item'],
  },
  {
    rule: 'matching: pairs point to existing options',
    file: broken(rawMatching, (q) => (q.pairs.p1 = 'e')),
    path: ['pairs', 'p1'],
    says: ['pairs.p1 is "e"', 'not an option id'],
  },
  {
    rule: 'matching: pairs name existing items',
    file: broken(rawMatching, (q) => (q.pairs.p9 = 'a')),
    path: ['pairs', 'p9'],
    says: ['item "p9"', 'not an item id', '"p1", "p2"'],
  },
  {
    rule: 'matching: items are required',
    file: broken(rawMatching, (q) => delete q.items),
    path: ['items'],
    says: ['expected array'],
  },
  {
    rule: 'matching: 2 to 6 items',
    file: broken(rawMatching, (q) => {
      q.items = q.items.slice(0, 1);
      delete q.pairs.p2;
    }),
    path: ['items'],
    says: ['items has 1', '2 to 6'],
  },
  {
    rule: 'matching: item ids are unique',
    file: broken(rawMatching, (q) => (q.items[1].id = 'p1')),
    path: ['items', 1, 'id'],
    says: ['item id "p1"', 'used twice'],
  },
  {
    rule: 'option ids are unique',
    file: broken(rawSingle, (q) => (q.options[2].id = 'b')),
    path: ['options', 2, 'id'],
    says: ['option id "b"', 'used twice'],
  },
  {
    rule: 'option ids are a to h',
    file: broken(rawSingle, (q) => (q.options[2].id = 'z')),
    path: ['options', 2, 'id'],
    says: ['option id "z"', 'a, b, c, d, e, f, g, h'],
  },
  {
    rule: '2 to 8 options',
    file: broken(rawSingle, (q) => (q.options = q.options.slice(0, 1))),
    path: ['options'],
    says: ['options has 1', '2 to 8'],
  },
  {
    rule: 'verify.answer is a correct option',
    file: broken(rawSingle, (q) => (q.verify = { ...rawVerify(), answer: 'b' })),
    path: ['verify', 'answer'],
    says: ['verify.answer "b"', 'not a correct option', '"a"'],
  },
  {
    rule: 'verify.answer: ordering has no correct option',
    file: broken(rawOrdering, (q) => (q.verify = rawVerify())),
    path: ['verify', 'answer'],
    says: ['verify.answer "a"', 'no correct option'],
  },
  {
    rule: 'verify: exactly one comparison',
    file: broken(rawSingle, (q) => (q.verify = { ...rawVerify(), lessThan: 3 })),
    path: ['verify'],
    says: ['exactly one of equals, lessThan, greaterThan', '"equals", "lessThan"'],
  },
  {
    rule: 'verify: a comparison is required',
    file: broken(rawSingle, (q) => {
      q.verify = rawVerify();
      delete q.verify.equals;
    }),
    path: ['verify'],
    says: ['exactly one of', 'found none'],
  },
  {
    rule: 'verify.path is a dotted path',
    file: broken(rawSingle, (q) => (q.verify = { ...rawVerify(), path: 'recommendation..option' })),
    path: ['verify', 'path'],
    says: ['"recommendation..option"', 'dotted path'],
  },
  {
    rule: 'id is kebab-case',
    file: broken(rawSingle, (q) => (q.id = 'Q_Single')),
    path: ['id'],
    says: ['"Q_Single"', 'kebab-case'],
  },
  {
    rule: 'case is kebab-case',
    file: broken(rawSingle, (q) => (q.case = 'Retail Assistant')),
    path: ['case'],
    says: ['"Retail Assistant"', 'kebab-case'],
  },
  {
    rule: 'tags are kebab-case',
    file: broken(rawSingle, (q) => (q.tags = ['on_demand'])),
    path: ['tags', 0],
    says: ['tag "on_demand"', 'kebab-case'],
  },
  {
    rule: 'at least one tag',
    file: broken(rawSingle, (q) => (q.tags = [])),
    path: ['tags'],
    says: ['tags is empty', 'at least one'],
  },
  {
    rule: 'skill is a skill code (which skills exist is checked against the lessons)',
    file: broken(rawSingle, (q) => (q.skill = 'Skill 2.2.1')),
    path: ['skill'],
    says: ['skill "Skill 2.2.1"', 'not a skill code', '"1.4.2"'],
  },
  {
    rule: 'skill is text, not a number',
    file: broken(rawSingle, (q) => (q.skill = 2.2)),
    path: ['skill'],
    says: ['skill 2.2', 'write the code in quotes'],
  },
  {
    rule: 'type is one of the four',
    file: broken(rawSingle, (q) => (q.type = 'essay')),
    path: ['type'],
    says: ['type "essay"', '"single", "multiple", "ordering", "matching"'],
  },
  {
    rule: 'difficulty is 1, 2 or 3',
    file: broken(rawSingle, (q) => (q.difficulty = 4)),
    path: ['difficulty'],
    says: ['difficulty 4', '1, 2, 3'],
  },
  {
    rule: 'references are lesson section paths (which sections exist is checked against the lessons)',
    file: broken(rawSingle, (q) => (q.references = ['Task 2.2 > On-Demand'])),
    path: ['references', 0],
    says: ['"Task 2.2 > On-Demand"', 'not a lesson page path with an optional anchor'],
  },
  {
    rule: 'provenance.verified is a date',
    file: broken(rawSingle, (q) => (q.provenance.verified = '29/11/2026')),
    path: ['provenance', 'verified'],
    says: ['"29/11/2026"', 'YYYY-MM-DD'],
  },
  {
    rule: 'the en block is present',
    file: broken(rawSingle, (q) => delete q.en),
    path: ['en'],
    says: ['the en block is missing'],
  },
  {
    rule: 'the vi prompt is not empty',
    file: broken(rawSingle, (q) => (q.vi.prompt = '  ')),
    path: ['vi', 'prompt'],
    says: ['vi.prompt is empty', 'both vi and en'],
  },
  {
    rule: 'the en explanation is present',
    file: broken(rawSingle, (q) => delete q.en.explanation),
    path: ['en', 'explanation'],
    says: ['en.explanation is missing'],
  },
  {
    rule: "an option's vi block is present",
    file: broken(rawMultiple, (q) => delete q.options[3].vi),
    path: ['options', 3, 'vi'],
    says: ["an option's vi block is missing"],
  },
  {
    rule: "an option's en text is not empty",
    file: broken(rawSingle, (q) => (q.options[0].en.text = '')),
    path: ['options', 0, 'en', 'text'],
    says: ['en.text is empty'],
  },
  {
    rule: "an option's en feedback is present",
    file: broken(rawOrdering, (q) => delete q.options[1].en.feedback),
    path: ['options', 1, 'en', 'feedback'],
    says: ['en.feedback is missing'],
  },
  {
    rule: "an item's en text is not empty",
    file: broken(rawMatching, (q) => (q.items[0].en.text = '')),
    path: ['items', 0, 'en', 'text'],
    says: ['en.text is empty'],
  },
  {
    rule: 'a field of another type is refused',
    file: broken(rawSingle, (q) => (q.select = 1)),
    path: [],
    says: ['"select" not allowed in a single question', 'select belongs to multiple questions'],
  },
  {
    rule: 'an unknown key is refused',
    file: broken(rawSingle, (q) => (q.options[0].corect = true)),
    path: ['options', 0],
    says: ['"corect" not allowed in an option'],
  },
];

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues ?? [];

describe('question schema', () => {
  it.each([rawSingle, rawMultiple, rawOrdering, rawMatching])('accepts the valid fixture %#', (file) => {
    expect(issuesOf(questionSchema.safeParse(file()))).toEqual([]);
  });

  it.each(questionRows)('$rule', ({ file, path, says }) => {
    const issues = issuesOf(questionSchema.safeParse(file()));
    const issue = issues.find((candidate) => JSON.stringify(candidate.path) === JSON.stringify(path));
    expect(issue, `no issue at ${JSON.stringify(path)}; got ${JSON.stringify(issues)}`).toBeDefined();
    for (const words of says) expect(issue?.message).toContain(words);
  });

  it('reads a date that js-yaml (Astro) turned into a Date as YYYY-MM-DD', () => {
    const file = rawSingle();
    file.provenance.verified = new Date('2026-11-29T00:00:00Z');
    expect(questionSchema.parse(file).provenance.verified).toBe('2026-11-29');
  });

  it('defaults correct and fixed to false', () => {
    const question = questionSchema.parse(rawSingle()) as QuestionOf<'single'>;
    expect(question.options.map((option) => [option.id, option.correct, option.fixed])).toEqual([
      ['a', true, false],
      ['b', false, false],
      ['c', false, false],
    ]);
  });

  it('accepts verify with equals: null', () => {
    const file = rawSingle();
    file.verify = { ...rawVerify(), equals: null };
    expect(issuesOf(questionSchema.safeParse(file))).toEqual([]);
  });
});

describe('case schema', () => {
  it('accepts the valid fixture', () => {
    expect(issuesOf(caseSchema.safeParse(rawCase()))).toEqual([]);
  });

  it.each<Row>([
    { rule: 'id is kebab-case', file: broken(rawCase, (c) => (c.id = 'Case 1')), path: ['id'], says: ['"Case 1"', 'kebab-case'] },
    { rule: 'title.en is not empty', file: broken(rawCase, (c) => (c.title.en = '')), path: ['title', 'en'], says: ['title.en is empty'] },
    { rule: 'the vi block is present', file: broken(rawCase, (c) => delete c.vi), path: ['vi'], says: ['the vi block of a case is missing'] },
    {
      rule: 'the en scenario is not empty',
      file: broken(rawCase, (c) => (c.en.scenario = ' ')),
      path: ['en', 'scenario'],
      says: ['en.scenario is empty'],
    },
  ])('$rule', ({ file, path, says }) => {
    const issue = issuesOf(caseSchema.safeParse(file())).find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue).toBeDefined();
    for (const words of says) expect(issue?.message).toContain(words);
  });
});
