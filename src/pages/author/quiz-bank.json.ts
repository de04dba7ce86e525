// The whole question bank, both languages, for the studio's question sets and item analysis. Under /author/, so
// that it stays out of the readers' offline cache and is kept as the studio is, once opened.
import type { APIRoute } from 'astro';
import { clientBank } from '../../lib/quiz/load';

export const GET: APIRoute = async () => new Response(JSON.stringify(await clientBank()), { headers: { 'Content-Type': 'application/json' } });
