/** Facet counts: OR within a group, AND across groups, each group counted without its own selection. */
import { describe, expect, test } from 'vitest';
import { facetCounts, matchesSelection, type Faceted } from '../../src/search/facet-counts.ts';
import { readEssay } from '../../src/source.ts';

const items: Faceted[] = readEssay().claims.map((claim) => ({ type: claim.type, topic: claim.topics, section: claim.section }));
const none = { type: [], topic: [], section: [] };

describe('facet counts', () => {
  test('with nothing selected, each value counts the claims carrying it', () => {
    const counts = facetCounts(items, none);
    expect(counts.type.get('prediction')).toBe(items.filter((item) => item.type === 'prediction').length);
    expect(counts.topic.get('automl')).toBe(items.filter((item) => item.topic.includes('automl')).length);
    expect([...counts.type.values()].reduce((a, b) => a + b)).toBe(items.length);
  });

  test('a group\'s own selection does not shrink its counts: each box says what ticking it would show', () => {
    const selection = { ...none, type: ['prediction'] };
    const counts = facetCounts(items, selection);
    expect(counts.type).toEqual(facetCounts(items, none).type);
    for (const [type, count] of counts.type) {
      const ticked = { ...selection, type: [...selection.type, type] };
      const shown = items.filter((item) => matchesSelection(item, ticked)).length;
      const before = items.filter((item) => matchesSelection(item, selection)).length;
      expect(type === 'prediction' ? shown : shown - before, type).toBe(count);
    }
  });

  test('other groups\' selections narrow the counts (AND across groups)', () => {
    const selection = { ...none, type: ['prediction', 'process'], topic: ['automl'] };
    const counts = facetCounts(items, selection);
    const automlTyped = items.filter((item) => item.topic.includes('automl'));
    expect(counts.type.get('observation') ?? 0).toBe(automlTyped.filter((item) => item.type === 'observation').length);
    const typed = items.filter((item) => item.type === 'prediction' || item.type === 'process');
    expect(counts.topic.get('benchmarks') ?? 0).toBe(typed.filter((item) => item.topic.includes('benchmarks')).length);
    expect(counts.section.get('automl') ?? 0).toBe(typed.filter((item) => item.topic.includes('automl') && item.section === 'automl').length);
  });
});
