/** The reading views of the claims data: essay order, grouping by section, topic and type. */
import type { Claim } from './schema.ts';

export type OrderedClaim = Claim & { order: number };

export const inEssayOrder = <C extends OrderedClaim>(claims: readonly C[]): C[] =>
  [...claims].sort((a, b) => a.order - b.order);

export function groupBy<C, K extends string>(claims: readonly C[], keysOf: (claim: C) => readonly K[]): Map<K, C[]> {
  const groups = new Map<K, C[]>();
  for (const claim of claims) {
    for (const key of keysOf(claim)) groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return groups;
}
