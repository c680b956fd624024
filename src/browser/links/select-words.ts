/**
 * Selecting words by keyboard from a focused ¶ link (./paragraph-links.ts sends each key as a
 * `paragraph-links:select` event once this module has loaded): the step's words
 * (src/links/word-steps.ts) become the page's selection, which the passage control then offers.
 */
import { stepWords, wordSpans, type Span, type WordStep } from '../../links/word-steps.ts';
import { announce } from '../announce.ts';

export interface SelectRequest {
  /** The ¶ link's paragraph or list item. */
  unit: Element;
  key: 'ArrowLeft' | 'ArrowRight';
  shift: boolean;
}

const steps: Record<`${SelectRequest['key']} ${boolean}`, WordStep> = { 'ArrowRight false': 'next', 'ArrowLeft false': 'previous', 'ArrowRight true': 'extend', 'ArrowLeft true': 'shrink' };

/** The paragraph's text nodes with their offsets in its text. */
function textNodes(unit: Element): { node: Text; start: number }[] {
  const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let start = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, start });
    start += node.data.length;
  }
  return nodes;
}

/** One step through a paragraph's words, the focus staying on its ¶ link; the words are said. */
function selectWord({ unit, key, shift }: SelectRequest): void {
  const step = steps[`${key} ${shift}`];
  const nodes = textNodes(unit);
  const offsetOf = (container: Node, offset: number) => {
    const found = nodes.find(({ node }) => node === container);
    return found ? found.start + offset : undefined;
  };
  const selection = getSelection()!;
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const inUnit = range && !range.collapsed && unit.contains(range.commonAncestorContainer);
  const start = inUnit ? offsetOf(range.startContainer, range.startOffset) : undefined;
  const end = inUnit ? offsetOf(range.endContainer, range.endOffset) : undefined;
  // A selection bounded by elements rather than text starts afresh.
  const current: Span | undefined = start === undefined || end === undefined ? undefined : { start, end };
  const next = stepWords(wordSpans(unit.textContent ?? ''), current, step);
  if (!next) return;
  const at = (offset: number, end: boolean) => {
    const { node, start } = nodes.findLast(({ node, start }) => (end ? start < offset : start <= offset) && offset <= start + node.data.length)!;
    return [node, offset - start] as const;
  };
  const words = document.createRange();
  words.setStart(...at(next.start, false));
  words.setEnd(...at(next.end, true));
  selection.removeAllRanges();
  selection.addRange(words);
  announce(words.toString());
}

document.addEventListener('paragraph-links:select', (event) => selectWord((event as CustomEvent<SelectRequest>).detail));
