import { describe, expect, it } from 'vitest';
import { exportReminder } from '../../../src/core/quiz/backup';
import { emptyProgress, type Progress } from '../../../src/core/quiz/progress';

const NOW = new Date('2026-12-10T12:00:00.000Z');
const answeredOn = (...days: string[]): Progress => ({
  ...emptyProgress(),
  attempts: days.map((day, index) => ({ questionId: `q-${index}`, at: `${day}T12:00:00.000Z`, outcome: 'correct' })),
});

describe('exportReminder', () => {
  it.each([
    { case: 'nothing answered', progress: emptyProgress(), persisted: false, expected: null },
    { case: 'six days of unexported answers', progress: answeredOn('2026-12-04', '2026-12-09'), persisted: false, expected: null },
    {
      case: 'seven days, never exported',
      progress: answeredOn('2026-12-09', '2026-12-03'),
      persisted: false,
      expected: { answers: 2, since: '2026-12-03T12:00:00.000Z' },
    },
    { case: 'seven days but persistent storage', progress: answeredOn('2026-12-03'), persisted: true, expected: null },
    {
      case: 'answers before the export do not count',
      progress: { ...answeredOn('2026-11-01', '2026-12-02', '2026-12-09'), exportedAt: '2026-11-02T00:00:00.000Z' },
      persisted: false,
      expected: { answers: 2, since: '2026-12-02T12:00:00.000Z' },
    },
    {
      case: 'exported since the week-old answer',
      progress: { ...answeredOn('2026-12-01'), exportedAt: '2026-12-05T00:00:00.000Z' },
      persisted: false,
      expected: null,
    },
  ])('$case', ({ progress, persisted, expected }) => {
    expect(exportReminder(progress, persisted, NOW)).toEqual(expected);
  });
});
