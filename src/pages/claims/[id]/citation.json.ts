/** A claim's citation as CSL-JSON (see src/citations/cite.ts), beside its page: a file saved for later, so no access date. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsInOrder } from '../../../collections.ts';
import { claimPlace } from '../../../citations/essay-citation.ts';
import { essayFacts } from '../../../source.ts';
import { cslJson } from '../../../citations/cite.ts';

export const getStaticPaths = (async () => (await claimsInOrder()).map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(cslJson(claimPlace(props.claim, { base: import.meta.env.BASE_URL, site }, essayFacts().title).place), null, 2), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
