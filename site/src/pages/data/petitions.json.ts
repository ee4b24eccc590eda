import type { APIRoute } from 'astro';
import { allPetitions } from '../../lib/collections';
import { toIndexEntry } from '../../lib/petitions';

/** The search index the list page filters in the browser (titles, statuses, authorities, counts). */
export const GET: APIRoute = async () => {
  const index = (await allPetitions()).map(toIndexEntry);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
