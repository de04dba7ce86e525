// Wires the quiz page's server-rendered start screen (QuizStart.astro) to QuizApp: the mode hints' counts, a set
// shared by link, Start, and the session, mounted when one opens and taken down when it ends.
import type { Locale } from '../../core/locale';
import { MAX_SET_SIZE } from '../../core/quiz/quiz-link';
import { fill, type QuizStrings } from '../../i18n/quiz';
import type { Skill } from '../../schemas/question-kinds';
import { progress } from '../../stores/progress';
import { BankLoader } from './bank-loader';
import { QuizApp, readLinks, type Session, type StartProblem } from './quiz-app';
import type { Mode } from './selection';

/** What the page hands the script, as JSON. */
export interface StartScreenConfig {
  locale: Locale;
  strings: QuizStrings;
  base: string;
  skillOf: Record<string, Skill>;
}

// The session's component and the runtime that mounts it load with the first session, not with the page.
const sessionCode = () => Promise.all([import('svelte'), import('./QuizSession.svelte')]);

const element = <T extends Element>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`The quiz start screen has no ${selector}`);
  return found;
};

export async function startScreen(root: HTMLElement): Promise<void> {
  const { locale, strings, base, skillOf } = JSON.parse(element(root, '[data-quiz-config]').textContent ?? '') as StartScreenConfig;
  const loader = new BankLoader((lang, skill) => `${base}${lang}/quiz-bank/${skill}.json`, skillOf);
  const app = new QuizApp(
    locale,
    loader,
    Object.entries(skillOf).map(([id, skill]) => ({ id, skill })),
  );
  const startView = element<HTMLElement>(root, '[data-quiz-start]');
  const sessionView = element<HTMLElement>(root, '[data-quiz-session]');
  const form = element<HTMLFormElement>(startView, 'form.start');
  const button = element<HTMLButtonElement>(form, 'button[type="submit"]');
  const problem = element<HTMLElement>(form, '.problem');
  const size = element<HTMLElement>(form, '.size');

  const chosenMode = () => (new FormData(form).get('mode') as Mode | null) ?? 'practice';
  const render = () => {
    const current = progress.get();
    for (const label of form.querySelectorAll<HTMLElement>('[data-mode]')) {
      const mode = label.dataset.mode as Mode;
      const count = mode === 'review' ? app.reviewCount(current) : app.dueCount(current);
      element(label, '.hint').textContent = fill(strings[`mode.${mode}.hint`], { count });
    }
    size.hidden = chosenMode() !== 'exam' || app.setQuestions !== null;
  };
  const busy = (loading: boolean) => {
    button.disabled = loading;
    button.textContent = loading ? strings.loading : strings.start;
  };
  const say = (result: StartProblem | null) => {
    problem.textContent = !result ? '' : result.problem === 'loadFailed' ? fill(strings.loadFailed, { reason: result.reason }) : strings[result.problem];
  };

  /** Mounts the session in place of the start screen; with `focus`, moves focus to its first question. */
  const open = async (opened: Session, code: ReturnType<typeof sessionCode>, focus: boolean) => {
    const [{ mount, unmount, flushSync }, { default: QuizSession }] = await code;
    startView.hidden = true;
    const session = mount(QuizSession, {
      target: sessionView,
      props: {
        opened,
        loader,
        strings,
        locale,
        onDone: () => {
          void unmount(session);
          startView.hidden = false;
          render();
          form.querySelector('legend')?.scrollIntoView();
        },
      },
    });
    flushSync();
    if (focus) sessionView.querySelector<HTMLElement>('.question__title')?.focus();
  };

  /** Runs an opening (Start, or a link) with the button showing that it loads; a failure is said, not thrown. */
  const opening = async (run: () => Promise<Session | StartProblem | null>, focus: boolean) => {
    busy(true);
    // The session's code loads beside the bank parts; awaited only if a session opens, so a start that stops on a
    // problem leaves no rejection unhandled.
    const code = sessionCode();
    code.catch(() => undefined);
    const result = await run();
    try {
      if (result && 'kind' in result) await open(result, code, focus);
      say(result && 'problem' in result ? result : null);
    } catch (error) {
      say({ problem: 'loadFailed', reason: error instanceof Error ? error.message : String(error) });
    }
    busy(false);
  };

  form.addEventListener('change', render);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    void opening(
      () =>
        app.start({
          mode: chosenMode(),
          skills: data.getAll('skill') as Skill[],
          examSize: Number(data.get('examSize')),
        }),
      true,
    );
  });
  progress.listen(render);

  const links = readLinks(location.search);
  const linkedMode = form.querySelector<HTMLInputElement>(`input[name="mode"][value="${links.mode}"]`);
  if (linkedMode) linkedMode.checked = true;
  render();
  if (links.set === null && links.question === null) return busy(false);
  await opening(async () => {
    const result = await app.openLinks(links);
    if (app.linkedSet) showSet(form, app, strings);
    render();
    return result;
  }, false);
}

/** The shared set's box; with questions, the start screen offers only the set and the modes a set runs in. */
function showSet(form: HTMLFormElement, app: QuizApp, strings: QuizStrings): void {
  const set = app.linkedSet;
  if (!set) return;
  const box = element<HTMLElement>(form, '.shared-set');
  box.hidden = false;
  const questions = app.setQuestions;
  element(box, '[data-set-summary]').textContent = questions ? fill(strings.sharedSet, { count: questions.length }) : strings.sharedSetEmpty;
  const notes = [
    set.unknown.length ? fill(strings.sharedSetUnknown, { ids: set.unknown.join(', ') }) : '',
    set.dropped ? fill(strings.sharedSetDropped, { max: MAX_SET_SIZE, count: set.dropped }) : '',
  ];
  for (const text of notes.filter(Boolean)) {
    const note = document.createElement('p');
    note.className = 'warning-note';
    note.textContent = text;
    element(box, 'a').before(note);
  }
  if (!questions) return;
  // The page shows one set for its life (leaving it is a link to the page without the set): what a set does not
  // use goes.
  element(form, '[data-skills]').remove();
  for (const label of form.querySelectorAll<HTMLElement>('[data-mode]')) {
    if (app.modes.includes(label.dataset.mode as Mode)) continue;
    // A mode the set does not run in goes; if it was the chosen one, practice is chosen instead.
    if (element<HTMLInputElement>(label, 'input').checked) element<HTMLInputElement>(form, 'input[name="mode"][value="practice"]').checked = true;
    label.remove();
  }
}
