import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { annotationCollection } from '../citations/claim-exports.ts';
import { claimsInOrder } from '../collections.ts';
import { describeClaims } from '../claims/selectors.ts';

export const GET: APIRoute = async ({ site }) => {
  const claims = await claimsInOrder();
  const sections = await getCollection('sections');
  const selectors = new Map(sections.flatMap((entry) => [...describeClaims(entry.rendered?.html ?? '')]));
  const body = annotationCollection(
    claims,
    (claim) => selectors.get(claim.id) ?? (() => { throw new Error(`Claim ${claim.id} is not in its section's HTML`); })(),
    { base: import.meta.env.BASE_URL, site },
  );
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/ld+json' } });
};
