/**
 * "Did you mean": for a word of the query that no claim holds, a keyword or title word one edit
 * away (a letter or character added, dropped, changed, or two swapped: autmol → automl,
 * benchmak → benchmark, 机器学系 → 机器学习). Short words are left alone: one edit turns 硬件
 * into 软件.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import type { PreparedIndex } from './prepare-index.ts';
import { holdsPart, isChineseStopWord, readQuery, segmenter, squeeze, type QueryPart } from './query.ts';

const hanRun = /\p{Script=Han}+/gu;
const latinRun = /[\p{Script=Latin}]+/gu;
/** Fewer letters or characters than this, and a slip is as likely another word. */
const shortest = { latin: 4, han: 3 };

const oneEditAway = (a: string, b: string) => a !== b && damerauLevenshtein(a, b).steps === 1;

interface Vocabulary {
  latin: Set<string>;
  han: Set<string>;
}

/** Made once per index: a reader mistyping gets a suggestion on every keystroke. */
const vocabularies = new WeakMap<PreparedIndex, Vocabulary>();

/**
 * The titles' and keywords' words a part could be a slip of: their Latin words, and runs of one
 * to three of their Chinese words (机器|学习), never starting or ending with a function word (的工作).
 */
function vocabularyOf(prepared: PreparedIndex): Vocabulary {
  let vocabulary = vocabularies.get(prepared);
  if (vocabulary) return vocabulary;
  vocabulary = { latin: new Set(), han: new Set() };
  for (const { claim } of prepared.claims) {
    for (const source of [claim.title, claim.title_en, ...claim.keywords.zh, ...claim.keywords.en]) {
      for (const [word] of source.toLowerCase().matchAll(latinRun)) if (word.length >= shortest.latin) vocabulary.latin.add(word);
      for (const [run] of source.matchAll(hanRun)) {
        const words = [...segmenter.segment(run)].map(({ segment }) => segment);
        words.forEach((_, start) => {
          for (let end = start + 1; end <= Math.min(words.length, start + 3); end++) {
            if (isChineseStopWord(words[start]!) || isChineseStopWord(words[end - 1]!)) continue;
            const candidate = words.slice(start, end).join('');
            if (candidate.length >= shortest.han) vocabulary.han.add(candidate);
          }
        });
      }
    }
  }
  vocabularies.set(prepared, vocabulary);
  return vocabulary;
}

/** Per index, how many claims hold each title or keyword word a lone character was looked up in. */
const claimsHolding = new WeakMap<PreparedIndex, Map<string, number>>();

/**
 * For a character no claim has as a word of its own (学), the title and keyword words holding it
 * that most claims hold (学习, 科学, 学术): what the reader may have meant. Only the titles and
 * keywords holding the character are read, so a first keystroke of a word stays cheap.
 */
export function wordsWith(character: string, prepared: PreparedIndex, count = 6): string[] {
  let counted = claimsHolding.get(prepared);
  if (!counted) claimsHolding.set(prepared, (counted = new Map()));
  const words = new Set<string>();
  for (const { claim } of prepared.claims) {
    for (const source of [claim.title, ...claim.keywords.zh]) {
      if (!source.includes(character)) continue;
      // Read as a query is, so that 调参 (cut 调|参 by the segmenter) is one word, as a reader types it.
      for (const { text } of readQuery(source).flatMap((part) => part.words)) if (text.includes(character) && /^\p{Script=Han}{2,}$/u.test(text)) words.add(text);
    }
  }
  const holding = (word: string) => {
    let claims = counted.get(word);
    if (claims === undefined) counted.set(word, (claims = prepared.claims.filter(({ all }) => all.squeezed.includes(word)).length));
    return claims;
  };
  return [...words]
    .sort((a, b) => holding(b) - holding(a) || a.length - b.length)
    .slice(0, count);
}

export function suggestion(parts: readonly QueryPart[], prepared: PreparedIndex): { from: string; to: string; query: string } | undefined {
  for (const part of parts) {
    const typed = squeeze(part.text);
    const long = part.latin ? typed.length >= shortest.latin : /^\p{Script=Han}+$/u.test(typed) && typed.length >= shortest.han;
    if (!long || prepared.claims.some(({ all }) => holdsPart(part, all))) continue;
    let best: { word: string; claims: number; longer: boolean } | undefined;
    const { latin, han } = vocabularyOf(prepared);
    for (const word of part.latin ? latin : han) {
      // One edit changes the length by one at most: the rest are not measured (a long query stays cheap).
      if (Math.abs(word.length - typed.length) > 1 || !oneEditAway(typed, word)) continue;
      // Rather the longer word (机器学习 over 机器学 for 机器学系), then the one more claims hold.
      const claims = prepared.claims.filter(({ all }) => all.squeezed.includes(word)).length;
      const longer = word.length >= typed.length;
      if (!best || (longer && !best.longer) || (longer === best.longer && claims > best.claims)) best = { word, claims, longer };
    }
    if (best) return { from: part.text, to: best.word, query: parts.map((each) => (each === part ? best.word : each.text)).join(' ') };
  }
  return undefined;
}
