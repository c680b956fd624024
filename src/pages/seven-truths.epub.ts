/** The e-book (src/epub/): the whole annotated edition as one EPUB 3, its name `epubFileName`. */
import type { APIRoute } from 'astro';
import { siteEpub } from '../site-epub.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(new Uint8Array(await siteEpub({ base: import.meta.env.BASE_URL, site })), { headers: { 'Content-Type': 'application/epub+zip' } });
