/**
 * The claims' search, run in the browser on every keystroke and in tests alike: which claims hold
 * the whole query (ranked by where they hold it), which hold only part of it (ranked by how much),
 * and, for a word no claim holds, the keyword or title word one edit away.
 */
import type { IndexedClaim } from './claim-index.ts';
import { holdsLone, holdsPart, holdsWord, isNumber, loneCharacter, maxQueryLength, readQuery, withAbbreviations, type QueryPart, type QueryWord, type Searchable } from './query.ts';
import { keywordKey, wholeEntry, type Field, type PreparedClaim, type PreparedIndex } from './prepare-index.ts';
import { suggestion, wordsWith } from './suggest.ts';

export interface ClaimHit {
  claim: IndexedClaim;
  /** The reader's parts the claim holds, or, for a part it does not hold, the pieces it does. */
  held: string[];
  /** What to mark, in the excerpt and on the page the result opens. */
  marks: string[];
  score: number;
}

export interface ClaimAnswer {
  /** The query's parts as the reader typed them (function words left out). */
  parts: string[];
  /** Claims holding every part. */
  whole: ClaimHit[];
  /** Claims holding some of it, most first. */
  partial: ClaimHit[];
  /**
   * How many of `partial` to show before the reader asks for the rest: after whole matches, the
   * first three at most, and only those holding at least half of what the query tells (so not
   * claims holding only "data" of "data cleaning"); with none whole, the first five.
   */
  shownPartial: number;
  /** A word no claim holds, and the word one edit away that claims do hold. */
  suggestion?: { from: string; to: string; query: string };
  /** Set when no claim held the query and the answer is the suggestion's: the query as typed. */
  correctedFrom?: string;
  /**
   * A lone character no claim has as a word of its own (学, not p值's 值): left out of the search,
   * and the words holding it the reader may have meant.
   */
  lone?: { character: string; words: string[] };
}

/**
 * How much it says that a claim holds a word: the weight of the best field holding it, and a
 * quarter of the others' (a claim with the word in its title and its keywords and quote outranks
 * one with it in its title alone).
 */
function weightOf(fields: readonly Field[], holds: (text: Searchable) => unknown, typed?: string): number {
  let best = 0;
  let sum = 0;
  const key = typed === undefined ? undefined : keywordKey(typed);
  for (const field of fields) {
    if (!holds(field.text)) continue;
    // A keyword the reader typed whole (算力) says more than one holding it (算力浪费).
    const weight = key !== undefined && field.entries?.has(key) ? field.weight + wholeEntry : field.weight;
    best = Math.max(best, weight);
    sum += weight;
  }
  return best + (sum - best) / 4;
}

/**
 * Whether holding a word tells anything: a longer word or a Latin one does; a single Chinese
 * character only where the text has it as a word of its own (卷, not the 卷 of 内卷).
 */
const notSingleCharacter = (word: QueryWord) => [...word.text].length > 1 || !/\p{Script=Han}/u.test(word.text);
const counts = (word: QueryWord, text: Searchable) => notSingleCharacter(word) || holdsLone(word.text, text);
/** A part that is only a number (the 1 of alert(1), the 3 of GPT-3): never alone a reason to show a claim. */
const numberPart = (part: QueryPart) => part.words.every((word) => isNumber(word.text));

/**
 * How much holding a word tells: more for a word few claims hold (PhD) than for one most do (no,
 * 学习), as in the usual inverse document frequency.
 */
type Rarity = (key: string, holds: (text: Searchable) => boolean) => number;

/** Rarity for one query, each word's counted once (`key` names what `holds` tests). */
function rarityIn(prepared: PreparedIndex): Rarity {
  const total = prepared.claims.length;
  const known = new Map<string, number>();
  return (key, holds) => {
    let rarity = known.get(key);
    if (rarity === undefined) {
      rarity = Math.log(1 + total / Math.max(1, prepared.claims.filter(({ all }) => holds(all)).length));
      known.set(key, rarity);
    }
    return rarity;
  };
}

/**
 * What each relation a claim takes part in adds to its score: between claims holding the words in
 * the same places, the one more of the argument rests on comes first (算力: the hardware
 * prediction, six relations, before claims naming compute in passing). Nine relations, the most
 * any claim has, add 0.45: less than the smallest step between two fields' weights (0.5), so it
 * orders near-equals and never lifts a section's title above a claim's own words.
 */
const centrality = 0.05;

/**
 * What a keyword equal to the whole query adds, its function words included (what should I work
 * on): a reader's question the editor wrote down weighs as much as the title. Without it, such a
 * question is one common word (work) and finds the claims whose titles hold it.
 */
const wholeQueryKeyword = 7;

function matchClaim({ claim, fields, all }: PreparedClaim, parts: readonly QueryPart[], rarity: Rarity, typed: string | undefined): (ClaimHit & { whole: boolean; coverage: number }) | undefined {
  let whole = true;
  let coverage = 0;
  let numbers = 0;
  let score = 0;
  const held: string[] = [];
  const marks: string[] = [];
  parts.forEach((part, index) => {
    const typing = index === parts.length - 1;
    const holdsWordOf = (word: string) => (text: Searchable) => holdsWord(word, text, typing);
    const how = holdsPart(part, all, typing);
    // Word by word, the words must stand together: in one title, the keywords, one paragraph of
    // the notes (深度 in one sentence and 学习 of 机器学习 in another are not 深度学习).
    if (how === 'by words' ? fields.some((field) => holdsPart(part, field.text, typing)) : how) {
      // As written (in the keywords, say) or word by word (in the title): whichever says more.
      const asWritten = how === 'as written' ? weightOf(fields, (text) => holdsPart(part, text, typing) === 'as written', part.text) : 0;
      const byWords = part.words.length > 1 ? part.words.reduce((sum, word) => sum + 0.8 * weightOf(fields, holdsWordOf(word.text)), 0) / part.words.length : 0;
      score += Math.max(asWritten, byWords);
      const rarityOfPart = rarity(`part ${part.text}`, (text) => holdsPart(part, text, typing) !== false);
      if (numberPart(part)) numbers += rarityOfPart;
      else coverage += rarityOfPart;
      held.push(part.text);
      marks.push(...(how === 'as written' ? [part.latin ? part.words[0]!.text : part.text] : part.words.map((word) => word.text)));
      return;
    }
    whole = false;
    // A quoted phrase is held whole or not at all.
    if (part.exact) return;
    // Part of the part: its words held, and half for a word of which only a piece is held; a
    // single character alone counts for nothing.
    for (const word of part.words) {
      if (!counts(word, all)) continue;
      if (holdsWord(word.text, all, typing)) {
        const rarityOfWord = rarity(`word ${word.text}`, holdsWordOf(word.text));
        if (isNumber(word.text)) numbers += rarityOfWord;
        else coverage += rarityOfWord;
        score += 0.5 * weightOf(fields, holdsWordOf(word.text));
        held.push(word.text);
        marks.push(word.text);
        continue;
      }
      const pieces = word.pieces.filter((piece) => piece !== word.text && holdsWord(piece, all, typing));
      for (const piece of pieces) {
        coverage += rarity(`word ${piece}`, holdsWordOf(piece)) / word.pieces.length / 2;
        score += (0.25 * weightOf(fields, holdsWordOf(piece))) / word.pieces.length;
      }
      held.push(...pieces);
      marks.push(...pieces);
    }
  });
  // Numbers add to what else a claim holds, never alone.
  if (coverage > 0) coverage += numbers;
  else if (!whole) return undefined;
  if (whole && typed !== undefined && fields.some((field) => field.entries?.has(typed))) score += wholeQueryKeyword;
  return { claim, held, marks: withAbbreviations(marks), score: score + centrality * claim.relations, whole, coverage };
}

/** Claims matching the parts: whole matches by score, then partial ones by how much they hold. */
function answerParts(prepared: PreparedIndex, parts: readonly QueryPart[], q: string) {
  const rarity = rarityIn(prepared);
  // A one-part query typed as a keyword already weighs more through `wholeEntry`.
  const typed = keywordKey(q.slice(0, maxQueryLength));
  const severalWords = parts.length > 1 || parts.some((part) => keywordKey(part.text) !== typed);
  const matches = prepared.claims.map((claim) => matchClaim(claim, parts, rarity, severalWords ? typed : undefined)).filter((match) => match !== undefined);
  // Array sort is stable: equal scores keep essay order.
  const whole = matches.filter((match) => match.whole).sort((a, b) => b.score - a.score);
  const partial = matches.filter((match) => !match.whole).sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  const hit = ({ claim, held, marks, score }: ClaimHit): ClaimHit => ({ claim, held, marks, score });
  // What the query tells in all: the rarity of every word that counts.
  const information = parts.reduce((sum, part, index) => sum + part.words.filter(notSingleCharacter).reduce((words, word) => words + rarity(`word ${word.text}`, (text) => holdsWord(word.text, text, index === parts.length - 1)), 0), 0);
  const telling = partial.filter((match) => match.coverage >= information / 2).length;
  return { whole: whole.map(hit), partial: partial.map(hit), shownPartial: whole.length > 0 ? Math.min(3, telling) : Math.min(5, partial.length) };
}

export function searchIndex(prepared: PreparedIndex, q: string): ClaimAnswer {
  const read = readQuery(q);
  const unheld = read.map(loneCharacter).filter((character) => character !== undefined && !prepared.claims.some(({ all }) => holdsLone(character, all)));
  const lone = unheld[0] !== undefined ? { character: unheld[0], words: wordsWith(unheld[0], prepared) } : undefined;
  const parts = read.filter((part) => !unheld.includes(loneCharacter(part)));
  if (parts.length === 0) return { parts: [], whole: [], partial: [], shownPartial: 0, ...(lone && { lone }) };
  const answer: ClaimAnswer = { parts: parts.map((part) => part.text), ...answerParts(prepared, parts, q), ...(lone && { lone }) };
  if (answer.whole.length > 0) return answer;
  const suggested = suggestion(parts, prepared);
  if (!suggested) return answer;
  const correctedParts = readQuery(suggested.query);
  const corrected = answerParts(prepared, correctedParts, suggested.query);
  // A slip of one letter: show what the reader most likely meant, and say so.
  if (corrected.whole.length > 0 || (answer.partial.length === 0 && corrected.partial.length > 0)) return { parts: correctedParts.map((part) => part.text), ...corrected, suggestion: suggested, correctedFrom: q.trim() };
  return { ...answer, suggestion: suggested };
}
