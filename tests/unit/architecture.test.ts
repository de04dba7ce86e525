/**
 * Imports run one way: content -> schemas -> core -> (authoring, lessons) -> lib, i18n, stores -> components,
 * layouts, pages and browser scripts. A module may import its own layer and the layers below it, never one above;
 * core stays free of Astro, Svelte and the DOM's frameworks. The scan reads every source file of src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './authoring/cli';

/** Each folder of src/ (or top-level file) with its rank: a module may import ranks up to its own. */
const RANKS: Record<string, number> = {
  schemas: 1,
  core: 2,
  authoring: 3,
  lessons: 3,
  lib: 4,
  i18n: 4,
  stores: 4,
  components: 5,
  layouts: 5,
  pages: 5,
  scripts: 5,
  styles: 5,
  'content.config.ts': 5,
};
const CONTENT_RANK = 0;
/**
 * Packages a layer may not use at all, whatever their rank. Core runs in the browser too, so it checks data with
 * its own small validator (core/validation.ts), not zod: zod stays with the content schemas, used at build time.
 */
const FORBIDDEN: Record<string, RegExp> = {
  schemas: /^(astro|astro:.*|svelte(\/.*)?|@astrojs\/.*|nanostores|@nanostores\/.*)$/,
  core: /^(astro|astro:.*|svelte(\/.*)?|@astrojs\/.*|nanostores|@nanostores\/.*|zod(\/.*)?)$/,
};

interface SourceFile {
  /** Path from the project root, e.g. src/core/router.ts. */
  path: string;
  text: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function layerOf(path: string): string | undefined {
  const [top, first] = path.split('/');
  if (top === 'content') return 'content';
  if (top !== 'src' || first === undefined) return undefined;
  return first;
}

function rankOf(layer: string | undefined): number | undefined {
  if (layer === 'content') return CONTENT_RANK;
  return layer === undefined ? undefined : RANKS[layer];
}

/** Every import that goes up the layers, or to a package its layer may not use, as "from -> to". */
function layeringViolations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    const rank = rankOf(layer);
    if (layer === undefined || rank === undefined) continue;
    for (const match of file.text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) {
        const target = relative(projectRoot, resolve(projectRoot, dirname(file.path), specifier))
          .split('\\')
          .join('/');
        const targetRank = rankOf(layerOf(target));
        if (targetRank !== undefined && targetRank > rank) found.push(`${file.path} -> ${target}`);
      } else if (FORBIDDEN[layer]?.test(specifier)) {
        found.push(`${file.path} -> ${specifier}`);
      }
    }
  }
  return found;
}

function sourceFiles(directory: string): SourceFile[] {
  return readdirSync(join(projectRoot, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|svelte|astro)$/.test(entry.name) ? [{ path, text: readFileSync(join(projectRoot, path), 'utf8') }] : [];
  });
}

describe('layering', () => {
  const files = sourceFiles('src');

  it('names every folder of src/ in the layer table', () => {
    const tops = [...new Set(files.map((file) => file.path.split('/')[1] ?? ''))];
    expect(tops.filter((top) => RANKS[top] === undefined)).toEqual([]);
  });

  it('has no import against the direction content -> schemas -> core -> lib -> components and pages', () => {
    expect(layeringViolations(files)).toEqual([]);
  });

  it.each([
    ['src/core/router.ts', "import { SIMULATOR_TEXT } from '../i18n/simulator';", 'src/core/router.ts -> src/i18n/simulator'],
    ['src/core/router.ts', "import Island from '../components/simulator/Simulator.svelte';", 'src/core/router.ts -> src/components/simulator/Simulator.svelte'],
    ['src/core/router.ts', "import { getCollection } from 'astro:content';", 'src/core/router.ts -> astro:content'],
    ['src/core/router.ts', "const text = await import('../stores/progress');", 'src/core/router.ts -> src/stores/progress'],
    ['src/core/pricing.ts', "import { z } from 'zod';", 'src/core/pricing.ts -> zod'],
    ['src/schemas/question.ts', "export { describe } from '../core/describe';", 'src/schemas/question.ts -> src/core/describe'],
    ['src/lib/glossary.ts', "import type { SimulatorText } from '../components/simulator/text';", 'src/lib/glossary.ts -> src/components/simulator/text'],
  ])('catches %s importing upwards: %s', (path, text, violation) => {
    expect(layeringViolations([{ path, text }])).toEqual([violation]);
  });

  it.each([
    ['src/core/shipped-data.ts', "import prices from '../../content/pricing/lambda.json' with { type: 'json' };"],
    ['src/lib/glossary.ts', "import { getCollection } from 'astro:content';"],
    ['src/components/quiz/QuizStart.astro', "import type { Skill } from '../../schemas/question-kinds';"],
    ['src/core/quiz/verify.ts', "import type { Question } from '../../schemas/question';"],
  ])('lets %s import downwards: %s', (path, text) => {
    expect(layeringViolations([{ path, text }])).toEqual([]);
  });
});
