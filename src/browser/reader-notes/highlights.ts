/**
 * A reader's highlights drawn over the essay without touching its DOM: text offsets in the
 * section's `#text` (as src/links/text-selectors.ts counts them, the element's textContent) become
 * DOM Ranges, shown with the CSS Custom Highlight API (`::highlight(reader-notes)`), so the
 * claims' marks, text fragments and the search highlight stay as they are.
 */
import { locate } from '../../links/text-selectors.ts';
import { rangeAt, textNodes } from '../text-offsets.ts';
import { checksum, type Place } from './flag.ts';
import type { ReaderNote } from '../../reader-notes/note-schema.ts';

export const highlightName = 'reader-notes';

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
