import type { APIRoute } from 'astro';
import { claimsJson } from '../citations/claim-exports.ts';
import { claimsInOrder } from '../collections.ts';

/** Every claim, with `url` and `permalink` as site paths that include the base. */
export const GET: APIRoute = async () => {
  const body = claimsJson(await claimsInOrder(), { base: import.meta.env.BASE_URL });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
