/** A claim's relations in both directions: those it states, and those other claims state of it. */
import type { Claim } from './schema.ts';
import type { RelationType } from './vocabulary.ts';

export interface RelatedClaim<C> {
  type: RelationType;
  claim: C;
}

export function relationsOf<C extends Pick<Claim, 'id' | 'relations'>>(claims: readonly C[], id: string) {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const self = byId.get(id);
  const outgoing: RelatedClaim<C>[] = (self?.relations ?? []).flatMap((relation) => {
    const claim = byId.get(relation.target);
    return claim ? [{ type: relation.type, claim }] : [];
  });
  const incoming: RelatedClaim<C>[] = claims.flatMap((claim) =>
    claim.relations.filter((relation) => relation.target === id).map((relation) => ({ type: relation.type, claim })),
  );
  return { outgoing, incoming };
}
