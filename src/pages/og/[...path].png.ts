/** The share images (src/share/), one PNG per page: `og/index.png`, `og/<section>.png`, `og/claims/<id>.png`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCards, siteImages } from '../../site-cards.ts';

export const getStaticPaths = (() => siteCards().map((card) => ({ params: { path: card.path.replace(/^og\//, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const image = (await siteImages()).get(`og/${params.path}`)!;
  return new Response(new Uint8Array(image.png), { headers: { 'Content-Type': 'image/png' } });
};
