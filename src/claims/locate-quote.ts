/**
 * Finds a claim's words in its section's text, the W3C TextQuoteSelector way: `exact`, with an
 * optional `prefix` and `suffix` that must stand immediately before and after it.
 */

export interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export type QuoteMatch =
  | { kind: 'found'; start: number; end: number }
  | { kind: 'missing'; closest: string }
  | { kind: 'ambiguous'; count: number; starts: number[] };

export function locateQuote(text: string, selector: QuoteSelector): QuoteMatch {
  const { quote, prefix = '', suffix = '' } = selector;
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + quote.length, at + quote.length + suffix.length);
    if (before === prefix && after === suffix) starts.push(at);
  }
  if (starts.length === 1) return { kind: 'found', start: starts[0]!, end: starts[0]! + quote.length };
  if (starts.length > 1) return { kind: 'ambiguous', count: starts.length, starts };
  return { kind: 'missing', closest: closestPassage(text, quote) };
}

/**
 * The passage of `text` most like `quote`, by shared character bigrams over a window of the
 * quote's length: enough to show an editor which words they meant.
 */
export function closestPassage(text: string, quote: string): string {
  const width = Math.min(quote.length, text.length);
  if (width < 2) return text.slice(0, width);
  const wanted = bigramCounts(quote);
  const window = new Map<string, number>();
  let shared = 0;
  const add = (gram: string, delta: 1 | -1) => {
    const have = window.get(gram) ?? 0;
    const want = wanted.get(gram) ?? 0;
    // A bigram counts as shared only up to how often the quote has it.
    if (delta === 1 && have < want) shared++;
    if (delta === -1 && have <= want) shared--;
    window.set(gram, have + delta);
  };
  for (let i = 0; i < width - 1; i++) add(text.slice(i, i + 2), 1);
  let best = { shared, start: 0 };
  for (let start = 1; start + width <= text.length; start++) {
    add(text.slice(start - 1, start + 1), -1);
    add(text.slice(start + width - 2, start + width), 1);
    if (shared > best.shared) best = { shared, start };
  }
  return text.slice(best.start, best.start + width);
}

function bigramCounts(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < value.length - 1; i++) {
    const gram = value.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}
