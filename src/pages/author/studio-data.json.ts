// The studio's data (src/lib/studio-data.ts), fetched by the author page only and left out of the offline cache.
import type { APIRoute } from 'astro';
import { studioData } from '../../lib/studio-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(await studioData()), { headers: { 'Content-Type': 'application/json' } });
