/** The pass mark the candidate assumes, a setting of the readiness section; the document keeps it per browser. */
import { persistentAtom } from '@nanostores/persistent';
import { READINESS_DEFAULTS } from '../core/quiz/readiness-defaults';

export const CUT_SCORE_KEY = 'aip-c01:cut-score:v1';
/** A whole percentage within these bounds: below half right nobody would call it a pass mark. */
export const CUT_SCORE_RANGE = { min: 50, max: 100 } as const;

export const isCutScore = (value: number): boolean => Number.isInteger(value) && value >= CUT_SCORE_RANGE.min && value <= CUT_SCORE_RANGE.max;

/** Percent; a stored value that is not a valid pass mark reads as the default, which the section shows. */
export const cutScorePercent = persistentAtom<number>(CUT_SCORE_KEY, READINESS_DEFAULTS.cutScore * 100, {
  encode: String,
  decode: (raw) => (isCutScore(Number(raw)) ? Number(raw) : READINESS_DEFAULTS.cutScore * 100),
});
