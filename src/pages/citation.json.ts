/** The whole essay's citation as CSL-JSON (see src/citations/cite.ts): a file saved for later, so no access date. */
import type { APIRoute } from 'astro';
import { cslJson } from '../citations/cite.ts';
import { essayPlace } from '../citations/essay-citation.ts';
import { essayFacts } from '../source.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(cslJson(essayPlace({ base: import.meta.env.BASE_URL, site }, essayFacts().title).place), null, 2), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
