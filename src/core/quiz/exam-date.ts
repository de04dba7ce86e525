/** The exam date a candidate sets, as the moment the forecasts aim at. */

/** The hour of the exam on its day, local time: an assumption that only moves figures by a few hours' forgetting. */
const EXAM_HOUR = 9;

/** The exam as a moment: the day the candidate set ('YYYY-MM-DD'), at EXAM_HOUR local time. */
export function examMoment(examDate: string): Date {
  const [year = 0, month = 1, day = 1] = examDate.split('-').map(Number);
  return new Date(year, month - 1, day, EXAM_HOUR);
}
