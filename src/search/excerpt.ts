/**
 * A result's excerpt: the sentence of the quote or the note that holds the searched words, cut
 * at clause boundaries to fit, with the words marked. When only a keyword or the English title
 * holds them, the excerpt is that keyword or title, labelled as such; when only the Chinese title
 * does (shown above the excerpt, marked), the quote's opening stands for the claim.
 */
import { escapeRegExp, standsAlone, stem } from './query.ts';

const han = /\p{Script=Han}/u;

/**
 * Ids of the record elements an excerpt is cut from (./records.ts): `q1`, `q2`… the quote, then
 * the commentary's parts (`note`, `editor`, `translation`, labelled as the pages label them).
 */
export const excerptIds = { quote: 'q', note: 'note', editor: 'editor', translation: 'translation' } as const;

/** The excerpt's text blocks among a result's anchors, quote first. */
export const excerptBlocks = (anchors: readonly { id: string; text: string }[]) =>
  anchors.filter(({ id }) => new RegExp(`^(?:${excerptIds.quote}\\d+|${excerptIds.note}|${excerptIds.editor}|${excerptIds.translation}\\d+)$`).test(id)).map(({ text }) => text);

/** Sentences end at Chinese or Latin full stops, keeping closing quotes and brackets. */
const sentencePattern = /[^。！？；…!?;]+(?:[。！？；…!?;]+[”’」』）)]*|$)/gu;
/** Clause ends inside a sentence. */
const clausePattern = /[^，、：,:]+(?:[，、：,:]+|$)/gu;

export interface Excerpt {
  /** Where the excerpt comes from, when not the quote or the notes: 关键词, 英文标题. */
  label?: string;
  text: string;
  /** Ranges of `text` to mark, in order, never overlapping. */
  marks: [start: number, end: number][];
  /** Whether the excerpt starts, or ends, inside a sentence (shown as an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}


/** What a Latin word and its stem share (theory, theori → theor): the start every form of it has. */
function stemPrefix(word: string): string {
  const stemmed = stem(word);
  let length = 0;
  while (length < stemmed.length && stemmed[length] === word[length]?.toLowerCase()) length++;
  return word.slice(0, length);
}

/**
 * Where the words occur: Chinese as written, Latin at a word start and through its ending. Each word's pattern is made once: a search cuts
 * excerpts for every result on every keystroke.
 */
const patterns = new Map<string, RegExp>();
const patternFor = (word: string) => {
  let pattern = patterns.get(word);
  if (!pattern) {
    pattern = han.test(word)
      ? new RegExp(escapeRegExp(word), 'giu')
      : new RegExp(`(?<![\\p{Script=Latin}\\d])${escapeRegExp(word.length >= 4 ? stemPrefix(word) : word)}[\\p{Script=Latin}\\d]*`, 'giu');
    patterns.set(word, pattern);
  }
  return pattern;
};

export function findMarks(text: string, words: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of words) {
    // matchAll works on a copy of the pattern, so the shared one keeps no state between texts.
    // A lone character (值) is marked only where it is a word, as the search found it (p值, not 价值).
    const lone = [...word].length === 1 && han.test(word);
    for (const match of text.matchAll(patternFor(word))) if (!lone || standsAlone(text, match.index)) ranges.push([match.index, match.index + match[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

const pieces = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

/**
 * Clauses around the first mark, as many as fit in `maxLength` characters; a single clause longer
 * than that is cut at the length.
 */
function fit(sentence: string, first: number, maxLength: number): { start: number; end: number } {
  if (sentence.length <= maxLength) return { start: 0, end: sentence.length };
  const clauses = pieces(sentence, clausePattern);
  let from = clauses.findIndex((clause) => clause.end > first);
  if (from < 0) from = 0;
  let to = from;
  const length = () => clauses[to]!.end - clauses[from]!.start;
  while (to + 1 < clauses.length && clauses[to + 1]!.end - clauses[from]!.start <= maxLength) to++;
  // Room left: one clause before the mark gives it context.
  if (from > 0 && clauses[to]!.end - clauses[from - 1]!.start <= maxLength) from--;
  if (length() <= maxLength) return { start: clauses[from]!.start, end: clauses[to]!.end };
  const start = Math.max(clauses[from]!.start, Math.min(first - 10, clauses[from]!.end - maxLength));
  return { start, end: start + maxLength };
}

/** A sentence the result's title already says: the title opens with the sentence's opening. */
const repeats = (sentence: string, titles: readonly string[]) => {
  const opening = sentence.trim().slice(0, 8);
  return opening.length > 0 && titles.some((title) => title.startsWith(opening));
};

/**
 * The excerpt: the first sentence holding the words, else the quote's opening; either way, a
 * sentence that only repeats one of `titles` (shown above the excerpt) gives way to the next.
 */
export function makeExcerpt(blocks: readonly string[], words: readonly string[], maxLength = 80, titles: readonly string[] = []): Excerpt {
  const sentences = blocks.flatMap((block) => pieces(block, sentencePattern).map(({ start, end }) => block.slice(start, end)));
  const withMark = sentences.map((sentence) => ({ sentence, marks: findMarks(sentence, words), repeats: repeats(sentence, titles) }));
  const marked = withMark.filter((candidate) => candidate.marks.length > 0);
  const chosen = marked.find((candidate) => !candidate.repeats) ?? marked[0] ?? withMark.find((candidate) => !candidate.repeats) ?? withMark[0] ?? { sentence: '', marks: [] };
  const trimmed = chosen.sentence.trim();
  const offset = chosen.sentence.indexOf(trimmed);
  const first = (chosen.marks[0]?.[0] ?? offset) - offset;
  const { start, end } = fit(trimmed, first, maxLength);
  const text = trimmed.slice(start, end).replace(/[，、：,:\s]+$/u, '');
  const marks = chosen.marks
    .map(([from, to]): [number, number] => [Math.max(0, from - offset - start), Math.min(text.length, to - offset - start)])
    .filter(([from, to]) => to > from);
  return { text, marks, cutStart: start > 0, cutEnd: start + text.length < trimmed.length };
}

/** A claim's excerpt for the words searched: see the top of this file. */
export function claimExcerpt(
  claim: { title: string; title_en: string; keywords: { zh: string[]; en: string[] }; text: string[] },
  words: readonly string[],
  labels: readonly [label: string, text: string][] = [],
): Excerpt {
  const excerpt = makeExcerpt(claim.text, words, 80, [claim.title, claim.title_en]);
  if (excerpt.marks.length > 0 || words.length === 0) return excerpt;
  // A keyword both lists hold (Kaggle) once.
  const keywords = [...new Map([...claim.keywords.zh, ...claim.keywords.en].map((keyword) => [keyword.toLowerCase(), keyword])).values()].filter((keyword) => findMarks(keyword, words).length > 0);
  const named = [
    ...(keywords.length > 0 ? [['关键词', keywords.join('、')]] : []),
    ['英文标题', claim.title_en],
    ...labels,
  ].find(([, text]) => findMarks(text!, words).length > 0);
  if (!named) return excerpt;
  return { ...makeExcerpt([named[1]!], words, 80), label: named[0]! };
}
