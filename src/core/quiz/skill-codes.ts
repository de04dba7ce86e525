/** Skill codes ("1.4.2"), as lessons define them and questions name them. */

/** Numeric order of dotted codes: 1.10.1 after 1.9.2. */
export function compareSkillCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The skills some of `questions` test, each once, in code order. */
export const skillsOf = (questions: readonly { skill: string }[]): string[] =>
  [...new Set(questions.map((question) => question.skill))].sort(compareSkillCodes);
