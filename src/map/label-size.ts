/**
 * How wide a label is, in em, before any font is chosen, and how to wrap it into lines.
 *
 * Map labels are laid out at build time, but drawn in the reader's own CJK font (the site ships
 * none). Graph layout tools size labels as if every character were Latin and under-size Chinese,
 * so widths come from Unicode's East Asian Width: wide and fullwidth characters, and ambiguous
 * ones such as “” and ·, are a full em in every Chinese font; narrow ones get the width of the
 * widest glyphs of common UI fonts, so a box never comes out too small whichever font draws it.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import { breakableParts } from '../typography/word-breaks.ts';

const wideLatin = /[MWmw@%]/;
const capitalOrDigit = /[A-Z0-9&#?]/;

/** Width of one character, in em, at or above what common Chinese and UI fonts draw. */
export function characterWidth(character: string): number {
  if (eastAsianWidth(character.codePointAt(0)!, { ambiguousAsWide: true }) === 2) return 1;
  if (wideLatin.test(character)) return 0.95;
  if (capitalOrDigit.test(character)) return 0.72;
  return 0.6;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width;
}

/** Punctuation a line may end with: after it the browser breaks too (see Words.astro). */
const afterPunctuation = /(?<=[，。：；、？！）」』”’])(?![，。：；、？！）」』”’])/u;

/**
 * The text cut into lines no wider than `maxWidth` em, breaking only between words (see
 * word-breaks.ts), after punctuation and at spaces; a word wider than a line gets a line of its own. Lines
 * are balanced, as `text-wrap: balance` does: the narrowest width that needs no more lines wins,
 * so a title does not end on a lone word.
 */
export function wrapLines(text: string, maxWidth: number): string[] {
  let lines = greedyLines(text, maxWidth);
  for (let width = maxWidth - 0.5; width > 0; width -= 0.5) {
    const narrower = greedyLines(text, width);
    if (narrower.length > lines.length) break;
    lines = narrower;
  }
  return lines;
}

function greedyLines(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  // Between words, after punctuation, and at spaces: where the browser breaks a heading too.
  for (const part of breakableParts(text).flatMap((part) => part.split(afterPunctuation)).flatMap((part) => part.split(/(?<= )/))) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(last + part) <= maxWidth) lines[lines.length - 1] = last + part;
    else lines.push(part.trimStart());
  }
  return lines.map((line) => line.trimEnd());
}
