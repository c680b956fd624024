/**
 * Pagefind, loaded on first use, and the site's reading of its results, shared by the search
 * page and the header box: only results that hold a word of the query (../search/query.ts),
 * records holding most of the words after the few (or none) that hold them all, and excerpts
 * cut from the quote or the note (../search/excerpt.ts).
 */
import { isMeaningful, matchQuery, queryWords, rankByWordsMatched, type Ranked } from '../search/query.ts';
import { excerptBlocks, makeExcerpt, type Excerpt } from '../search/excerpt.ts';
import { escapeHtml } from '../escape-html.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<Fragment>;
}

interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string, options: object): Promise<{ results: PagefindResult[] }>;
}

export interface Hit {
  kind: 'claim' | 'section';
  /** The page and anchor it opens, from the site's base: `automl/#automl-pipeline-steps`. */
  path: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The query's words the record holds. */
  held: string[];
  /** What of the query to mark in the excerpt and on the page the hit opens. */
  marks: string[];
  excerpt: Excerpt;
}

export interface Answer {
  words: string[];
  hits: Hit[];
  /** Where the hits holding only some of the words begin (`hits.length` when none do). */
  partialFrom: number;
}

/** Fewer whole matches than this, and records holding most of the words follow them. */
const fewWholeMatches = 5;

const base = import.meta.env.BASE_URL;

let engine: Promise<Pagefind> | undefined;
export const loadPagefind = () =>
  (engine ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ basePath: `${base}pagefind/`, baseUrl: base });
    await module.init();
    return module;
  }));

async function toHit(result: PagefindResult, q: string): Promise<Hit | undefined> {
  const fragment = await result.data();
  const text = [fragment.meta.title, fragment.meta.title_en, fragment.content].join('\n');
  const match = matchQuery(q, text);
  if (!isMeaningful(q, text, match)) return undefined;
  const { held, marks } = match;
  return {
    kind: fragment.filters.kind?.includes('claim') ? 'claim' : 'section',
    path: fragment.url.slice(base.length),
    meta: fragment.meta,
    filters: fragment.filters,
    held,
    marks,
    excerpt: makeExcerpt(excerptBlocks(fragment.anchors), marks, undefined, [fragment.meta.title ?? '', fragment.meta.title_en ?? ''].filter(Boolean)),
  };
}

/** The first `limit` results that mean something, loading no more fragments than needed. */
async function meaningful(results: readonly PagefindResult[], q: string, limit: number): Promise<Hit[]> {
  const hits: Hit[] = [];
  for (let start = 0; start < results.length && hits.length < limit; start += limit) {
    const batch = await Promise.all(results.slice(start, start + limit).map((result) => toHit(result, q)));
    hits.push(...batch.filter((hit) => hit !== undefined));
  }
  return hits.slice(0, limit);
}

export async function searchClaims(q: string, { full = false, limit = Infinity } = {}): Promise<Answer> {
  const words = queryWords(q);
  if (words.length === 0) return { words, hits: [], partialFrom: 0 };
  const pagefind = await loadPagefind();
  const options = { filters: full ? {} : { kind: 'claim' } };
  const { results } = await pagefind.search(q, options);
  const hits = await meaningful(results, q, limit);
  if (hits.length >= Math.min(fewWholeMatches, limit) || words.length < 2) return { words, hits, partialFrom: hits.length };
  // Few or no records hold every word: search them one by one and add the records holding most.
  const scores = new Map<string, { result: PagefindResult; score: number }>();
  const whole = new Set(results.map((result) => result.id));
  for (const { results: each } of await Promise.all(words.map((word) => pagefind.search(word, options)))) {
    for (const result of each) {
      if (whole.has(result.id)) continue;
      const seen = scores.get(result.id);
      scores.set(result.id, { result, score: (seen?.score ?? 0) + result.score });
    }
  }
  const candidates = await Promise.all(
    [...scores.values()].map(async ({ result, score }) => {
      const hit = await toHit(result, q);
      return hit && ({ item: hit, held: hit.held, score } satisfies Ranked<Hit>);
    }),
  );
  const partial = rankByWordsMatched(words, candidates.filter((candidate) => candidate !== undefined)).map(({ item }) => item);
  return { words, hits: [...hits, ...partial].slice(0, limit), partialFrom: hits.length };
}

/**
 * Calls `search` once the reader pauses typing in `input`. Pinyin and other input methods compose
 * a word over several keystrokes, so only a composed word counts. Returns a function that cancels
 * the pending search (when a submit searches at once).
 */
export function whenTyped(input: HTMLInputElement, search: () => void, pause: number): () => void {
  let typing: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(typing);
    typing = setTimeout(search, pause);
  };
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) later();
  });
  input.addEventListener('compositionend', later);
  return () => clearTimeout(typing);
}

/** A result's link: the claim or paragraph in context, with the matched words to highlight. */
export function hitUrl(hit: Hit): string {
  const [page, hash] = hit.path.split('#');
  const search = new URLSearchParams(hit.marks.map((word) => ['highlight', word])).toString();
  return `${base}${page}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The excerpt as HTML: escaped text, the words in `<mark>`, ellipses where it was cut. */
export function excerptHtml({ text, marks, cutStart, cutEnd }: Excerpt): string {
  let html = '';
  let at = 0;
  for (const [from, to] of marks) {
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(text.slice(at));
  return `${cutStart ? '……' : ''}${html}${cutEnd ? '……' : ''}`;
}
