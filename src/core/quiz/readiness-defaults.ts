/**
 * The readiness assumptions, apart from readiness.ts so that a page can show them without loading the scheduler.
 * The exam form: how many questions of this course it holds, and the share right needed to pass. AWS reports a
 * scaled score with 750 of 1000 to pass and no raw cut; 75% right is the assumption, and a setting.
 */
export const READINESS_DEFAULTS = { formSize: 20, cutScore: 0.75 } as const;
/** Below this many questions answered, a pass probability would say more about the prior than about the candidate. */
export const MINIMUM_ANSWERED = 20;
