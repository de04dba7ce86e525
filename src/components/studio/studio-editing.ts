// The studio's editing half: the YAML parser, the build's checks (with the simulator they run verify blocks on) and
// the skeletons. Loaded when a file is first opened or started, so the page's first screen ships without it.
import { parseDocument } from 'yaml';
import { checkCaseFile, checkQuestionFile } from '../../authoring/check/question-file';
import { evaluateLikeCli } from '../../authoring/check/simulator';
import type { Problem } from '../../authoring/problems';
import { CONTENT_FOLDERS } from '../../authoring/content-paths';
import { questionFields, type QuestionFields } from '../../authoring/studio/question-fields';
import type { Locale } from '../../core/locale';
import type { StudioData } from '../../lib/studio-data';
import type { Case } from '../../schemas/case';
import type { Question } from '../../schemas/question';
import { QuestionState } from '../quiz/question-state.svelte';

export { caseSkeleton, defaultQuestionId, questionSkeleton } from '../../authoring/skeleton';
export { setField } from '../../authoring/studio/question-fields';

/** What the studio shows of a file: its form fields, its problems, and what it describes when it parses. */
export interface ExaminedFile {
  fields: QuestionFields;
  problems: Problem[];
  question?: Question;
  caseStudy?: Case;
  preview: Record<Locale, QuestionState> | null;
}

export function examineFile(file: string, text: string, data: StudioData): ExaminedFile {
  const document = parseDocument(text);
  const fields = document.errors.length ? { texts: [], values: [] } : questionFields(document);
  if (file.startsWith(`${CONTENT_FOLDERS.cases}/`)) {
    const checked = checkCaseFile({ file, text });
    return { fields, problems: checked.problems, caseStudy: checked.case, preview: null };
  }
  const { cases, skills, pages, lifecycles } = data;
  const context = { cases, skills: skills.map(({ code }) => code), pages, lifecycles, evaluate: evaluateLikeCli };
  const { problems, question } = checkQuestionFile({ file, text }, context);
  const preview = question ? { vi: new QuestionState(question, 0, 'vi'), en: new QuestionState(question, 0, 'en') } : null;
  return { fields, problems, question, preview };
}
