/**
 * Rules across files that the schemas cannot see: ids against file names and each other, cases that exist,
 * skills and references that the real lesson pages define, `verify` against the simulator, and TODO placeholders left in.
 */
import { checkVerify, type EvaluateScenario } from '../../core/quiz/verify';
import { LOCALES, type Locale } from '../../core/locale';
import { sectionTitle, parseSectionRef, type SectionTarget } from '../../lessons/section-refs';
import { show, type Question } from '../../schemas/question';
import type { Case } from '../../schemas/case';
import { fieldName, type Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { error, warning } from './schema-problems';

export interface Loaded<T> {
  source: YamlSource;
  data: T;
}

/** A file's id must be its name, so a reader can find the file from an id in a message or a URL. */
/** "content/questions/2.2.1/q221-x.yaml" -> ["2.2.1", "q221-x"]: the folder and the name without .yaml. */
function folderAndName(file: string): [string, string] {
  const parts = file.split('/');
  return [parts.at(-2) ?? '', (parts.at(-1) ?? '').replace(/\.yaml$/, '')];
}

export function idMatchesFileName({ source, data }: Loaded<{ id: string }>): Problem[] {
  const [, name] = folderAndName(source.file);
  return data.id === name
    ? []
    : [error(source, source.lineOf(['id']), 'id', `id ${show(data.id)} differs from the file name (rename the file to ${data.id}.yaml or set id: ${name})`)];
}

export function skillMatchesFolder({ source, data }: Loaded<Question>): Problem[] {
  const [folder] = folderAndName(source.file);
  return data.skill === folder
    ? []
    : [
        error(
          source,
          source.lineOf(['skill']),
          'skill',
          `skill ${show(data.skill)} but the file is in folder ${folder}/ (move it to content/questions/${data.skill}/)`,
        ),
      ];
}

/** Every file sharing an id is reported, each naming the others. */
export function uniqueIds<T extends { id: string }>(files: readonly Loaded<T>[]): Problem[] {
  const byId = Map.groupBy(files, (file) => file.data.id);
  return [...byId.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map(({ source }) => {
        const others = group.filter((other) => other.source !== source).map((other) => other.source.file);
        return error(source, source.lineOf(['id']), 'id', `id ${show(group[0]?.data.id)} is also used by ${others.join(', ')} (ids must be unique)`);
      }),
    );
}

export function caseExists({ source, data }: Loaded<Question>, cases: readonly Case[]): Problem[] {
  if (data.case === undefined || cases.some((known) => known.id === data.case)) return [];
  const ids = cases.map((known) => known.id).join(', ') || 'none';
  return [error(source, source.lineOf(['case']), 'case', `case ${show(data.case)} is not a file in content/cases/ (cases: ${ids})`)];
}

export type PagesByLocale = Record<Locale, readonly SectionTarget[]>;

/** What a reference could have named instead: the page's anchors, or the page paths. */
function choicesFor(reference: string, pages: readonly SectionTarget[]): string {
  const page = pages.find((candidate) => candidate.path === parseSectionRef(reference).path);
  return page
    ? `anchors of ${page.path}: ${page.anchors.map((anchor) => `#${anchor.id}`).join(', ') || 'none'}`
    : `pages: ${pages.map((candidate) => candidate.path).join(', ') || 'none'}`;
}

/** A reference must name a page, and an anchor on it, in every language. */
export function danglingSection(reference: string, pages: PagesByLocale): string | undefined {
  const missingIn = LOCALES.filter((lang) => sectionTitle(reference, pages[lang]) === undefined);
  if (missingIn.length === 0) return undefined;
  return `${show(reference)} is not a section of the ${missingIn.join(' and ')} lessons (${choicesFor(reference, pages[missingIn[0] ?? 'vi'])})`;
}

/** A question's skill must be one a lesson defines with a `### Skill` heading. */
export function skillDefined({ source, data }: Loaded<Question>, skills: readonly string[]): Problem[] {
  if (skills.includes(data.skill)) return [];
  const defined = skills.length ? `the lessons define ${skills.join(', ')}` : 'the lessons define none';
  return [
    error(
      source,
      source.lineOf(['skill']),
      'skill',
      `skill ${show(data.skill)} is not defined by a lesson: ${defined} (a "### Skill 1.4.2: ..." heading defines one)`,
    ),
  ];
}

export function referencesExist({ source, data }: Loaded<Question>, pages: PagesByLocale): Problem[] {
  return data.references.flatMap((reference, index) => {
    const dangling = danglingSection(reference, pages);
    return dangling ? [error(source, source.lineOf(['references', index]), `references[${index}]`, `reference ${dangling}`)] : [];
  });
}

export function verifyAgrees({ source, data }: Loaded<Question>, evaluate: EvaluateScenario): Problem[] {
  const check = checkVerify(data, evaluate);
  if (check.ok) return [];
  const prefix = `${data.id}: verify `;
  const message = check.message.startsWith(prefix) ? check.message.slice(prefix.length) : check.message;
  return [error(source, source.lineOf(['verify']), 'verify', `${message} (fix the scenario, the expectation or the answer)`)];
}

const TODO = /\btodo\b/i;

/** Paths of every string in a parsed value that passes a test. */
export function stringPaths(value: unknown, test: (text: string) => boolean, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, test, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, test, [...path, key]));
  return [];
}

/** Paths of every string in a parsed value that still holds a TODO placeholder. */
export const todoPaths = (value: unknown): PropertyKey[][] => stringPaths(value, (text) => TODO.test(text));

/** Skeletons pass the schema with TODO texts; each one left is a warning until the author writes it. */
export function todoWarnings(source: YamlSource): Problem[] {
  return todoPaths(source.data).map((path) =>
    warning(source, source.lineOf(path), fieldName(path), 'still a TODO placeholder (write the real text before publishing)'),
  );
}
