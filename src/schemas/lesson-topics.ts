/**
 * The lesson topics the simulator's explanations point to. Which lesson section teaches each topic is the
 * course's business (content/course.json, `simulatorSections`), so the simulator names no lesson path.
 */
export const LESSON_TOPICS = ['knowledge', 'options', 'provisioned', 'on-demand', 'containers', 'cascade-benefits'] as const;
export type LessonTopic = (typeof LESSON_TOPICS)[number];
