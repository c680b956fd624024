/**
 * The claims' search index: its shape, read in the browser and built by ./records.ts.
 *
 * The search boxes answer claims from this one small JSON file, fetched once when a box is first
 * used: 66 claims are few enough to match in the browser within a frame, so a query costs no
 * round trip and no fragment per result. It holds what a result shows and what a query may match:
 * titles, keywords, labels, the quote and the commentary. Nothing here may import the Markdown
 * tools the build uses: this module is part of the browser's bundle.
 */

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
  /** How many relations of the argument maps it takes part in, either way. */
  relations: number;
}

export interface ClaimIndex {
  /** Labels of the closed sets, once for all claims: `[zh, en]`. */
  types: Record<string, [string, string]>;
  topics: Record<string, [string, string]>;
  sections: Record<string, string>;
  /** In essay order. */
  claims: IndexedClaim[];
}

/** A claim's labels as a result names them: its type, topics and section, for matching and excerpts. */
export const claimLabels = (index: ClaimIndex, claim: IndexedClaim): [label: string, text: string][] => [
  ['类型', index.types[claim.type]!.join(' ')],
  ...claim.topics.map((topic): [string, string] => ['主题', index.topics[topic]!.join(' ')]),
  ['章节', index.sections[claim.section]!],
];
