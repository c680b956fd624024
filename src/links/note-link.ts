/**
 * A link that opens a reader's note at its words, made from the section's text alone (no page
 * to select in, as on /notes/ and in the Markdown export): the anchor of the paragraph the words
 * start in, and a text fragment that browsers can find. A browser finds a fragment's words only
 * within one block and only whole words, so the directive's words are widened to Chinese word
 * boundaries (`Intl.Segmenter`, whose ICU rules the browser's own matching uses), words spanning
 * two blocks become a start and an end, and a few words either side are given as context. A
 * browser without text fragments, or one that cannot find them, still lands on the paragraph.
 */
import { locate, type TextQuote, type TextPosition } from './text-selectors.ts';
import { passageUrl, type TextFragment } from './text-fragment.ts';

/** A paragraph or list item of a section: its anchor id, and where its text starts and ends. */
export type Block = [id: string, start: number, end: number];

/** A section's text as its page's `#text` holds it, with its blocks in order. */
export interface SectionText {
  text: string;
  blocks: readonly Block[];
}

/** How many characters a directive's start and end take at least (whole words). */
const partLength = 12;
/** Context either side, in characters at least, widened until the words are the first match on the page. */
const contextLengths = [6, 12, 24, 48];
/** Words this short are given whole, as one `textStart`. */
const wholeLength = 40;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The word boundaries of `text[from, to)`, as offsets in `text`, both ends included. */
function boundaries(text: string, from: number, to: number): number[] {
  const found = [from];
  for (const { index } of segmenter.segment(text.slice(from, to))) if (index > 0) found.push(from + index);
  found.push(to);
  return found;
}

/** The block holding the character at `at`. */
const blockAt = (blocks: readonly Block[], at: number) => blocks.find(([, start, end]) => at >= start && at < end);

/**
 * The words a note is on, as a paragraph anchor and a text fragment; `undefined` when the words
 * are no longer in the section's text or not within its paragraphs.
 */
export function noteFragment(section: SectionText, selectors: TextQuote & Partial<TextPosition>): { anchor: string; fragment: TextFragment } | undefined {
  const place = locate(section.text, selectors);
  if (!place) return undefined;
  // Words selected across blocks may begin or end on the line break between them: from the first and to the last character in a block.
  let from = place.start;
  let to = place.end;
  while (from < to && !blockAt(section.blocks, from)) from += 1;
  while (to > from && !blockAt(section.blocks, to - 1)) to -= 1;
  const first = blockAt(section.blocks, from);
  const last = blockAt(section.blocks, to - 1);
  if (!first || !last) return undefined;
  const { text } = section;
  const inFirst = boundaries(text, first[1], first[2]);
  const inLast = first === last ? inFirst : boundaries(text, last[1], last[2]);
  // Widened to whole words.
  const start = inFirst.filter((at) => at <= from).at(-1)!;
  const end = inLast.find((at) => at >= to)!;
  // Whole words from `at` on (or back from it), at least `length` characters, within the block
  // (so a start or an end never runs into the next block).
  const forward = (bounds: number[], at: number, length: number) => bounds.find((bound) => bound >= at + length) ?? bounds.at(-1)!;
  const backward = (bounds: number[], at: number, length: number) => bounds.filter((bound) => bound <= at - length).at(-1) ?? bounds[0]!;

  const parts: TextFragment =
    first === last && end - start <= wholeLength
      ? { textStart: text.slice(start, end) }
      : { textStart: text.slice(start, forward(inFirst, start, partLength)), textEnd: text.slice(backward(inLast, end, partLength), end) };
  // The first match is the one a browser shows: context enough that it is these words.
  let fragment = parts;
  for (const length of contextLengths) {
    fragment = {
      ...(start > first[1] ? { prefix: text.slice(backward(inFirst, start, length), start) } : {}),
      ...parts,
      ...(end < last[2] ? { suffix: text.slice(end, forward(inLast, end, length)) } : {}),
    };
    const found = firstMatch(section, fragment);
    if (found && found.start <= from && found.end >= to) break;
  }
  return { anchor: first[0], fragment };
}

/**
 * Where a browser would find a text fragment, simplified from the Text Fragments spec: the first
 * `textStart` with its prefix just before it, within one block, then the first `textEnd` after it
 * (when given) with its suffix just after. Word boundaries are not checked (they only rule matches
 * out), so a fragment this finds at the note's words is found there by the browser too.
 */
export function firstMatch(section: SectionText, { prefix = '', textStart, textEnd, suffix = '' }: TextFragment): TextPosition | undefined {
  const { text, blocks } = section;
  const within = (from: number, to: number) => blocks.some(([, start, end]) => from >= start && to <= end);
  for (let at = text.indexOf(prefix + textStart); at >= 0; at = text.indexOf(prefix + textStart, at + 1)) {
    const start = at + prefix.length;
    if (!within(at, start + textStart.length)) continue;
    if (textEnd === undefined) {
      const end = start + textStart.length;
      if (text.startsWith(suffix, end) && within(end, end + suffix.length)) return { start, end };
      continue;
    }
    for (let to = text.indexOf(textEnd + suffix, start + textStart.length); to >= 0; to = text.indexOf(textEnd + suffix, to + 1)) {
      if (within(to, to + textEnd.length + suffix.length)) return { start, end: to + textEnd.length };
    }
  }
  return undefined;
}

/**
 * Where a note's words are on their section page (`page` is the section's URL): `words` opens and
 * marks them, `paragraph` is their paragraph's plain address (for paper, where the encoded words
 * would only be noise); both the page alone when the words are gone.
 */
export function noteUrls(page: string, section: SectionText | undefined, selectors: TextQuote & Partial<TextPosition>): { words: string; paragraph: string } {
  const found = section && noteFragment(section, selectors);
  return found ? { words: passageUrl(page, found.anchor, found.fragment), paragraph: `${page}#${found.anchor}` } : { words: page, paragraph: page };
}
