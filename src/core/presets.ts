// Scenarios for the lesson's cases (content/pricing/presets.json), ready to load into the simulator. Each preset's
// scenario is checked by parseScenario against the price data where it is opened.
import type { Locale } from './locale';
import { fieldPath, problemsOf, type Reader, type ValidationError } from './validation';

export interface Preset {
  id: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** A CLI scenario. */
  scenario: Record<string, unknown>;
}

function readLocalized(reader: Reader, value: unknown, field: string): void {
  const text = reader.object(value, field, ['vi', 'en']);
  if (text) for (const locale of ['vi', 'en']) reader.text(text[locale], fieldPath(field, locale));
}

/** Every problem of the presets file; none when it is sound. */
export function presetProblems(raw: unknown): ValidationError[] {
  return problemsOf((reader) => {
    const list = reader.list(raw, '');
    if (!list) return;
    if (list.length === 0) reader.refuse('', raw, { kind: 'list', min: 1 });
    const presets = list.flatMap((value, index) => {
      const field = fieldPath('', index);
      const preset = reader.object(value, field, ['id', 'title', 'description', 'scenario']);
      if (!preset) return [];
      reader.kebabCase(preset.id, fieldPath(field, 'id'));
      readLocalized(reader, preset.title, fieldPath(field, 'title'));
      readLocalized(reader, preset.description, fieldPath(field, 'description'));
      reader.record(preset.scenario, fieldPath(field, 'scenario'));
      return [preset];
    });
    if (presets.length === list.length) reader.unique(presets, '', 'id');
  });
}
