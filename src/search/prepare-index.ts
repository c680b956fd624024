/**
 * The claims' index made ready to match, once per page: each claim's fields as the search reads
 * them (folded, squeezed), weighted by where a word is held. Both the matching (./match-claims.ts)
 * and the suggestions (./suggest.ts) read it.
 */
import { claimLabels, type ClaimIndex, type IndexedClaim } from './claim-index.ts';
import { searchable, squeeze, type Searchable } from './query.ts';

/**
 * Where a claim holds a word, by weight: titles first, then keywords, then the quote and notes,
 * and last its labels (its section's title among them): a claim's own words outrank its section's.
 */
const weights = { title: 7, title_en: 6, keywords: 3, text: 1, labels: 0.5 } as const;

/** What a keyword adds when it is exactly what the reader typed. */
export const wholeEntry = 0.5;

/** A keyword, or the reader's query, as keywords are compared whole: squeezed, without punctuation (what's the point? → what'sthepoint). */
export const keywordKey = (text: string) => squeeze(text).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

export interface Field {
  weight: number;
  text: Searchable;
  /** The keywords one by one, squeezed: one typed whole weighs `wholeEntry` more. */
  entries?: ReadonlySet<string>;
}

export interface PreparedClaim {
  claim: IndexedClaim;
  fields: Field[];
  all: Searchable;
}

export interface PreparedIndex {
  index: ClaimIndex;
  claims: PreparedClaim[];
}

export function prepareIndex(index: ClaimIndex): PreparedIndex {
  return {
    index,
    claims: index.claims.map((claim) => {
      const labels = claimLabels(index, claim).map(([, text]) => text);
      const fields: Field[] = [
        { weight: weights.title, text: searchable(claim.title) },
        { weight: weights.title_en, text: searchable(claim.title_en) },
        { weight: weights.keywords, text: searchable([...claim.keywords.zh, ...claim.keywords.en].join('\n')), entries: new Set([...claim.keywords.zh, ...claim.keywords.en].map(keywordKey)) },
        ...claim.text.map((block) => ({ weight: weights.text, text: searchable(block) })),
        { weight: weights.labels, text: searchable(labels.join('\n')) },
      ];
      const all = searchable([claim.title, claim.title_en, ...claim.keywords.zh, ...claim.keywords.en, ...claim.text, ...labels].join('\n'));
      return { claim, fields, all };
    }),
  };
}
