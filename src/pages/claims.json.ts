import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { claimsJson } from '../claims/exports.ts';
import { inEssayOrder } from '../claims/queries.ts';

/** Every claim, with `url` and `permalink` as site paths that include the base. */
export const GET: APIRoute = async () => {
  const claims = inEssayOrder((await getCollection('claims')).map((entry) => entry.data));
  const body = claimsJson(claims, { base: import.meta.env.BASE_URL });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
