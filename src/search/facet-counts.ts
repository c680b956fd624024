/**
 * Facet counts that tell the truth: within a group the boxes are alternatives (any of them), and
 * the groups combine (all of them). So a box's count is what ticking it would show: the items
 * matching every other group's selection, counted without its own group's selection.
 */
import type { Facet } from './url-state.ts';

export interface Faceted {
  type: string;
  topic: readonly string[];
  section: string;
}

export type Selection = Record<Facet, readonly string[]>;

const valuesOf = (item: Faceted, facet: Facet): readonly string[] => (facet === 'topic' ? item.topic : [item[facet]]);

const matchesGroup = (item: Faceted, facet: Facet, selection: Selection) =>
  selection[facet].length === 0 || valuesOf(item, facet).some((value) => selection[facet].includes(value));

export const matchesSelection = (item: Faceted, selection: Selection, except?: Facet) =>
  (['type', 'topic', 'section'] as const).every((facet) => facet === except || matchesGroup(item, facet, selection));

/** Counts per facet and value, for the boxes beside a result set. */
export function facetCounts(items: readonly Faceted[], selection: Selection): Record<Facet, Map<string, number>> {
  const counts = { type: new Map<string, number>(), topic: new Map<string, number>(), section: new Map<string, number>() };
  for (const facet of ['type', 'topic', 'section'] as const) {
    for (const item of items) {
      if (!matchesSelection(item, selection, facet)) continue;
      for (const value of valuesOf(item, facet)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}
