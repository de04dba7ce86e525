/** What the author pages show of a question's `verify` block once the content check has passed it. */
import type { Question } from '../../schemas/question';

export type VerifyStatus = { state: 'none' } | { state: 'agrees'; path: string; expected: string };

const expectedText = (verify: NonNullable<Question['verify']>): string =>
  verify.lessThan !== undefined ? `< ${verify.lessThan}` : verify.greaterThan !== undefined ? `> ${verify.greaterThan}` : `= ${JSON.stringify(verify.equals)}`;

/** A question in a built bank: its verify block, if any, agreed with the simulator (the build fails otherwise). */
export const verifyStatus = ({ verify }: Question): VerifyStatus =>
  verify ? { state: 'agrees', path: verify.path, expected: expectedText(verify) } : { state: 'none' };
