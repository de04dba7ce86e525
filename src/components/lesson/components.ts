/** The components an MDX lesson uses without importing them, handed to its <Content components={…} />. */
import type { LessonComponentName } from '../../lessons/mdx/components';
import Notice from './Notice.astro';
import Omitted from './Omitted.astro';
import Questions from './Questions.astro';
import SimulatorPanel from './SimulatorPanel.astro';

export const LESSON_COMPONENTS = { SimulatorPanel, Questions, Notice } satisfies Record<LessonComponentName, unknown>;

/** The lesson's own text only: its interactive parts are left out. */
export const TEXT_COMPONENTS = { ...LESSON_COMPONENTS, SimulatorPanel: Omitted, Questions: Omitted };
