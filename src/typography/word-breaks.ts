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
 * The title cut into parts; a line may break between two parts. A break opportunity is offered
 * only between two words: punctuation and spaces stay with their neighbours (a `<wbr>` before "，"
 * would let the comma start a line, which Chinese typography forbids), and a one-character word
 * stays with the word before it: those are mostly particles and suffixes (的, 了, 化) that should
 * not begin a line, and the segmenter sometimes splits a word there (自动|化).
 */
export function breakableParts(text: string): string[] {
  const parts: string[] = [];
  let previousIsWord = false;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const isWord = isWordLike === true;
    const opensPart = parts.length === 0 || (previousIsWord && isWord && !oneHanCharacter.test(segment));
    if (opensPart) parts.push(segment);
    else parts[parts.length - 1] += segment;
    previousIsWord = isWord;
  }
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
