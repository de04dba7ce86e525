// One loader of the FSRS scheduler for every store that reviews a card.
let loading: Promise<typeof import('../core/quiz/scheduler')> | null = null;

/** The FSRS scheduler, loaded once: when a session opens (so it is there by the first answer), not with the page. */
export const loadScheduler = () => (loading ??= import('../core/quiz/scheduler'));
