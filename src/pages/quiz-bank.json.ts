// The question bank for the quiz islands, both languages in one file: a reader may switch any question to
// the other language, and /vi/ and /en/ share one cached copy. Verify scenarios stay at build time.
import type { APIRoute } from 'astro';
import { loadQuizBank, referenceTitles } from '../lib/quiz/load';
import type { ClientBank } from '../components/quiz/question-model';

export const GET: APIRoute = async () => {
  const { questions, cases } = await loadQuizBank();
  const bank: ClientBank = {
    questions: questions.map(({ verify: _verify, provenance: _provenance, ...question }) => question),
    cases,
    referenceTitles: await referenceTitles(questions),
  };
  return new Response(JSON.stringify(bank), { headers: { 'Content-Type': 'application/json' } });
};
