/**
 * Selecting words by keyboard from a focused ¶ link (./paragraph-links.ts sends each key as a
 * `paragraph-links:select` event once this module has loaded): the step's words
 * (src/links/word-steps.ts) become the page's selection, which the passage control then offers.
 */
import { stepWords, wordSpans, type WordStep } from '../../links/word-steps.ts';
import { announce } from '../announce.ts';
import { offsetsOf, rangeAt } from '../text-offsets.ts';

export interface SelectRequest {
  /** The ¶ link's paragraph or list item. */
  unit: Element;
  key: 'ArrowLeft' | 'ArrowRight';
  shift: boolean;
}

const steps: Record<`${SelectRequest['key']} ${boolean}`, WordStep> = { 'ArrowRight false': 'next', 'ArrowLeft false': 'previous', 'ArrowRight true': 'extend', 'ArrowLeft true': 'shrink' };

/** One step through a paragraph's words, the focus staying on its ¶ link; the words are said. */
function selectWord({ unit, key, shift }: SelectRequest): void {
  const selection = getSelection()!;
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const current = range && !range.collapsed && unit.contains(range.commonAncestorContainer) ? offsetsOf(unit, range) : undefined;
  const next = stepWords(wordSpans(unit.textContent ?? ''), current, steps[`${key} ${shift}`]);
  const words = next && rangeAt(unit, next.start, next.end);
  if (!words) return;
  selection.removeAllRanges();
  selection.addRange(words);
  announce(words.toString());
}

document.addEventListener('paragraph-links:select', (event) => selectWord((event as CustomEvent<SelectRequest>).detail));
