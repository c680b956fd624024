/** A claim's relations in both directions: those it states, and those other claims state of it. */
import type { Claim } from './schema.ts';
import type { RelationAuthor, RelationType } from './vocabulary.ts';

export interface RelatedClaim<C> {
  type: RelationType;
  by: RelationAuthor;
  /** The one reading of an ambiguous passage the relation holds under, when it does only under one. */
  reading?: string | undefined;
  claim: C;
}

type Related = Pick<Claim, 'id' | 'relations'>;

export function relationsOf<C extends Related>(claims: readonly C[], id: string) {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const outgoing: RelatedClaim<C>[] = (byId.get(id)?.relations ?? []).flatMap(({ type, by, reading, target }) => {
    const claim = byId.get(target);
    return claim ? [{ type, by, reading, claim }] : [];
  });
  const incoming: RelatedClaim<C>[] = claims.flatMap((claim) =>
    claim.relations.filter((relation) => relation.target === id).map(({ type, by, reading }) => ({ type, by, reading, claim })),
  );
  return { outgoing, incoming };
}

export type RelationEdge = ReturnType<typeof relationEdges>[number];

/** Every relation once, as an edge from the claim that states it to the claim it names. */
export function relationEdges<C extends Related>(claims: readonly C[]) {
  return claims.flatMap((claim) => claim.relations.map(({ type, by, reading, target }) => ({ type, by, reading, source: claim.id, target })));
}

/** Claims that take part in no relation, either way. */
export function isolatedClaims<C extends Related>(claims: readonly C[]): C[] {
  const related = new Set(relationEdges(claims).flatMap(({ source, target }) => [source, target]));
  return claims.filter((claim) => !related.has(claim.id));
}
