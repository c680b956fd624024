import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sectionText } from '../../claims/selectors.ts';

/**
 * Each section's text as its page's `#text` element holds it, with its paragraphs' places: what
 * /notes/ re-anchors a reader's notes in without opening every section
 * (src/links/text-selectors.ts), and links them to their paragraph (src/links/note-link.ts).
 */
export const GET: APIRoute = async () => {
  const entries = (await getCollection('sections')).sort((a, b) => a.data.order - b.data.order);
  const body = Object.fromEntries(entries.map((entry) => [entry.data.slug, sectionText(entry.rendered?.html ?? '')]));
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
