/** The questions a <Questions> component practises, as the browser gets them. */
import type { Case } from '../../schemas/case';
import type { Question } from '../../schemas/question';

/**
 * The questions `ids` names, in that order, without their verify blocks (those stay at build time, as in the
 * quiz's bank file), and the cases they cite.
 */
export function questionSet(
  bank: { questions: readonly Question[]; cases: readonly Case[] },
  ids: readonly string[],
): { questions: Question[]; cases: Case[] } {
  const byId = new Map(bank.questions.map((question) => [question.id, question]));
  const questions = ids.map((id) => {
    const question = byId.get(id);
    if (!question) throw new Error(`unknown question id "${id}"`);
    const { verify: _verify, ...shown } = question;
    return shown;
  });
  const cited = new Set(questions.flatMap((question) => (question.case === undefined ? [] : [question.case])));
  return { questions, cases: bank.cases.filter((entry) => cited.has(entry.id)) };
}
