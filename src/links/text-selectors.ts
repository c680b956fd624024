/**
 * Words in a section's text as W3C selectors (TextQuote and TextPosition) and back. The text is
 * the section page's `#text` content: the editor's claims (src/claims/selectors.ts) and a reader's
 * notes point into it the same way. Pure: strings in, offsets out; no DOM, so the browser can
 * load it alone.
 */

/** How much context a TextQuoteSelector carries, as Hypothesis and apache-annotator do. */
export const contextLength = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export type TextSelectors = TextQuote & TextPosition;

/** The selectors of `text[start, end)`: the words, their context either side, their offsets. */
export function describeText(text: string, start: number, end: number): TextSelectors {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
    start,
    end,
  };
}

/** How many characters two strings share at their ends (`fromEnd`) or starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  let count = 0;
  const length = Math.min(a.length, b.length);
  while (count < length && (fromEnd ? a[a.length - 1 - count] === b[b.length - 1 - count] : a[count] === b[count])) count++;
  return count;
}

/**
 * Where the words are now. The position first, if the words still stand there; otherwise every
 * place the words occur, ranked by how much of their context matches, then by nearness to where
 * they were. `undefined` when the words are gone: the note is kept, unanchored, never dropped.
 */
export function locate(text: string, selectors: TextQuote & Partial<TextPosition>): TextPosition | undefined {
  const { exact, prefix, suffix, start } = selectors;
  if (exact.length === 0) return undefined;
  if (start !== undefined && text.slice(start, start + exact.length) === exact) return { start, end: start + exact.length };
  let best: { at: number; context: number; distance: number } | undefined;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const context = shared(prefix, text.slice(Math.max(0, at - prefix.length), at), true) + shared(suffix, text.slice(at + exact.length, at + exact.length + suffix.length), false);
    const distance = start === undefined ? 0 : Math.abs(at - start);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) best = { at, context, distance };
  }
  return best && { start: best.at, end: best.at + exact.length };
}
