/** Days in the learner's own calendar (local time): the days a learner studies on and sets an exam for. */

export const DAY_MS = 86_400_000;

/** Local midnight of the day of `date`. */
export const dayStart = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

export const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** Whole local days from `from`'s day to `to`'s day (calendar days, so a change of clocks does not shift them). */
export const daysBetween = (from: Date, to: Date) => Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS);
