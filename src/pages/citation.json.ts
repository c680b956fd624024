/** The whole essay's citation as CSL-JSON (see src/citations/cite.ts). */
import type { APIRoute } from 'astro';
import { cslJson } from '../citations/cite.ts';
import { citationKey, essayCitation } from '../citations/essay-citation.ts';
import { essayFacts } from '../source.ts';
import { withBase } from '../site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(cslJson({ ...essayCitation(essayFacts().title), url: new URL(withBase(import.meta.env.BASE_URL), site ?? 'http://localhost/').href, accessed: new Date(), key: citationKey() }), null, 2), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
