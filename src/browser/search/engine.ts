/**
 * Search in the browser, shared by the search page and the header box: the claims' index
 * (src/search/claim-index.ts), fetched once and then searched on every keystroke without a round
 * trip (src/search/match-claims.ts); Pagefind, loaded only when the full text is asked for, for
 * the essay's passages.
 */
import { claimLabels, type ClaimIndex } from '../../search/claim-index.ts';
import type { ClaimAnswer, ClaimHit } from '../../search/match-claims.ts';
import { prepareIndex, type PreparedIndex } from '../../search/prepare-index.ts';
import { holdsPart, maxQueryLength, readQuery, searchable } from '../../search/query.ts';
import { claimExcerpt, excerptBlocks, findMarks, makeExcerpt, type Excerpt } from '../../search/excerpt.ts';
import { escapeHtml } from '../../escape-html.ts';

const base = import.meta.env.BASE_URL;

/** The claims' index, as the build writes it (src/pages/search/claims.json.ts). */
export const claimIndexUrl = `${base}search/claims.json`;

let claimIndex: PreparedIndex | undefined;
let loading: Promise<PreparedIndex> | undefined;

/** The index, fetched on first use; later calls share the one fetch. */
export const loadClaimIndex = () =>
  (loading ??= fetch(claimIndexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${claimIndexUrl}: ${response.status}`);
      return response.json() as Promise<ClaimIndex>;
    })
    .then((index) => (claimIndex = prepareIndex(index))));

/** The index if it has arrived: a search can then answer within the keystroke's frame. */
export const loadedClaimIndex = () => claimIndex;

/** Words as the messages quote them: “a”“b”. */
export const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join('');

/** What both boxes say when the answer is that of a slip's correction; nothing otherwise. */
const correctionNote = (answer: ClaimAnswer) => (answer.correctedFrom ? `没有找到“${answer.correctedFrom}”，下面是“${answer.parts.join(' ')}”的结果。` : '');

/**
 * What both boxes say first, above the results, as HTML: a slip's correction, a lone character
 * left out with the words the reader may have meant (`href` makes their links), a query cut at
 * its length. Nothing when there is nothing to say.
 */
export function noteHtml(q: string, answer: ClaimAnswer, href: (query: string) => string): string {
  const lone = answer.lone;
  const offered = lone?.words.map((word) => `<a href="${escapeHtml(href(word))}">${escapeHtml(word)}</a>`).join('、');
  return [
    escapeHtml(correctionNote(answer)),
    lone ? `单独一个“${escapeHtml(lone.character)}”字在书中不成词，没有按它搜索${offered ? `；你要找的是不是：${offered}？` : '。'}` : '',
    q.length >= maxQueryLength ? `查询最多 ${maxQueryLength} 字，其后的没有搜索。` : '',
  ].join('');
}

/** The query to offer as 你是不是要找, unless the answer already is its. */
export const offeredQuery = (answer: ClaimAnswer) => (answer.correctedFrom ? undefined : answer.suggestion?.query);

/** How a claim result shows: its place, its labels, what to mark, its excerpt. */
export interface ShownClaim {
  id: string;
  /** The page and anchor it opens, from the site's base: `automl/#automl-pipeline-steps`. */
  path: string;
  title: string;
  type: string;
  typeLabel: string;
  sectionTitle: string;
  /** The query's words it holds (for a partial match, the only ones). */
  held: string[];
  marks: string[];
  excerpt: Excerpt;
}

export function shownClaim(index: PreparedIndex, hit: ClaimHit): ShownClaim {
  const { claim } = hit;
  return {
    id: claim.id,
    path: `${claim.section}/#${claim.id}`,
    title: claim.title,
    type: claim.type,
    typeLabel: index.index.types[claim.type]![0],
    sectionTitle: index.index.sections[claim.section]!,
    held: hit.held,
    marks: hit.marks,
    excerpt: claimExcerpt(claim, hit.marks, claimLabels(index.index, claim)),
  };
}

// --- passages of the full text, on Pagefind ------------------------------------------------------

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { id: string; text: string }[];
}

interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string, options: object): Promise<{ results: { data(): Promise<Fragment> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ basePath: `${base}pagefind/`, baseUrl: base });
    await module.init();
    return module;
  }));

export interface ShownPassage {
  path: string;
  section: string;
  sectionTitle: string;
  paragraph: string;
  marks: string[];
  excerpt: Excerpt;
}

/** The essay's paragraphs holding every part of the query, in one round of fragment fetches. */
export async function searchPassages(q: string): Promise<ShownPassage[]> {
  const parts = readQuery(q);
  if (parts.length === 0) return [];
  const engine = await loadPagefind();
  const { results } = await engine.search(q, { filters: { kind: 'section' } });
  const fragments = await Promise.all(results.map((result) => result.data()));
  return fragments.flatMap((fragment) => {
    const text = searchable(fragment.content);
    const held = parts.map((part, index) => holdsPart(part, text, index === parts.length - 1));
    if (held.includes(false)) return [];
    const marks = parts.flatMap((part, index) => (held[index] === 'as written' ? [part.text] : part.words.map((word) => word.text)));
    return [
      {
        path: fragment.url.slice(base.length),
        section: fragment.meta.section ?? '',
        sectionTitle: fragment.meta.section_title ?? '',
        paragraph: fragment.meta.paragraph ?? '',
        marks,
        excerpt: makeExcerpt(excerptBlocks(fragment.anchors), marks),
      },
    ];
  });
}

// --- shared by both boxes ------------------------------------------------------------------------

/**
 * Calls `search` as the reader types in `input`, once per frame at most: the claims' search fits
 * in one. Pinyin and other input methods compose a word over several keystrokes, so only a
 * composed word counts.
 */
export function whenTyped(input: HTMLInputElement, search: () => void): void {
  let frame = 0;
  const soon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(search);
  };
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) soon();
  });
  input.addEventListener('compositionend', soon);
}

/** A result's link: the claim or paragraph in context, with the matched words to highlight. */
export function resultUrl({ path, marks }: { path: string; marks: readonly string[] }): string {
  const [page, hash] = path.split('#');
  const search = new URLSearchParams([...new Set(marks)].map((word) => ['highlight', word])).toString();
  return `${base}${page}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Text as HTML with `ranges` in `<mark>`. */
export function markedHtml(text: string, ranges: readonly [number, number][]): string {
  let html = '';
  let at = 0;
  for (const [from, to] of ranges) {
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  return html + escapeHtml(text.slice(at));
}

/** The excerpt as HTML: its label, escaped text, the words in `<mark>`, ellipses where it was cut. */
export function excerptHtml({ label, text, marks, cutStart, cutEnd }: Excerpt): string {
  return `${label ? `<span class="excerpt-label">${escapeHtml(label)}：</span>` : ''}${cutStart ? '……' : ''}${markedHtml(text, marks)}${cutEnd ? '……' : ''}`;
}

/** A title as HTML, with the searched words it holds marked. */
export const titleHtml = (title: string, marks: readonly string[]) => markedHtml(title, findMarks(title, marks));
