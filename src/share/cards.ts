/**
 * What each share image says (data → card), before any drawing: the home page's, each
 * section's (title and claim count) and each claim's (type badge, title, the quote's opening,
 * its section). Every string a card draws is listed here, so the font subset can hold exactly
 * those characters and a test can check that none is missing.
 */
import type { Claim } from '../claims/schema.ts';
import { claimTypes } from '../claims/vocabulary.ts';
import type { Section } from '../essay/section-schema.ts';
import { sectionShortName } from '../essay/sections.ts';
import { siteName } from '../site.ts';
import type { Palette } from './palette.ts';

export interface Card {
  /** The image's path below the site's base, without `.png`: `og/index`, `og/claims/<id>`. */
  path: string;
  /** The image's alternative text (og:image:alt). */
  alt: string;
  /** The colour of the card's edge and badge: the claim's type, or the site's text colour. */
  accent: string;
  kicker: string;
  badge?: string;
  title: string;
  /** The quote's opening, or the essay's byline. */
  body?: string;
  footer: string;
}

/** Where a section stands: 引言, or 第 3 节 and its title. */
const sectionPlace = (section: Pick<Section, 'title' | 'order'>) => (section.order === 0 ? section.title : `${sectionShortName(section)} · ${section.title}`);

export const cardPath = {
  home: 'og/index',
  section: (slug: string) => `og/${slug}`,
  claim: (id: string) => `og/claims/${id}`,
};

export function homeCard(essayTitle: string, claims: number, sections: number, palette: Palette): Card {
  return {
    path: cardPath.home,
    alt: `${siteName}：${essayTitle}`,
    accent: palette.fg,
    kicker: siteName,
    title: essayTitle,
    body: 'George Hosu 著 · 中文译文 · 编者批注',
    footer: `${sections} 节 · ${claims} 条论断`,
  };
}

export function sectionCard(section: Pick<Section, 'slug' | 'title' | 'order'>, claims: number, essayTitle: string, palette: Palette): Card {
  return {
    path: cardPath.section(section.slug),
    alt: `${sectionPlace(section)}，${claims} 条论断`,
    accent: palette.fg,
    kicker: `${siteName} · ${sectionShortName(section)}`,
    title: section.title,
    body: essayTitle,
    footer: `${claims} 条论断`,
  };
}

export function claimCard(claim: Pick<Claim, 'id' | 'type' | 'title' | 'quote'>, section: Pick<Section, 'title' | 'order'>, palette: Palette): Card {
  const type = claimTypes[claim.type];
  return {
    path: cardPath.claim(claim.id),
    alt: `${type.zh}：${claim.title}（${sectionPlace(section)}）`,
    accent: palette.types[claim.type],
    kicker: siteName,
    badge: `${type.zh} ${type.en}`,
    title: claim.title,
    body: `“${claim.quote.replace(/\n/g, ' ')}”`,
    footer: sectionPlace(section),
  };
}
