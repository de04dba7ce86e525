import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress, type StoredCard } from '../../../src/core/quiz/progress';
import { homeSummary, type HomeLesson } from '../../../src/lib/quiz/home-summary';

const SKILLS = ['2.2.1', '2.2.2', '2.2.3'];

const NOW = new Date('2026-11-29T08:00:00Z');
const questions = [
  { id: 'q-a', skill: '2.2.1' },
  { id: 'q-b', skill: '2.2.1' },
  { id: 'q-c', skill: '2.2.3' },
] as const;
const lesson = (path: string, title: string, skill: string | null): HomeLesson => ({ id: `vi/${path}`, path, title, href: `/vi/lessons/${path}/`, skill });
const lessons = [lesson('task-2-2', 'Task', null), lesson('task-2-2/skill-2-2-1', 'One', '2.2.1'), lesson('task-2-2/skill-2-2-3', 'Three', '2.2.3')];
const card = (due: string, stability: number): StoredCard => ({
  due,
  stability,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: 'Review',
});
const progressWith = (parts: Partial<Progress>): Progress => ({ ...emptyProgress(), ...parts });

describe('home summary', () => {
  it('counts lessons read in either language, questions practised, mastery and due cards per skill', () => {
    const summary = homeSummary(
      progressWith({
        readLessons: ['en/task-2-2/skill-2-2-1', 'vi/task-2-2'],
        attempts: [
          { questionId: 'q-a', at: '2026-11-01T08:00:00.000Z', outcome: 'correct' },
          { questionId: 'q-c', at: '2026-11-01T08:00:00.000Z', outcome: 'wrong' },
          { questionId: 'q-gone', at: '2026-11-01T08:00:00.000Z', outcome: 'wrong' },
        ],
        cards: {
          'q-a': card('2026-12-20T08:00:00.000Z', 14),
          'q-c': card('2026-11-28T08:00:00.000Z', 1),
          'q-gone': card('2026-11-01T08:00:00.000Z', 1),
        },
      }),
      SKILLS,
      questions,
      lessons,
      NOW,
    );
    expect(summary.skills).toEqual([
      { skill: '2.2.1', lessonsRead: 1, lessons: 1, practised: 1, questions: 2, mastery: 0.5 },
      { skill: '2.2.2', lessonsRead: 0, lessons: 0, practised: 0, questions: 0, mastery: 0 },
      { skill: '2.2.3', lessonsRead: 0, lessons: 1, practised: 1, questions: 1, mastery: 0 },
    ]);
    expect(summary.due).toBe(1);
    expect(summary.nextLesson?.title).toBe('Three');
    expect(summary.practisedAny).toBe(true);
  });

  it('offers no "continue" before anything was read or practised', () => {
    const summary = homeSummary(emptyProgress(), SKILLS, questions, lessons, NOW);
    expect(summary.nextLesson).toBeNull();
    expect(summary.practisedAny).toBe(false);
    expect(summary.due).toBe(0);
  });
});
