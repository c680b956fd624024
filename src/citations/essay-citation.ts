/** The essay as cited from this edition: the facts every citation shares, and one per page. */
import { original } from '../essay/original.ts';
import { claimPath, siteName, withBase } from '../site.ts';
import { translatorZh, type CitedPlace } from './cite.ts';
import type { Claim } from '../claims/schema.ts';
import { absoluteHref, type Urls } from './claim-exports.ts';

/** The essay whose Chinese title is `title` (the edition's), as every citation names it. */
export const essayCitation = (title: string) => ({
  title,
  // The editor's literal rendering of the Chinese title (the English original's title differs).
  titleTranslated: 'I have done machine learning research for 5 years and found these 7 truths',
  original: { author: { family: 'Hosu', given: 'George' }, title: original.title, url: original.url },
  edition: siteName,
}) as const satisfies Omit<CitedPlace, 'locator' | 'url' | 'accessed' | 'key'>;

/**
 * A page of the edition as the place cited: the citation, with the page's absolute URL when the
 * site's address is known, and its site path (base included) for the script to resolve.
 */
const citedPage = (urls: Urls, path: string, essayTitle: string, fields: Pick<CitedPlace, 'key' | 'locator'>) => {
  const place: Omit<CitedPlace, 'accessed'> = { ...essayCitation(essayTitle), ...fields, url: absoluteHref(urls, path) };
  return { place, path: withBase(urls.base, path) };
};

export const citationKey = (claimId?: string) => (claimId ? `hosu-seven-truths-${claimId}` : 'hosu-seven-truths');

/** A claim's page as the place cited (its permalink, which survives renames and edits). */
export const claimPlace = (claim: Pick<Claim, 'id' | 'title' | 'title_en'>, urls: Urls, essayTitle: string) =>
  citedPage(urls, claimPath(claim.id), essayTitle, { locator: { kind: 'claim', zh: claim.title, en: claim.title_en }, key: citationKey(claim.id) });

/** The whole essay as cited: the edition's home page. */
export const essayPlace = (urls: Urls, essayTitle: string) => citedPage(urls, '', essayTitle, { key: citationKey() });

/** What a citation cites, said beside it: the essay, read in `where` (本版, 本版和这条论断). */
export const citedWork = (where: string) => `被引的是文章本身（${original.author} 著，中文译文的译者未署名，著录为“${translatorZh}”），${where}是读到它的地方。`;
