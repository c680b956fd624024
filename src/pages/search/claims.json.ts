import type { APIRoute } from 'astro';
import { claimIndex } from '../../search/records.ts';
import { claimsInOrder, sectionsInOrder } from '../../collections.ts';

/** The claims' search index, fetched by the search boxes on first use (src/browser/search/engine.ts). */
export const GET: APIRoute = async () => {
  const body = claimIndex(await sectionsInOrder(), await claimsInOrder());
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
