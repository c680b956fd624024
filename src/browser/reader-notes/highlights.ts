/**
 * A reader's highlights drawn over the essay without touching its DOM: text offsets in the
 * section's `#text` (as src/links/text-selectors.ts counts them, the element's textContent) become
 * DOM Ranges, shown with the CSS Custom Highlight API (`::highlight(reader-notes)`), so the
 * claims' marks, text fragments and the search highlight stay as they are.
 */
import { locate } from '../../links/text-selectors.ts';
import { checksum, type Place } from './flag.ts';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';

export const highlightName = 'reader-notes';

/** The text nodes of `container` in document order, each with its offset in the container's text. */
function textNodes(container: Element): { node: Text; start: number }[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: at });
    at += (node as Text).data.length;
  }
  return nodes;
}

/** Where offset `at` falls: the text node holding it and the offset inside. */
function pointAt(nodes: readonly { node: Text; start: number }[], at: number, end: boolean): [Text, number] | undefined {
  // Binary search: restoring hundreds of notes stays linear in the text, not quadratic.
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (nodes[middle]!.start < at || (!end && nodes[middle]!.start === at)) low = middle;
    else high = middle - 1;
  }
  const found = nodes[low];
  return found && at - found.start <= found.node.data.length ? [found.node, at - found.start] : undefined;
}

/** A Range over `[start, end)` of the container's text. */
export function rangeAt(container: Element, start: number, end: number, nodes = textNodes(container)): Range | undefined {
  const from = pointAt(nodes, start, false);
  const to = pointAt(nodes, end, true);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

/** The container's text offsets of a Range inside it. */
export function offsetsOf(container: Element, range: Range): { start: number; end: number } {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/**
 * Draws the notes found in the container's text; returns those whose words are gone (kept, and
 * listed as unanchored on /notes/) and the ranges of those drawn, by id.
 */
export function drawHighlights(container: Element, notes: readonly ReaderNote[]): { ranges: Map<string, Range>; unanchored: ReaderNote[] } {
  const text = container.textContent ?? '';
  const nodes = textNodes(container);
  const ranges = new Map<string, Range>();
  const unanchored: ReaderNote[] = [];
  for (const note of notes) {
    const place = locate(text, note);
    const range = place && rangeAt(container, place.start, place.end, nodes);
    if (range) ranges.set(note.id, range);
    else unanchored.push(note);
  }
  show(ranges.values());
  return { ranges, unanchored };
}

const show = (ranges: Iterable<Range>) => 'highlights' in CSS && CSS.highlights.set(highlightName, new Highlight(...ranges));

/**
 * Draws, before the store is read, the notes whose words still stand where they were saved (the
 * places src/browser/reader-notes/flag.ts keeps); returns how many. `drawHighlights` then draws them all.
 */
export function drawPlaces(container: Element, places: readonly Place[]): number {
  const text = container.textContent ?? '';
  const nodes = textNodes(container);
  const ranges = places.flatMap(([, start, end, sum]) => (checksum(text.slice(start, end)) === sum ? (rangeAt(container, start, end, nodes) ?? []) : []));
  show(ranges);
  return ranges.length;
}
