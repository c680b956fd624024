/**
 * Lines of text that fit a width, measured with the font the image draws them in: broken only
 * between words (as the pages break titles, src/typography/word-breaks.ts), at most `maxLines`,
 * the last one ended with "……" if the text is longer. The share images draw these lines one by
 * one, so no text can overflow its box.
 */
import { breakableParts } from '../typography/word-breaks.ts';

/** The advance width of a string in pixels at a font size. */
export type Measure = (text: string, fontSize: number) => number;

const ellipsis = '……';

/** Pieces a line may break between: words, and single characters of a word wider than a line. */
function pieces(text: string, fits: (piece: string) => boolean): string[] {
  return breakableParts(text).flatMap((part) => (fits(part) ? [part] : [...part]));
}

export function fitLines(text: string, { width, fontSize, maxLines, measure }: { width: number; fontSize: number; maxLines: number; measure: Measure }): string[] {
  const fits = (line: string) => measure(line, fontSize) <= width;
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text.replace(/\s*\n\s*/g, ' '), fits)) {
    const next = line + piece;
    if (fits(next.trimEnd()) || line === '') line = next;
    else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(last + ellipsis)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last.replace(/[，、：；,.:;\s]+$/u, '') + ellipsis;
  return kept;
}
