/**
 * The paragraphs a claim's quote stands in, cut into the words before, the quote and the words
 * after, so a claim page can show the quote in its paragraph without the whole section.
 */
import { locateQuote, type QuoteSelector } from './locate-quote.ts';
import { unitSeparator } from '../essay/text-units.ts';

export interface ContextParagraph {
  before: string;
  quote: string;
  after: string;
}

export function quoteContext(sectionText: string, selector: QuoteSelector): ContextParagraph[] {
  const match = locateQuote(sectionText, selector);
  if (match.kind !== 'found') throw new Error(`quote is not anchored: ${JSON.stringify(selector.quote)}`);
  const paragraphs: ContextParagraph[] = [];
  let offset = 0;
  for (const unit of sectionText.split(unitSeparator)) {
    const start = offset;
    const end = offset + unit.length;
    offset = end + unitSeparator.length;
    if (end <= match.start || start >= match.end) continue;
    const from = Math.max(match.start, start) - start;
    const to = Math.min(match.end, end) - start;
    paragraphs.push({ before: unit.slice(0, from), quote: unit.slice(from, to), after: unit.slice(to) });
  }
  return paragraphs;
}
