/**
 * What a query asks for, read the same way in the browser and in tests: its words, whether a
 * result really matches them, and how records are ranked when no record holds every word.
 */

const han = /\p{Script=Han}/u;
const latinWord = /[\p{Script=Latin}\d]+(?:['’][\p{Script=Latin}]+)?/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const oneHanCharacter = /^\p{Script=Han}$/u;
/** Particles and conjunctions: alone they match every record, joined they match too few. */
const functionWords = new Set('的地得了着过是在和与及或也都就而之吗呢吧啊'.split(''));

/**
 * The words of a query: space-separated parts, with Chinese runs split into words, because a
 * reader types 硬件进步 for 硬件 进步. Particles are left out, and another one-character word
 * stays with the word before it, as the segmenter splits suffixes off (数据|集): alone, 集
 * would match nearly everything.
 * Duplicates are dropped; case is kept for display.
 */
export function queryWords(q: string): string[] {
  const words: string[] = [];
  for (const part of q.trim().split(/\s+/).filter(Boolean)) {
    if (!han.test(part)) {
      words.push(part);
      continue;
    }
    let joinable = false;
    for (const { segment, isWordLike } of segmenter.segment(part)) {
      if (!isWordLike || functionWords.has(segment)) {
        joinable = false;
        continue;
      }
      if (joinable && oneHanCharacter.test(segment)) words[words.length - 1] += segment;
      else words.push(segment);
      joinable = true;
    }
  }
  return [...new Set(words)];
}

/**
 * A text with a space between its words, as the index should see a Chinese title: Pagefind's
 * own segmentation of Chinese sometimes cuts across words (结论易于复现 did not find 复现).
 */
export const spacedWords = (text: string) => [...segmenter.segment(text)].map(({ segment }) => segment.trim()).filter(Boolean).join(' ');

/** Latin words of a text, lowercased, for whole-word matching. */
const latinWords = (text: string) => new Set((text.toLowerCase().match(latinWord) ?? []).map((word) => word.replace(/’/g, "'")));

/**
 * Whether a Latin query word matches a word of the text: the same word, the word being typed
 * (three letters or more of its start), or the same word with an English ending (benchmark,
 * benchmarks; compute, computing).
 */
function latinMatches(word: string, words: ReadonlySet<string>, last: boolean): boolean {
  const stem = (value: string) => value.replace(/(?:ing|ed|es|s|e)$/, '');
  // A lone letter is not a word a reader searches for (x, a).
  if (word.length < 2) return false;
  for (const candidate of words) {
    if (candidate === word) return true;
    if (last && word.length >= 3 && candidate.startsWith(word)) return true;
    if (word.length >= 4 && candidate.length >= 4 && stem(candidate) === stem(word)) return true;
  }
  return false;
}

/** The two-character pieces of a Chinese word, overlapping (模型模块化: 模型, 型模, 模块, 块化). */
const bigrams = (word: string) => Array.from({ length: word.length - 1 }, (_, index) => word.slice(index, index + 2));

export interface QueryMatch {
  /** The query's words the text holds: whole, or a long Chinese word by most of its pieces. */
  held: string[];
  /** What to mark in the text: the words held whole, and the pieces of a Chinese word found. */
  marks: string[];
}

/**
 * How a text matches a query. Chinese words match as written; one the segmenter left long
 * (模型模块化 stays one word) is held if most of its two-character pieces are found. Latin
 * words match whole (see `latinMatches`).
 */
export function matchQuery(q: string, text: string): QueryMatch {
  const words = queryWords(q);
  const lower = text.toLowerCase();
  const latin = latinWords(text);
  const held: string[] = [];
  const marks: string[] = [];
  words.forEach((word, index) => {
    if (han.test(word)) {
      if (lower.includes(word)) {
        held.push(word);
        marks.push(word);
        return;
      }
      const found = word.length > 2 ? bigrams(word).filter((piece) => lower.includes(piece)) : [];
      if (found.length * 2 >= word.length - 1 && found.length > 0) held.push(word);
      marks.push(...found);
      return;
    }
    const parts = word.toLowerCase().match(latinWord) ?? [];
    const last = index === words.length - 1;
    if (parts.length > 0 && parts.every((part, i) => latinMatches(part, latin, last && i === parts.length - 1))) {
      held.push(word);
      marks.push(word);
    }
  });
  return { held, marks };
}

/**
 * A result means something only if it holds a Chinese character or a whole Latin word of the
 * query: Pagefind also returns records for stray letters (xyzzy).
 */
export const isMeaningful = (q: string, text: string, match = matchQuery(q, text)) =>
  [...q].some((character) => han.test(character) && text.includes(character)) || match.held.some((word) => !han.test(word));

export interface Ranked<T> {
  item: T;
  /** The query's words the item holds. */
  held: string[];
  score: number;
}

/**
 * The fallback when no record holds every word: records holding most of the words (at least
 * half, rounded up), ranked by how many they hold, then by the search engine's score.
 */
export function rankByWordsMatched<T>(words: readonly string[], hits: readonly Ranked<T>[]): Ranked<T>[] {
  const needed = Math.ceil(words.length / 2);
  return hits
    .filter((hit) => hit.held.length >= needed)
    .sort((a, b) => b.held.length - a.held.length || b.score - a.score);
}
