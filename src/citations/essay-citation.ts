/** The essay as cited from this edition: the facts every citation shares, and one per page. */
import { original } from '../essay/original.ts';
import { claimPath, siteName, withBase } from '../site.ts';
import type { CitedPlace } from './cite.ts';
import type { Claim } from '../claims/schema.ts';
import type { Urls } from './claim-exports.ts';

/** The essay whose Chinese title is `title` (the edition's), as every citation names it. */
export const essayCitation = (title: string) => ({
  title,
  // The editor's literal rendering of the Chinese title (the English original's title differs).
  titleTranslated: 'I have done machine learning research for 5 years and found these 7 truths',
  original: { author: { family: 'Hosu', given: 'George' }, title: original.title, url: original.url },
  edition: siteName,
}) as const satisfies Omit<CitedPlace, 'locator' | 'url' | 'accessed' | 'key'>;

/** A page as cited: its site path (base included), and its absolute URL when the site's address is known. */
export const citedPage = ({ base, site }: Urls, path: string) => {
  const local = withBase(base, path);
  return { path: local, url: site ? new URL(local, site).href : undefined };
};

export const citationKey = (claimId?: string) => (claimId ? `hosu-seven-truths-${claimId}` : 'hosu-seven-truths');

/** A claim's page as the place cited (its permalink, which survives renames and edits). */
export const claimPlace = (claim: Pick<Claim, 'id' | 'title' | 'title_en'>, urls: Urls, essayTitle: string) => {
  const { path, url } = citedPage(urls, claimPath(claim.id));
  const place: Omit<CitedPlace, 'accessed'> = { ...essayCitation(essayTitle), locator: { kind: 'claim', zh: claim.title, en: claim.title_en }, url, key: citationKey(claim.id) };
  return { place, path };
};

/** The whole essay as cited: the edition's home page. */
export const essayPlace = (urls: Urls, essayTitle: string) => {
  const { path, url } = citedPage(urls, '');
  const place: Omit<CitedPlace, 'accessed'> = { ...essayCitation(essayTitle), url, key: citationKey() };
  return { place, path };
};
