/**
 * The blocks a claim's quote stands in, each cut into the words before, the quote and the words
 * after, so a claim page can show the quote in its paragraph, or in its list items with their
 * numbers, without the whole section.
 */
import { locateQuote, type QuoteSelector } from './locate-quote.ts';
import { unitSeparator } from '../essay/text-units.ts';
import { blocksText } from '../essay/sections.ts';
import type { Block } from '../essay/section-schema.ts';

export interface QuotedText {
  before: string;
  quote: string;
  after: string;
}

export type ContextBlock =
  | ({ kind: 'paragraph' } & QuotedText)
  | { kind: 'list'; ordered: boolean; items: (QuotedText & { number: number })[] };

export function quoteContext(blocks: readonly Block[], selector: QuoteSelector): ContextBlock[] {
  const text = blocksText(blocks);
  const match = locateQuote(text, selector);
  if (match.kind !== 'found') throw new Error(`quote is not anchored: ${JSON.stringify(selector.quote)}`);
  let offset = 0;
  /** The unit cut around the quote, or nothing if the quote does not reach it. */
  const cut = (unit: string): QuotedText | undefined => {
    const start = offset;
    const end = offset + unit.length;
    offset = end + unitSeparator.length;
    if (end <= match.start || start >= match.end) return undefined;
    const from = Math.max(match.start, start) - start;
    const to = Math.min(match.end, end) - start;
    return { before: unit.slice(0, from), quote: unit.slice(from, to), after: unit.slice(to) };
  };
  return blocks.flatMap((block): ContextBlock[] => {
    if (block.kind === 'paragraph') {
      const quoted = cut(block.text);
      return quoted ? [{ kind: 'paragraph', ...quoted }] : [];
    }
    const items = block.items.flatMap((item, index) => {
      const quoted = cut(item);
      return quoted ? [{ ...quoted, number: block.start + index }] : [];
    });
    return items.length > 0 ? [{ kind: 'list', ordered: block.ordered, items }] : [];
  });
}
