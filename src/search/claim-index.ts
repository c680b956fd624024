/**
 * Claims → the claims' search index (data → one small JSON file).
 *
 * The search boxes answer claims from this file, fetched once when a box is first used: 66
 * claims are few enough to match in the browser within a frame, so a query costs no round trip
 * and no fragment per result. It holds what a result shows and what a query may match: titles,
 * keywords, labels, the quote and the commentary. Pagefind still indexes every claim and passage
 * (./records.ts); the search page asks it for the passages of the full text.
 */
import type { Claim } from '../claims/schema.ts';
import { commentaryParts } from '../claims/render-note.ts';
import { claimTypes, topics } from '../claims/vocabulary.ts';
import type { Section } from '../essay/section-schema.ts';

export interface IndexedClaim {
  id: string;
  section: string;
  type: string;
  topics: string[];
  title: string;
  title_en: string;
  keywords: { zh: string[]; en: string[] };
  /** The quote's lines, then the commentary's parts as the pages label them. */
  text: string[];
}

export interface ClaimIndex {
  /** Labels of the closed sets, once for all claims: `[zh, en]`. */
  types: Record<string, [string, string]>;
  topics: Record<string, [string, string]>;
  sections: Record<string, string>;
  /** In essay order. */
  claims: IndexedClaim[];
}

const labels = (set: Record<string, { zh: string; en: string }>) =>
  Object.fromEntries(Object.entries(set).map(([id, term]) => [id, [term.zh, term.en] as [string, string]]));

export function claimIndex(sections: readonly Pick<Section, 'slug' | 'title'>[], claims: readonly Claim[]): ClaimIndex {
  return {
    types: labels(claimTypes),
    topics: labels(topics),
    sections: Object.fromEntries(sections.map((section) => [section.slug, section.title])),
    claims: claims.map((claim) => ({
      id: claim.id,
      section: claim.section,
      type: claim.type,
      topics: [...claim.topics],
      title: claim.title,
      title_en: claim.title_en,
      keywords: { zh: [...claim.keywords.zh], en: [...claim.keywords.en] },
      text: [...claim.quote.split('\n'), ...commentaryParts(claim).map((part) => part.text)],
    })),
  };
}

/** A claim's labels as a result names them: its type, topics and section, for matching and excerpts. */
export const claimLabels = (index: ClaimIndex, claim: IndexedClaim): [label: string, text: string][] => [
  ['类型', index.types[claim.type]!.join(' ')],
  ...claim.topics.map((topic): [string, string] => ['主题', index.topics[topic]!.join(' ')]),
  ['章节', index.sections[claim.section]!],
];
