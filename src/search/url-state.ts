/**
 * The search page's state and its URL: `/search/?q=硬件&topic=hardware-vs-software&topic=automl`.
 * Values within a facet are alternatives (any of them); facets combine (all of them), as
 * ./facet-counts.ts counts them.
 */
import { claimTypeIds, topicIds } from '../claims/vocabulary.ts';
import { maxQueryLength } from './query.ts';

export const facets = ['type', 'topic', 'section'] as const;
export type Facet = (typeof facets)[number];

export interface SearchState {
  q: string;
  type: string[];
  topic: string[];
  section: string[];
  /** Include full-text matches in the sections, after the claims. */
  full: boolean;
}

export const emptyState: SearchState = { q: '', type: [], topic: [], section: [], full: false };

/** Reads the state from a query string; unknown facet values are dropped, as a link may be old. */
export function parseState(search: string, sections: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const known: Record<Facet, readonly string[]> = { type: claimTypeIds, topic: topicIds, section: sections };
  const values = (facet: Facet) => [...new Set(params.getAll(facet))].filter((value) => known[facet].includes(value));
  return {
    // A link may carry any length; the search reads `maxQueryLength` characters, and so does the page.
    q: (params.get('q') ?? '').trim().slice(0, maxQueryLength).trim(),
    type: values('type'),
    topic: values('topic'),
    section: values('section'),
    full: params.get('full') === '1',
  };
}

export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of facets) for (const value of state[facet]) params.append(facet, value);
  if (state.full) params.set('full', '1');
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const isEmpty = (state: SearchState) => !state.q && facets.every((facet) => state[facet].length === 0);
