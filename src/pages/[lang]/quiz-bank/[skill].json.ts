// One skill's questions in one language (src/lib/quiz/bank-part.ts), as the quiz page loads them. Verify scenarios
// and provenance stay at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../core/locale';
import { bankPart } from '../../../lib/quiz/bank-part';
import { clientBank } from '../../../lib/quiz/load';
import { skillsOfCourse } from '../../../lib/skills';

export const getStaticPaths = (async () => {
  const skills = await skillsOfCourse();
  return LOCALES.flatMap((lang) => skills.map(({ code }) => ({ params: { lang, skill: code } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(bankPart(await clientBank(), params.lang as Locale, params.skill as string)), {
    headers: { 'Content-Type': 'application/json' },
  });
