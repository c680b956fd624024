/** The e-book of this build (src/epub/), made once: its route writes it, the pages print its size. */
import { readEssay, readRevisions } from './source.ts';
import { buildEpub, epubFileName } from './epub/build-epub.ts';
import type { Urls } from './citations/claim-exports.ts';
import { siteCover } from './site-cards.ts';
import { withBase } from './site.ts';

let built: Promise<Uint8Array> | undefined;

/**
 * `urls` are the build's (base and SITE), the same for every page that asks. `astro dev` makes it
 * afresh on each request, as the annotations may have changed.
 */
export const siteEpub = (urls: Urls): Promise<Uint8Array> => (built && !import.meta.env.DEV ? built : (built = make(urls)));

async function make(urls: Urls): Promise<Uint8Array> {
  const { edition, claims } = readEssay();
  const { png, card } = await siteCover();
  return buildEpub({ edition, claims, revisions: readRevisions(claims), cover: { png: new Uint8Array(png), alt: card.alt }, urls });
}

/** The download's address and its size as a reader reads it: 131 KB. */
export async function epubDownload(urls: Urls) {
  const bytes = (await siteEpub(urls)).length;
  return { href: withBase(urls.base, epubFileName), size: `${Math.round(bytes / 1024)} KB` };
}
