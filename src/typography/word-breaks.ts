/**
 * Where a Chinese title may break across lines: between words, never inside one.
 *
 * Browsers break Chinese between any two characters (研|究), and `word-break: keep-all` alone stops
 * every break between Han characters, which overflows narrow screens. So titles are cut into words
 * at build time with `Intl.Segmenter` and rendered with a `<wbr>` between words, under
 * `word-break: keep-all` (see Words.astro): the browser may then break only there, at spaces, and
 * after punctuation.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const oneHanCharacter = /^\p{Script=Han}$/u;

/**
 * One-character words that lean on the word before them: particles and suffixes (的, 了, 化),
 * word endings the segmenter splits off (科学|家, 决策|树), the copula and a few nouns and verbs
 * that close a phrase (是, 人, 说); none of them should begin a line. Any other one-character word
 * leans on the word after it: it is mostly a prefix the segmenter split off (大|多数) or a short
 * word that reads with what follows (将|来自, 在|特定), so no line ends on it.
 */
const leansBack = new Set([...'的地得了着过们吗呢吧啊么化性者式型率度上中里后时等是说人事物家质界于论树片集员']);

/**
 * The title cut into parts; a line may break between two parts. A break opportunity is offered
 * only between two words: punctuation and spaces stay with their neighbours (a `<wbr>` before "，"
 * would let the comma start a line, which Chinese typography forbids), and a one-character word
 * stays with the word it leans on (see `leansBack`), or with the one before it when nothing
 * follows.
 */
export function breakableParts(text: string): string[] {
  const segments = [...segmenter.segment(text)].map(({ segment, isWordLike }) => ({ segment, isWord: isWordLike === true }));
  const parts: string[] = [];
  // Whether the last part ends with a word that must not end a line: the next word joins it.
  let open = false;
  segments.forEach(({ segment, isWord }, index) => {
    const previous = segments[index - 1];
    const single = isWord && oneHanCharacter.test(segment);
    const opensPart = parts.length === 0 || (previous?.isWord === true && isWord && !open && !(single && leansBack.has(segment)));
    if (opensPart) parts.push(segment);
    else parts[parts.length - 1] += segment;
    open = single && !leansBack.has(segment) && segments[index + 1]?.isWord === true;
  });
  return parts;
}

/** Offsets (in UTF-16 units) where a word ends and another begins: the only places a title may break. */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  for (const { index } of segmenter.segment(text)) boundaries.add(index);
  return boundaries;
}

/**
 * The text cut to at most `max` characters, at a word boundary, with …… when cut: for a page's
 * `<title>`, which browsers and search results show in one line (html-validate's long-title).
 */
export function shortened(text: string, max: number): string {
  if ([...text].length <= max) return text;
  let kept = '';
  for (const part of breakableParts(text)) {
    if ([...(kept + part)].length + 2 > max) break;
    kept += part;
  }
  return `${(kept || [...text].slice(0, max - 2).join('')).replace(/[，、：；\s]+$/u, '')}……`;
}
