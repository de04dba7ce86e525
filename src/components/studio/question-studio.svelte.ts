// The question studio's state: the file being written, its problems (the build's own check), its fields and the
// candidates' preview, and drafts kept in this browser. The component only shows it and forwards input.
import type { Problem } from '../../authoring/problems';
import { CONTENT_FOLDERS } from '../../authoring/content-paths';
import type { FieldPath, FieldValue, QuestionFields } from '../../authoring/studio/question-fields';
import type { Locale } from '../../core/locale';
import type { StudioData } from '../../lib/studio-data';
import type { Case } from '../../schemas/case';
import type { Question, QuestionType } from '../../schemas/question';
import type { QuestionState } from '../quiz/question-state.svelte';

type Editing = typeof import('./studio-editing');

export const DRAFTS_KEY = 'aip-c01:studio-drafts:v1';

/** Drafts by file path; a damaged value is copied aside, never dropped. */
function readDrafts(): Record<string, string> {
  const raw = localStorage.getItem(DRAFTS_KEY);
  if (raw === null) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    // Not JSON: kept aside below.
  }
  localStorage.setItem(`${DRAFTS_KEY}:damaged:${Date.now()}`, raw);
  return {};
}

export class QuestionStudio {
  data: StudioData | null = $state(null);
  loadError = $state('');
  file = $state('');
  text = $state('');
  problems: Problem[] = $state([]);
  fields: QuestionFields = $state({ texts: [], values: [] });
  question: Question | undefined = $state();
  /** The case being written, when the file is a case study. */
  caseStudy: Case | undefined = $state();
  preview: Record<Locale, QuestionState> | null = $state(null);
  restoredDraft = $state(false);
  /** The editing half, loading while a first file opens. */
  opening = $state(false);
  #drafts: Record<string, string> = {};
  #editing: Editing | null = null;

  errors = $derived(this.problems.filter((problem) => problem.severity === 'error').length);
  warnings = $derived(this.problems.length - this.errors);

  readonly #dataUrl: string;

  /** The studio's data (the files as written, cases, skills, lesson sections, lifecycles) is fetched with the editor. */
  constructor(dataUrl: string) {
    this.#dataUrl = dataUrl;
  }

  async #fetchData(): Promise<StudioData> {
    const response = await fetch(this.#dataUrl);
    if (!response.ok) throw new Error(`${this.#dataUrl}: HTTP ${response.status}`);
    return (await response.json()) as StudioData;
  }

  /** The editing half and the data, loaded on the first open or start; null (the reason shown) when they fail. */
  async #editor(): Promise<Editing | null> {
    if (this.#editing && this.data) return this.#editing;
    this.opening = true;
    try {
      const [editing, data] = await Promise.all([import('./studio-editing'), this.#fetchData()]);
      this.#drafts = readDrafts();
      this.data = data;
      this.#editing = editing;
      this.loadError = '';
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    } finally {
      this.opening = false;
    }
    return this.#editing;
  }

  /** Opens a file of the bank, or its draft when this browser keeps one. */
  async open(file: string): Promise<void> {
    if (!(await this.#editor())) return;
    const original = this.data?.files.find((candidate) => candidate.file === file)?.text;
    if (original === undefined) return;
    const draft = this.#drafts[file];
    this.restoredDraft = draft !== undefined && draft !== original;
    this.#show(file, draft ?? original);
  }

  /** Starts a new case study; its questions name it in their `case` field. */
  async startCase(id: string): Promise<void> {
    const editing = await this.#editor();
    if (!editing) return;
    const caseId = id.trim() || 'case-new';
    this.restoredDraft = false;
    this.#show(`${CONTENT_FOLDERS.cases}/${caseId}.yaml`, editing.caseSkeleton(caseId));
    this.#saveDraft();
  }

  /** Starts a new question of a type from the skeleton `npm run new:question` writes. */
  async startNew(type: QuestionType, skill: string, id: string): Promise<void> {
    const editing = await this.#editor();
    if (!editing) return;
    const lessonPath = this.data?.skills.find((candidate) => candidate.code === skill)?.path ?? '';
    const questionId = id.trim() || editing.defaultQuestionId(skill, type);
    const today = new Date().toISOString().slice(0, 10);
    this.restoredDraft = false;
    this.#show(`content/questions/${skill}/${questionId}.yaml`, editing.questionSkeleton({ id: questionId, skill, lessonPath, type, today }));
    this.#saveDraft();
  }

  /** Fields are shown only once a file is open, so the editing half is here by then. */
  setField(path: FieldPath, value: FieldValue): void {
    if (!this.#editing) return;
    this.#show(this.file, this.#editing.setField(this.text, path, value));
    this.#saveDraft();
  }

  setText(text: string): void {
    this.#show(this.file, text);
    this.#saveDraft();
  }

  discardDraft(): void {
    delete this.#drafts[this.file];
    this.#writeDrafts();
    void this.open(this.file);
  }

  /** The problems of one field, to show next to it. */
  problemsOf(name: string): Problem[] {
    return this.problems.filter((problem) => problem.field === name);
  }

  /** Problems no field of the form shows: the whole file's. */
  otherProblems = $derived.by(() => {
    const named = new Set([...this.fields.values.map((field) => field.name), ...this.fields.texts.flatMap((pair) => [pair.vi.name, pair.en.name])]);
    return this.problems.filter((problem) => !named.has(problem.field));
  });

  #show(file: string, text: string): void {
    if (!this.data || !this.#editing) return;
    const examined = this.#editing.examineFile(file, text, this.data);
    this.file = file;
    this.text = text;
    this.fields = examined.fields;
    this.problems = examined.problems;
    this.question = examined.question;
    this.caseStudy = examined.caseStudy;
    this.preview = examined.preview;
  }

  #saveDraft(): void {
    this.#drafts[this.file] = this.text;
    this.#writeDrafts();
  }

  #writeDrafts(): void {
    try {
      localStorage.setItem(DRAFTS_KEY, JSON.stringify(this.#drafts));
    } catch {
      // Storage full or blocked: the studio keeps working, the download still holds the work.
    }
  }
}
