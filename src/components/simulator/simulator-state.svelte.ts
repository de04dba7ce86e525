// The simulator island's state: the form (draft), its evaluation by src/core on every change, the last valid
// result, the link and storage. Components read and call this; they hold no logic of their own.
import { onMount } from 'svelte';
import type { Locale } from '../../core/locale';
import type { Preset } from '../../core/presets';
import type { PriceData } from '../../core/pricing';
import type { RouterEvaluation } from '../../core/router';
import { parseScenario } from '../../core/scenario';
import { shippedPresets, shippedPrices } from '../../core/shipped-data';
import { formatValidationError } from '../../core/validation-text';
import { localePath } from '../../i18n/paths';
import {
  draftFromScenario,
  evaluateDraft,
  selectCascadeModel,
  selectModel,
  selectProfile,
  type Draft,
  type DraftEvaluation,
  type Profile,
} from '../../lib/simulator/draft';
import { encodeScenarioParam, openScenario, PRESET_PARAM, SCENARIO_PARAM } from '../../lib/simulator/scenario-link';
import { numberFormats } from '../../lib/simulator/format';
import { SIMULATOR_TEXT } from '../../i18n/simulator';
import { savedScenario } from '../../stores/simulator';

export type SimulatorView = 'full' | 'deployment' | 'cascade';

export interface SimulatorOptions {
  locale: Locale;
  prices: PriceData;
  presets: Preset[];
  /** The preset opened when there is no link or saved scenario. */
  defaultPreset: string;
  /** Read and write the link and storage: the simulator page does, a lesson panel does not. */
  persist: boolean;
}

type ValidRun = NonNullable<DraftEvaluation['run']>;

/** Writing the link and storage on every keystroke would cost more than the recomputation itself. */
const PERSIST_DELAY_MS = 300;

export class SimulatorState {
  readonly locale: Locale;
  readonly prices: PriceData;
  readonly presets: Preset[];
  readonly persist: boolean;
  readonly #fallback: unknown;

  draft: Draft = $state() as Draft;
  /** Why the link or the saved scenario was not opened (role=status). */
  notice = $state<string | null>(null);
  linkStatus = $state<{ kind: 'copied' } | { kind: 'manual'; url: string } | null>(null);

  /** Whichever island runs first connects the state to the link and storage; the others find it done. */
  #connected = false;
  /** Not reactive on purpose: the last valid evaluation, kept while the form holds an error. */
  #lastValid: { run: ValidRun; json: unknown };

  readonly evaluation = $derived.by(() => evaluateDraft(this.draft, this.prices, this.locale));
  readonly shown = $derived.by(() => {
    const { run, json } = this.evaluation;
    if (run) this.#lastValid = { run, json };
    return { ...this.#lastValid, stale: run === null };
  });
  readonly fullSimulatorHref = $derived.by(() => `${localePath(this.locale, 'simulator')}?${SCENARIO_PARAM}=${encodeScenarioParam(this.shown.json)}`);

  /** The router playground's query and sample run; RouterPlayground routes them (the router loads with it). */
  query = $state('');
  sample = $state<RouterEvaluation | null>(null);
  shareStatus = $state<string | null>(null);

  constructor(options: SimulatorOptions) {
    this.locale = options.locale;
    this.prices = options.prices;
    this.presets = options.presets;
    this.persist = options.persist;
    const preset = options.presets.find((candidate) => candidate.id === options.defaultPreset) ?? options.presets[0];
    this.#fallback = preset?.scenario;
    const opened = openScenario({ param: null, stored: null, fallback: this.#fallback }, this.prices);
    this.draft = draftFromScenario(opened.json, opened.scenario, this.prices);
    const first = evaluateDraft(this.draft, this.prices, this.locale);
    if (!first.run) throw new Error(`the default scenario "${options.defaultPreset}" does not evaluate`);
    this.#lastValid = { run: first.run, json: first.json };
  }

  /**
   * In the browser, when the first of its islands runs (the server rendered the default): opens the link's or the
   * saved scenario and keeps both up to date. Returns the clean-up.
   */
  connect(): () => void {
    if (!this.persist || this.#connected) return () => {};
    this.#connected = true;
    const params = new URLSearchParams(location.search);
    const presetId = params.get(PRESET_PARAM);
    const preset = this.presets.find((candidate) => candidate.id === presetId);
    // A preset's link opens as a link to its scenario would; a preset that does not exist is a broken link.
    const param = preset ? encodeScenarioParam(preset.scenario) : (presetId ?? params.get(SCENARIO_PARAM));
    const opened = openScenario({ param, stored: savedScenario.get() || null, fallback: this.#fallback }, this.prices);
    if (opened.problem || param !== null || savedScenario.get()) {
      this.draft = draftFromScenario(opened.json, opened.scenario, this.prices);
    }
    if (opened.problem) {
      const detail = opened.problem.errors?.[0];
      const text = SIMULATOR_TEXT[this.locale];
      this.notice = text.notice(opened.problem, detail ? formatValidationError(detail, this.locale) : text.unreadable);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = $effect.root(() => {
      $effect(() => {
        const json = this.shown.json;
        clearTimeout(timer);
        timer = setTimeout(() => this.#save(json), PERSIST_DELAY_MS);
      });
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }

  #save(json: unknown): void {
    savedScenario.set(JSON.stringify(json));
    const url = new URL(location.href);
    url.searchParams.delete(PRESET_PARAM);
    url.searchParams.set(SCENARIO_PARAM, encodeScenarioParam(json));
    history.replaceState(history.state, '', url);
  }

  loadPreset(id: string): void {
    const preset = this.presets.find((candidate) => candidate.id === id);
    if (!preset) return;
    const parsed = parseScenario(preset.scenario, this.prices);
    if (!parsed.ok) return;
    this.draft = draftFromScenario(preset.scenario, parsed.scenario, this.prices);
    this.notice = null;
  }

  error(key: string): string | undefined {
    return this.evaluation.fieldErrors[key];
  }

  setModel(choice: string): void {
    selectModel(this.draft, choice, this.prices);
  }

  setCascadeModel(which: 'small' | 'large', choice: string): void {
    selectCascadeModel(this.draft, which, choice, this.prices);
  }

  setProfile(profile: Profile): void {
    selectProfile(this.draft, profile);
  }

  async copyLink(): Promise<void> {
    const url = new URL(location.href);
    url.search = `?${SCENARIO_PARAM}=${encodeScenarioParam(this.shown.json)}`;
    url.hash = '';
    try {
      await navigator.clipboard.writeText(url.href);
      this.linkStatus = { kind: 'copied' };
    } catch {
      // No clipboard (permission, insecure origin): show the link to copy by hand.
      this.linkStatus = { kind: 'manual', url: url.href };
    }
  }

  /** Feeds the router's measured small-model share into the cascade. */
  useSampleShare(): void {
    if (!this.sample) return;
    this.draft.sections.cascade = true;
    this.draft.texts['cascade.ps'] = String(this.sample.smallShare);
    this.shareStatus = SIMULATOR_TEXT[this.locale].shareUsed(numberFormats(this.locale).decimal(this.sample.smallShare));
  }
}

/** What each of a simulator's two islands is given. */
export interface SimulatorIslandProps {
  locale: Locale;
  view: SimulatorView;
  defaultPreset: string;
  /** Level of the simulator's own headings: 2 on its page, 3 inside a lesson's panel. */
  headingLevel: 2 | 3;
}

const onThisPage = new Map<SimulatorView, SimulatorState>();

/**
 * The state of one simulator on the page, on the shipped price data and presets, shared by its two islands:
 * the form and results, hydrated first, and the charts and router, hydrated when they scroll into view, so a
 * phone does not build them before they are seen. On the server every render builds its own, so nothing
 * carries over between pages.
 */
export function simulatorFor({ view, locale, defaultPreset }: SimulatorIslandProps): SimulatorState {
  const build = () => new SimulatorState({ locale, prices: shippedPrices, presets: shippedPresets, defaultPreset, persist: view === 'full' });
  if (import.meta.env.SSR) return build();
  let sim = onThisPage.get(view);
  if (!sim) onThisPage.set(view, (sim = build()));
  return sim;
}

/**
 * One island's hold on the shared state, made while the island initialises. `live` turns true once it runs in
 * the browser (its root's data-live), so tests and styles can tell the server's HTML from the live one; the first
 * island to run connects the state to the link and storage.
 */
export class SimulatorIsland {
  readonly sim: SimulatorState;
  live = $state(false);

  constructor(props: SimulatorIslandProps) {
    this.sim = simulatorFor(props);
    onMount(() => {
      this.live = true;
      return this.sim.connect();
    });
  }
}
