/**
 * The claims' search, run in the browser on every keystroke and in tests alike: which claims hold
 * the whole query (ranked by where they hold it), which hold only part of it (ranked by how much),
 * and, for a word no claim holds, the keyword or title word one edit away.
 */
import type { IndexedClaim } from './claim-index.ts';
import { holdsPart, holdsWord, readQuery, withAbbreviations, type QueryPart, type QueryWord, type Searchable } from './query.ts';
import type { Field, PreparedClaim, PreparedIndex } from './prepare-index.ts';
import { suggestion } from './suggest.ts';

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
  /** A word no claim holds, and the word one edit away that claims do hold. */
  suggestion?: { from: string; to: string; query: string };
  /** Set when no claim held the query and the answer is the suggestion's: the query as typed. */
  correctedFrom?: string;
}

/**
 * How much it says that a claim holds a word: the weight of the best field holding it, and a
 * quarter of the others' (a claim with the word in its title and its keywords and quote outranks
 * one with it in its title alone).
 */
function weightOf(fields: readonly Field[], holds: (text: Searchable) => unknown): number {
  let best = 0;
  let sum = 0;
  for (const field of fields) {
    if (!holds(field.text)) continue;
    best = Math.max(best, field.weight);
    sum += field.weight;
  }
  return best + (sum - best) / 4;
}

/** A single Chinese character counts for nothing alone; a longer word or a Latin word counts. */
const counts = (word: QueryWord) => word.text.length > 1 || !/\p{Script=Han}/u.test(word.text);

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

function matchClaim({ claim, fields, all }: PreparedClaim, parts: readonly QueryPart[], rarity: Rarity): (ClaimHit & { whole: boolean; coverage: number }) | undefined {
  let whole = true;
  let coverage = 0;
  let score = 0;
  const held: string[] = [];
  const marks: string[] = [];
  parts.forEach((part, index) => {
    const typing = index === parts.length - 1;
    const holdsWordOf = (word: string) => (text: Searchable) => holdsWord(word, text, typing);
    const how = holdsPart(part, all, typing);
    if (how) {
      // As written (in the keywords, say) or word by word (in the title): whichever says more.
      const asWritten = how === 'as written' ? weightOf(fields, (text) => holdsPart(part, text, typing) === 'as written') : 0;
      const byWords = part.words.length > 1 ? part.words.reduce((sum, word) => sum + 0.8 * weightOf(fields, holdsWordOf(word.text)), 0) / part.words.length : 0;
      score += Math.max(asWritten, byWords);
      coverage += rarity(`part ${part.text}`, (text) => holdsPart(part, text, typing) !== false);
      held.push(part.text);
      marks.push(...(how === 'as written' ? [part.latin ? part.words[0]!.text : part.text] : part.words.map((word) => word.text)));
      return;
    }
    whole = false;
    // Part of the part: its words held, and half for a word of which only a piece is held; a
    // single character alone counts for nothing.
    for (const word of part.words) {
      if (!counts(word)) continue;
      if (holdsWord(word.text, all, typing)) {
        coverage += rarity(`word ${word.text}`, holdsWordOf(word.text));
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
  if (coverage === 0) return undefined;
  return { claim, held, marks: withAbbreviations(marks), score, whole, coverage };
}

/** Claims matching the parts: whole matches by score, then partial ones by how much they hold. */
function answerParts(prepared: PreparedIndex, parts: readonly QueryPart[]) {
  const rarity = rarityIn(prepared);
  const matches = prepared.claims.map((claim) => matchClaim(claim, parts, rarity)).filter((match) => match !== undefined);
  // Array sort is stable: equal scores keep essay order.
  const whole = matches.filter((match) => match.whole).sort((a, b) => b.score - a.score);
  const partial = matches.filter((match) => !match.whole).sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  const hit = ({ claim, held, marks, score }: ClaimHit): ClaimHit => ({ claim, held, marks, score });
  return { whole: whole.map(hit), partial: partial.map(hit) };
}

export function searchIndex(prepared: PreparedIndex, q: string): ClaimAnswer {
  const parts = readQuery(q);
  if (parts.length === 0) return { parts: [], whole: [], partial: [] };
  const answer: ClaimAnswer = { parts: parts.map((part) => part.text), ...answerParts(prepared, parts) };
  if (answer.whole.length > 0) return answer;
  const suggested = suggestion(parts, prepared);
  if (!suggested) return answer;
  const correctedParts = readQuery(suggested.query);
  const corrected = answerParts(prepared, correctedParts);
  // A slip of one letter: show what the reader most likely meant, and say so.
  if (corrected.whole.length > 0 || (answer.partial.length === 0 && corrected.partial.length > 0)) return { parts: correctedParts.map((part) => part.text), ...corrected, suggestion: suggested, correctedFrom: q.trim() };
  return { ...answer, suggestion: suggested };
}
