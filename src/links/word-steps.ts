/**
 * Selecting words by keyboard, without caret browsing: from a paragraph's ¶ link, ← and → select
 * the previous or next word, Shift+→ and Shift+← move the selection's end a word on or back
 * (src/browser/links/paragraph-links.ts maps the offsets to the page). Words are the segmenter's
 * (Chinese has no spaces); punctuation and spaces are stepped over.
 */

/** A stretch of a paragraph's text, in UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type WordStep = 'next' | 'previous' | 'extend' | 'shrink';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The text's words, in order. */
export function wordSpans(text: string): Span[] {
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map(({ index, segment }) => ({ start: index, end: index + segment.length }));
}

/**
 * The selection after one step, or undefined where there is no word to go to (the selection then
 * stays as it is). With nothing selected, → and Shift+→ take the first word, ← the last.
 */
export function stepWords(words: readonly Span[], selected: Span | undefined, step: WordStep): Span | undefined {
  if (!selected) return step === 'previous' ? words.at(-1) : step === 'shrink' ? undefined : words[0];
  switch (step) {
    case 'next':
      return words.find((word) => word.start >= selected.end);
    case 'previous':
      return words.findLast((word) => word.end <= selected.start);
    case 'extend': {
      const next = words.find((word) => word.end > selected.end);
      return next && { start: selected.start, end: next.end };
    }
    case 'shrink': {
      // At least the first word stays selected.
      const previous = words.findLast((word) => word.end < selected.end && word.end > selected.start);
      return previous && { start: selected.start, end: previous.end };
    }
  }
}
